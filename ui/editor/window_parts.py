"""The parts of the editor window: the workspace (banners, steps, pages) and the menu.

Keyboard: Alt+1 … Alt+6 reach the steps, Ctrl+Enter presses the page's main button, Ctrl+L locks,
Ctrl+N starts a new report, Ctrl+Shift+Delete starts the quick wipe, Ctrl+Q quits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.paths import AppPaths
from ui.editor.attachments_page import AttachmentsPage
from ui.editor.card_page import CardPage
from ui.editor.drafts_page import DraftsPage
from ui.editor.form_page import FormPage
from ui.editor.outbox_page import OutboxPage
from ui.editor.parts_page import PartsPage
from ui.editor.qr_page import QrPage
from ui.editor.replies_page import RepliesPage
from ui.editor.review_page import ReviewPage
from ui.editor.security_page import SecurityPage
from ui.editor.step_bar import StepBar
from ui.editor.vault_session import VaultSession
from ui.widgets.basics import MessageBar, label, named
from ui.widgets.idle_lock import IdleLock
from ui.widgets.secret_clipboard import SecretClipboard

if TYPE_CHECKING:
    from ui.editor.main_window import EditorWindow

STEP_PAGES = ("card", "drafts", "form", "attachments", "review", "outbox")
DEMO_STEPS = ("form", "attachments", "review", "outbox")
WITHOUT_CARD = frozenset({"card", "drafts", "outbox"})
# the step they belong to
SUB_PAGES = {"qr": "review", "parts": "review", "security": "", "replies": ""}
translate = QCoreApplication.translate


class Workspace(QWidget):
    """Banners, the step bar, a message bar and the stack of pages."""

    navigation = Signal(str)
    resetDemoRequested = Signal()
    lockRequested = Signal()
    securityRequested = Signal()

    def __init__(self, paths: AppPaths, session: VaultSession, idle: IdleLock,
                 today: Callable[[], dt.date], start_folder: Path,
                 clipboard: SecretClipboard, demo: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self._demo = demo
        self.card_page = CardPage(paths, today, start_folder)
        self.drafts_page = DraftsPage()
        self.form_page = FormPage(today)
        self.attachments_page = AttachmentsPage(start_folder)
        self.review_page = ReviewPage(paths, clipboard, start_folder)
        self.qr_page = QrPage()
        self.parts_page = PartsPage(clipboard, start_folder)
        self.outbox_page = OutboxPage(paths, start_folder)
        self.security_page = SecurityPage(session, idle,
                                          lambda: [self.form_page.own_username()])
        self.replies_page = RepliesPage(start_folder)
        self._pages: dict[str, QWidget] = {
            "card": self.card_page, "drafts": self.drafts_page, "form": self.form_page,
            "attachments": self.attachments_page, "review": self.review_page,
            "qr": self.qr_page, "parts": self.parts_page, "outbox": self.outbox_page,
            "security": self.security_page, "replies": self.replies_page}
        self._stack = QStackedWidget()
        for page in self._pages.values():
            self._stack.addWidget(page)
        self._build()
        self._wire()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if self._demo:
            layout.addWidget(self._demo_banner())
        self._ram_banner = label(self.tr(
            "RAM-only: nothing is saved on this computer. Locking or closing Sealnote discards "
            "what you wrote."), object_name="ramOnlyBanner")
        self._ram_banner.hide()
        layout.addWidget(self._ram_banner)
        self.steps = StepBar(self._step_titles())
        self._add_trailing()
        layout.addWidget(self.steps)
        self._bar = MessageBar("workspaceMessage")
        layout.addWidget(self._bar)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(18, 12, 18, 12)
        body_layout.addWidget(self._stack)
        layout.addWidget(body, 1)

    def _step_titles(self) -> list[tuple[str, str]]:
        titles = {"card": self.tr("Team card"), "drafts": self.tr("Drafts"),
                  "form": self.tr("Your concern"), "attachments": self.tr("Attachments"),
                  "review": self.tr("Review and seal"), "outbox": self.tr("Outbox")}
        keys = DEMO_STEPS if self._demo else STEP_PAGES
        return [(key, titles[key]) for key in keys]

    def _add_trailing(self) -> None:
        self._status = label("", wrap=False, object_name="saveStatus")
        self.steps.add_trailing(self._status)
        if self._demo:
            return
        security = named(QPushButton(self.tr("Securit&y")), "securityButton",
                         self.tr("Security and privacy"))
        lock = named(QPushButton(self.tr("Loc&k")), "lockButton", self.tr("Lock now"))
        security.clicked.connect(self.securityRequested)
        lock.clicked.connect(self.lockRequested)
        self.steps.add_trailing(security)
        self.steps.add_trailing(lock)

    def _demo_banner(self) -> QWidget:
        row = QWidget()
        row.setObjectName("demoBannerRow")
        row.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        banner = label(self.tr("DEMO — workshop mode: the demo team's keys are public; never use "
                               "for a real concern"), object_name="demoBanner")
        banner.setAccessibleName(banner.text())
        reset = named(QPushButton(self.tr("&Reset demo")), "resetDemoButton",
                      self.tr("Reset demo"))
        reset.setStyleSheet("QPushButton { background: white; color: #7a1912; font-weight: 700;"
                            " border: 1px solid white; border-radius: 4px; padding: 6px 14px; }"
                            "QPushButton:focus { border: 2px solid black; }")
        reset.clicked.connect(self.resetDemoRequested)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.addWidget(banner, 1)
        layout.addWidget(reset)
        return row

    def _wire(self) -> None:
        go = self.navigation.emit
        self.steps.stepChosen.connect(go)
        self.card_page.continueRequested.connect(lambda: go("form"))
        self.form_page.nextRequested.connect(lambda: go("attachments"))
        self.attachments_page.backRequested.connect(lambda: go("form"))
        self.attachments_page.nextRequested.connect(lambda: go("review"))
        self.review_page.backRequested.connect(lambda: go("attachments"))
        self.qr_page.backRequested.connect(lambda: go("review"))
        self.parts_page.backRequested.connect(lambda: go("review"))
        self.replies_page.backRequested.connect(lambda: go("drafts" if not self._demo else "form"))

    # -------------------------------------------------------------- state

    def set_card_usable(self, usable: bool) -> None:
        """Without a usable card only the card, drafts and outbox steps can be chosen."""
        keys = set(self.steps.keys())
        self.steps.set_enabled_steps(keys if usable else keys & WITHOUT_CARD)

    def set_mode(self, ram_only: bool) -> None:
        """Show the RAM-only banner or not."""
        self._ram_banner.setVisible(ram_only)

    def set_status(self, text: str) -> None:
        """The short save status at the end of the step bar."""
        self._status.setText(text)
        self._status.setAccessibleName(text)

    def status(self) -> str:
        """The save status shown."""
        return self._status.text()

    def show_message(self, kind: str, text: str) -> None:
        """A message under the steps (save failures)."""
        self._bar.show_message(kind, text)

    def clear_message(self) -> None:
        """Hide that message."""
        self._bar.clear()

    def message(self) -> str:
        """The message under the steps ('' when none)."""
        return self._bar.text()

    def show_page(self, name: str) -> None:
        """Put page ``name`` on screen and mark its step."""
        self._stack.setCurrentWidget(self._pages[name])
        self.steps.set_current(SUB_PAGES.get(name, name))

    def current_widget(self) -> QWidget | None:
        """The page on screen."""
        return self._stack.currentWidget()

    def current_page(self) -> str:
        """The name of the page on screen."""
        current = self._stack.currentWidget()
        return next(name for name, page in self._pages.items() if page is current)

    def page(self, name: str) -> QWidget:
        """A page by name."""
        return self._pages[name]

    def page_names(self) -> list[str]:
        """Every page name."""
        return list(self._pages)


@dataclass
class WindowActions:
    """The menu's actions, enabled according to the window's state."""

    new_report: QAction
    lock: QAction
    security: QAction
    wipe: QAction
    replies: QAction

    def sync(self, demo: bool, unlocked: bool) -> None:
        """Demo: no vault actions; locked: only the wipe (and quit)."""
        for action in (self.new_report, self.lock, self.security):
            action.setEnabled(unlocked and not demo)
        self.wipe.setEnabled(not demo)
        self.replies.setEnabled(unlocked)


def _action(window: EditorWindow, text: str, name: str, keys: QKeySequence | str,
            slot: Callable[[], object]) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menu(window: EditorWindow) -> WindowActions:
    """The "Sealnote" menu with its shortcuts."""
    menu = window.menuBar().addMenu(translate("EditorMenu", "&Sealnote"))
    actions = WindowActions(
        new_report=_action(window, translate("EditorMenu", "&New report"), "newReportAction",
                           "Ctrl+N", window.new_report),
        lock=_action(window, translate("EditorMenu", "&Lock now"), "lockAction", "Ctrl+L",
                     window.lock_now),
        security=_action(window, translate("EditorMenu", "Security and &privacy…"),
                         "securityAction", "", lambda: window.go_to("security")),
        wipe=_action(window, translate("EditorMenu", "&Quick wipe…"), "wipeAction",
                     "Ctrl+Shift+Del", window.request_wipe),
        replies=_action(window, translate("EditorMenu", "Read a &reply…"), "repliesAction",
                        "", lambda: window.go_to("replies")))
    quit_action = _action(window, translate("EditorMenu", "&Quit"), "quitAction",
                          "Ctrl+Q", window.close)
    for action in (actions.new_report, actions.replies, actions.lock, actions.security):
        menu.addAction(action)
    menu.addSeparator()
    menu.addAction(actions.wipe)
    menu.addSeparator()
    menu.addAction(quit_action)
    return actions
