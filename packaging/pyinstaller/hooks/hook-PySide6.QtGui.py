"""Sealnote's hook for PySide6.QtGui: PyInstaller's own collection, less the Qt plugins and
translations that sealnote_bundle.py leaves out (QT_PLUGINS_LEFT_OUT, QT_TRANSLATIONS_KEPT).

A hook in the spec's hookspath takes precedence over PyInstaller's hook of the same name.
"""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies
from sealnote_bundle import keep_qt_file

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, target) for source, target in binaries if keep_qt_file(source, target)]
datas = [(source, target) for source, target in datas if keep_qt_file(source, target)]
