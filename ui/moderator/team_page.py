"""The team: the card (file, text, QR) and its fingerprint, moderators, key rotation, backups.

Every change (add or remove a moderator, rotate) makes a new card and re-saves the key file, in
a worker (Argon2id). After a keyring unlock the session has no passphrase: a field for it then
appears, and the first change checks it against the key file before saving (ui.moderator.session).
The card is public: it is copied to the clipboard as plain text. The window may add a box of its
own (this computer's locking and keyring settings) under the keys.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.qr import qr_code_for_text
from app.team import export_card
from app.team_admin import (
    TeamChange,
    add_moderator,
    parse_public_key,
    read_public_key_file,
    remove_moderator,
    rotate_keys,
)
from crypto.card import TeamCard
from crypto.keys import PublicKey
from ui.messages import message_for
from ui.moderator import controls
from ui.moderator.controls import ProgressRow, push
from ui.moderator.qr_viewer import QrViewer
from ui.moderator.session import JobError, ModeratorSession, errors_as_results
from ui.widgets.basics import MessageBar, label, local_date, named
from ui.widgets.file_dialogs import open_file, save_file
from ui.widgets.fingerprint import FingerprintLabel
from ui.widgets.style import make_primary, monospace_font
from ui.workers import TaskRunner

CARD_FILE_NAME = "team-card.txt"
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
QR_SIDE = 300


class TeamPage(QWidget):
    """Shows and changes the team. ``backupRequested("shares"|"passphrase")`` opens a dialog."""

    backupRequested = Signal(str)
    cardChanged = Signal()

    def __init__(self, today: Callable[[], dt.date], start_folder: Path,
                 parent: QWidget | None = None, *, extra: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamPage")
        self._today, self._start = today, start_folder
        self._session: ModeratorSession | None = None
        self._runner = TaskRunner(self)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Team"), "title", wrap=False))
        grid = QGridLayout()
        grid.addWidget(self._card_box(), 0, 0, 3, 1)
        grid.addWidget(self._moderators_box(), 0, 1)
        grid.addWidget(self._keys_box(), 1, 1)
        if extra is not None:
            grid.addWidget(extra, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid, 1)
        layout.addWidget(self._passphrase_row())
        self.busy_row = ProgressRow("teamProgress", self.tr("Saving the key file"), self.tr(
            "Saving the key file with the new card (Argon2id)…"))
        layout.addWidget(self.busy_row)
        self.message = MessageBar("teamMessage")
        layout.addWidget(self.message)

    # ----------------------------------------------------------------- build

    def _card_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Team card"))
        self._team = label("", wrap=False, object_name="teamName")
        self._moderator_count = label("", wrap=False, object_name="teamModeratorCount")
        self._expires = label("", wrap=False, object_name="teamExpires")
        facts = QFormLayout()
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        facts.addRow(self.tr("Team:"), self._team)
        facts.addRow(self.tr("Moderators:"), self._moderator_count)
        facts.addRow(self.tr("Valid until:"), self._expires)
        self.fingerprint = FingerprintLabel("teamFingerprint", 28)
        self.fingerprint.setAccessibleName(self.tr("Team fingerprint"))
        buttons = QHBoxLayout()
        for text, name, accessible, slot in (
                (self.tr("&Save card as file…"), "saveCardButton", self.tr("Save card as file"),
                 self.choose_card_file),
                (self.tr("Cop&y card text"), "copyCardButton", self.tr("Copy card text"),
                 self.copy_card),
                (self.tr("Show card as &QR"), "cardQrButton", self.tr("Show card as QR"),
                 self.show_card_qr)):
            buttons.addWidget(push(text, name, accessible, slot))
        layout = QVBoxLayout(box)
        layout.addLayout(facts)
        layout.addWidget(label(self.tr("Fingerprint"), wrap=False))
        layout.addWidget(self.fingerprint)
        layout.addWidget(label(self.tr(
            "Publish this fingerprint where editors can check it (your website, in person, read "
            "aloud on a call: six groups of five digits, group by group). Editors compare it "
            "with the one their app shows before they trust the card."), "hint"))
        layout.addLayout(buttons)
        self.qr_image = QLabel()
        self.qr_image.setObjectName("teamCardQr")
        self.qr_image.setAccessibleName(self.tr("The team card as a QR code"))
        self.qr_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.qr_image, 1)
        return box

    def _moderators_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Moderators"))
        self.moderators = named(QListWidget(), "moderatorList",
                                self.tr("Moderators' public keys"))
        self.moderators.setFont(monospace_font(10))
        self.moderators.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.moderators.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.moderators.setWordWrap(False)
        self.new_key = named(QLineEdit(), "newModeratorKey",
                             self.tr("New moderator's public key"))
        self.new_key.setPlaceholderText(self.tr("Paste a public key: snpk1…"))
        self.new_key.returnPressed.connect(self.add_pasted_key)
        self._admin = [
            push(self.tr("&Add moderator"), "addModeratorButton", self.tr("Add moderator"),
                 self.add_pasted_key),
            push(self.tr("Load key from &file…"), "loadModeratorKeyButton",
                 self.tr("Load a moderator's key from a file"), self.choose_key_file),
            push(self.tr("Re&move selected…"), "removeModeratorButton",
                 self.tr("Remove the selected moderator"), self.remove_selected)]
        self._demo_hint = label(message_for("team.demo_read_only"), "hint")
        row = QHBoxLayout()
        for button in self._admin:
            row.addWidget(button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.moderators, 1)
        layout.addWidget(self.new_key)
        layout.addLayout(row)
        layout.addWidget(self._demo_hint)
        return box

    def _keys_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Keys"))
        self._rotate = push(self.tr("&Rotate the team keys…"), "rotateKeysButton",
                            self.tr("Rotate the team keys"), self.confirm_rotate)
        shares = push(self.tr("Back up as &word shares…"), "shareBackupButton",
                      self.tr("Back up as word shares"),
                      lambda: self.backupRequested.emit("shares"))
        passphrase = push(self.tr("Back up with a &passphrase…"), "passphraseBackupButton",
                          self.tr("Back up with a passphrase"),
                          lambda: self.backupRequested.emit("passphrase"))
        make_primary(shares)
        self._admin.append(self._rotate)
        layout = QVBoxLayout(box)
        layout.addWidget(label(self.tr(
            "If the key file or its passphrase is lost, no report can be opened again. Make a "
            "backup now, and again after every change of keys."), "hint"))
        layout.addWidget(shares)
        layout.addWidget(passphrase)
        layout.addWidget(self._rotate)
        layout.addStretch(1)
        return box

    def _passphrase_row(self) -> QWidget:
        row = QWidget()
        self.change_passphrase = controls.secret_edit("teamChangePassphrase",
                                                      self.tr("Key file passphrase"))
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(controls.field_label(self.tr("Passp&hrase for team changes"),
                                              self.change_passphrase))
        layout.addWidget(self.change_passphrase, 1)
        layout.addWidget(label(self.tr(
            "Unlocked with the system keyring: changing the team saves the key file again "
            "under its passphrase."), "hint"), 2)
        self._passphrase_widget = row
        row.hide()
        return row

    # ------------------------------------------------------------------ show

    def set_session(self, session: ModeratorSession | None) -> None:
        """Show this session's team (None: nothing)."""
        self._session = session
        self.message.clear()
        self.change_passphrase.clear()
        self._passphrase_widget.setVisible(session is not None and session.needs_passphrase())
        self.refresh()

    def refresh(self) -> None:
        """Read the card and the moderators again."""
        self.moderators.clear()
        if self._session is None:
            self.fingerprint.set_fingerprint("")
            self.qr_image.clear()
            return
        card = self._session.card
        self._team.setText(card.team)
        self._moderator_count.setText(str(len(card.moderators)))
        self._expires.setText(local_date(card.expires))
        self.fingerprint.set_fingerprint(card.fingerprint)
        own = {key.public for key in self._session.secrets.encryption_keys}
        for number, key in enumerate(card.moderators, start=1):
            who = (self.tr("This key file") if key in own else
                   self.tr("Moderator %1").replace("%1", str(number)))
            item = QListWidgetItem(f"{who}: {key.encode()}")
            item.setToolTip(key.encode())
            item.setData(KEY_ROLE, key.encode())
            self.moderators.addItem(item)
        self._show_qr(card)
        for button in self._admin:
            button.setEnabled(not self._session.demo)
        self.new_key.setEnabled(not self._session.demo)
        self._demo_hint.setVisible(self._session.demo)
        self._passphrase_widget.setVisible(self._session.needs_passphrase())

    def _show_qr(self, card: TeamCard) -> None:
        code = qr_code_for_text(card.text)
        pixmap = QPixmap()
        pixmap.loadFromData(code.png, "PNG")
        side = max(1, QR_SIDE // code.modules) * code.modules
        self.qr_image.setPixmap(pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.FastTransformation))

    def card(self) -> TeamCard | None:
        """The card shown."""
        return self._session.card if self._session else None

    # ------------------------------------------------------------- export

    def choose_card_file(self) -> None:
        """"Save card as file…"."""
        path = save_file(self, self.tr("Save the team card"), self._start, CARD_FILE_NAME)
        if path is not None:
            self.save_card_to(path)

    def save_card_to(self, path: Path) -> bool:
        """Write the card's text to ``path``."""
        card = self.card()
        if card is None:
            return False
        result = errors_as_results(lambda: export_card(card, path))
        if isinstance(result, JobError):
            self.message.show_message("error", message_for(result.code, **result.params))
            return False
        self.message.show_message("success", self.tr("The card was saved as %1.")
                                  .replace("%1", path.name))
        return True

    def copy_card(self) -> None:
        """Put the card's text on the clipboard (it is public)."""
        card = self.card()
        if card is not None:
            QGuiApplication.clipboard().setText(card.text)
            self.message.show_message("success", self.tr(
                "The card is on the clipboard. Editors paste it into Sealnote and compare the "
                "fingerprint."))

    def show_card_qr(self) -> QrViewer | None:
        """The card as one QR code, in a window of its own."""
        card = self.card()
        if card is None:
            return None
        viewer = QrViewer(self.tr("Team card"), self.tr(
            "Editors can scan this code to import the card. Then they compare the fingerprint."),
            [qr_code_for_text(card.text)], self)
        viewer.open()
        return viewer

    # -------------------------------------------------------------- changes

    def _change(self, work: Callable[[], TeamChange], done_text: str) -> None:
        session, passphrase = self._session, self.change_passphrase.text()
        if session is None or self._runner.busy():
            return
        if session.needs_passphrase() and not passphrase:
            self.message.show_message("error", message_for("keyfile.passphrase_needed"))
            self.change_passphrase.setFocus()
            return

        def job(_p: object, _c: object) -> TeamCard | JobError:
            return errors_as_results(lambda: session.save_secrets(work().secrets, passphrase))

        self.message.clear()
        self.busy_row.start(determinate=False, cancellable=False)
        self._runner.start(job, on_finished=lambda result: self._changed(result, done_text),
                           on_failed=lambda code: self._changed(JobError(code), done_text))

    def _changed(self, result: object, done_text: str) -> None:
        self.busy_row.stop()
        self.change_passphrase.clear()
        if isinstance(result, JobError):
            self.message.show_message("error", message_for(result.code, **result.params))
            return
        self.refresh()
        self.new_key.clear()
        self.message.show_message("success", done_text)
        self.cardChanged.emit()

    def _new_card_text(self) -> str:
        return self.tr("A new team card was made and the key file saved. Publish the new card: "
                       "reports sealed to the old card do not reach the new moderators.")

    def add_key(self, key: PublicKey) -> None:
        """Add a moderator: a new card with the same identity (same fingerprint)."""
        session, today = self._session, self._today()
        if session is not None:
            self._change(lambda: add_moderator(session.secrets, key, today),
                         self._new_card_text())

    def add_pasted_key(self) -> None:
        """"Add moderator" with the pasted key."""
        result = errors_as_results(lambda: parse_public_key(self.new_key.text()))
        if isinstance(result, JobError):
            self.message.show_message("error", message_for(result.code, **result.params))
            return
        self.add_key(result)

    def choose_key_file(self) -> None:
        """"Load key from file…"."""
        path = open_file(self, self.tr("Choose a moderator's public key file"), self._start)
        if path is None:
            return
        result = errors_as_results(lambda: read_public_key_file(path))
        if isinstance(result, JobError):
            self.message.show_message("error", message_for(result.code, **result.params))
            return
        self.new_key.setText(result.encode())

    def selected_key(self) -> PublicKey | None:
        """The key selected in the list."""
        item = self.moderators.currentItem()
        return PublicKey.decode(item.data(KEY_ROLE)) if item is not None else None

    def remove_selected(self, ask: bool = True) -> None:
        """"Remove selected…": a new card without that key (asks first)."""
        key, session, today = self.selected_key(), self._session, self._today()
        if key is None or session is None:
            self.message.show_message("info", self.tr("Select a moderator first."))
            return
        if ask and not controls.ask(self, self.tr("Remove a moderator"), self.tr(
                "Remove this moderator from the team card? Reports sealed to the new card will "
                "not reach them. They can still open the reports that were sealed to them "
                "before."), self.tr("&Remove")):
            return
        self._change(lambda: remove_moderator(session.secrets, key, today),
                     self._new_card_text())

    def confirm_rotate(self, ask: bool = True) -> None:
        """"Rotate the team keys…": explain, ask, then rotate."""
        session, today = self._session, self._today()
        if session is None:
            return
        if ask and not controls.ask(self, self.tr("Rotate the team keys"), self.tr(
                "A new team identity and a new encryption key are made for you, and the new "
                "card is signed by the old identity. The fingerprint changes.\n\n"
                "Editors must start using the new card: their app accepts it automatically, "
                "without a new fingerprint check, because the old identity endorsed it. Publish "
                "it everywhere the old card was.\n\n"
                "Reports sealed to the old card still open here. Other moderators keep their "
                "keys. Make a new backup afterwards."), self.tr("&Rotate the keys")):
            return
        self._change(lambda: rotate_keys(session.secrets, today), self.tr(
            "The keys were rotated and the key file saved. Publish the new card and its new "
            "fingerprint; editors' apps accept it because the old identity endorsed it. Make a "
            "new backup now."))

    def busy(self) -> bool:
        """True while the key file is being saved."""
        return self._runner.busy()

    def shut_down(self) -> None:
        """Wait for a running save (window closing)."""
        self._runner.shut_down()
