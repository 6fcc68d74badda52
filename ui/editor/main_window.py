"""The editor's one window: the gate (first run, unlock, wipe) or the workspace (steps and pages).

The window title is only "Sealnote" (plus " — DEMO"): never a report title. The window owns no
core logic: the VaultSession opens and locks the vault, the DraftKeeper saves drafts, pages call
app/ through workers, and the window moves between them. Demo mode never touches the vault: it
keeps its throwaway folder and goes straight to the workspace.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton, QStackedWidget, QWidget

from app.card_trust import load_trusted
from app.demo_team import SAMPLE_PHOTO, demo_card, sample_form
from app.paths import AppPaths
from app.reply_keys import ReplyKeyKeeper
from app.report import ConcernForm
from app.sealing import SealRequest
from crypto.card import TeamCard
from crypto.keys import SecretKey
from ui.editor.demo_session import DemoSession
from ui.editor.draft_flow import DraftFlow
from ui.editor.gate import Gate
from ui.editor.vault_session import VaultOptions, VaultSession
from ui.editor.window_parts import Workspace, build_menu
from ui.messages import message_for
from ui.widgets.file_dialogs import forget_dialog_state
from ui.widgets.idle_lock import IdleLock
from ui.widgets.secret_clipboard import SecretClipboard
from ui.widgets.style import STYLE_SHEET

APP_TITLE = "Sealnote"
DEMO_TITLE = "Sealnote — DEMO"
IDLE_RECHECK_MS = 60_000


class EditorWindow(QMainWindow):
    """Sealnote: unlock the drafts, write a concern, attach files, seal it, export it."""

    def __init__(self, paths: AppPaths, demo: bool = False,
                 today: Callable[[], dt.date] = dt.date.today,
                 start_folder: Path | None = None,
                 vault_options: VaultOptions | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(DEMO_TITLE if demo else APP_TITLE)
        self.setStyleSheet(STYLE_SHEET)
        self._demo = DemoSession(paths) if demo else None
        self._paths = self._demo.start() if self._demo else paths.ensure()
        self._today = today
        self._card: TeamCard | None = demo_card() if demo else load_trusted(self._paths)
        self._closed = False
        self._lock_reason = ""
        self.clipboard = SecretClipboard(self)
        self.session = VaultSession(self._paths, vault_options, self)
        self.idle_lock = IdleLock(self)
        self._demo_replies = ReplyKeyKeeper.in_memory() if demo else None
        self.workspace = Workspace(self._paths, self.session, self.idle_lock, today,
                                   start_folder or Path.home(), self.clipboard, demo=demo)
        self.drafts = DraftFlow(self.session, self.workspace, self.clipboard, self)
        self.keeper = self.drafts.keeper
        self.gate = Gate(self.session)
        self._outer = QStackedWidget()
        self._outer.addWidget(self.workspace)
        self._outer.addWidget(self.gate)
        self.setCentralWidget(self._outer)
        self._bind_pages()
        self._connect()
        self._actions = build_menu(self)
        self.resize(1100, 800)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.press_primary)
        self._start()

    def _bind_pages(self) -> None:
        ws = self.workspace
        self.card_page, self.drafts_page, self.form_page = ws.card_page, ws.drafts_page, \
            ws.form_page
        self.attachments_page, self.review_page, self.qr_page = ws.attachments_page, \
            ws.review_page, ws.qr_page
        self.parts_page, self.outbox_page, self.security_page = ws.parts_page, ws.outbox_page, \
            ws.security_page
        self.replies_page = ws.replies_page
        self.replies_page.set_keys(self._kept_reply_secrets)

    def _connect(self) -> None:
        ws = self.workspace
        ws.navigation.connect(self.go_to)
        self.card_page.cardAccepted.connect(self._card_accepted)
        self.attachments_page.changed.connect(self._refresh_review_if_shown)
        self.review_page.editFormRequested.connect(self._edit_form)
        self.review_page.choices.changed.connect(self._choices_changed)
        panel = self.review_page.panel
        panel.sealed.connect(self._sealed)
        panel.qrReady.connect(self._show_qr)
        panel.partsReady.connect(self._show_parts)
        ws.resetDemoRequested.connect(self.reset_demo)
        ws.lockRequested.connect(self.lock_now)
        ws.securityRequested.connect(lambda: self.go_to("security"))
        self.security_page.lockRequested.connect(self.lock_now)
        self.security_page.wipeRequested.connect(self.request_wipe)
        self.session.unlocked.connect(self._session_opened)
        self.session.locked.connect(self._session_closed)
        self.session.wiped.connect(self._wiped)
        self.drafts.navigate.connect(self.go_to)
        self.drafts.contentReset.connect(self._choices_changed)
        self.idle_lock.idle.connect(self._idle)
        self.gate.wipe.wipeConfirmed.connect(self.wipe_now)
        self.gate.wipeCancelled.connect(self._wipe_cancelled)

    def _start(self) -> None:
        if self._demo is not None:
            self._load_demo_sample()
            self.review_page.choices.set_reply_available(True)
            self.go_to("form")
            return
        self._show_card_state()
        self._outer.setCurrentWidget(self.gate)
        self.gate.show_start(try_keyring=True)
        self._sync_actions()

    # ------------------------------------------------------------ the session

    def _session_opened(self, how: str) -> None:
        ram_only = self.session.is_ram_only()
        self.workspace.set_mode(ram_only=ram_only)
        self.drafts_page.set_ram_only(ram_only)
        self.review_page.choices.set_reply_available(
            not ram_only, self.tr("Not in RAM-only mode: the reply key could not be kept.")
            if ram_only else "")
        self.review_page.panel.set_after_export(self.tr("Delete the &draft"),
                                                self.drafts.delete_current_draft)
        self._choices_changed()
        self.outbox_page.refresh()
        self._outer.setCurrentWidget(self.workspace)
        self.idle_lock.arm()
        self._show_card_state()
        self.go_to("form" if ram_only or how == "created" else "drafts")
        self.drafts.arrive()
        self._sync_actions()

    def _session_closed(self) -> None:
        self.idle_lock.disarm()
        self.drafts.clear_pages()
        self.drafts.leave()
        self.replies_page.clear()
        self.review_page.panel.set_after_export("", None)
        self.workspace.set_mode(ram_only=False)
        self._sync_actions()
        if self._outer.currentWidget() is self.gate and self.gate.current_name() == "wipe":
            return  # a wipe is running: its result comes next
        self._outer.setCurrentWidget(self.gate)
        if self.session.has_vault():
            self.gate.show_unlock(self._lock_notice())
        else:
            self.gate.show_first_run("info", self.tr(
                "The RAM-only session ended: nothing was kept."))
        self._lock_reason = ""

    def _lock_notice(self) -> str:
        if self._lock_reason == "idle":
            minutes = self.idle_lock.minutes()
            return self.tr("Sealnote locked itself after %1 minutes without activity.") \
                .replace("%1", str(minutes)) if minutes else self.tr("Sealnote locked itself.")
        return self.tr("Sealnote is locked. Your drafts are saved and encrypted.") \
            if self._lock_reason else ""

    def _stop_work(self) -> None:
        self.attachments_page.stop_work()
        self.review_page.panel.shut_down()

    def lock_now(self, reason: str = "manual") -> None:
        """Lock: the last save, then the key goes; form, clipboard and keys are cleared."""
        if self._demo is not None or not self.session.is_unlocked():
            return
        self._lock_reason = reason or "manual"
        self._stop_work()
        self.session.lock()

    def _idle(self) -> None:
        """No activity for the chosen time: lock, unless a seal or a copy is still running
        (locking would cancel it); then look again a minute later."""
        if self.review_page.panel.busy() or self.attachments_page.busy():
            self.idle_lock.postpone(IDLE_RECHECK_MS)
            return
        self.lock_now("idle")

    def request_wipe(self) -> None:
        """Quick wipe (menu, shortcut, button): one calm confirmation first."""
        if self._demo is None:
            self._outer.setCurrentWidget(self.gate)
            self.gate.show_wipe()

    def wipe_now(self) -> None:
        """The confirmation said yes: stop all work, then crypto-erase and remove."""
        self._stop_work()
        self.idle_lock.disarm()
        self.session.wipe()

    def _wipe_cancelled(self) -> None:
        if self.session.is_unlocked():
            self._outer.setCurrentWidget(self.workspace)
        else:
            self.gate.back_from_wipe()

    def _wiped(self, _summary: object) -> None:
        self.drafts.clear_pages()
        self._card = None
        self.card_page.set_trusted(None)
        self.outbox_page.forget()
        self.idle_lock.reload()
        forget_dialog_state()
        self._show_card_state()
        self._outer.setCurrentWidget(self.gate)
        self._sync_actions()

    def _sync_actions(self) -> None:
        unlocked = self._demo is not None or self.session.is_unlocked()
        self._actions.sync(demo=self._demo is not None, unlocked=unlocked)

    def new_report(self) -> None:
        """Start an empty report (menu: Ctrl+N)."""
        self.drafts.new_report()

    # ------------------------------------------------------------ navigation

    def _card_usable(self) -> bool:
        return self._card is not None and not self._card.is_expired(self._today())

    def _show_card_state(self) -> None:
        card = self._card
        if self._demo is None:
            expired = card is not None and card.is_expired(self._today())
            self.card_page.set_trusted(card, message_for("card.expired") if expired else "")
        self.workspace.set_card_usable(self._card_usable())

    def go_to(self, name: str) -> None:
        """Show page ``name`` (card, drafts, form, attachments, review, qr, parts, outbox,
        security). Nothing is shown while locked."""
        if self._demo is None and not self.session.is_unlocked():
            return
        if name not in ("card", "outbox", "qr", "parts", "drafts", "security", "replies") \
                and not self._card_usable():
            name = "card"
        if name == "review":
            self.refresh_review()
        if name == "outbox":
            self.outbox_page.refresh()
        if name == "security":
            self.security_page.refresh()
        if name == "drafts" and self.keeper.active():
            self.keeper.refresh_list()
        if name != "qr":
            self.qr_page.clear()
        if name != "parts":
            self.parts_page.clear()
        if name != "replies":
            self.replies_page.clear()
        self.workspace.show_page(name)

    def _shown_root(self) -> QWidget | None:
        if self._outer.currentWidget() is self.gate:
            return self.gate.currentWidget()
        return self.workspace.current_widget()

    def press_primary(self) -> bool:
        """Ctrl+Enter: the current page's main button (keyboard users), if it can be pressed."""
        page = self._shown_root()
        buttons = page.findChildren(QPushButton) if page is not None else []
        for button in buttons:
            if button.property("primary") and button.isVisible() and button.isEnabled():
                button.click()
                return True
        return False

    def current_page(self) -> str:
        """The name of the page on screen (first_run, unlock and wipe while at the gate)."""
        if self._outer.currentWidget() is self.gate:
            return self.gate.current_name()
        return self.workspace.current_page()

    def page(self, name: str) -> QWidget:
        """A page by name (tests and screenshots)."""
        return self.workspace.page(name)

    def page_names(self) -> list[str]:
        """Every page name of the workspace."""
        return self.workspace.page_names()

    def _edit_form(self) -> None:
        self.go_to("form")
        self.form_page.validate_now()

    def _card_accepted(self, card: TeamCard) -> None:
        first_run = self._card is None
        self._card = card
        self.workspace.set_card_usable(self._card_usable())
        if first_run:
            self.go_to("form")

    # ---------------------------------------------------------------- review

    def _reply_keeper(self) -> ReplyKeyKeeper | None:
        return self._demo_replies if self._demo is not None else self.session.reply_keys()

    def _kept_reply_secrets(self) -> list[SecretKey]:
        keeper = self._reply_keeper()
        return keeper.secret_keys() if keeper is not None else []

    def seal_request(self) -> SealRequest | None:
        """The report as it would be sealed now (None without a card)."""
        if self._card is None:
            return None
        return SealRequest(self._card, self.form_page.form(), self.attachments_page.prepared(),
                           demo_mode=self._demo is not None, today=self._today(),
                           reply_key=self.review_page.choices.reply_public())

    def _problems(self, request: SealRequest) -> list[str]:
        problems = []
        if request.card.is_expired(request.today):
            problems.append("card.expired")
        if self.form_page.validate_now():
            problems.append("form.invalid")
        if self.attachments_page.busy():
            problems.append("attachments.checking")
        if self.attachments_page.failed_count():
            problems.append("attachment.unreadable")
        return problems

    def refresh_review(self) -> None:
        """Recompute what the review page shows."""
        request = self.seal_request()
        if request is None:
            return
        choices = self.review_page.choices
        choices.suggest_reply(request.form.values.get("contact") == "reply_in_app")
        self.review_page.panel.set_reply_key(choices.reply_secret(), self._reply_keeper())
        self.review_page.show_request(request, self._problems(request),
                                      self.form_page.username_fields())

    def _choices_changed(self) -> None:
        keep_nothing = self.review_page.choices.keep_nothing()
        ram_only = self.session.is_ram_only()
        reason = self.tr("RAM-only: nothing is kept on this computer.") if ram_only else \
            self.tr("You chose to keep nothing after export.") if keep_nothing else ""
        self.review_page.panel.set_outbox_allowed(not reason, reason)
        self._refresh_review_if_shown()

    def _refresh_review_if_shown(self) -> None:
        if self.workspace.current_widget() is self.review_page \
                and not self.review_page.panel.busy():
            self.refresh_review()

    def _sealed(self, kind: str) -> None:
        self.form_page.mark_clean()
        if kind == "outbox":
            self.outbox_page.refresh()

    def _show_qr(self, codes: object) -> None:
        assert isinstance(codes, list)
        self.go_to("qr")
        self.qr_page.set_codes(codes)

    def _show_parts(self, sealed: object) -> None:
        assert isinstance(sealed, bytes)
        self.go_to("parts")
        self.parts_page.set_sealed(sealed)

    # ------------------------------------------------------------------ demo

    def _load_demo_sample(self) -> None:
        self.form_page.set_form(sample_form())
        self.attachments_page.add_files([SAMPLE_PHOTO])

    def reset_demo(self) -> None:
        """"Reset demo": sample form and photo back, outbox emptied, clipboard cleared."""
        if self._demo is None:
            return
        self.review_page.panel.shut_down()
        self.clipboard.clear_if_ours()
        self._demo.reset()
        self.form_page.set_own_username("")
        self.attachments_page.clear()
        self._load_demo_sample()
        self.review_page.panel.clear_result()
        self.review_page.choices.reset()
        self.outbox_page.refresh()
        self.go_to("form")

    def is_demo(self) -> bool:
        """True in demo mode."""
        return self._demo is not None

    def form(self) -> ConcernForm:
        """The form as typed (tests)."""
        return self.form_page.form()

    # ----------------------------------------------------------------- close

    def confirm_discard(self) -> bool:
        """Ask before closing with text that nothing keeps (demo and RAM-only mode)."""
        answer = QMessageBox.question(
            self, APP_TITLE,
            self.tr("Close Sealnote? What you wrote has not been sealed and will be lost: "
                    "nothing is saved on this computer."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def _would_lose_text(self) -> bool:
        unsaved_mode = self._demo is not None or self.session.is_ram_only()
        return unsaved_mode and self.form_page.is_dirty()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self._closed and self._would_lose_text() and not self.confirm_discard():
            event.ignore()
            return
        self.shut_down()
        self._closed = True
        event.accept()

    def shut_down(self) -> None:
        """Stop workers, save and lock, take back the clipboard, remove demo files and dialog
        history. Safe to call more than once."""
        self._stop_work()
        self.attachments_page.shut_down()
        self.session.shut_down()
        self.idle_lock.disarm()
        self.clipboard.clear_if_ours()
        forget_dialog_state()
        if self._demo is not None:
            self._demo.close()
