"""Fuzz target: the payload reader (docs/FORMAT.md 4.4-4.5), three modes.

``stream`` (default): arbitrary payload bytes after the VALID header of the frozen vector
``ok-text-compact``, opened with its key through ``open_report`` (stream reader + inner parser).
Oracle: the payload opens iff it is the vector's own payload; a payload shorter than 42 bytes is
Truncated (4.5 step 1).

``stream-remac`` (``--remac``): the input is a whole sealed file. The harness keeps its first 642
bytes (version, flags, slots: what the fuzzer mutates), recomputes the header MAC with the file
key of ``ok-text-compact`` (derived by unlocking it once), and opens
(a) the mutated header with the input's own payload and
(b) the mutated header with the vector's plaintext re-sealed under the new MAC (the chunks' AD).
So mutated headers pass the MAC and reach the code behind it. Oracle for (b): exactly the outcome
FORMAT.md 4.3 prescribes for the slots (the first slot that opens decides), and on success the
identical report. Oracle for (a): it opens only if the header and payload are the vector's own.

``stream-forge`` (``--forge``): the input is a *plan* of segments and chunks, which the harness
seals chunk by chunk WITH THE RIGHT KEYS (forgeries a sender could make: any segment index, last
flag, tag, chunk size, associated data, stream header). Most plans use scaled-down constants
(64-byte chunks, 4 chunks a segment, patched into crypto.stream_reader for the call only) so
multi-segment files are cheap; some use the real constants with one segment. Oracle: the reader
accepts the payload iff the plan follows every rule of FORMAT.md 4.4, and then yields exactly the
plan's plaintext; otherwise it raises Truncated, TrailingData or PayloadTampered.
"""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field

from _fuzzlib import (
    ByteReader,
    Sinks,
    fill,
    fuzz_main,
    instrumented,
    outcome,
    vector,
    vector_file,
)

with instrumented():
    import crypto.stream_reader as stream_reader
    from crypto import primitives
    from crypto.errors import OpenError, PayloadTampered, TrailingData, Truncated
    from crypto.header import HEADER_BYTES, PREFIX_BYTES, mac_key, parse_header, segment_key
    from crypto.keys import SecretKey
    from crypto.sealed_report import open_report, unlock_header
    from crypto.stream import seal_stream

VECTOR = vector("ok-text-compact")
KEY = SecretKey.decode(VECTOR["keys"][0])
SEALED = vector_file(VECTOR["file"])
HEADER = parse_header(SEALED)
FILE_KEY = unlock_header(HEADER, [KEY])
PAYLOAD = SEALED[HEADER_BYTES:]
STREAM_ERRORS = (Truncated, TrailingData, PayloadTampered)


def _plaintext_of_vector() -> bytes:
    out = bytearray()
    for piece in stream_reader.open_stream(io.BytesIO(PAYLOAD), FILE_KEY, HEADER.mac):
        out += piece
    return bytes(out)


PLAINTEXT = _plaintext_of_vector()


def _open(data: bytes) -> tuple[str, object]:
    sinks = Sinks()
    return outcome(lambda: (open_report(io.BytesIO(data), [KEY], sinks), sinks.contents()),
                   (OpenError,))


_EXPECTED_OK = _open(SEALED)
assert _EXPECTED_OK[0] == "ok"
EXPECTED_MANIFEST = _EXPECTED_OK[1][0].manifest  # type: ignore[index]


# --- stream: arbitrary payload after a valid header ----------------------------------------------

def stream_one(data: bytes) -> None:
    got, result = _open(HEADER.to_bytes() + data)
    if data == PAYLOAD:
        assert got == "ok", got
        assert result[0].manifest == EXPECTED_MANIFEST  # type: ignore[index]
    else:
        assert got != "ok", "a payload other than the sealed one opened"
    if len(data) < 42:
        assert got == "Truncated", got


# --- stream-remac: mutated header prefix, MAC recomputed with the known file key ----------------

def _reseal(mac: bytes) -> bytes:
    sink = io.BytesIO()
    seal_stream(io.BytesIO(PLAINTEXT), sink, FILE_KEY, mac, len(PLAINTEXT))
    return sink.getvalue()


