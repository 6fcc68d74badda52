"""Read a reply: the team's sealed status message to a reply key kept on this computer.

The reply is pasted as armored text or read from a file (read-only); every kept reply key is
tried. Nothing is written to disk. Every failure shows the same calm message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.replies import REPLY_BYTES, OpenedReply, open_reply
from crypto.errors import SealnoteCryptoError
from crypto.keys import SecretKey
from ui.messages import message_for
from ui.widgets.basics import MessageBar, label, local_date, named
from ui.widgets.file_dialogs import open_file
from ui.widgets.style import make_primary

MAX_INPUT_BYTES = 4 * REPLY_BYTES + 4096  # armored text is longer than the bytes
SHORT_ID_CHARS = 8


class RepliesPage(QWidget):
    """Paste or open a reply, press Read, see the status and the message."""

    backRequested = Signal()

    def __init__(self, start_folder: Path, keys: Callable[[], list[SecretKey]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repliesPage")
        self._start_folder = start_folder
        self._keys: Callable[[], list[SecretKey]] = keys or (lambda: [])
        self._file_data: bytes | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Read a reply"), "title", wrap=False))
        layout.addWidget(label(self.tr(
            "Paste the reply your team sent, from the BEGIN line to the END line, or open the "
            "reply file. Nothing is saved."), "hint"))
        self._input = named(QPlainTextEdit(), "replyInput", self.tr("Reply text"))
        self._input.setTabChangesFocus(True)
        self._input.textChanged.connect(self._text_edited)
        layout.addWidget(self._input, 1)
        layout.addLayout(self._buttons())
        self._bar = MessageBar("repliesMessage")
        layout.addWidget(self._bar)
        self._result = self._result_box()
        layout.addWidget(self._result, 2)
        self._result.hide()

    def set_keys(self, keys: Callable[[], list[SecretKey]]) -> None:
        """Where the kept reply keys come from."""
        self._keys = keys

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        back = named(QPushButton(self.tr("&Back")), "repliesBackButton", self.tr("Back"))
        back.clicked.connect(self.backRequested)
        choose = named(QPushButton(self.tr("&Open reply file…")), "openReplyFileButton",
                       self.tr("Open reply file"))
        choose.clicked.connect(self.choose_file)
        self._read = named(QPushButton(self.tr("&Read")), "readReplyButton",
                           self.tr("Read the reply"))
        make_primary(self._read)
        self._read.clicked.connect(self.read)
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(choose)
        row.addWidget(self._read)
        return row

    def _result_box(self) -> QWidget:
        box = QWidget()
        box.setObjectName("replyResult")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self._demo = label(self.tr("DEMO reply: not from a real team"),
                           object_name="replyDemoMark")
        layout.addWidget(self._demo)
        form = QFormLayout()
        self._status = label("", object_name="replyStatus")
        self._date = label("", object_name="replyDate")
        self._in_reply_to = label("", object_name="replyInReplyTo")
        for caption, value in ((self.tr("Status:"), self._status),
                               (self.tr("Sent on:"), self._date),
                               (self.tr("In reply to:"), self._in_reply_to)):
            form.addRow(QLabel(caption), value)
        layout.addLayout(form)
        self._message = named(QPlainTextEdit(), "replyMessage", self.tr("Message from the team"))
        self._message.setReadOnly(True)
        self._message.setTabChangesFocus(True)
        layout.addWidget(self._message, 1)
        return box

    # ------------------------------------------------------------------ input

    def _text_edited(self) -> None:
        self._file_data = None

    def set_text(self, text: str) -> None:
        """Put pasted text in the box (tests)."""
        self._input.setPlainText(text)

    def choose_file(self) -> None:
        """Ask for a reply file (Qt's own dialog) and read it."""
        path = open_file(self, self.tr("Open reply file"), self._start_folder)
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> None:
        """Read the file (read-only, size-limited), then the reply in it."""
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_INPUT_BYTES + 1)
        except OSError:
            self._show_error(message_for("input.unreadable"))
            return
        self._input.blockSignals(True)
        self._input.clear()
        self._input.blockSignals(False)
        self._file_data = data
        self.read()

    # ------------------------------------------------------------------- read

    def read(self) -> bool:
        """Try every kept reply key; show the reply or one calm message."""
        data: bytes | str
        if self._file_data is not None:
            data = self._file_data
        else:
            data = self._input.toPlainText().strip()
        if not data:
            self._result.hide()
            self._bar.show_message("info", self.tr(
                "Paste the reply text first, or open the reply file."))
            self._input.setFocus()
            return False
        opened = None if len(data) > MAX_INPUT_BYTES else self._open(data)
        if opened is None:
            self._show_error(message_for("reply.open_failed"))
            return False
        self._show(opened)
        return True

    def _open(self, data: bytes | str) -> OpenedReply | None:
        try:
            keys = self._keys()
        except AppError:
            return None
        for key in keys:
            try:
                return open_reply(data, key)
            except (SealnoteCryptoError, AppError, ValueError):
                continue
        return None

    def _show_error(self, text: str) -> None:
        self._result.hide()
        self._bar.show_message("error", text)

    def _show(self, opened: OpenedReply) -> None:
        self._bar.show_message("success", self.tr("The reply was opened."))
        self._status.setText(self.status_label(opened.status))
        self._date.setText(local_date(opened.sent_on))
        self._in_reply_to.setText(opened.in_reply_to[:SHORT_ID_CHARS])
        self._demo.setVisible(opened.demo)
        self._message.setPlainText(opened.message)
        self._result.show()
        self._message.setFocus()

    def status_label(self, status: str) -> str:
        """The translated name of a reply status."""
        return {"new": self.tr("New"), "in_review": self.tr("In review"),
                "waiting": self.tr("Waiting for you"),
                "closed": self.tr("Closed")}.get(status, status)

    # ----------------------------------------------------------------- access

    def clear(self) -> None:
        """Forget the input and the reply shown."""
        self._file_data = None
        self._input.clear()
        self._message.clear()
        self._result.hide()
        self._bar.clear()

    def message(self) -> str:
        """The message bar's text ('' when hidden)."""
        return self._bar.text()

    def shown(self) -> dict[str, str] | None:
        """What the result shows (None when nothing is shown)."""
        if self._result.isHidden():
            return None
        return {"status": self._status.text(), "message": self._message.toPlainText(),
                "date": self._date.text(), "in_reply_to": self._in_reply_to.text(),
                "demo": "yes" if not self._demo.isHidden() else ""}
