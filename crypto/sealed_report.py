"""Open whole reports: header, key slots, payload, inner content (docs/FORMAT.md 4.3-4.10).

Opening hands attachment bytes to caller-supplied sinks and returns the manifest only after the
last segment's FINAL chunk, the padding and the sizes all verified; the caller keeps everything
in quarantine until then. Moderator side only: the editor never imports this module.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from crypto import primitives
from crypto.errors import HeaderTampered, NoMatchingKey, NotASealedReport
from crypto.header import HEADER_BYTES, SLOT_COUNT, Header, mac_key, parse_header
from crypto.inner_reader import InnerContent, InnerParser, SinkFactory
from crypto.keys import SecretKey
from crypto.stream import SEGMENT_CT_BYTES, CancelCheck, ProgressCallback, Readable, read_fully
from crypto.stream_reader import open_stream


def unlock_header(header: Header, keys: Sequence[SecretKey]) -> bytes:
    """Return the file key from the first slot that opens, after verifying the MAC.

    Raises NoMatchingKey when no slot opens and HeaderTampered when the MAC does not verify.
    """
    for slot in header.slots:
        for key in keys:
            try:
                file_key = primitives.open_file_key(slot, key.public.raw, key.raw)
            except primitives.PrimitiveFailure:
                continue
            expected = primitives.hmac_sha256(mac_key(file_key), header.prefix())
            if not primitives.constant_time_equal(expected, header.mac):
                raise HeaderTampered("header MAC does not verify")
            return file_key
    raise NoMatchingKey("no slot opens with these keys")


def read_header(source: Readable) -> Header:
    """Read and parse the header; raises NotASealedReport or Truncated."""
    buffer = bytearray(HEADER_BYTES)
    size = read_fully(source, memoryview(buffer))
    return parse_header(bytes(buffer[:size]))


def open_report(source: Readable, keys: Sequence[SecretKey], open_sink: SinkFactory, *,
                progress: ProgressCallback | None = None,
                should_cancel: CancelCheck | None = None) -> InnerContent:
    """Open a sealed report with any of ``keys``, streaming attachments into sinks.

    Returns the verified inner content. Raises an OpenError subclass (the person sees one
    message for all of them) or Cancelled. Attachment sinks may have received bytes before an
    error: the caller must discard them.
    """
    header = read_header(source)
    file_key = unlock_header(header, keys)
    parser = InnerParser(open_sink)
    for plaintext in open_stream(source, file_key, header.mac, progress=progress,
                                 should_cancel=should_cancel,
                                 size_hint=_remaining_length(source)):
        parser.feed(plaintext)
    return parser.finish()


def _remaining_length(source: Readable) -> int | None:
    """Bytes left in a file or in-memory source, when that can be known cheaply."""
    getbuffer = getattr(source, "getbuffer", None)
    fileno = getattr(source, "fileno", None)
    tell = getattr(source, "tell", None)
    try:
        if getbuffer is not None and tell is not None:
            return len(getbuffer()) - int(tell())
        if fileno is not None and tell is not None:
            stat = os.fstat(fileno())
            if stat.st_mode & 0o170000 == 0o100000:  # a regular file
                return int(stat.st_size) - int(tell())
    except (OSError, ValueError):
        return None
    return None


@dataclass(frozen=True)
class ReportOutline:
    """What can be said about a sealed file without a key: nothing about its content."""

    version: int
    slot_count: int
    file_length: int
    payload_length: int
    segments: int


def inspect_report(source: Readable) -> ReportOutline:
    """Describe a sealed file's outer structure; raises NotASealedReport or Truncated."""
    read_header(source)
    payload = 0
    chunk = bytearray(1 << 20)
    while got := read_fully(source, memoryview(chunk)):
        payload += got
    if payload == 0:
        raise NotASealedReport("no payload")
    return ReportOutline(1, SLOT_COUNT, HEADER_BYTES + payload, payload,
                         -(-payload // SEGMENT_CT_BYTES))
