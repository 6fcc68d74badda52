"""Replies: the team's sealed status message to an editor's one-time reply key (crypto.reply).

``seal_reply`` is the moderator's side; ``open_reply`` is the editor's. This module imports only
crypto.reply, crypto.keys and crypto.armor from the crypto layer, never the modules that open
sealed reports, so the editor app can use it (a test checks the import graph).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from app.errors import AppError
from app.fs import atomic_write, atomic_write_text
from crypto import reply
from crypto.armor import armor, dearmor
from crypto.errors import ArmorError, KeyEncodingError
from crypto.keys import PublicKey, SecretKey

STATUSES = reply.STATUSES
MAX_MESSAGE_CHARS = reply.MAX_MESSAGE_CHARS
REPLY_BYTES = reply.REPLY_BYTES


class ReplyTarget(Protocol):
    """What a reply needs to know about a report (app.moderator_store.ReportView has it)."""

    @property
    def report_id(self) -> str: ...

    @property
    def reply_key(self) -> str | None: ...

    @property
    def demo(self) -> bool: ...


@dataclass(frozen=True, repr=False)
class SealedReply:
    """A sealed reply, ready to export as a file or as armored text."""

    data: bytes

    def armored(self) -> str:
        """The text form (the same neutral markers as a report)."""
        return armor(self.data)

    def __repr__(self) -> str:
        return f"SealedReply({len(self.data)} bytes)"


@dataclass(frozen=True, repr=False)
class OpenedReply:
    """A reply the editor opened."""

    in_reply_to: str
    status: str
    message: str
    sent_on: dt.date
    demo: bool

    def __repr__(self) -> str:
        return f"OpenedReply(status={self.status!r}, demo={self.demo}, <message>)"


def seal_reply(report: ReplyTarget, status: str, message: str, demo: bool, *,
               today: dt.date | None = None) -> SealedReply:
    """Seal a status message to the report's reply key.

    Raises AppError: reply.no_reply_key (the editor asked for none), reply.demo_mismatch (a demo
    report answered outside demo mode or the reverse), reply.invalid_status,
    reply.message_too_long, reply.invalid_message.
    """
    if report.reply_key is None:
        raise AppError("reply.no_reply_key")
    if report.demo != demo:
        raise AppError("reply.demo_mismatch")
    if status not in STATUSES:
        raise AppError("reply.invalid_status")
    text = reply.clean_message(message)
    if len(text) > MAX_MESSAGE_CHARS:
        raise AppError("reply.message_too_long", limit=MAX_MESSAGE_CHARS)
    try:
        public = PublicKey.decode(report.reply_key)
    except KeyEncodingError as exc:
        raise AppError("reply.no_reply_key") from exc
    content = reply.ReplyContent(report.report_id, status, text,
                                 (today or dt.date.today()).isoformat(), demo)
    try:
        return SealedReply(reply.seal_reply(content, public))
    except reply.ReplyContentError as exc:
        raise AppError("reply.invalid_message") from exc


def export_reply(sealed: SealedReply, destination: Path, *, armored: bool = False) -> None:
    """Write the reply as a file (or armored text) atomically. Raises AppError (io.write_failed)."""
    try:
        if armored:
            atomic_write_text(destination, sealed.armored())
        else:
            atomic_write(destination, sealed.data)
    except OSError as exc:
        raise AppError("io.write_failed") from exc


def open_reply(data_or_text: bytes | str, reply_secret: SecretKey, *,
               expected_report_id: str | None = None) -> OpenedReply:
    """Open a reply from its bytes, or from text holding the armored reply.

    Raises ArmorError for text without a complete block, a crypto.reply.ReplyOpenError subclass
    (an OpenError: the one "cannot be opened" message) when it does not open, and AppError
    (reply.other_report) when it answers a different report than ``expected_report_id``.
    """
    data = dearmor(data_or_text) if isinstance(data_or_text, str) else data_or_text
    if data[:1] != bytes([reply.VERSION]) and b"-----BEGIN" in data:
        try:
            data = dearmor(data.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise ArmorError("the text is not UTF-8") from exc
    content = reply.open_reply(data, reply_secret)
    if expected_report_id is not None and content.in_reply_to != expected_report_id:
        raise AppError("reply.other_report")
    return OpenedReply(content.in_reply_to, content.status, content.message,
                       dt.date.fromisoformat(content.sent_on), content.demo)
