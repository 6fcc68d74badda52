"""This computer's protections, on the team page: auto-lock and keyring unlock of the key file.

The keyring option is only offered when a real OS keyring answers (app.keyring_unlock, asked off
the GUI thread); otherwise the checkbox stays off and disabled and the reason is written under
it. In demo mode there is nothing to protect (the demo keys are public).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout

from app.keyring_unlock import KeyringResult, KeyringStatus
from ui.messages import message_for
from ui.moderator.session import ModeratorSession
from ui.widgets.basics import MessageBar, label, named
from ui.widgets.idle_lock import IdleLock
from ui.workers import TaskRunner

AUTO_LOCK_KEY = "moderator/auto_lock_minutes"
AUTO_LOCK_CHOICES = (5, 10, 15, 30, 60, 0)  # 0: never
AUTO_LOCK_DEFAULT = 10  # the keys to every report deserve a shorter default than drafts


def moderator_idle_lock(parent: QObject) -> IdleLock:
    """The moderator's auto-lock (its own setting: 10 minutes unless the person chose)."""
    return IdleLock(parent, settings_key=AUTO_LOCK_KEY, choices=AUTO_LOCK_CHOICES,
                    default_minutes=AUTO_LOCK_DEFAULT)


class SecurityBox(QGroupBox):
    """Auto-lock time and "also unlock with the system keyring". Holds no key."""

    def __init__(self, idle: IdleLock) -> None:
        super().__init__()
        self.setTitle(self.tr("Locking and keyring"))
        self.setObjectName("securityBox")
        self._idle = idle
        self._session: ModeratorSession | None = None
        self._ask_when_shown = False  # the keyring is asked only when the box is on screen
        self._runner = TaskRunner(self, max_threads=1)
        layout = QVBoxLayout(self)
        layout.addLayout(self._auto_lock_row())
        layout.addWidget(label(self.tr(
            "Locking forgets the keys and the passphrase, closes the open report and any reply "
            "being written, and clears the clipboard."), "hint"))
        self._keyring = named(QCheckBox(self.tr("Also unlock with the system &keyring")),
                              "keyringCheck", self.tr("Also unlock with the system keyring"))
        self._keyring.setEnabled(False)
        self._keyring.clicked.connect(self.set_keyring)
        self._reason = label("", "fieldWarning", object_name="keyringReason")
        self._reason.hide()
        layout.addWidget(self._keyring)
        layout.addWidget(self._reason)
        layout.addWidget(label(self.tr(
            "Convenient, but then anyone who can use your account on this computer can open "
            "the team's keys without the passphrase. The keyring holds a random key, never "
            "your passphrase; team changes still ask for the passphrase."), "hint"))
        self.message = MessageBar("securityMessage")
        layout.addWidget(self.message)

    def _auto_lock_row(self) -> QHBoxLayout:
        caption = QLabel(self.tr("Lock au&tomatically after"))
        self._auto = named(QComboBox(), "autoLockCombo", self.tr("Lock automatically after"))
        for minutes in self._idle.choices():
            self._auto.addItem(self.tr("Never") if minutes == 0 else self.tr(
                "%n minutes without activity", "", minutes), minutes)
        self._auto.currentIndexChanged.connect(
            lambda _i: self._idle.set_minutes(int(self._auto.currentData())))
        caption.setBuddy(self._auto)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self._auto)
        row.addStretch(1)
        return row

    # ------------------------------------------------------------ behaviour

    def set_session(self, session: ModeratorSession | None) -> None:
        """The unlocked session (None: locked): read its state and ask the keyring."""
        self._session = session
        self.message.clear()
        self.refresh()

    def refresh(self) -> None:
        """Show the current choices; ask the keyring whether it can be used (in a worker, once
        the box is on screen)."""
        self._auto.blockSignals(True)
        self._auto.setCurrentIndex(max(0, self._auto.findData(self._idle.minutes())))
        self._auto.blockSignals(False)
        session = self._session
        self._keyring.setEnabled(False)
        self._keyring.setChecked(session is not None and session.keyring_enabled())
        if session is None:
            self._show_reason("")
            return
        if session.key_file is None:
            self._show_reason(message_for("keyring.demo_mode"))
            return
        self._show_reason(self.tr("Checking the system keyring…"))
        self._ask_when_shown = True
        if self.isVisible():
            self._ask(session)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._ask_when_shown and self._session is not None:
            self._ask(self._session)

    def _ask(self, session: ModeratorSession) -> None:
        self._ask_when_shown = False
        self._runner.start(lambda _p, _c: session.keyring_status(),
                           on_finished=lambda status: self._status(session, status),
                           on_failed=lambda code: self._status(
                               session, KeyringStatus(False, code)))

    def _show_reason(self, text: str) -> None:
        self._reason.setText(text)
        self._reason.setVisible(bool(text))
        self._keyring.setAccessibleDescription(text)

    def _status(self, session: ModeratorSession, status: object) -> None:
        assert isinstance(status, KeyringStatus)
        if session is not self._session:
            return  # locked (or another session) since the question was asked
        enabled = session.keyring_enabled()
        self._keyring.setEnabled(status.available or enabled)  # it can always be turned off
        self._show_reason("" if status.available else message_for(status.reason_code))

    def set_keyring(self, on: bool) -> None:
        """Turn keyring unlock on or off (as clicking the checkbox does; worker)."""
        session = self._session
        if session is None or self._runner.busy():
            return
        self._keyring.setChecked(on)
        self._keyring.setEnabled(False)
        self.message.clear()
        self._runner.start(lambda _p, _c: session.set_keyring(on),
                           on_finished=lambda result: self._changed(session, result),
                           on_failed=lambda code: self._changed(
                               session, KeyringResult(False, code)))

    def _changed(self, session: ModeratorSession, result: object) -> None:
        assert isinstance(result, KeyringResult)
        if session is not self._session:
            return
        enabled = session.keyring_enabled()
        self._keyring.setChecked(enabled)
        self._keyring.setEnabled(True)
        if not result.ok:
            self.message.show_message("error", message_for(result.reason_code))
        elif enabled:
            self.message.show_message("success", self.tr(
                "The start page now offers to unlock this key file with the system keyring."))
        else:
            self.message.show_message("success", self.tr(
                "Keyring unlock is off: only the passphrase opens the key file."))

    # ---------------------------------------------------------------- state

    def keyring_box(self) -> QCheckBox:
        """The keyring checkbox (tests)."""
        return self._keyring

    def keyring_reason(self) -> str:
        """Why the keyring option is off ('' when it is offered)."""
        return "" if self._reason.isHidden() else self._reason.text()

    def set_auto_lock(self, minutes: int) -> None:
        """Choose the auto-lock time as the combo box does."""
        self._auto.setCurrentIndex(self._auto.findData(minutes))

    def busy(self) -> bool:
        """True while the keyring is being asked or changed."""
        return self._runner.busy()

    def shut_down(self) -> None:
        """Wait for a keyring call (at most its timeout)."""
        self._runner.shut_down()
