"""Small controls the moderator pages share: buttons, file fields, passphrase fields, a busy row."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.passphrase_strength import assess
from ui.widgets.basics import label, named
from ui.widgets.file_dialogs import open_file, save_file
from ui.widgets.passphrase import NewPassphraseFields, passphrase_edit
from ui.widgets.style import restyle, set_role

translate = QCoreApplication.translate
PROGRESS_STEPS = 1000
MIN_PASSPHRASE_CHARS = 8


def push(text: str, object_name: str, accessible: str, slot: Callable[[], object],
         parent: QWidget | None = None) -> QPushButton:
    """A named push button that calls ``slot`` (without the checked flag)."""
    button = named(QPushButton(text, parent), object_name, accessible)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def ask(parent: QWidget | None, title: str, text: str, yes_text: str) -> bool:
    """A confirmation with a clear "yes" button; Cancel is the default (Esc, Enter)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel,
                      parent)
    box.setObjectName("confirmBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("confirmYes")
    yes.setAccessibleName(yes_text.replace("&", ""))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def secret_edit(object_name: str, accessible: str) -> QLineEdit:
    """A hidden passphrase field (the shared one), with nothing dragged out of it."""
    edit = passphrase_edit(object_name, accessible)
    edit.setDragEnabled(False)
    return edit


def field_label(text: str, buddy: QWidget) -> QLabel:
    """A label with a mnemonic that moves focus to ``buddy``."""
    widget = QLabel(text)  # our own translated text, never report content
    widget.setBuddy(buddy)
    return widget


class PathField(QWidget):
    """A file path typed or chosen with Qt's own (non-native) dialog."""

    changed = Signal()

    def __init__(self, object_name: str, accessible: str, caption: str, start_folder: Path,
                 *, save: bool = False, default_name: str = "") -> None:
        super().__init__()
        self._caption, self._start, self._save = caption, start_folder, save
        self._default_name = default_name
        self.edit = named(QLineEdit(), object_name, accessible)
        self.edit.textChanged.connect(lambda _text: self.changed.emit())
        choose = push(translate("PathField", "Choose…"), f"{object_name}Choose",
                      translate("PathField", "Choose a file for: %1").replace("%1", accessible),
                      self.choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(choose)

    def choose(self) -> None:
        """Open the dialog; keep the choice."""
        if self._save:
            chosen = save_file(self, self._caption, self._start, self._default_name)
        else:
            chosen = open_file(self, self._caption, self._start)
        if chosen is not None:
            self.set_path(chosen)

    def set_path(self, path: Path | None) -> None:
        """Show ``path`` ('' for None)."""
        self.edit.setText("" if path is None else str(path))

    def path(self) -> Path | None:
        """The path typed or chosen (None when empty)."""
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None


class NewPassphrase(NewPassphraseFields):
    """The shared new-passphrase fields (ui.widgets.passphrase), with one error code."""

    def problem(self) -> str:
        """An error code, or '' when the passphrase may be used."""
        text = self.passphrase()
        if not text:
            return "passphrase.unavailable"
        if len(text) < MIN_PASSPHRASE_CHARS:
            return "passphrase.too_short"
        if not assess(text).acceptable:
            return "passphrase.weak"
        if not self.acceptable():
            return "passphrase.mismatch"
        return ""

    def value(self) -> str:
        """The passphrase typed."""
        return self.passphrase()


class ProgressRow(QWidget):
    """A progress bar, a Cancel button and one status line, shown while a job runs."""

    cancelRequested = Signal()

    def __init__(self, object_name: str, accessible: str, status_text: str) -> None:
        super().__init__()
        self.setObjectName(f"{object_name}Row")
        self.bar = named(QProgressBar(), object_name, accessible)
        self.bar.setRange(0, PROGRESS_STEPS)
        self.cancel_button = push(translate("ProgressRow", "&Cancel"), f"{object_name}Cancel",
                                  translate("ProgressRow", "Cancel"), self._cancel)
        self.status = label(status_text, "hint", object_name=f"{object_name}Status")
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.hide()

    def start(self, determinate: bool = True, cancellable: bool = True) -> None:
        """Show the row from zero."""
        self.bar.setRange(0, PROGRESS_STEPS if determinate else 0)
        self.bar.setValue(0)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(cancellable)
        self.show()

    def set_progress(self, done: int, total: int) -> None:
        """Move the bar."""
        if total > 0:
            self.bar.setRange(0, PROGRESS_STEPS)
            self.bar.setValue(min(PROGRESS_STEPS, done * PROGRESS_STEPS // total))

    def stop(self) -> None:
        """Hide the row."""
        self.hide()

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancelRequested.emit()


def mark(widget: QWidget, role: str) -> None:
    """Give a label a style role and re-apply the style."""
    set_role(widget, role)
    restyle(widget)
