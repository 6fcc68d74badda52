"""File dialogs that leave no trace: Qt's own (non-native) dialogs, with their history wiped.

Native dialogs add the chosen files to the desktop's recently-used list. Qt's own dialog keeps a
folder history in a "QtProject" settings file; app_setup points Qt's settings folder at a private
folder, and every dialog here forgets its history and removes that file when it closes.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

QT_STATE_FILE = "QtProject.conf"


def new_dialog(parent: QWidget | None, caption: str, directory: Path) -> QFileDialog:
    """Qt's own file dialog (never the desktop's), with an empty history."""
    dialog = QFileDialog(parent, caption, str(directory))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setHistory([])
    return dialog


def forget_dialog_state() -> None:
    """Remove the folder history Qt's file dialog writes when it is destroyed."""
    folder = Path(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                            "QtProject").fileName()).parent
    with contextlib.suppress(OSError):
        (folder / QT_STATE_FILE).unlink()
    with contextlib.suppress(OSError):
        (folder / "QtProject.ini").unlink()


def _run(dialog: QFileDialog) -> list[Path]:
    try:
        accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        chosen = [Path(name) for name in dialog.selectedFiles()] if accepted else []
    finally:
        dialog.setHistory([])
        shiboken6.delete(dialog)  # its destructor writes the history: do it now, then wipe
        forget_dialog_state()
    return chosen


def open_files(parent: QWidget | None, caption: str, directory: Path,
               name_filter: str = "") -> list[Path]:
    """Let the person choose existing files; [] when cancelled."""
    dialog = new_dialog(parent, caption, directory)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    if name_filter:
        dialog.setNameFilter(name_filter)
    return _run(dialog)


def open_file(parent: QWidget | None, caption: str, directory: Path,
              name_filter: str = "") -> Path | None:
    """One existing file, or None."""
    dialog = new_dialog(parent, caption, directory)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if name_filter:
        dialog.setNameFilter(name_filter)
    chosen = _run(dialog)
    return chosen[0] if chosen else None


def save_file(parent: QWidget | None, caption: str, directory: Path,
              default_name: str) -> Path | None:
    """A path to save to (the dialog asks before replacing a file), or None."""
    dialog = new_dialog(parent, caption, directory)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(default_name)
    chosen = _run(dialog)
    return chosen[0] if chosen else None


def choose_folder(parent: QWidget | None, caption: str, directory: Path) -> Path | None:
    """An existing folder, or None."""
    dialog = new_dialog(parent, caption, directory)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _run(dialog)
    return chosen[0] if chosen else None
