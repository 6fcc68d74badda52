"""The gate: first run, unlock and quick-wipe screens, wired to the VaultSession.

The window shows the gate whenever no vault is open (and for the wipe confirmation); once the
session reports ``unlocked`` the window shows the drafts again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from app.wipe import WipeSummary
from ui.editor.gate_pages import FirstRunPage, UnlockPage, WipePage
from ui.editor.vault_session import VaultSession
from ui.messages import message_for

translate = QCoreApplication.translate


def _step_names() -> dict[str, str]:
    return {
        "vault_key": translate("Wipe", "the key to the drafts"),
        "drafts": translate("Wipe", "the drafts"),
        "outbox": translate("Wipe", "the outbox"),
        "reply_keys": translate("Wipe", "the kept reply keys"),
        "settings": translate("Wipe", "the team card and settings"),
        "keyring": translate("Wipe", "the key in the system keyring"),
        "temp": translate("Wipe", "temporary files"),
        "data": translate("Wipe", "all other app data"),
    }


def wipe_summary_text(summary: WipeSummary) -> tuple[str, str]:
    """(kind, sentence) saying what a wipe removed, or what it could not."""
    names = _step_names()
    separator = translate("Wipe", "; ")
    done = separator.join(names.get(s.name, s.name) for s in summary.steps if s.ok)
    left = separator.join(names.get(s.name, s.name) for s in summary.steps if not s.ok)
    if summary.complete:
        return "success", translate("Wipe", "Sealnote was wiped. Removed: %1. Sealnote is now "
                                    "as on first use.").replace("%1", done)
    if summary.vault_key_destroyed:
        return "warning", translate("Wipe", "The key to the drafts was destroyed, so they "
                                    "cannot be read. Not removed: %1. Run the quick wipe "
                                    "again.").replace("%1", left)
    return "error", translate("Wipe", "The wipe did not complete. Not removed: %1. Run the "
                              "quick wipe again.").replace("%1", left)


class Gate(QStackedWidget):
    """Shows the right screen for the vault's state and passes requests to the session."""

    wipeCancelled = Signal()

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gate")
        self._session = session
        self.first_run = FirstRunPage()
        self.unlock = UnlockPage()
        self.wipe = WipePage()
        for page in (self.first_run, self.unlock, self.wipe):
            self.addWidget(page)
        self._before_wipe: QWidget = self.unlock
        self.first_run.createRequested.connect(session.create)
        self.first_run.ramOnlyRequested.connect(session.start_ram_only)
        self.unlock.unlockRequested.connect(self._unlock)
        self.unlock.keyringRequested.connect(self.try_keyring)
        self.unlock.resetRequested.connect(session.reset_forgotten)
        self.wipe.wipeConfirmed.connect(session.wipe)
        self.wipe.cancelled.connect(self.wipeCancelled)
        session.failed.connect(self._failed)
        session.busyChanged.connect(self._busy)
        session.forgotten.connect(self._forgotten)
        session.wiped.connect(self._wiped)
        session.unlocked.connect(self._forget_typed)

    # ----------------------------------------------------------- screens

    def current_name(self) -> str:
        """first_run, unlock or wipe."""
        current = self.currentWidget()
        return {id(self.first_run): "first_run", id(self.unlock): "unlock",
                id(self.wipe): "wipe"}[id(current)]

    def show_start(self, try_keyring: bool = False) -> None:
        """The screen for the vault's state; optionally try the keyring straight away."""
        if not self._session.has_vault():
            self.show_first_run()
            return
        self.show_unlock()
        if try_keyring and self._session.keyring_unlock_enabled():
            self.try_keyring()

    def show_first_run(self, kind: str = "", text: str = "") -> None:
        """The first-run screen, with an optional message (after a wipe or a reset)."""
        self.first_run.reset()
        if text:
            self.first_run.bar.show_message(kind, text)
        self.setCurrentWidget(self.first_run)
        self.first_run.fields.first_field().setFocus()

    def show_unlock(self, notice: str = "") -> None:
        """The lock screen, with an optional notice (why it locked)."""
        self.unlock.reset(self._session.keyring_unlock_enabled())
        if notice:
            self.unlock.bar.show_message("info", notice)
        self.setCurrentWidget(self.unlock)
        self.unlock.passphrase.setFocus()

    def show_wipe(self) -> None:
        """The wipe confirmation (Cancel goes back to where the person was)."""
        current = self.currentWidget()
        if current is not None and current is not self.wipe:
            self._before_wipe = current
        self.wipe.prepare()
        self.setCurrentWidget(self.wipe)

    def back_from_wipe(self) -> None:
        """Cancel on the wipe screen while locked: the screen shown before."""
        self.setCurrentWidget(self._before_wipe)

    def _unlock(self, passphrase: str) -> None:
        self.unlock.bar.clear()
        self.unlock.set_busy(True, translate("Gate", "Unlocking…"))
        self._session.unlock(passphrase)

    def try_keyring(self) -> None:
        """Unlock with the key in the OS keyring (off the GUI thread)."""
        self.unlock.bar.clear()
        self.unlock.set_busy(True, translate("Gate", "Asking the system keyring…"))
        self._session.unlock_with_keyring()

    # ----------------------------------------------------------- results

    def _forget_typed(self, _how: str) -> None:
        """Unlocked: no passphrase stays in a hidden field."""
        self.first_run.fields.clear()
        self.unlock.passphrase.clear()

    def _busy(self, busy: bool) -> None:
        page = self.currentWidget()
        if page is self.first_run or not busy:
            self.first_run.set_busy(busy)
        if page is self.unlock or not busy:
            self.unlock.set_busy(busy)
        if page is self.wipe or not busy:
            self.wipe.set_busy(busy)

    def _failed(self, action: str, code: str) -> None:
        if action == "create":
            self.first_run.bar.show_message("error", message_for(code))
        elif action == "unlock":
            self.unlock.bar.show_message("error", message_for(code))
            self.unlock.passphrase.selectAll()
            self.unlock.passphrase.setFocus()
        elif action == "keyring_unlock":
            self.unlock.bar.show_message("warning", translate(
                "Gate", "The system keyring did not unlock Sealnote: %1 Type your passphrase "
                "instead.").replace("%1", message_for(code)))
            self.unlock.passphrase.setFocus()
        elif action == "reset":
            self.unlock.bar.show_message("error", message_for(code))
        elif action == "wipe":
            self.wipe.bar.show_message("error", message_for(code))

    def _forgotten(self) -> None:
        self.show_first_run("success", translate(
            "Gate", "Your drafts were deleted. Choose a new passphrase to start again."))

    def _wiped(self, summary: object) -> None:
        assert isinstance(summary, WipeSummary)
        kind, text = wipe_summary_text(summary)
        if self._session.has_vault():  # the key file could not be removed
            self.show_unlock()
            self.unlock.bar.show_message(kind, text)
        else:
            self.show_first_run(kind, text)
