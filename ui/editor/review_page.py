"""Page 4: review and seal — what will be sent, to whom, how big, and the ways to export it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.paths import AppPaths
from app.sealing import SealRequest, sealed_size
from crypto.card import TeamCard
from crypto.padding import STANDARD_FLOOR
from ui.editor.export_choices import ExportChoices
from ui.editor.labels import field_name
from ui.editor.review_summary import summary_html
from ui.editor.seal_panel import SealPanel
from ui.messages import message_for
from ui.widgets.basics import MessageBar, exact_bytes, human_size, label, named
from ui.widgets.fingerprint import FingerprintLabel
from ui.widgets.secret_clipboard import SecretClipboard


class ReviewPage(QWidget):
    """One screen before sealing; the seal buttons live in a SealPanel."""

    editFormRequested = Signal()
    backRequested = Signal()

    def __init__(self, paths: AppPaths, clipboard: SecretClipboard, start_folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self.panel = SealPanel(paths, clipboard, start_folder)
        self.choices = ExportChoices()
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Review and seal"), "title", wrap=False))
        self._problems = MessageBar("reviewProblems")
        self._username = MessageBar("reviewUsernameWarning")
        layout.addWidget(self._problems)
        layout.addWidget(self._username)
        columns = QHBoxLayout()
        self._summary = named(QTextBrowser(), "reviewSummary", self.tr("What will be sent"))
        self._summary.setOpenLinks(False)
        self._summary.setOpenExternalLinks(False)
        columns.addWidget(self._summary, 3)
        side = QWidget()
        side_layout = self._side()
        side_layout.setContentsMargins(0, 0, 4, 0)
        side.setLayout(side_layout)
        scroll = QScrollArea()  # never clipped on a small screen
        scroll.setObjectName("reviewSideScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(side)
        self.panel.resultShown.connect(
            lambda bar: QTimer.singleShot(0, lambda: scroll.ensureWidgetVisible(bar)))
        columns.addWidget(scroll, 2)
        layout.addLayout(columns, 1)
        back = named(QPushButton(self.tr("&Back to attachments")), "reviewBackButton",
                     self.tr("Back to attachments"))
        back.clicked.connect(self.backRequested)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        layout.addLayout(row)

    def _side(self) -> QVBoxLayout:
        side = QVBoxLayout()
        recipient = QGroupBox(self.tr("Sealed for"))
        box = QVBoxLayout(recipient)
        self._team = label("", wrap=True, object_name="reviewTeam")
        self._fingerprint = FingerprintLabel("reviewFingerprint", 14)
        self._fingerprint.setAccessibleName(self.tr("Team fingerprint"))
        box.addWidget(self._team)
        box.addWidget(self._fingerprint)
        side.addWidget(recipient)
        self._size = label("", object_name="reviewSize")
        side.addWidget(self._size)
        side.addWidget(self.choices)
        actions = QGroupBox(self.tr("Seal and export"))
        QVBoxLayout(actions).addWidget(self.panel)
        side.addWidget(actions)
        side.addStretch(1)
        return side

    def show_request(self, request: SealRequest, problems: list[str],
                     username_fields: list[str]) -> None:
        """Show what will be sealed. ``problems`` are message codes that block sealing."""
        self._summary.setHtml(summary_html(request.form, list(request.attachments)))
        self._show_recipient(request.card)
        self._size.setText(self._size_sentence(request))
        self._show_problems(problems)
        self._show_username_warning(username_fields)
        self.panel.set_request(None if problems else request)

    def clear(self) -> None:
        """Show nothing (locked): no summary, no request, choices back to their defaults."""
        self._summary.clear()
        self._size.clear()
        self._problems.clear()
        self._username.clear()
        self._team.clear()
        self.panel.set_request(None)
        self.panel.set_reply_key(None, None)
        self.panel.clear_result()
        self.choices.reset()

    def _size_sentence(self, request: SealRequest) -> str:
        size = sealed_size(request)
        if request.manifest().content_length() <= STANDARD_FLOOR:
            text = self.tr("The sealed file will be exactly %1 (%2 bytes). Padding hides the "
                           "real length: every short report has this same size.")
        else:
            text = self.tr("The sealed file will be exactly %1 (%2 bytes). Padding rounds the "
                           "size up, so it does not show the exact length.")
        return text.replace("%1", human_size(size)).replace("%2", exact_bytes(size))

    def _show_recipient(self, card: TeamCard) -> None:
        text = self.tr("Team: %1").replace("%1", card.team)
        if card.demo:
            text += "\n" + self.tr("DEMO team: its keys are public. Never for a real concern.")
        self._team.setText(text)
        self._fingerprint.set_fingerprint(card.fingerprint)

    def _show_problems(self, problems: list[str]) -> None:
        if not problems:
            self._problems.clear()
            return
        text = " ".join(message_for(code) for code in problems)
        go_to_form = "form.invalid" in problems
        self._problems.show_message("error" if go_to_form else "info", text,
                                    self.tr("&Go to the form") if go_to_form else "",
                                    self._request_form_edit if go_to_form else None)

    def _show_username_warning(self, fields: list[str]) -> None:
        if not fields:
            self._username.clear()
            return
        names = ", ".join(field_name(key) for key in fields)
        self._username.show_message("warning", self.tr(
            "Your own wiki username appears in: %1. If this report were ever exposed, it could "
            "point to you. Remove it unless the team needs it.").replace("%1", names),
            self.tr("&Edit the form"), self._request_form_edit)

    def _request_form_edit(self) -> None:
        self.editFormRequested.emit()

    # ---------------------------------------- the seal actions (tests and hosts)

    def seal_to_path(self, path: Path) -> None:
        """What "Seal and save file…" does once the dialog gave a path."""
        self.panel.seal_to_path(path)

    def save_to_outbox(self) -> None:
        """"Seal into the outbox"."""
        self.panel.save_to_outbox()

    def copy_as_text(self) -> None:
        """"Copy as text"."""
        self.panel.copy_as_text()

    def show_qr(self) -> None:
        """"Show QR codes"."""
        self.panel.show_qr()

    def split_into_parts(self) -> None:
        """"Split into parts…"."""
        self.panel.split_into_parts()

    def cancel(self) -> None:
        """The Cancel button of a running seal."""
        self.panel.cancel()

    def busy(self) -> bool:
        """True while a seal runs."""
        return self.panel.busy()

    def result_text(self) -> str:
        """The inline result of the last seal."""
        return self.panel.result_text()

    def result_kind(self) -> str:
        """info, success, warning or error."""
        return self.panel.result_kind()

    def problems_text(self) -> str:
        """The blocking problems shown ('' when none)."""
        return self._problems.text()

    def username_warning(self) -> str:
        """The own-username warning shown ('' when none)."""
        return self._username.text()

    def size_text(self) -> str:
        """The size sentence."""
        return self._size.text()

    def fingerprint(self) -> str:
        """The team fingerprint shown."""
        return self._fingerprint.fingerprint()
