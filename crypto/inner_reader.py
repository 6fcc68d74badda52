"""Parsing decrypted inner content as it streams (docs/FORMAT.md 4.6): manifest, attachments,
padding. Moderator side only (see crypto.stream_reader).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from crypto.inner import (
    INNER_VERSION,
    MAX_MANIFEST_BYTES,
    PREFIX_BYTES,
    REPORT_ID_BYTES,
    AttachmentEntry,
    Manifest,
    expect_format,
    parse_manifest,
)
from crypto.padding import is_bucket_length


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
                expect_format(bytes(data).count(0) == len(data), "non-zero padding")
                return

    def _feed_head(self, data: memoryview) -> memoryview:
        need = PREFIX_BYTES - len(self._head)
        if need > 0:
            self._head += data[:need]
            data = data[need:]
            if len(self._head) < PREFIX_BYTES:
                return data
            expect_format(self._head[0] == INNER_VERSION, "inner version")
            size = int.from_bytes(self._head[1 + REPORT_ID_BYTES:PREFIX_BYTES], "big")
            expect_format(size <= MAX_MANIFEST_BYTES, "manifest too large")
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
        expect_format(self._manifest is not None, "content ends inside the manifest")
        assert self._manifest is not None
        expect_format(self._index >= len(self._manifest.attachments), "content ends inside a file")
        expect_format(is_bucket_length(self._content, self._total), "total is not a bucket length")
        return InnerContent(self._report_id, self._manifest, self._total)
