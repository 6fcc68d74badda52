"""Security and privacy: auto-lock, keyring unlock, changing the passphrase, lock and wipe.

The keyring option is only offered when a real OS keyring answers (app.keyring_unlock); otherwise
the checkbox stays off and disabled and the reason is written next to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.keyring_unlock import KeyringResult, KeyringStatus
from ui.editor.vault_session import VaultSession
from ui.messages import message_for
from ui.widgets.basics import BusyRow, MessageBar, label, named
from ui.widgets.idle_lock import CHOICES_MINUTES, IdleLock
from ui.widgets.passphrase import NewPassphraseFields, passphrase_edit
from ui.widgets.style import make_danger, make_primary


class SecurityPage(QWidget):
    """Settings that protect the drafts. Talks to the session; never holds a key."""

    lockRequested = Signal()
    wipeRequested = Signal()

    def __init__(self, session: VaultSession, idle: IdleLock,
                 user_inputs: Callable[[], Sequence[str]] = lambda: (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("securityPage")
        self._session, self._idle = session, idle
        self._user_inputs = user_inputs
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(label(self.tr("Security and privacy"), "title", wrap=False))
        self._bar = MessageBar("securityMessage")
        layout.addWidget(self._bar)
        for box in (self._lock_box(), self._keyring_box(), self._passphrase_box(),
                    self._wipe_box()):
            layout.addWidget(box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)
        session.keyringStatusReady.connect(self._keyring_status)
        session.keyringChanged.connect(self._keyring_changed)
        session.passphraseChanged.connect(self._passphrase_changed)
        session.failed.connect(self._failed)
        session.busyChanged.connect(self._busy)

    # ---------------------------------------------------------------- layout

    def _lock_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Locking"))
        layout = QVBoxLayout(box)
        caption = QLabel(self.tr("Lock &automatically after"))
        self._auto = named(QComboBox(), "autoLockCombo", self.tr("Lock automatically after"))
        for minutes in CHOICES_MINUTES:
            text = self.tr("Never") if minutes == 0 else self.tr("%1 minutes without activity") \
                .replace("%1", str(minutes))
            self._auto.addItem(text, minutes)
        self._auto.setCurrentIndex(max(0, self._auto.findData(self._idle.minutes())))
        self._auto.currentIndexChanged.connect(
            lambda _i: self._idle.set_minutes(int(self._auto.currentData())))
        caption.setBuddy(self._auto)
        lock = named(QPushButton(self.tr("&Lock now")), "securityLockButton",
                     self.tr("Lock now"))
        lock.clicked.connect(self.lockRequested)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self._auto)
        row.addStretch(1)
        row.addWidget(lock)
        layout.addLayout(row)
        layout.addWidget(label(self.tr(
            "Locking closes your drafts and clears the form and the clipboard. Ctrl+L locks at "
            "any time."), "hint"))
        return box

    def _keyring_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("System keyring"))
        layout = QVBoxLayout(box)
        self._keyring = named(QCheckBox(self.tr("Also unlock with the system &keyring")),
                              "keyringCheck", self.tr("Also unlock with the system keyring"))
        self._keyring.setEnabled(False)
        self._keyring.clicked.connect(self._keyring_clicked)
        self._keyring_reason = label("", "fieldWarning", object_name="keyringReason")
        layout.addWidget(self._keyring)
        layout.addWidget(self._keyring_reason)
        layout.addWidget(label(self.tr(
            "Convenient, but then anyone who can use your account on this computer can open "
            "your drafts without the passphrase. The keyring holds a random key, never your "
            "passphrase."), "hint"))
        return box

    def _passphrase_box(self) -> QGroupBox:
        self._passphrase_group = QGroupBox(self.tr("Change the passphrase"))
        layout = QVBoxLayout(self._passphrase_group)
        caption = QLabel(self.tr("&Current passphrase"))
        self._current = passphrase_edit("currentPassphrase", self.tr("Current passphrase"))
        caption.setBuddy(self._current)
        self._new = NewPassphraseFields("change", self._user_inputs)
        self._change = named(QPushButton(self.tr("C&hange the passphrase")),
                             "changePassphraseButton", self.tr("Change the passphrase"))
        make_primary(self._change)
        self._change.setDefault(False)
        self._change.clicked.connect(self.request_change)
        self._change_busy = BusyRow("changeBusy", self.tr("Changing the passphrase…"))
        for widget in (caption, self._current, self._new, self._change_busy):
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._change)
        layout.addLayout(row)
        return self._passphrase_group

    def _wipe_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Quick wipe"))
        layout = QVBoxLayout(box)
        layout.addWidget(label(self.tr(
            "Removes Sealnote's data from this computer: the key to your drafts first, then "
            "drafts, outbox, reply keys, team card and settings. Ctrl+Shift+Delete starts it "
            "from anywhere."), "hint"))
        wipe = named(QPushButton(self.tr("&Quick wipe…")), "securityWipeButton",
                     self.tr("Quick wipe"))
        make_danger(wipe)
        wipe.clicked.connect(self.wipeRequested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(wipe)
        layout.addLayout(row)
        return box

    # ------------------------------------------------------------ behaviour

    def refresh(self) -> None:
        """Shown: read the current state and ask the keyring (off the GUI thread)."""
        self._bar.clear()
        self._auto.blockSignals(True)
        self._auto.setCurrentIndex(max(0, self._auto.findData(self._idle.minutes())))
        self._auto.blockSignals(False)
        ram_only = self._session.is_ram_only()
        self._passphrase_group.setEnabled(not ram_only)
        self._keyring.setChecked(self._session.keyring_enabled())
        if ram_only:
            self._keyring.setEnabled(False)
            self._show_reason(message_for("vault.ram_only"))
            return
        self._keyring.setEnabled(False)
        self._show_reason(self.tr("Checking the system keyring…"))
        self._session.check_keyring()

    def _show_reason(self, text: str) -> None:
        self._keyring_reason.setText(text)
        self._keyring_reason.setVisible(bool(text))
        self._keyring.setAccessibleDescription(text)

    def _keyring_status(self, status: object) -> None:
        assert isinstance(status, KeyringStatus)
        if self._session.is_ram_only() or not self._session.is_unlocked():
            return
        enabled = self._session.keyring_enabled()
        # An install that already uses the keyring can always turn it off.
        self._keyring.setEnabled(status.available or enabled)
        self._show_reason("" if status.available else message_for(status.reason_code))

    def _keyring_clicked(self, on: bool) -> None:
        self._keyring.setEnabled(False)
        self._session.set_keyring(on)

    def set_keyring(self, on: bool) -> None:
        """Turn keyring unlock on or off (as clicking the checkbox does)."""
        self._keyring.setChecked(on)
        self._keyring_clicked(on)

    def _keyring_changed(self, result: object) -> None:
        assert isinstance(result, KeyringResult)
        enabled = self._session.keyring_enabled()
        self._keyring.setChecked(enabled)
        self._keyring.setEnabled(self._session.is_unlocked()
                                 and not self._session.is_ram_only())
        if result.ok:
            self._bar.show_message("success", self.tr(
                "Sealnote will unlock with the system keyring when you start it.") if enabled
                else self.tr("Keyring unlock is off: only your passphrase opens the drafts."))
        else:
            self._bar.show_message("error", message_for(result.reason_code))

    def request_change(self) -> None:
        """"Change the passphrase": the current one is checked first."""
        if not self._current.text():
            self._bar.show_message("error", message_for("vault.empty_passphrase"))
            self._current.setFocus()
            return
        if not self._new.acceptable():
            self._bar.show_message("error", self.tr(
                "Choose a stronger new passphrase and type it twice."))
            return
        self._session.change_passphrase(self._current.text(), self._new.passphrase())

    def _busy(self, busy: bool) -> None:
        self._change_busy.setVisible(busy and self._session.is_unlocked())
        self._change.setEnabled(not busy)

    def _passphrase_changed(self) -> None:
        self.clear_fields()
        self._bar.show_message("success", self.tr(
            "The passphrase was changed. Use the new one from now on."))

    def _failed(self, action: str, code: str) -> None:
        if action != "change":
            return
        if code == "vault.wrong_passphrase":
            self._bar.show_message("error", self.tr("The current passphrase is not right."))
            self._current.selectAll()
            self._current.setFocus()
        else:
            self._bar.show_message("error", message_for(code))

    def clear_fields(self) -> None:
        """Empty every passphrase field (locked, or done)."""
        self._current.clear()
        self._new.clear()

    # --------------------------------------------------------------- tests

    def fill_change(self, current: str, new: str) -> None:
        """Type a passphrase change (tests and screenshots)."""
        self._current.setText(current)
        self._new.set_passphrase(new)

    def keyring_box(self) -> QCheckBox:
        """The keyring checkbox."""
        return self._keyring

    def keyring_reason(self) -> str:
        """Why the keyring option is off ('' when it is offered)."""
        return "" if self._keyring_reason.isHidden() else self._keyring_reason.text()

    def message(self) -> str:
        """The inline message ('' when none)."""
        return self._bar.text()

    def set_auto_lock(self, minutes: int) -> None:
        """Choose the auto-lock time as the combo box does."""
        self._auto.setCurrentIndex(self._auto.findData(minutes))
