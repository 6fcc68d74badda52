"""Sealed replies: a short status message from the team to an editor's one-time reply key.

Layout (docs/FORMAT.md, "Reply"): ``version 0x81 (1) | flags 0x00 (1) | slot (80) | nonce (24) |
XChaCha20-Poly1305(aead_key, nonce, body, ad = the 106 bytes before)`` where ``slot =
crypto_box_seal(reply_key, reply_public)`` wraps a fresh random 32-byte key, ``aead_key =
HKDF(reply_key, "sealnote v1 reply")`` and ``body = u16be(len(json)) ‖ json ‖ zeros`` is exactly
BODY_BYTES long, so every reply has the same size (REPLY_BYTES). The JSON is canonical (sorted keys,
no whitespace, UTF-8) and is checked strictly: a reader re-encodes it and compares the bytes.

This module imports nothing that opens sealed reports: the editor app reads replies with it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from crypto import primitives
from crypto.errors import OpenError, SealError
from crypto.keys import PublicKey, SecretKey

VERSION = 0x81
FLAGS = 0x00
SLOT_BYTES = primitives.SEALED_KEY_BYTES
HEADER_BYTES = 2 + SLOT_BYTES + primitives.AEAD_NONCE_BYTES
BODY_BYTES = 16 * 1024
TAG_BYTES = 16
REPLY_BYTES = HEADER_BYTES + BODY_BYTES + TAG_BYTES
STATUSES = ("new", "in_review", "waiting", "closed")
MAX_MESSAGE_CHARS = 4000
_AEAD_INFO = b"sealnote v1 reply"
_KEYS = {"v", "in_reply_to", "status", "message", "sent_on", "demo"}
_REPORT_ID = re.compile(r"[0-9a-f]{32}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ALLOWED_CONTROLS = {"\n", "\t"}


class ReplyOpenError(OpenError):
    """A reply cannot be opened. Shown to people as the one uniform 'cannot be opened' message."""

    code = "reply.open_failed"


class NotAReply(ReplyOpenError):
    """Wrong length, version or flags: not a reply this version can read."""

    code = "reply.not_a_reply"


class ReplyNotForThisKey(ReplyOpenError):
    """The slot does not open with this reply key."""

    code = "reply.no_matching_key"


class ReplyTampered(ReplyOpenError):
    """The slot opened but the body does not authenticate (altered, or slot from another reply)."""

    code = "reply.tampered"


class ReplyFormatError(ReplyOpenError):
    """The authenticated body is malformed: length, padding, JSON, members or their values."""

    code = "reply.format"


class ReplyContentError(SealError):
    """What the team wants to seal is not a valid reply (status, message, id or date)."""

    code = "reply.invalid"


@dataclass(frozen=True, repr=False)
class ReplyContent:
    """The content of one reply. ``message`` is NFC text with no control character but LF/TAB."""

    in_reply_to: str
    status: str
    message: str
    sent_on: str
    demo: bool

    def to_json(self) -> bytes:
        """Canonical JSON (sorted keys, no whitespace, UTF-8)."""
        document = {"v": 1, "in_reply_to": self.in_reply_to, "status": self.status,
                    "message": self.message, "sent_on": self.sent_on, "demo": self.demo}
        return json.dumps(document, ensure_ascii=False, sort_keys=True,
                          separators=(",", ":")).encode("utf-8")

    def __repr__(self) -> str:
        return f"ReplyContent(status={self.status!r}, demo={self.demo}, <message>)"


def clean_message(text: str) -> str:
    """NFC, CRLF/CR to LF, trailing whitespace trimmed. Does not check limits."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def _problem(content: ReplyContent) -> str | None:
    """Why ``content`` is not a valid reply, or None."""
    if not isinstance(content.in_reply_to, str) or not _REPORT_ID.fullmatch(content.in_reply_to):
        return "in_reply_to must be 32 lowercase hex digits"
    if content.status not in STATUSES:
        return "unknown status"
    if not isinstance(content.message, str) or len(content.message) > MAX_MESSAGE_CHARS:
        return "message too long"
    if unicodedata.normalize("NFC", content.message) != content.message:
        return "message is not NFC"
    if any(unicodedata.category(c) in ("Cc", "Cs") and c not in _ALLOWED_CONTROLS
           for c in content.message):
        return "message contains control characters"
    if not isinstance(content.sent_on, str) or not _DATE.fullmatch(content.sent_on):
        return "sent_on must be YYYY-MM-DD"
    try:
        dt.date.fromisoformat(content.sent_on)
    except ValueError:
        return "sent_on is not a date"
    if not isinstance(content.demo, bool):
        return "demo must be a boolean"
    return None


