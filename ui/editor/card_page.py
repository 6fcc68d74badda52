"""Page 1: the team card. First run explains the app, loads a card and asks for a fingerprint check.

A new card (or one of an unrelated identity) is only trusted after the person compared its
fingerprint with the one the team published and pressed "The fingerprints match". A same-team
update or a rotation signed by the trusted identity is accepted with a notice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.card_trust import (
    ACCEPTED_WITH_NOTICE,
    CardAssessment,
    CardStatus,
    accept,
    assess_candidate,
)
from app.errors import AppError
from app.paths import AppPaths
from crypto.card import TeamCard
from ui.editor.card_details import CardDetails
from ui.messages import message_for, message_for_error
from ui.widgets.basics import MessageBar, label, named
from ui.widgets.file_dialogs import open_file
from ui.widgets.style import monospace_font

MAX_CARD_FILE_BYTES = 64 * 1024
_REFUSED = {CardStatus.INVALID: "card.invalid", CardStatus.EXPIRED: "card.expired",
            CardStatus.DEMO_REFUSED: "card.demo_refused",
            CardStatus.REAL_IN_DEMO: "card.real_in_demo"}


class CardPage(QWidget):
    """Load, check and trust the team's card."""

    cardAccepted = Signal(object)
    continueRequested = Signal()

    def __init__(self, paths: AppPaths, today: Callable[[], dt.date], start_folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardPage")
        self._paths, self._today, self._start_folder = paths, today, start_folder
        self._trusted: TeamCard | None = None
        self._candidate: CardAssessment | None = None
        self._build()
        self.set_trusted(None)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self._title = label("", "title", wrap=False)
        layout.addWidget(self._title)
        self._intro = label(self.tr(
            "Everything you write stays on this computer. Your report is sealed so that only "
            "your team can read it: not even this computer can open it again. You then send the "
            "sealed file yourself, any way you like."), "intro")
        layout.addWidget(self._intro)
        self._current = label("", object_name="currentCard")
        layout.addWidget(self._current)
        layout.addWidget(self._loader())
        self._bar = MessageBar("cardMessage")
        layout.addWidget(self._bar)
        self._details = CardDetails(self)
        self._details.acceptRequested.connect(self.accept_card)
        self._details.discardRequested.connect(self.discard_candidate)
        layout.addWidget(self._details)
        layout.addStretch(1)
        self._continue = named(QPushButton(self.tr("&Continue to the form")),
                               "cardContinueButton", self.tr("Continue to the form"))
        self._continue.clicked.connect(self.continueRequested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._continue)
        layout.addLayout(row)

    def _loader(self) -> QGroupBox:
        box = QGroupBox(self.tr("Load your team's card"))
        layout = QVBoxLayout(box)
        open_button = named(QPushButton(self.tr("&Open a card file…")), "openCardButton",
                            self.tr("Open a card file"))
        open_button.clicked.connect(self.choose_file)
        caption = QLabel(self.tr("…or &paste the card text here:"))
        self._paste = named(QPlainTextEdit(), "cardTextEdit", self.tr("Card text"),
                            self.tr("Paste the whole card, from the BEGIN line to the END line."))
        self._paste.setTabChangesFocus(True)
        self._paste.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # card text is ASCII
        self._paste.setFont(monospace_font(9))
        self._paste.setFixedHeight(86)
        self._paste.setPlaceholderText("-----BEGIN SEALNOTE TEAM CARD-----")
        caption.setBuddy(self._paste)
        check = named(QPushButton(self.tr("C&heck the pasted card")), "checkCardButton",
                      self.tr("Check the pasted card"))
        check.clicked.connect(lambda: self.load_text(self._paste.toPlainText()))
        row = QHBoxLayout()
        row.addWidget(open_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(caption)
        layout.addWidget(self._paste)
        check_row = QHBoxLayout()
        check_row.addWidget(check)
        check_row.addStretch(1)
        layout.addLayout(check_row)
        return box

    # ------------------------------------------------------------ behaviour

    def set_trusted(self, card: TeamCard | None, notice: str = "") -> None:
        """Show the card in use (None on first run); ``notice`` explains why we are here."""
        self._trusted = card
        first_run = card is None
        self._title.setText(self.tr("Welcome to Sealnote") if first_run
                            else self.tr("Your team's card"))
        self._current.setVisible(not first_run)
        if card is not None:
            self._current.setText(self.tr("You send reports to: %1. Fingerprint: %2")
                                  .replace("%1", card.team).replace("%2", card.fingerprint))
        self._continue.setVisible(card is not None and not card.is_expired(self._today()))
        self._bar.clear()
        if notice:
            self._bar.show_message("warning", notice)

    def choose_file(self) -> None:
        """The "Open a card file…" button."""
        path = open_file(self, self.tr("Open a team card"), self._start_folder,
                         self.tr("Team cards (*.txt *.card);;All files (*)"))
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> CardAssessment | None:
        """Read a card file and judge it."""
        try:
            if path.stat().st_size > MAX_CARD_FILE_BYTES:
                raise OSError("too large for a card")
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            self._show_refusal(message_for("card.file_unreadable"))
            return None
        return self.load_text(text)

    def load_text(self, text: str) -> CardAssessment:
        """Judge card text against the trusted card and show what the person must do."""
        verdict = assess_candidate(text, self._trusted, self._today(), demo_mode=False)
        self._candidate = verdict
        if verdict.status in _REFUSED or verdict.card is None:
            self._show_refusal(message_for(_REFUSED.get(verdict.status, "card.invalid")))
        elif verdict.status in ACCEPTED_WITH_NOTICE and not verdict.older_than_trusted:
            self._accept_with_notice(verdict)
        else:
            self._ask_for_check(verdict)
        return verdict

    def _show_refusal(self, text: str) -> None:
        self._details.hide()
        self._bar.show_message("error", text)

    def _ask_for_check(self, verdict: CardAssessment) -> None:
        assert verdict.card is not None
        self._bar.clear()
        if verdict.status is CardStatus.UNRELATED_NEEDS_CHECK:
            self._bar.show_message("warning", self.tr(
                "This card is not signed by the team you trust now. Only use it if your team "
                "told you they started over, and compare the fingerprint very carefully."))
        elif verdict.older_than_trusted:
            self._bar.show_message("warning", self.tr(
                "This card is older than the one you use. Keep your current card unless your "
                "team told you to go back to this one."))
        self._details.show_card(verdict.card, needs_check=True)

    def _accept_with_notice(self, verdict: CardAssessment) -> None:
        assert verdict.card is not None
        if not self._store(verdict.card):
            return
        if verdict.status is CardStatus.ROTATED:
            text = self.tr("Your team changed its keys. The new card is signed by the team you "
                           "trusted, so it is now in use. Its new fingerprint is shown below.")
        else:
            text = self.tr("Your team's card was updated (same team). It is now in use.")
        self._bar.show_message("success", text)
        self._details.show_card(verdict.card, needs_check=False)

    def accept_card(self) -> bool:
        """"The fingerprints match — use this card": trust the candidate."""
        verdict = self._candidate
        if verdict is None or verdict.card is None or not verdict.usable:
            return False
        if not self._store(verdict.card):
            return False
        self._details.hide()
        self._paste.clear()
        return True

    def _store(self, card: TeamCard) -> bool:
        try:
            accept(self._paths, card)
        except AppError as exc:
            self._bar.show_message("error", message_for_error(exc))
            return False
        self._candidate = None
        self.set_trusted(card)
        self.cardAccepted.emit(card)
        return True

    def discard_candidate(self) -> None:
        """"Not the same": forget the candidate."""
        self._candidate = None
        self._details.hide()
        self._bar.show_message("info", self.tr(
            "The card was not used. Get the card again from your team, through another way "
            "than the one it came by."))

    def message(self) -> str:
        """The inline message shown ('' when none)."""
        return self._bar.text()

    def message_kind(self) -> str:
        """info, success, warning or error."""
        return self._bar.kind()

    def shown_fingerprint(self) -> str:
        """The candidate's fingerprint on screen ('' when none)."""
        return "" if self._details.isHidden() else self._details.fingerprint()
