"""The first page: unlock the key file, create a team, restore from a backup, or open the demo.

Unlocking and creating run Argon2id (about a second) in a worker; errors are shown inline under
the form they belong to. "Unlock with the system keyring" is offered for a key file whose keyring
copy is on this computer (app.moderator_keyring; turned on from the team page); the keyring is
asked in a worker, with a timeout.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from app.fs import private_dir
from app.moderator_keyring import ModeratorKeyring
from app.paths import AppPaths
from crypto.keyfile import ModeratorSecrets
from ui.messages import message_for
from ui.moderator import session as sessions
from ui.moderator.controls import (
    NewPassphrase,
    PathField,
    ProgressRow,
    field_label,
    push,
    secret_edit,
)
from ui.widgets.basics import MessageBar, label, named
from ui.widgets.style import make_primary
from ui.workers import TaskRunner


class StartPage(QWidget):
    """Unlock / create / restore / demo. Emits ``sessionReady(ModeratorSession)``."""

    sessionReady = Signal(object)
    demoRequested = Signal()
    restoreRequested = Signal()

    def __init__(self, base: AppPaths, kdf: sessions.KdfChoice, today: Callable[[], dt.date],
                 start_folder: Path, parent: QWidget | None = None, *,
                 keyring: ModeratorKeyring | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self._base, self._kdf, self._today, self._start = base, kdf, today, start_folder
        self._keyring = keyring
        self._runner = TaskRunner(self)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Sealnote Moderator"), "title", wrap=False))
        layout.addWidget(label(self.tr(
            "Sealed reports can only be opened with your team's private keys. They are kept in "
            "a key file protected by a passphrase: unlock it to import and read reports."),
            "intro"))
        columns = QHBoxLayout()
        columns.addWidget(self._unlock_box(), 1)
        columns.addWidget(self._create_box(), 1)
        layout.addLayout(columns)
        self.busy_row = ProgressRow("startProgress", self.tr("Opening the key file"), self.tr(
            "Deriving the key from the passphrase (Argon2id): this takes about a second."))
        layout.addWidget(self.busy_row)
        layout.addLayout(self._other_buttons())
        layout.addStretch(1)
        self.reset_fields()

    # ----------------------------------------------------------------- build

    def _unlock_box(self) -> QGroupBox:
        box = named(QGroupBox(self.tr("Unlock your key file")), "unlockBox",
                    self.tr("Unlock your key file"))
        self.key_file = PathField("unlockKeyFile", self.tr("Key file"),
                                  self.tr("Choose your key file"), self._start)
        self.passphrase = secret_edit("unlockPassphrase", self.tr("Key file passphrase"))
        self.passphrase.returnPressed.connect(self.unlock)
        self._unlock_button = push(self.tr("&Unlock"), "unlockButton", self.tr("Unlock"),
                                   self.unlock)
        make_primary(self._unlock_button)
        self._keyring_button = push(self.tr("Unlock with the system ke&yring"),
                                    "unlockKeyringButton",
                                    self.tr("Unlock with the system keyring"),
                                    self.unlock_with_keyring)
        self.key_file.changed.connect(self._offer_keyring)
        self.unlock_message = MessageBar("unlockMessage")
        layout = QVBoxLayout(box)
        layout.addWidget(field_label(self.tr("&Key file"), self.key_file.edit))
        layout.addWidget(self.key_file)
        layout.addWidget(field_label(self.tr("Pa&ssphrase"), self.passphrase))
        layout.addWidget(self.passphrase)
        layout.addWidget(self.unlock_message)
        layout.addWidget(self._unlock_button)
        layout.addWidget(self._keyring_button)
        layout.addStretch(1)
        return box

    def _offer_keyring(self) -> None:
        path = self.key_file.path()
        self._keyring_button.setVisible(self._keyring is not None and path is not None
                                        and self._keyring.enabled_for(path))

    def keyring_offered(self) -> bool:
        """True when "Unlock with the system keyring" is shown for the chosen key file."""
        return not self._keyring_button.isHidden()

    def _create_box(self) -> QGroupBox:
        box = named(QGroupBox(self.tr("Create a team")), "createBox", self.tr("Create a team"))
        self.team_name = named(QLineEdit(), "createTeamName", self.tr("Team name"))
        self.team_name.setPlaceholderText(self.tr("e.g. “Wiki Safety Team” — editors see it"))
        self.new_passphrase = NewPassphrase("create")
        self.new_key_file = PathField("createKeyFile", self.tr("Where to save the key file"),
                                      self.tr("Save the new key file"), self._start, save=True,
                                      default_name=sessions.DEFAULT_KEY_FILE)
        self._create_button = push(self.tr("C&reate the team"), "createTeamButton",
                                   self.tr("Create the team"), self.create_team)
        self.create_message = MessageBar("createMessage")
        layout = QGridLayout(box)
        layout.addWidget(field_label(self.tr("T&eam name"), self.team_name), 0, 0)
        layout.addWidget(self.team_name, 1, 0)
        layout.addWidget(self.new_passphrase, 2, 0)
        layout.addWidget(field_label(self.tr("Key file &location"), self.new_key_file.edit), 3, 0)
        layout.addWidget(self.new_key_file, 4, 0)
        layout.addWidget(self.create_message, 5, 0)
        layout.addWidget(self._create_button, 6, 0)
        return box

    def _other_buttons(self) -> QHBoxLayout:
        restore = push(self.tr("Restore keys from a &backup…"), "restoreButton",
                       self.tr("Restore keys from a backup"), self.restoreRequested.emit)
        demo = push(self.tr("Open the &demo (workshop)"), "openDemoButton",
                    self.tr("Open the demo (workshop)"), self.demoRequested.emit)
        row = QHBoxLayout()
        row.addWidget(restore)
        row.addStretch(1)
        row.addWidget(demo)
        return row

    def reset_fields(self) -> None:
        """Empty every secret; suggest the default key file in the app's data folder."""
        default = self._base.data / sessions.DEFAULT_KEY_FILE
        self.key_file.set_path(default if default.is_file() else None)
        self.new_key_file.set_path(None if default.exists() else default)
        self.passphrase.clear()
        self.new_passphrase.clear()
        self.unlock_message.clear()
        self.create_message.clear()
        self._offer_keyring()

    def show_notice(self, text: str) -> None:
        """A calm line above the unlock button (why the window is locked)."""
        self.unlock_message.show_message("info", text)

    # --------------------------------------------------------------- actions

    def busy(self) -> bool:
        """True while a key derivation runs."""
        return self._runner.busy()

    def _set_running(self, running: bool) -> None:
        for widget in (self._unlock_button, self._create_button, self._keyring_button):
            widget.setEnabled(not running)
        if running:
            self.busy_row.start(determinate=False, cancellable=False)
        else:
            self.busy_row.stop()

    def unlock(self) -> None:
        """Open the key file with the passphrase typed (off the GUI thread)."""
        path, passphrase = self.key_file.path(), self.passphrase.text()
        if self.busy():
            return
        if path is None:
            self.unlock_message.show_message("error", message_for("keyfile.not_found"))
            return
        if not passphrase:
            self.unlock_message.show_message("error",
                                             message_for("passphrase.unavailable"))
            return
        base, kdf, keyring = self._base, self._kdf, self._keyring
        self.unlock_message.clear()
        self._start_job(lambda _p, _c: sessions.unlock(base, path, passphrase, kdf, keyring),
                        self._unlock_failed)

    def unlock_with_keyring(self) -> None:
        """Open the chosen key file's keyring copy with the key in the OS keyring (worker)."""
        path, keyring = self.key_file.path(), self._keyring
        if self.busy() or path is None or keyring is None:
            return
        base, kdf = self._base, self._kdf
        self.unlock_message.clear()
        self._start_job(lambda _p, _c: sessions.unlock_with_keyring(base, path, keyring, kdf),
                        lambda code: self.unlock_message.show_message(
                            "error", message_for(code)))

    def _unlock_failed(self, code: str) -> None:
        self.passphrase.clear()
        self.passphrase.setFocus()
        self.unlock_message.show_message("error", message_for(code))

    def create_team(self) -> None:
        """Create the team, write the key file, open its (empty) store."""
        name, path = self.team_name.text().strip(), self.new_key_file.path()
        problem = ("team.name_required" if not name else "keyfile.location_required"
                   if path is None else self.new_passphrase.problem())
        if self.busy():
            return
        if problem:
            self.create_message.show_message("error", message_for(problem))
            return
        assert path is not None
        base, kdf, passphrase, today = self._base, self._kdf, self.new_passphrase.value(), \
            self._today()
        keyring = self._keyring
        self.create_message.clear()

        def job(_p: object, _c: object) -> sessions.ModeratorSession:
            if path.parent == base.data:
                private_dir(base.data)
            return sessions.create(base, path, name, passphrase, today, kdf, keyring)

        self._start_job(job, lambda code: self.create_message.show_message(
            "error", message_for(code)))

    def open_restored(self, secrets: ModeratorSecrets, key_file: Path, passphrase: str) -> None:
        """Save restored secrets to a new key file and open them."""
        base, kdf, keyring = self._base, self._kdf, self._keyring
        self._start_job(lambda _p, _c: sessions.save_new_key_file(base, key_file, secrets,
                                                                  passphrase, kdf, keyring),
                        lambda code: self.unlock_message.show_message(
                            "error", message_for(code)))

    def _start_job(self, job: Callable[[object, object], object],
                   on_failed: Callable[[str], None]) -> None:
        self._set_running(True)

        def failed(code: str) -> None:
            self._set_running(False)
            on_failed(code)

        def finished(result: object) -> None:
            self._set_running(False)
            self.reset_fields()
            self.sessionReady.emit(result)

        self._runner.start(job, on_finished=finished, on_failed=failed)

    def shut_down(self) -> None:
        """Wait for a running derivation (window closing)."""
        self._runner.shut_down()