def _expected_header_outcome(prefix: bytes) -> str:
    """FORMAT.md 4.3 for a prefix whose MAC is HMAC(mac_key(FILE_KEY), prefix)."""
    if prefix[0] != 0x01 or prefix[1] != 0x00:
        return "NotASealedReport"
    for s in range(8):
        slot = prefix[2 + 80 * s:2 + 80 * (s + 1)]
        try:
            file_key = primitives.open_file_key(slot, KEY.public.raw, KEY.raw)
        except primitives.PrimitiveFailure:
            continue
        return "ok" if file_key == FILE_KEY else "HeaderTampered"
    return "NoMatchingKey"


def remac_one(data: bytes) -> None:
    if len(data) < PREFIX_BYTES:
        got, _ = _open(data)
        assert got in ("NotASealedReport", "Truncated"), got
        return
    prefix = data[:PREFIX_BYTES]
    mac = primitives.hmac_sha256(mac_key(FILE_KEY), prefix)
    tail = data[HEADER_BYTES:]
    got, _ = _open(prefix + mac + tail)
    if got == "ok":
        assert prefix == HEADER.prefix() and tail == PAYLOAD, "a re-MACed file opened"
    expected = _expected_header_outcome(prefix)
    resealed, result = _open(prefix + mac + _reseal(mac))
    assert resealed == expected, (resealed, expected)
    if resealed == "ok":
        assert result[0].manifest == EXPECTED_MANIFEST  # type: ignore[index]
        assert result[0].total_length == len(PLAINTEXT)  # type: ignore[index]


# --- stream-forge: chunk plans sealed with the right keys ---------------------------------------

@dataclass(frozen=True)
class Sizes:
    chunk: int
    chunks_per_segment: int

    @property
    def chunk_ct(self) -> int:
        return self.chunk + primitives.STREAM_ABYTES

    @property
    def segment(self) -> int:
        return self.chunk * self.chunks_per_segment

    @property
    def segment_ct(self) -> int:
        return primitives.STREAM_HEADER_BYTES + self.chunks_per_segment * self.chunk_ct


