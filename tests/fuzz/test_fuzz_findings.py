"""Findings of the fuzzers, pinned as precise tests (they fail until the code is fixed).

F1 (stream-forge, found in under a second): ``crypto.stream_reader.open_stream`` cuts the
payload into pieces of ``min(SEGMENT_CT_BYTES, size_hint)`` bytes, although its docstring says
the hint "only sizes the buffers" and FORMAT.md 4.5 says a reader reads pieces of
SEGMENT_CT_BYTES and a piece is the last segment iff the file ends right after it.
``open_report`` passes the remaining length from ``fstat`` (``_remaining_length``), measured
once, before reading. When the file grows while it is opened (a sync client or a download
still writing it) the hint is too small, and then

* a valid report is rejected (test_growing_file_still_opens), and
* a payload that breaks FORMAT.md 4.4 (short non-last segments, made with the right key by a
  sender) is accepted (test_size_hint_does_not_change_what_is_accepted): the same bytes are
  accepted by one reader and rejected by another, which the format's strict rules exist to
  prevent.

Severity: low (no third party can exploit it without the file key; an honest report is only
ever rejected, never altered). Fix: keep reading pieces of SEGMENT_CT_BYTES whatever the hint
(grow the buffers, or fail with a typed error when more data arrives than the hint said).
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from crypto import primitives
from crypto.errors import OpenError, PayloadTampered, TrailingData, Truncated
from crypto.header import HEADER_BYTES, parse_header, segment_key
from crypto.keys import SecretKey
from crypto.sealed_report import open_report, unlock_header
from crypto.stream_reader import open_stream

VECTORS = Path(__file__).resolve().parents[1] / "vectors"


def _vector(name: str) -> dict[str, Any]:
    document = json.loads((VECTORS / "vectors.json").read_text("utf-8"))
    return next(v for v in document["vectors"] if v["name"] == name)


class _Sinks:
    def __init__(self) -> None:
        self.sizes: list[int] = []

    def __call__(self, index: int, entry: object) -> _Sinks:
        self.sizes.append(0)
        return self

    def write(self, data: memoryview) -> int:
        self.sizes[-1] += len(data)
        return len(data)


class _GrowingFile:
    """A file on disk that receives the rest of its bytes right after the header was read."""

    def __init__(self, path: Path, rest: bytes) -> None:
        self._handle = open(path, "rb", buffering=0)  # noqa: SIM115
        self._path = path
        self._rest = rest

    def fileno(self) -> int:
        return self._handle.fileno()

    def tell(self) -> int:
        return self._handle.tell()

    def readinto(self, buffer: memoryview) -> int | None:
        if self._rest and self._handle.tell() >= HEADER_BYTES:
            with open(self._path, "ab") as writer:
                writer.write(self._rest)
            self._rest = b""
        return self._handle.readinto(buffer)

    def close(self) -> None:
        self._handle.close()


def test_growing_file_still_opens(tmp_path: Path) -> None:
    entry = _vector("ok-multisegment")
    data = (VECTORS / entry["file"]).read_bytes()
    keys = [SecretKey.decode(k) for k in entry["keys"]]
    reference = _Sinks()
    open_report(io.BytesIO(data), keys, reference)  # the file is valid
    path = tmp_path / "report.bin"
    cut = HEADER_BYTES + 100_000  # what had arrived when the moderator pressed "open"
    path.write_bytes(data[:cut])
    source = _GrowingFile(path, data[cut:])
    try:
        sinks = _Sinks()
        try:
            open_report(source, keys, sinks)
        except OpenError as exc:
            pytest.fail(f"a valid report was rejected ({type(exc).__name__}) because the file "
                        "grew after open_report measured its size (size_hint too small)")
    finally:
        source.close()
    assert sinks.sizes == reference.sizes


def _short_segments_payload() -> tuple[bytes, bytes, bytes, int]:
    """Two one-chunk segments (index 0 last=0, index 1 last=1), sealed with the right key.

    FORMAT.md 4.4: every segment except the file's last must be full (64 chunks), so this
    payload must be rejected. Returns (payload, file key, header MAC, first segment's length).
    """
    entry = _vector("ok-text-compact")
    data = (VECTORS / entry["file"]).read_bytes()
    header = parse_header(data)
    file_key = unlock_header(header, [SecretKey.decode(entry["keys"][0])])
    segments = []
    for index, last in ((0, False), (1, True)):
        pusher = primitives.StreamPusher(segment_key(file_key, index, last))
        out = bytearray(100 + primitives.STREAM_ABYTES)
        pusher.push_into(memoryview(out), memoryview(bytes(100)), header.mac,
                         primitives.TAG_FINAL)
        segments.append(pusher.header + bytes(out))
    return b"".join(segments), file_key, header.mac, len(segments[0])


@pytest.mark.parametrize("hint", ["none", "exact", "first segment"])
def test_size_hint_does_not_change_what_is_accepted(hint: str) -> None:
    payload, file_key, mac, first = _short_segments_payload()
    size_hint = {"none": None, "exact": len(payload), "first segment": first}[hint]
    with pytest.raises((Truncated, TrailingData, PayloadTampered)):
        for _ in open_stream(io.BytesIO(payload), file_key, mac, size_hint=size_hint):
            pass
