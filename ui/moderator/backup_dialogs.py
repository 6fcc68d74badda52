"""Back up the team's keys: k-of-n SLIP-39 word shares plus a backup file, or a passphrase file.

Shares are shown one at a time, large, with "Next share": each goes on paper to a different
keeper, and is never put on the clipboard or on disk. The backup file alone reveals nothing;
any k shares alone reveal nothing either.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.key_backup import (
    MAX_SHARES,
    ShareBackup,
    make_passphrase_backup,
    make_share_backup,
    save_backup_file,
)
from crypto.keyfile import ModeratorSecrets
from ui.messages import message_for, message_for_error
from ui.moderator.controls import NewPassphrase, PathField, ProgressRow, field_label, push
from ui.moderator.session import KdfChoice
from ui.widgets.basics import MessageBar, label, named
from ui.widgets.style import STYLE_SHEET, make_primary, monospace_font
from ui.workers import TaskRunner

SHARE_BACKUP_NAME = "keys-backup.bin"
PASSPHRASE_BACKUP_NAME = "keys-backup.key"  # noqa: S105 -- a file name
WORDS_PER_LINE = 5


def share_lines(share: str) -> str:
    """The words of a share, numbered, five to a line (easier to copy onto paper)."""
    words = share.split()
    cells = [f"{number:>2}. {word:<10}" for number, word in enumerate(words, start=1)]
    return "\n".join(" ".join(cells[i:i + WORDS_PER_LINE]).rstrip()
                     for i in range(0, len(cells), WORDS_PER_LINE))


def _spin(name: str, accessible: str, value: int) -> QSpinBox:
    spin = named(QSpinBox(), name, accessible)
    spin.setRange(2, MAX_SHARES)
    spin.setValue(value)
    return spin


class ShareBackupDialog(QDialog):
    """Choose k and n, write the backup file, then show each share in turn."""

    def __init__(self, secrets: ModeratorSecrets, start_folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shareBackupDialog")
        self.setWindowTitle(self.tr("Back up the keys as word shares"))
        self.setStyleSheet(STYLE_SHEET)
        self._secrets = secrets
        self._backup: ShareBackup | None = None
        self._index = 0
        self._stack = QStackedWidget()
        self._stack.addWidget(self._choose_page(start_folder))
        self._stack.addWidget(self._share_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self._stack)
        self.resize(760, 520)

    def _choose_page(self, start_folder: Path) -> QWidget:
        page = QWidget()
        self.threshold = _spin("shareThreshold", self.tr("Shares needed to restore"), 3)
        self.count = _spin("shareCount", self.tr("Shares to make"), 5)
        self.backup_file = PathField("shareBackupFile", self.tr("Backup file"),
                                     self.tr("Save the backup file"), start_folder, save=True,
                                     default_name=SHARE_BACKUP_NAME)
        self.message = MessageBar("shareBackupMessage")
        create = push(self.tr("&Make the shares"), "makeSharesButton", self.tr("Make the shares"),
                      self.create_shares)
        make_primary(create)
        form = QFormLayout()
        form.addRow(field_label(self.tr("Shares &needed to restore (k):"), self.threshold),
                    self.threshold)
        form.addRow(field_label(self.tr("Shares to &make (n):"), self.count), self.count)
        form.addRow(field_label(self.tr("&Backup file:"), self.backup_file.edit),
                    self.backup_file)
        layout = QVBoxLayout(page)
        layout.addWidget(label(self.tr(
            "The keys are encrypted into a backup file under a new random key, and that key is "
            "split into word shares. Restoring needs the backup file and any k of the n shares; "
            "neither alone reveals anything. Give each share to a different person you trust, "
            "on paper."), "intro"))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(create, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _share_page(self) -> QWidget:
        page = QWidget()
        self.share_title = label("", "title", wrap=False, object_name="shareTitle")
        self.share_words = label("", wrap=False, object_name="shareWords")
        self.share_words.setFont(monospace_font(15))
        self.share_words.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.share_words.setProperty("role", "fingerprint")
        self.next_button = push(self.tr("&Next share"), "nextShareButton", self.tr("Next share"),
                                self.next_share)
        make_primary(self.next_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.share_title)
        layout.addWidget(label(self.tr(
            "Write these words on paper, in order, and check them twice. Do not photograph them "
            "or save them on a computer. Then show the next share to the next keeper."), "hint"))
        layout.addWidget(self.share_words)
        layout.addStretch(1)
        layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def create_shares(self, path: Path | None = None) -> bool:
        """Make the shares and write the backup file (to ``path`` or the chosen one)."""
        path = path or self.backup_file.path()
        if path is None:
            self.message.show_message("error", message_for("keyfile.location_required"))
            return False
        try:
            if path.exists():
                raise AppError("output.exists")
            backup = make_share_backup(self._secrets, self.threshold.value(), self.count.value())
            save_backup_file(path, backup.backup_file)
        except AppError as exc:
            self.message.show_message("error", message_for_error(exc))
            return False
        self._backup, self._index = backup, 0
        self._stack.setCurrentIndex(1)
        self._show_share()
        return True

    def _show_share(self) -> None:
        assert self._backup is not None
        total = len(self._backup.shares)
        self.share_title.setText(self.tr("Share %1 of %2 — any %3 restore the keys")
                                 .replace("%1", str(self._index + 1)).replace("%2", str(total))
                                 .replace("%3", str(self._backup.threshold)))
        self.share_words.setText(share_lines(self._backup.shares[self._index]))
        self.share_words.setAccessibleName(self.share_title.text())
        last = self._index + 1 == total
        self.next_button.setText(self.tr("&Done") if last else self.tr("&Next share"))
        self.next_button.setAccessibleName(self.tr("Done") if last else self.tr("Next share"))

    def next_share(self) -> None:
        """Hide this share and show the next; after the last, close."""
        if self._backup is None:
            return
        if self._index + 1 >= len(self._backup.shares):
            self.share_words.clear()
            self._backup = None
            self.accept()
            return
        self._index += 1
        self._show_share()

    def shown_share(self) -> str:
        """The share on screen, as one line of words ('' when none)."""
        if self._backup is None or self._stack.currentIndex() != 1:
            return ""
        return self._backup.shares[self._index]


class PassphraseBackupDialog(QDialog):
    """An encrypted copy of the key file under its own backup passphrase."""

    def __init__(self, secrets: ModeratorSecrets, kdf: KdfChoice, start_folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseBackupDialog")
        self.setWindowTitle(self.tr("Back up the keys with a passphrase"))
        self.setStyleSheet(STYLE_SHEET)
        self._secrets, self._kdf = secrets, kdf
        self._runner = TaskRunner(self)
        self.passphrase = NewPassphrase("backup")
        self.backup_file = PathField("passphraseBackupFile", self.tr("Backup file"),
                                     self.tr("Save the backup file"), start_folder, save=True,
                                     default_name=PASSPHRASE_BACKUP_NAME)
        self.message = MessageBar("passphraseBackupMessage")
        self.busy_row = ProgressRow(
            "passphraseBackupProgress", self.tr("Encrypting the backup"),
            self.tr("Deriving the key from the passphrase (Argon2id)…"))
        self._create = push(self.tr("&Write the backup"), "writePassphraseBackupButton",
                            self.tr("Write the backup"), self.write_backup)
        make_primary(self._create)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr(
            "A second key file under a different passphrase. Keep it somewhere other than the "
            "key file, and the passphrase somewhere other than the file."), "intro"))
        layout.addWidget(self.passphrase)
        layout.addWidget(field_label(self.tr("&Backup file"), self.backup_file.edit))
        layout.addWidget(self.backup_file)
        layout.addWidget(self.message)
        layout.addWidget(self.busy_row)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._create)
        layout.addLayout(row)

    def write_backup(self) -> None:
        """Encrypt (off the GUI thread) and write the backup file."""
        path = self.backup_file.path()
        problem = "keyfile.location_required" if path is None else self.passphrase.problem()
        if not problem and path is not None and path.exists():
            problem = "output.exists"
        if problem or self._runner.busy():
            if problem:
                self.message.show_message("error", message_for(problem))
            return
        assert path is not None
        secrets, passphrase, kdf = self._secrets, self.passphrase.value(), self._kdf

        def job(_p: object, _c: object) -> Path:
            save_backup_file(path, make_passphrase_backup(secrets, passphrase, kdf.backup,
                                                          kdf.policy))
            return path

        self._create.setEnabled(False)
        self.busy_row.start(determinate=False, cancellable=False)
        self._runner.start(job, on_finished=self._written, on_failed=self._failed)

    def _written(self, _path: object) -> None:
        self.busy_row.stop()
        self.passphrase.clear()
        self._create.setEnabled(True)
        self.message.show_message("success", self.tr(
            "The backup was written. Keep it apart from the key file and its passphrase."))

    def _failed(self, code: str) -> None:
        self.busy_row.stop()
        self._create.setEnabled(True)
        self.message.show_message("error", message_for(code))

    def busy(self) -> bool:
        """True while the backup is being written."""
        return self._runner.busy()

    def done(self, result: int) -> None:  # noqa: D102 (Qt override: wait for the worker)
        self._runner.shut_down()
        super().done(result)