def _aead_key(reply_key: bytes) -> bytes:
    return primitives.hkdf_sha256(reply_key, _AEAD_INFO)


def seal_reply(content: ReplyContent, reply_public: PublicKey) -> bytes:
    """The REPLY_BYTES-long sealed reply for ``reply_public``.

    Raises ReplyContentError when the content is invalid (see ``_problem``).
    """
    problem = _problem(content)
    if problem is not None:
        raise ReplyContentError(problem)
    document = content.to_json()
    if len(document) > BODY_BYTES - 2:
        raise ReplyContentError("message too long")  # unreachable with the limits above
    body = len(document).to_bytes(2, "big") + document
    body += bytes(BODY_BYTES - len(body))
    reply_key = primitives.random_bytes(primitives.KEY_BYTES)
    nonce = primitives.random_bytes(primitives.AEAD_NONCE_BYTES)
    header = (bytes([VERSION, FLAGS]) + primitives.seal_file_key(reply_key, reply_public.raw)
              + nonce)
    return header + primitives.aead_encrypt(_aead_key(reply_key), nonce, body, header)


def _expect(condition: bool, what: str) -> None:
    if not condition:
        raise ReplyFormatError(what)


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        _expect(key not in result, "duplicate key")
        result[key] = value
    return result


def parse_body(body: bytes) -> ReplyContent:
    """Parse an authenticated body strictly; raises ReplyFormatError."""
    _expect(len(body) == BODY_BYTES, "body length")
    size = int.from_bytes(body[:2], "big")
    _expect(0 < size <= BODY_BYTES - 2, "declared length")
    document, padding = body[2:2 + size], body[2 + size:]
    _expect(padding.count(0) == len(padding), "non-zero padding")
    try:
        doc = json.loads(document.decode("utf-8"), object_pairs_hook=_reject_duplicates)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ReplyFormatError("not UTF-8 JSON") from exc
    _expect(isinstance(doc, dict) and set(doc) == _KEYS, "members")
    _expect(type(doc["v"]) is int and doc["v"] == 1, "version")
    content = ReplyContent(doc["in_reply_to"], doc["status"], doc["message"], doc["sent_on"],
                           doc["demo"])
    problem = _problem(content)
    _expect(problem is None, problem or "")
    _expect(content.to_json() == document, "not canonical JSON")
    return content


def open_reply(data: bytes, reply_secret: SecretKey) -> ReplyContent:
    """Open a sealed reply with the editor's reply secret key.

    Raises NotAReply, ReplyNotForThisKey, ReplyTampered or ReplyFormatError (all OpenError).
    """
    if len(data) == 0 or data[0] != VERSION:
        raise NotAReply("not a reply (version)")
    if len(data) < 2 or data[1] != FLAGS:
        raise NotAReply("unknown flags")
    if len(data) != REPLY_BYTES:
        raise NotAReply("a reply is always exactly REPLY_BYTES long")
    header = data[:HEADER_BYTES]
    slot = header[2:2 + SLOT_BYTES]
    nonce = header[2 + SLOT_BYTES:]
    try:
        reply_key = primitives.open_file_key(slot, reply_secret.public.raw, reply_secret.raw)
    except primitives.PrimitiveFailure as exc:
        raise ReplyNotForThisKey("this reply was not sealed to this reply key") from exc
    try:
        body = primitives.aead_decrypt(_aead_key(reply_key), nonce, data[HEADER_BYTES:], header)
    except primitives.PrimitiveFailure as exc:
        raise ReplyTampered("the reply does not authenticate") from exc
    return parse_body(body)
