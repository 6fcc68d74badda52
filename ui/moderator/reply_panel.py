"""A sealed reply to the editor's one-time reply key: a short message and a status.

Only offered when the report carries a reply key. The reply is sealed in memory (app.replies)
and then saved as a file, copied as text (clipboard marked secret and cleared), or shown as QR
codes; nothing of it is kept in the store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from app.moderator_store import ReportView
from app.qr import qr_codes_for
from app.replies import MAX_MESSAGE_CHARS, SealedReply, export_reply, seal_reply
from app.sealing import neutral_file_name
from ui.messages import message_for
from ui.moderator.controls import field_label, push
from ui.moderator.labels import STATUSES, status_labels
from ui.moderator.qr_viewer import QrViewer
from ui.moderator.session import JobError, ModeratorSession, errors_as_results
from ui.widgets.basics import MessageBar, label, named
from ui.widgets.file_dialogs import save_file
from ui.widgets.secret_clipboard import CLEAR_AFTER_MS, SecretClipboard
from ui.widgets.style import make_primary
from ui.workers import TaskRunner


class ReplyPanel(QWidget):
    """Write, seal and export a reply."""

    def __init__(self, clipboard: SecretClipboard, today: Callable[[], dt.date],
                 start_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyPanel")
        self._clipboard, self._today, self._start = clipboard, today, start_folder
        self._session: ModeratorSession | None = None
        self._view: ReportView | None = None
        self._sealed: SealedReply | None = None
        self._runner = TaskRunner(self)
        self.viewer: QrViewer | None = None
        layout = QVBoxLayout(self)
        self.availability = label("", "hint", object_name="replyAvailability")
        layout.addWidget(self.availability)
        self.status = named(QComboBox(), "replyStatus", self.tr("Status told to the editor"))
        for status in STATUSES:
            self.status.addItem(status_labels()[status], status)
        layout.addWidget(field_label(self.tr("Status told to the &editor"), self.status))
        layout.addWidget(self.status)
        self.text = named(QPlainTextEdit(), "replyMessage", self.tr("Reply message"))
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr(
            "A short acknowledgement. Say nothing that would harm the editor if their device "
            "is searched and the reply is opened."))
        self.text.textChanged.connect(self._count)
        layout.addWidget(field_label(self.tr("&Message"), self.text))
        layout.addWidget(self.text, 1)
        self.counter = label("", "hint", wrap=False, object_name="replyCounter")
        layout.addWidget(self.counter)
        self._seal = push(self.tr("&Seal the reply"), "sealReplyButton", self.tr("Seal the reply"),
                          self.seal)
        make_primary(self._seal)
        layout.addWidget(self._seal)
        layout.addLayout(self._export_row())
        self.message = MessageBar("replyMessageBar")
        layout.addWidget(self.message)
        self.show_report(None)

    def _export_row(self) -> QHBoxLayout:
        self._exports = [
            push(self.tr("Save reply &file…"), "saveReplyButton", self.tr("Save reply file"),
                 self.choose_file),
            push(self.tr("Cop&y as text"), "copyReplyButton", self.tr("Copy reply as text"),
                 self.copy_text),
            push(self.tr("Show as QR &codes"), "replyQrButton", self.tr("Show reply as QR codes"),
                 self.show_qr)]
        row = QHBoxLayout()
        for button in self._exports:
            row.addWidget(button)
        return row

    def set_session(self, session: ModeratorSession | None) -> None:
        """The session (demo mode answers only demo reports)."""
        self._session = session
        self.show_report(None)

    def show_report(self, view: ReportView | None) -> None:
        """Offer a reply for ``view`` if it carries a reply key."""
        self._view, self._sealed = view, None
        self.text.clear()
        self.message.clear()
        self.status.setCurrentIndex(max(0, self.status.findData(
            view.entry.status if view else "new")))
        possible = view is not None and view.reply_key is not None
        for widget in (self.status, self.text, self._seal):
            widget.setEnabled(possible)
        self.availability.setText(self.tr(
            "The editor asked for a reply: only their app can open it, and it says nothing "
            "about who they are.") if possible else self.tr(
            "No reply is possible: the editor did not ask for one (this report carries no "
            "reply key)."))
        self._update_exports()
        self._count()

    def update_report(self, view: ReportView) -> None:
        """The same report with a new triage state (what was typed stays)."""
        if self._view is not None and view.report_id == self._view.report_id:
            self._view = view

    def can_reply(self) -> bool:
        """True when the report carries a reply key."""
        return self._seal.isEnabled()

    def _count(self) -> None:
        used = len(self.text.toPlainText())
        self.counter.setText(self.tr("%1 of %2 characters").replace("%1", str(used))
                             .replace("%2", str(MAX_MESSAGE_CHARS)))

    def _update_exports(self) -> None:
        for button in self._exports:
            button.setEnabled(self._sealed is not None and not self._runner.busy())

    def seal(self) -> None:
        """Seal the message to the reply key (in a worker)."""
        view, session = self._view, self._session
        if view is None or session is None or self._runner.busy():
            return
        status, text, today, demo = (self.status.currentData(), self.text.toPlainText(),
                                     self._today(), session.demo)
        self._sealed = None
        self._runner.start(lambda _p, _c: errors_as_results(
            lambda: seal_reply(view, status, text, demo, today=today)),
            on_finished=self._sealed_now, on_failed=lambda code: self._sealed_now(JobError(code)))
        self._update_exports()

    def _sealed_now(self, result: object) -> None:
        if isinstance(result, JobError):
            self.message.show_message("error", message_for(result.code, **result.params))
            self._update_exports()
            return
        assert isinstance(result, SealedReply)
        self._sealed = result
        self._update_exports()
        self.message.show_message("success", self.tr(
            "The reply is sealed. Save it as a file, copy it as text or show it as QR codes, and "
            "send it back the way the report came."))

    def sealed(self) -> SealedReply | None:
        """The last sealed reply."""
        return self._sealed

    def choose_file(self) -> None:
        """"Save reply file…" under a neutral name."""
        path = save_file(self, self.tr("Save the sealed reply"), self._start, neutral_file_name())
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Write the sealed reply to ``path``."""
        sealed = self._sealed
        if sealed is None:
            return False
        result = errors_as_results(lambda: export_reply(sealed, path))
        if isinstance(result, JobError):
            self.message.show_message("error", message_for(result.code, **result.params))
            return False
        self.message.show_message("success", self.tr("The reply was saved as %1.")
                                  .replace("%1", path.name))
        return True

    def copy_text(self) -> None:
        """The armored reply on the clipboard (marked secret, cleared after a minute)."""
        if self._sealed is not None:
            self._clipboard.copy(self._sealed.armored())
            self.message.show_message("success", self.tr(
                "The sealed reply is on the clipboard; it will be cleared in %1 seconds.")
                .replace("%1", str(CLEAR_AFTER_MS // 1000)))

    def show_qr(self) -> None:
        """Make the QR codes (in a worker) and show them."""
        sealed = self._sealed
        if sealed is None or self._runner.busy():
            return
        self._runner.start(lambda _p, _c: errors_as_results(lambda: qr_codes_for(sealed.data)),
                           on_finished=self._show_codes,
                           on_failed=lambda code: self._show_codes(JobError(code)))
        self._update_exports()

    def _show_codes(self, codes: object) -> None:
        self._update_exports()
        if isinstance(codes, JobError):
            self.message.show_message("error", message_for(codes.code, **codes.params))
            return
        assert isinstance(codes, list)
        self.viewer = QrViewer(self.tr("Sealed reply"), self.tr(
            "Scan the codes in order with the phone that sends the reply."), codes, self)
        self.viewer.open()

    def busy(self) -> bool:
        """True while sealing or making codes."""
        return self._runner.busy()

    def shut_down(self) -> None:
        """Wait for a running job (window closing)."""
        self._runner.shut_down()
