"""The moderator's own catalogue (``sealnote_moderator_<lang>.qm``), next to the shared one.

ui.app_setup installs Sealnote's and Qt's catalogues and sets the layout direction; this adds the
moderator window's strings until they are merged into the shared catalogue. The error messages
(ui/messages.py, one table for both windows) are in the shared catalogue only. Regenerate with
``make translations`` (``pyside6-lupdate ui/moderator/*.py ui/moderator_launch.py -ts
ui/resources/i18n/sealnote_moderator_ar.ts …``, then ``pyside6-lrelease``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from ui.app_setup import I18N_FOLDER

CATALOGUE = "sealnote_moderator"
_installed: list[QTranslator] = []


def install_moderator_translations(app: QCoreApplication, language: str) -> bool:
    """Load the moderator catalogue for ``language``; True if one was found."""
    remove_moderator_translations(app)
    translator = QTranslator(app)
    if not translator.load(f"{CATALOGUE}_{language}", str(I18N_FOLDER)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def remove_moderator_translations(app: QCoreApplication) -> None:
    """Back to the untranslated moderator strings."""
    while _installed:
        app.removeTranslator(_installed.pop())
