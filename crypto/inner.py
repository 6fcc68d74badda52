"""The plaintext inside the payload: inner version, report id, manifest, attachments, padding.

Layout (docs/FORMAT.md, "Inner content"):
``inner_version (1) | report_id (16) | manifest_length (4, big-endian) | manifest (UTF-8 JSON) |
attachment bytes, in manifest order | zero padding`` to a bucket length (crypto.padding).
The parser is strict: unknown keys, duplicate keys, wrong types, sizes that do not add up,
non-zero padding and a total that is not a bucket length are all InnerFormatError.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from crypto.errors import InnerFormatError
from crypto.padding import is_bucket_length

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


@dataclass(frozen=True)
class AttachmentEntry:
    """One attachment as declared in the manifest. ``name`` is untrusted until sanitised."""

    name: str
    size: int
    media_type: str
    metadata: str

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


def _expect(condition: bool, what: str) -> None:
    if not condition:
        raise InnerFormatError(what)


def _optional_str(value: Any, what: str) -> str | None:
    _expect(value is None or (isinstance(value, str) and len(value) <= 200), what)
    return value  # type: ignore[no-any-return]


def _parse_attachment(item: Any) -> AttachmentEntry:
    _expect(isinstance(item, dict) and set(item) == _ATTACHMENT_KEYS, "bad attachment entry")
    name, size, kind, meta = item["name"], item["size"], item["type"], item["metadata"]
    _expect(isinstance(name, str) and len(name) <= 65536, "bad attachment name")
    _expect(type(size) is int and 0 <= size <= MAX_ATTACHMENT_BYTES, "bad attachment size")
    _expect(isinstance(kind, str) and len(kind) <= 200, "bad attachment type")
    _expect(isinstance(meta, str) and len(meta) <= 200, "bad attachment metadata verdict")
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
    _expect(isinstance(doc, dict) and set(doc) == _MANIFEST_KEYS, "manifest keys")
    _expect(doc["v"] == 1 and type(doc["v"]) is int, "manifest version")
    _expect(doc["kind"] in KINDS, "manifest kind")
    _expect(isinstance(doc["demo"], bool), "demo flag")
    _expect(isinstance(doc["sealed_on"], str) and len(doc["sealed_on"]) <= 32, "sealed_on")
    fields = doc["fields"]
    _expect(isinstance(fields, dict) and len(fields) <= MAX_FIELDS, "fields")
    for key, value in fields.items():
        _expect(isinstance(value, str) and len(key) <= 64 and len(value) <= MAX_FIELD_CHARS,
                "field value")
    items = doc["attachments"]
    _expect(isinstance(items, list) and len(items) <= MAX_ATTACHMENTS, "attachments")
    return Manifest(fields=fields, attachments=tuple(_parse_attachment(i) for i in items),
                    kind=doc["kind"], demo=doc["demo"], sealed_on=doc["sealed_on"],
                    reply_key=_optional_str(doc["reply_key"], "reply key"),
                    in_reply_to=_optional_str(doc["in_reply_to"], "in_reply_to"))


class AttachmentSink(Protocol):
    """Where the bytes of one attachment go while the report is being opened."""

    def write(self, data: memoryview, /) -> int | None: ...


SinkFactory = Callable[[int, AttachmentEntry], AttachmentSink]


@dataclass(frozen=True)
class InnerContent:
    """The parsed inner content (attachment bytes went to the sinks)."""

    report_id: bytes
    manifest: Manifest
    total_length: int


class InnerParser:
    """Consumes the plaintext segment by segment and routes attachment bytes to sinks."""

    def __init__(self, open_sink: SinkFactory) -> None:
        self._open_sink = open_sink
        self._head = bytearray()
        self._manifest: Manifest | None = None
        self._report_id = b""
        self._index = 0
        self._left = 0
        self._sink: AttachmentSink | None = None
        self._total = 0
        self._content = 0
        self._manifest_size = 0

    def feed(self, data: memoryview) -> None:
        """Take the next piece of plaintext; raises InnerFormatError."""
        self._total += len(data)
        while len(data):
            if self._manifest is None:
                data = self._feed_head(data)
            elif self._index < len(self._manifest.attachments):
                data = self._feed_attachment(data)
            else:
                _expect(bytes(data).count(0) == len(data), "non-zero padding")
                return

    def _feed_head(self, data: memoryview) -> memoryview:
        need = PREFIX_BYTES - len(self._head)
        if need > 0:
            self._head += data[:need]
            data = data[need:]
            if len(self._head) < PREFIX_BYTES:
                return data
            _expect(self._head[0] == INNER_VERSION, "inner version")
            size = int.from_bytes(self._head[1 + REPORT_ID_BYTES:PREFIX_BYTES], "big")
            _expect(size <= MAX_MANIFEST_BYTES, "manifest too large")
            self._manifest_size = size
        take = PREFIX_BYTES + self._manifest_size - len(self._head)
        self._head += data[:take]
        data = data[take:]
        if len(self._head) == PREFIX_BYTES + self._manifest_size:
            self._report_id = bytes(self._head[1:1 + REPORT_ID_BYTES])
            self._manifest = parse_manifest(bytes(self._head[PREFIX_BYTES:]))
            self._content = len(self._head) + sum(a.size for a in self._manifest.attachments)
            self._start_attachment()
        return data

    def _start_attachment(self) -> None:
        assert self._manifest is not None
        entries = self._manifest.attachments
        while self._index < len(entries):
            self._sink = self._open_sink(self._index, entries[self._index])
            self._left = entries[self._index].size
            if self._left:
                return
            self._index += 1

    def _feed_attachment(self, data: memoryview) -> memoryview:
        piece = data[:self._left]
        assert self._sink is not None
        self._sink.write(piece)
        self._left -= len(piece)
        if self._left == 0:
            self._index += 1
            self._start_attachment()
        return data[len(piece):]

    def finish(self) -> InnerContent:
        """Check that everything declared arrived and the total is a bucket length."""
        _expect(self._manifest is not None, "content ends inside the manifest")
        assert self._manifest is not None
        _expect(self._index >= len(self._manifest.attachments), "content ends inside a file")
        _expect(is_bucket_length(self._content, self._total), "total is not a bucket length")
        return InnerContent(self._report_id, self._manifest, self._total)
