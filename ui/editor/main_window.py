"""The editor's one window: a step bar over a stack of pages, and the demo banner.

The window title is only "Sealnote" (plus " — DEMO"): never a report title. The window owns no
core logic: pages call app/ through workers, and the window moves between them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.card_trust import load_trusted
from app.demo_team import SAMPLE_PHOTO, demo_card, sample_form
from app.paths import AppPaths
from app.report import ConcernForm
from app.sealing import SealRequest
from crypto.card import TeamCard
from ui.editor.attachments_page import AttachmentsPage
from ui.editor.card_page import CardPage
from ui.editor.demo_session import DemoSession
from ui.editor.form_page import FormPage
from ui.editor.outbox_page import OutboxPage
from ui.editor.parts_page import PartsPage
from ui.editor.qr_page import QrPage
from ui.editor.review_page import ReviewPage
from ui.editor.step_bar import StepBar
from ui.messages import message_for
from ui.widgets.basics import label, named
from ui.widgets.file_dialogs import forget_dialog_state
from ui.widgets.secret_clipboard import SecretClipboard
from ui.widgets.style import STYLE_SHEET

APP_TITLE = "Sealnote"
DEMO_TITLE = "Sealnote — DEMO"
STEP_PAGES = ("card", "form", "attachments", "review", "outbox")


class EditorWindow(QMainWindow):
    """Sealnote: write a concern, attach files, seal it to the team, export it."""

    def __init__(self, paths: AppPaths, demo: bool = False,
                 today: Callable[[], dt.date] = dt.date.today,
                 start_folder: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(DEMO_TITLE if demo else APP_TITLE)
        self.setStyleSheet(STYLE_SHEET)
        self._demo = DemoSession(paths) if demo else None
        self._paths = self._demo.start() if self._demo else paths.ensure()
        self._today = today
        self._card: TeamCard | None = demo_card() if demo else load_trusted(self._paths)
        self.clipboard = SecretClipboard(self)
        self._pages: dict[str, QWidget] = {}
        self._closed = False
        self._build(start_folder or Path.home())
        self._connect()
        self.resize(1100, 800)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.press_primary)
        self._start()

    # ----------------------------------------------------------------- build

    def _build(self, start_folder: Path) -> None:
        self.card_page = CardPage(self._paths, self._today, start_folder)
        self.form_page = FormPage(self._today)
        self.attachments_page = AttachmentsPage(start_folder)
        self.review_page = ReviewPage(self._paths, self.clipboard, start_folder)
        self.qr_page = QrPage()
        self.parts_page = PartsPage(self.clipboard, start_folder)
        self.outbox_page = OutboxPage(self._paths, start_folder)
        self._stack = QStackedWidget()
        for name, page in (("card", self.card_page), ("form", self.form_page),
                           ("attachments", self.attachments_page), ("review", self.review_page),
                           ("qr", self.qr_page), ("parts", self.parts_page),
                           ("outbox", self.outbox_page)):
            self._pages[name] = page
            self._stack.addWidget(page)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if self._demo is not None:
            layout.addWidget(self._demo_banner())
        self._steps = StepBar(self._step_titles())
        layout.addWidget(self._steps)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(18, 12, 18, 12)
        body_layout.addWidget(self._stack)
        layout.addWidget(body, 1)
        self.setCentralWidget(central)

    def _step_titles(self) -> list[tuple[str, str]]:
        titles = {"card": self.tr("Team card"), "form": self.tr("Your concern"),
                  "attachments": self.tr("Attachments"), "review": self.tr("Review and seal"),
                  "outbox": self.tr("Outbox")}
        keys = [key for key in STEP_PAGES if not (self._demo and key == "card")]
        return [(key, titles[key]) for key in keys]

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
        reset.clicked.connect(self.reset_demo)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.addWidget(banner, 1)
        layout.addWidget(reset)
        return row

    def _connect(self) -> None:
        self._steps.stepChosen.connect(self.go_to)
        self.card_page.cardAccepted.connect(self._card_accepted)
        self.card_page.continueRequested.connect(lambda: self.go_to("form"))
        self.form_page.nextRequested.connect(lambda: self.go_to("attachments"))
        self.attachments_page.backRequested.connect(lambda: self.go_to("form"))
        self.attachments_page.nextRequested.connect(lambda: self.go_to("review"))
        self.attachments_page.changed.connect(self._refresh_review_if_shown)
        self.review_page.backRequested.connect(lambda: self.go_to("attachments"))
        self.review_page.editFormRequested.connect(self._edit_form)
        panel = self.review_page.panel
        panel.sealed.connect(self._sealed)
        panel.qrReady.connect(self._show_qr)
        panel.partsReady.connect(self._show_parts)
        self.qr_page.backRequested.connect(lambda: self.go_to("review"))
        self.parts_page.backRequested.connect(lambda: self.go_to("review"))

    def _start(self) -> None:
        if self._demo is not None:
            self._load_demo_sample()
            self.go_to("form")
            return
        card = self._card
        expired = card is not None and card.is_expired(self._today())
        self.card_page.set_trusted(card, message_for("card.expired") if expired else "")
        self._update_steps()
        self.go_to("form" if card is not None and not expired else "card")

    # ------------------------------------------------------------ navigation

    def _card_usable(self) -> bool:
        return self._card is not None and not self._card.is_expired(self._today())

    def _update_steps(self) -> None:
        allowed = set(STEP_PAGES) if self._card_usable() else {"card", "outbox"}
        self._steps.set_enabled_steps(allowed)

    def go_to(self, name: str) -> None:
        """Show page ``name`` (card, form, attachments, review, qr, parts, outbox)."""
        if name not in ("card", "outbox", "qr", "parts") and not self._card_usable():
            name = "card"
        if name == "review":
            self.refresh_review()
        if name == "outbox":
            self.outbox_page.refresh()
        if name != "qr":
            self.qr_page.clear()
        if name != "parts":
            self.parts_page.clear()
        self._stack.setCurrentWidget(self._pages[name])
        self._steps.set_current(name)

    def press_primary(self) -> bool:
        """Ctrl+Enter: the current page's main button (keyboard users), if it can be pressed."""
        page = self._stack.currentWidget()
        buttons = page.findChildren(QPushButton) if page is not None else []
        for button in buttons:
            if button.property("primary") and button.isVisible() and button.isEnabled():
                button.click()
                return True
        return False

    def current_page(self) -> str:
        """The name of the page on screen."""
        current = self._stack.currentWidget()
        return next(name for name, page in self._pages.items() if page is current)

    def page(self, name: str) -> QWidget:
        """A page by name (tests and screenshots)."""
        return self._pages[name]

    def page_names(self) -> list[str]:
        """Every page name."""
        return list(self._pages)

    def _edit_form(self) -> None:
        self.go_to("form")
        self.form_page.validate_now()

    def _card_accepted(self, card: TeamCard) -> None:
        first_run = self._card is None
        self._card = card
        self._update_steps()
        if first_run:
            self.go_to("form")

    # ---------------------------------------------------------------- review

    def seal_request(self) -> SealRequest | None:
        """The report as it would be sealed now (None without a card)."""
        if self._card is None:
            return None
        return SealRequest(self._card, self.form_page.form(), self.attachments_page.prepared(),
                           demo_mode=self._demo is not None, today=self._today())

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
        self.review_page.show_request(request, self._problems(request),
                                      self.form_page.username_fields())

    def _refresh_review_if_shown(self) -> None:
        if self._stack.currentWidget() is self.review_page and not self.review_page.panel.busy():
            self.refresh_review()

    def _sealed(self, _kind: str) -> None:
        self.form_page.mark_clean()
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
        """Ask before closing with unsaved text (drafts are not stored yet)."""
        answer = QMessageBox.question(
            self, APP_TITLE,
            self.tr("Close Sealnote? What you wrote has not been sealed and will be lost: "
                    "nothing is saved on this computer."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self._closed and self.form_page.is_dirty() and not self.confirm_discard():
            event.ignore()
            return
        self.shut_down()
        self._closed = True
        event.accept()

    def shut_down(self) -> None:
        """Stop workers, take back the clipboard, remove demo files and dialog history."""
        self.review_page.panel.shut_down()
        self.attachments_page.shut_down()
        self.clipboard.clear_if_ours()
        forget_dialog_state()
        if self._demo is not None:
            self._demo.close()
