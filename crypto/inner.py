"""The plaintext inside the payload: inner version, report id, manifest, attachments, padding.

Layout (docs/FORMAT.md, "Inner content"):
``inner_version (1) | report_id (16) | manifest_length (4, big-endian) | manifest (UTF-8 JSON) |
attachment bytes, in manifest order | zero padding`` to a bucket length (crypto.padding).
The parser is strict: unknown keys, duplicate keys, wrong types, sizes that do not add up,
non-zero padding and a total that is not a bucket length are all InnerFormatError.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from crypto.errors import InnerFormatError

INNER_VERSION = 1
REPORT_ID_BYTES = 16
PREFIX_BYTES = 1 + REPORT_ID_BYTES + 4
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_ATTACHMENTS = 1000
MAX_FIELDS = 64
MAX_FIELD_CHARS = 1_000_000
MAX_ATTACHMENT_BYTES = 1 << 50
KINDS = ("report", "reply")
_MANIFEST_KEYS = {"v", "kind", "demo", "sealed_on", "fields", "attachments", "reply_key",
                  "in_reply_to"}
_ATTACHMENT_KEYS = {"name", "size", "type", "metadata"}


@dataclass(frozen=True, repr=False)
class AttachmentEntry:
    """One attachment as declared in the manifest. ``name`` is untrusted until sanitised."""

    name: str
    size: int
    media_type: str
    metadata: str

    def __repr__(self) -> str:
        # The name can identify a person or a place: never in a repr that could reach a log.
        return f"AttachmentEntry(<name>, size={self.size}, type={self.media_type!r})"

    def to_json(self) -> dict[str, Any]:
        """The manifest object of this entry."""
        return {"name": self.name, "size": self.size, "type": self.media_type,
                "metadata": self.metadata}


@dataclass(frozen=True)
class Manifest:
    """Everything about a report except the attachment bytes."""

    fields: dict[str, str]
    attachments: tuple[AttachmentEntry, ...] = ()
    kind: str = "report"
    demo: bool = False
    sealed_on: str = ""
    reply_key: str | None = None
    in_reply_to: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_bytes(self) -> bytes:
        """Canonical JSON (sorted keys, no whitespace, UTF-8)."""
        document = {"v": 1, "kind": self.kind, "demo": self.demo, "sealed_on": self.sealed_on,
                    "fields": self.fields,
                    "attachments": [a.to_json() for a in self.attachments],
                    "reply_key": self.reply_key, "in_reply_to": self.in_reply_to}
        return json.dumps(document, ensure_ascii=False, sort_keys=True,
                          separators=(",", ":")).encode("utf-8")

    def content_length(self) -> int:
        """Bytes of content before padding."""
        return PREFIX_BYTES + len(self.to_bytes()) + sum(a.size for a in self.attachments)

    def __repr__(self) -> str:
        return f"Manifest(kind={self.kind!r}, attachments={len(self.attachments)}, <fields>)"


def encode_prefix(report_id: bytes, manifest_bytes: bytes) -> bytes:
    """The inner prefix and manifest that start the plaintext."""
    if len(report_id) != REPORT_ID_BYTES:
        raise ValueError("report id must be 16 bytes")
    if len(manifest_bytes) > MAX_MANIFEST_BYTES:
        raise InnerFormatError("manifest too large")
    return (bytes([INNER_VERSION]) + report_id + len(manifest_bytes).to_bytes(4, "big")
            + manifest_bytes)


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise InnerFormatError("duplicate key in manifest")
        result[key] = value
    return result


def expect_format(condition: bool, what: str) -> None:
    if not condition:
        raise InnerFormatError(what)


def _optional_str(value: Any, what: str) -> str | None:
    expect_format(value is None or (isinstance(value, str) and len(value) <= 200), what)
    return value  # type: ignore[no-any-return]


def _parse_attachment(item: Any) -> AttachmentEntry:
    expect_format(isinstance(item, dict) and set(item) == _ATTACHMENT_KEYS, "bad attachment entry")
    name, size, kind, meta = item["name"], item["size"], item["type"], item["metadata"]
    expect_format(isinstance(name, str) and len(name) <= 65536, "bad attachment name")
    expect_format(type(size) is int and 0 <= size <= MAX_ATTACHMENT_BYTES, "bad attachment size")
    expect_format(isinstance(kind, str) and len(kind) <= 200, "bad attachment type")
    expect_format(isinstance(meta, str) and len(meta) <= 200, "bad attachment metadata verdict")
    return AttachmentEntry(name, size, kind, meta)


def parse_manifest(data: bytes) -> Manifest:
    """Parse manifest bytes strictly; raises InnerFormatError."""
    try:
        doc = json.loads(data.decode("utf-8"), object_pairs_hook=_reject_duplicates)
    except (ValueError, RecursionError) as exc:
        # ValueError covers bad UTF-8, bad JSON and integers too long to convert.
        raise InnerFormatError("manifest is not valid UTF-8 JSON") from exc
    try:
        data.decode("utf-8").encode("utf-8")
        json.dumps(doc, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InnerFormatError("manifest contains a lone surrogate") from exc
    expect_format(isinstance(doc, dict) and set(doc) == _MANIFEST_KEYS, "manifest keys")
    expect_format(doc["v"] == 1 and type(doc["v"]) is int, "manifest version")
    expect_format(doc["kind"] in KINDS, "manifest kind")
    expect_format(isinstance(doc["demo"], bool), "demo flag")
    expect_format(isinstance(doc["sealed_on"], str) and len(doc["sealed_on"]) <= 32, "sealed_on")
    fields = doc["fields"]
    expect_format(isinstance(fields, dict) and len(fields) <= MAX_FIELDS, "fields")
    for key, value in fields.items():
        expect_format(isinstance(value, str) and len(key) <= 64 and len(value) <= MAX_FIELD_CHARS,
                "field value")
    items = doc["attachments"]
    expect_format(isinstance(items, list) and len(items) <= MAX_ATTACHMENTS, "attachments")
    return Manifest(fields=fields, attachments=tuple(_parse_attachment(i) for i in items),
                    kind=doc["kind"], demo=doc["demo"], sealed_on=doc["sealed_on"],
                    reply_key=_optional_str(doc["reply_key"], "reply key"),
                    in_reply_to=_optional_str(doc["in_reply_to"], "in_reply_to"))