REAL = Sizes(stream_reader.CHUNK_BYTES, stream_reader.SEGMENT_BYTES // stream_reader.CHUNK_BYTES)
SCALED = Sizes(64, 4)
MESSAGE, FINAL = primitives.TAG_MESSAGE, primitives.TAG_FINAL


@contextlib.contextmanager
def reader_sizes(sizes: Sizes) -> Iterator[None]:
    """Run crypto.stream_reader with other chunk/segment sizes (the logic is parametric)."""
    names = {"CHUNK_BYTES": sizes.chunk, "CHUNK_CT_BYTES": sizes.chunk_ct,
             "SEGMENT_BYTES": sizes.segment, "SEGMENT_CT_BYTES": sizes.segment_ct}
    saved = {name: getattr(stream_reader, name) for name in names}
    for name, value in names.items():
        setattr(stream_reader, name, value)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(stream_reader, name, value)


@dataclass
class Chunk:
    size: int
    tag: int
    good_ad: bool


@dataclass
class Segment:
    index: int
    last: bool
    header: bytes
    chunks: list[Chunk] = field(default_factory=list)


@dataclass
class Plan:
    sizes: Sizes
    segments: list[Segment]
    cut: int = 0
    extra: bytes = b""
    hint: str = "exact"


_HEADERS = (b"\x11" * 24, b"\x22" * 24)
_FILLER = fill(b"forged chunk plaintext", REAL.chunk + 4096)
_TAGS = (MESSAGE, 1, 2, FINAL)


def read_plan(data: bytes) -> Plan:
    r = ByteReader(data)
    sizes = REAL if r.u8() < 32 else SCALED
    max_segments = 1 if sizes is REAL else 4
    max_chunks = 3 if sizes is REAL else sizes.chunks_per_segment + 1
    count = 1 + r.u8() % max_segments
    segments = []
    for s in range(count):
        b = r.u8()
        index = s if b < 224 else b % 4
        last = (s == count - 1) != (r.u8() >= 240)
        seg = Segment(index, last, _HEADERS[r.u8() % 2])
        chunks = 1 + r.u8() % max_chunks if r.u8() < 240 else 0
        for c in range(chunks):
            b = r.u8()
            size = sizes.chunk if b < 128 else (b * 7 + r.u8()) % (sizes.chunk + 1)
            if sizes is REAL and b >= 128:
                size = (size * 251) % (sizes.chunk + 1)
            natural = FINAL if c == chunks - 1 else MESSAGE
            b = r.u8()
            tag = natural if b < 224 else _TAGS[b % 4]
            seg.chunks.append(Chunk(size, tag, r.u8() < 240))
        segments.append(seg)
    plan = Plan(sizes, segments)
    b = r.u8()
    if b >= 232:
        plan.cut = 1 + r.u8() % 40
    elif b >= 216:
        plan.extra = r.take(1 + r.u8() % 40) or b"\x00"
    if sizes is SCALED:
        # A size_hint smaller than the payload changes what the reader accepts (a fuzzer
        # finding, pinned by tests/fuzz/test_fuzz_findings.py); here the hint is what
        # open_report passes (the exact remaining length) or none at all.
        plan.hint = ("exact", "exact", "exact", "none")[r.u8() % 4]
    return plan


def seal_plan(plan: Plan, mac: bytes) -> tuple[bytes, bytes]:
    """(payload, plaintext of all chunks in order)."""
    payload, plaintext = bytearray(), bytearray()
    for s, seg in enumerate(plan.segments):
        pusher = primitives.StreamPusher(segment_key(FILE_KEY, seg.index, seg.last), seg.header)
        payload += pusher.header
        for c, chunk in enumerate(seg.chunks):
            start = (s * 8 + c) * 97
            message = _FILLER[start:start + chunk.size]
            out = bytearray(chunk.size + primitives.STREAM_ABYTES)
            pusher.push_into(memoryview(out), memoryview(message),
                             mac if chunk.good_ad else mac[:16], chunk.tag)
            payload += out
            plaintext += message
    if plan.cut:
        del payload[max(0, len(payload) - plan.cut):]
    payload += plan.extra
    return bytes(payload), bytes(plaintext)


def plan_is_valid(plan: Plan) -> bool:
    """FORMAT.md 4.4, as rules on the plan."""
    if plan.cut or plan.extra:
        return False
    count = len(plan.segments)
    for s, seg in enumerate(plan.segments):
        if seg.index != s or seg.last != (s == count - 1) or not seg.chunks:
            return False
        if not all(c.good_ad for c in seg.chunks):
            return False
        *body, final = seg.chunks
        if any(c.tag != MESSAGE or c.size != plan.sizes.chunk for c in body):
            return False
        if final.tag != FINAL or not 1 <= final.size <= plan.sizes.chunk:
            return False
        if len(seg.chunks) > plan.sizes.chunks_per_segment:
            return False
        if s < count - 1 and (len(seg.chunks) != plan.sizes.chunks_per_segment
                              or final.size != plan.sizes.chunk):
            return False
    return True


def forge_one(data: bytes) -> None:
    plan = read_plan(data)
    payload, plaintext = seal_plan(plan, HEADER.mac)
    hint = len(payload) if plan.hint == "exact" else None

    def read_all() -> bytes:
        out = bytearray()
        for piece in stream_reader.open_stream(io.BytesIO(payload), FILE_KEY, HEADER.mac,
                                               size_hint=hint):
            out += piece
        return bytes(out)

    with reader_sizes(plan.sizes):
        got, result = outcome(read_all, STREAM_ERRORS)
    valid = plan_is_valid(plan)
    if got == "ok":
        assert valid, f"an invalid plan was accepted: {plan}"
        assert result == plaintext, "accepted, but with other plaintext"
    else:
        assert not valid, f"a valid plan was rejected ({got}): {plan}"


ENTRY_POINTS = {"stream": stream_one, "stream-remac": remac_one, "stream-forge": forge_one}
MODES = {"--raw": "stream", "--remac": "stream-remac", "--forge": "stream-forge"}

if __name__ == "__main__":
    fuzz_main(ENTRY_POINTS, MODES)
    sys.exit(0)
