"""Restore the team's keys from word shares plus the backup file, or from a passphrase backup.

The restored secrets are then written to a new key file under a new passphrase (the start page
does that and opens them). Share errors name the share ("Share 2 is not valid"), never a word.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.key_backup import restore_from_passphrase_backup, restore_from_shares
from crypto.keyfile import ModeratorSecrets
from ui.messages import message_for
from ui.moderator.controls import (
    NewPassphrase,
    PathField,
    ProgressRow,
    field_label,
    push,
    secret_edit,
)
from ui.moderator.session import (
    DEFAULT_KEY_FILE,
    JobError,
    KdfChoice,
    errors_as_results,
    read_small_file,
)
from ui.widgets.basics import MessageBar, label, named
from ui.widgets.style import STYLE_SHEET, make_primary
from ui.workers import TaskRunner


def split_shares(text: str) -> list[str]:
    """One share per non-empty line."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class RestoreDialog(QDialog):
    """Emits ``restored(secrets, key_file, passphrase)`` once the backup opened."""

    restored = Signal(object, object, str)

    def __init__(self, kdf: KdfChoice, start_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore keys from a backup"))
        self.setStyleSheet(STYLE_SHEET)
        self._kdf = kdf
        self._runner = TaskRunner(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._kind_row())
        self.backup_file = PathField("restoreBackupFile", self.tr("Backup file"),
                                     self.tr("Choose the backup file"), start_folder)
        layout.addWidget(field_label(self.tr("&Backup file"), self.backup_file.edit))
        layout.addWidget(self.backup_file)
        self._secret_inputs(layout)
        self._new_key_file(layout, start_folder)
        self.message = MessageBar("restoreMessage")
        layout.addWidget(self.message)
        self.busy_row = ProgressRow("restoreProgress", self.tr("Restoring"),
                                    self.tr("Opening the backup…"))
        layout.addWidget(self.busy_row)
        self._restore = push(self.tr("&Restore"), "restoreKeysButton", self.tr("Restore"),
                             self.restore)
        make_primary(self._restore)
        layout.addWidget(self._restore)
        self.set_kind("shares")
        self.resize(720, 720)

    def _secret_inputs(self, layout: QVBoxLayout) -> None:
        self.shares = named(QPlainTextEdit(), "restoreShares", self.tr("Word shares"))
        self.shares.setTabChangesFocus(True)
        self.shares.setPlaceholderText(self.tr("One share per line, words separated by spaces"))
        self._shares_label = field_label(self.tr("&Word shares"), self.shares)
        layout.addWidget(self._shares_label)
        layout.addWidget(self.shares, 1)
        self.backup_passphrase = secret_edit("restoreBackupPassphrase",
                                             self.tr("Backup passphrase"))
        self._passphrase_label = field_label(self.tr("Backup &passphrase"),
                                             self.backup_passphrase)
        layout.addWidget(self._passphrase_label)
        layout.addWidget(self.backup_passphrase)

    def _new_key_file(self, layout: QVBoxLayout, start_folder: Path) -> None:
        layout.addWidget(label(self.tr("The restored keys are saved in a new key file:"), "hint"))
        self.key_file = PathField("restoreKeyFile", self.tr("New key file"),
                                  self.tr("Save the new key file"), start_folder, save=True,
                                  default_name=DEFAULT_KEY_FILE)
        layout.addWidget(field_label(self.tr("New &key file"), self.key_file.edit))
        layout.addWidget(self.key_file)
        self.new_passphrase = NewPassphrase("restoreNew")
        layout.addWidget(self.new_passphrase)

    def _kind_row(self) -> QHBoxLayout:
        self._by_shares = named(QRadioButton(self.tr("Word &shares and a backup file")),
                                "restoreByShares", self.tr("Word shares and a backup file"))
        self._by_passphrase = named(QRadioButton(self.tr("A passphrase &backup file")),
                                    "restoreByPassphrase", self.tr("A passphrase backup file"))
        group = QButtonGroup(self)
        group.addButton(self._by_shares)
        group.addButton(self._by_passphrase)
        self._by_shares.toggled.connect(
            lambda on: self.set_kind("shares" if on else "passphrase"))
        row = QHBoxLayout()
        row.addWidget(self._by_shares)
        row.addWidget(self._by_passphrase)
        row.addStretch(1)
        return row

    def set_kind(self, kind: str) -> None:
        """"shares" or "passphrase"."""
        shares = kind == "shares"
        self._by_shares.setChecked(shares)
        self._by_passphrase.setChecked(not shares)
        for shown, widgets in ((shares, (self.shares, self._shares_label)),
                               (not shares, (self.backup_passphrase, self._passphrase_label))):
            for widget in widgets:
                widget.setVisible(shown)

    def _problem(self) -> str:
        if self.backup_file.path() is None:
            return "input.unreadable"
        key_file = self.key_file.path()
        if key_file is None:
            return "keyfile.location_required"
        if key_file.exists():
            return "output.exists"
        return self.new_passphrase.problem()

    def restore(self) -> None:
        """Open the backup off the GUI thread; on success emit ``restored`` and close."""
        problem = self._problem()
        if problem or self._runner.busy():
            if problem:
                self.message.show_message("error", message_for(problem))
            return
        backup, policy = self.backup_file.path(), self._kdf.policy
        assert backup is not None
        by_shares = self._by_shares.isChecked()
        shares, passphrase = split_shares(self.shares.toPlainText()), self.backup_passphrase.text()

        def work() -> ModeratorSecrets:
            data = read_small_file(backup)
            if by_shares:
                return restore_from_shares(shares, data)
            return restore_from_passphrase_backup(data, passphrase, policy)

        def job(_p: object, _c: object) -> ModeratorSecrets | JobError:
            return errors_as_results(work)

        self.message.clear()
        self._restore.setEnabled(False)
        self.busy_row.start(determinate=False, cancellable=False)
        self._runner.start(job, on_finished=self._opened, on_failed=self._failed)

    def _opened(self, secrets: object) -> None:
        self.busy_row.stop()
        self._restore.setEnabled(True)
        if isinstance(secrets, JobError):
            self.message.show_message("error", message_for(secrets.code, **secrets.params))
            return
        key_file = self.key_file.path()
        passphrase = self.new_passphrase.value()
        self.shares.clear()
        self.backup_passphrase.clear()
        self.new_passphrase.clear()
        self.restored.emit(secrets, key_file, passphrase)
        self.accept()

    def _failed(self, code: str) -> None:
        self.busy_row.stop()
        self._restore.setEnabled(True)
        self.message.show_message("error", message_for(code))

    def busy(self) -> bool:
        """True while the backup is being opened."""
        return self._runner.busy()

    def done(self, result: int) -> None:  # noqa: D102 (Qt override: wait for the worker)
        self._runner.shut_down()
        super().done(result)
