"""Many seals repeat no file key, report id, ephemeral key or stream header (SECURITY.md test
plan: Boundaries, "10,000 seals repeat no key, nonce or ephemeral key").

Everything is parsed back out of the sealed files: the ephemeral public key is the first 32 bytes
of each slot, the stream header the 24 bytes after the header, the file key comes from the
moderator's slot and the report id from the first decrypted chunk.

The stream buffers are sized to the plaintext and a one-segment payload uses no threads, so
10,000 seals of a small report (80,000 ephemeral keys) take about 10 s here.
"""

from __future__ import annotations

import io
from collections import Counter

from crypto import primitives
from crypto.header import HEADER_BYTES, SLOT_COUNT, parse_header, segment_key
from crypto.inner import REPORT_ID_BYTES
from crypto.padding import PaddingProfile
from crypto.seal import seal_report
from crypto.sealed_report import unlock_header

SEALS = 10_000
STREAM_HEADER = primitives.STREAM_HEADER_BYTES


def first_chunk_plaintext(data: bytes, file_key: bytes) -> bytes:
    header = parse_header(data[:HEADER_BYTES])
    stream_header = data[HEADER_BYTES:HEADER_BYTES + STREAM_HEADER]
    puller = primitives.StreamPuller(segment_key(file_key, 0, True), stream_header)
    chunk = data[HEADER_BYTES + STREAM_HEADER:]
    out = bytearray(len(chunk))
    size, tag = puller.pull_into(memoryview(out), memoryview(chunk), header.mac)
    assert tag == primitives.TAG_FINAL
    return bytes(out[:size])


def test_many_seals_repeat_nothing(moderator, second_moderator, small_manifest):
    file_keys, report_ids, ephemeral, stream_headers, macs = set(), set(), set(), set(), set()
    positions: Counter[int] = Counter()
    for _ in range(SEALS):
        sink = io.BytesIO()
        info = seal_report(sink, [moderator.public, second_moderator.public], small_manifest,
                           [], profile=PaddingProfile.COMPACT)
        data = sink.getvalue()
        header = parse_header(data[:HEADER_BYTES])
        for slot in header.slots:
            ephemeral.add(slot[:32])
        stream_headers.add(data[HEADER_BYTES:HEADER_BYTES + STREAM_HEADER])
        macs.add(header.mac)
        file_key = unlock_header(header, [moderator])
        file_keys.add(file_key)
        plain = first_chunk_plaintext(data, file_key)
        report_id = plain[1:1 + REPORT_ID_BYTES]
        assert report_id == info.report_id
        report_ids.add(report_id)
        positions[next(i for i, s in enumerate(header.slots) if _opens(s, moderator))] += 1
    assert len(file_keys) == SEALS
    assert len(report_ids) == SEALS
    assert len(ephemeral) == SEALS * SLOT_COUNT
    assert len(stream_headers) == SEALS
    assert len(macs) == SEALS
    # the moderator's slot lands everywhere (the slot order is random, so it leaks nothing)
    assert set(positions) == set(range(SLOT_COUNT))
    assert min(positions.values()) > SEALS / SLOT_COUNT / 2


def _opens(slot: bytes, key) -> bool:
    try:
        primitives.open_file_key(slot, key.public.raw, key.raw)
    except primitives.PrimitiveFailure:
        return False
    return True
