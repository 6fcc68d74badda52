"""Adversarial tests of the payload (SECURITY.md, "Adversarial test plan": Payload).

Layout used below: the payload starts at HEADER_BYTES; each segment is a 24-byte stream header
then chunks of CHUNK_CT_BYTES (the last one of the file may be shorter); a full segment is
SEGMENT_CT_BYTES long.
"""

from __future__ import annotations

import os
import random

import pytest

from crypto import primitives
from crypto.errors import OpenError, PayloadTampered, TrailingData, Truncated
from crypto.header import HEADER_BYTES, parse_header
from crypto.sealed_report import unlock_header
from crypto.stream import CHUNK_BYTES, CHUNK_CT_BYTES, SEGMENT_BYTES, SEGMENT_CT_BYTES

STREAM_HEADER = primitives.STREAM_HEADER_BYTES
FIRST_CHUNK = HEADER_BYTES + STREAM_HEADER
MESSAGE, FINAL = primitives.TAG_MESSAGE, primitives.TAG_FINAL
PUSH, REKEY = 1, 2


def chunk_start(k: int, segment: int = 0) -> int:
    return HEADER_BYTES + segment * SEGMENT_CT_BYTES + STREAM_HEADER + k * CHUNK_CT_BYTES


def split_chunks(data: bytes) -> tuple[bytes, list[bytes]]:
    """(header + stream header, chunks) of a single-segment file."""
    head, body = data[:FIRST_CHUNK], data[FIRST_CHUNK:]
    return head, [body[i:i + CHUNK_CT_BYTES] for i in range(0, len(body), CHUNK_CT_BYTES)]


def split_segments(data: bytes) -> tuple[bytes, list[bytes]]:
    body = data[HEADER_BYTES:]
    return data[:HEADER_BYTES], [body[i:i + SEGMENT_CT_BYTES]
                                 for i in range(0, len(body), SEGMENT_CT_BYTES)]


def assert_outcome(tools, data: bytes, keys, *expected: type[OpenError]) -> None:
    got = tools.open_outcome(data, keys)
    assert got in expected, (got, expected)


@pytest.fixture(scope="module")
def three_chunks(moderator, tools):
    """A single-segment report of 3 chunks (2 full, the last short); and its attachment."""
    blob = random.Random(1).randbytes(150_000)
    data = tools.seal_bytes([moderator.public], tools.make_manifest(None, [("a.bin", blob)]),
                            [blob])
    head, chunks = split_chunks(data)
    assert len(chunks) == 3 and len(chunks[2]) < CHUNK_CT_BYTES
    assert tools.open_bytes(data, [moderator]).attachments == {0: blob}
    return data


@pytest.fixture(scope="module")
def two_segments(moderator, tools):
    """A report of two segments (the first full, the second of 2 chunks)."""
    blob = random.Random(2).randbytes(4_300_000)
    data = tools.seal_bytes([moderator.public], tools.make_manifest(None, [("b.bin", blob)]),
                            [blob])
    _, segments = split_segments(data)
    assert len(segments) == 2 and len(segments[1]) == STREAM_HEADER + 2 * CHUNK_CT_BYTES
    assert tools.open_bytes(data, [moderator]).attachments == {0: blob}
    return data


@pytest.fixture(scope="module")
def three_segments(moderator, tools):
    blob = random.Random(3).randbytes(8_500_000)
    data = tools.seal_bytes([moderator.public], tools.make_manifest(None, [("c.bin", blob)]),
                            [blob])
    _, segments = split_segments(data)
    assert len(segments) == 3
    return data


@pytest.fixture(scope="module")
def full_last_segment(moderator, tools):
    """A report whose plaintext is exactly one full segment (4 MiB)."""
    blob = random.Random(4).randbytes(SEGMENT_BYTES - 30_000)
    data = tools.seal_bytes([moderator.public], tools.make_manifest(None, [("d.bin", blob)]),
                            [blob])
    assert len(data) == HEADER_BYTES + SEGMENT_CT_BYTES
    return data


# --- header / payload binding --------------------------------------------------------------------

def test_header_of_one_file_with_payload_of_another(sealed_small, moderator, small_manifest,
                                                    tools):
    other = tools.seal_bytes([moderator.public], small_manifest)
    assert tools.open_outcome(sealed_small[:HEADER_BYTES] + other[HEADER_BYTES:],
                              [moderator]) is PayloadTampered
    assert tools.open_outcome(other[:HEADER_BYTES] + sealed_small[HEADER_BYTES:],
                              [moderator]) is PayloadTampered


def test_remade_header_with_same_file_key(sealed_small, moderator, outsider, tools):
    """Someone who knows the file key builds a new, valid header (e.g. adding a recipient):
    the payload is bound to the old header MAC, so it no longer opens."""
    file_key = unlock_header(parse_header(sealed_small[:HEADER_BYTES]), [moderator])
    header = tools.forged_header(file_key, [moderator.public, outsider.public])
    data = header.to_bytes() + sealed_small[HEADER_BYTES:]
    assert tools.open_outcome(data, [moderator]) is PayloadTampered
    assert tools.open_outcome(data, [outsider]) is PayloadTampered


# --- flipped bytes -------------------------------------------------------------------------------

def _flip_positions(start: int, length: int, rng: random.Random) -> list[int]:
    edges = list(range(start, start + 64)) + list(range(start + length - 64, start + length))
    middle = rng.sample(range(start + 64, start + length - 64), 40)
    return sorted(set(edges + middle))


@pytest.mark.parametrize("which", ["stream_header", "first", "middle", "last"])
def test_flipped_payload_bytes(which, three_chunks, moderator, tools):
    rng = random.Random(which)
    if which == "stream_header":
        positions = list(range(HEADER_BYTES, FIRST_CHUNK))
    else:
        k = {"first": 0, "middle": 1, "last": 2}[which]
        start = chunk_start(k)
        length = min(CHUNK_CT_BYTES, len(three_chunks) - start)
        positions = _flip_positions(start, length, rng)
    wrong = {}
    for pos in positions:
        data = bytearray(three_chunks)
        data[pos] ^= 1 << rng.randrange(8)
        got = tools.open_outcome(bytes(data), [moderator])
        if got is not PayloadTampered:
            wrong[pos] = got
    assert wrong == {}


def test_flipped_bytes_in_second_segment(two_segments, moderator, tools):
    start = HEADER_BYTES + SEGMENT_CT_BYTES
    for pos in (start, start + 5, start + STREAM_HEADER, start + STREAM_HEADER + 100,
                len(two_segments) - 1, len(two_segments) - 17):
        data = bytearray(two_segments)
        data[pos] ^= 0x40
        assert tools.open_outcome(bytes(data), [moderator]) is PayloadTampered, pos
    # last chunk of the first (full) segment
    data = bytearray(two_segments)
    data[start - 1] ^= 1
    assert tools.open_outcome(bytes(data), [moderator]) is PayloadTampered


# --- truncation ----------------------------------------------------------------------------------

def test_truncated_at_every_chunk_boundary(three_chunks, moderator, tools):
    cuts = [HEADER_BYTES, FIRST_CHUNK, chunk_start(1), chunk_start(2)]
    for cut in cuts:
        assert tools.open_outcome(three_chunks[:cut], [moderator]) is Truncated, cut


def test_truncated_inside_the_last_two_chunks(three_chunks, moderator, tools):
    """A cut inside a chunk leaves a piece that does not authenticate: it cannot be told apart
    from a forged short chunk, so Truncated and PayloadTampered are both correct."""
    rng = random.Random(5)
    cuts = []
    for start, end in ((chunk_start(1), chunk_start(2)), (chunk_start(2), len(three_chunks))):
        cuts += [start + d for d in (1, 16, 17, 18, 100)] + [end - d for d in (1, 16, 17)]
        cuts += rng.sample(range(start + 1, end), 10)
    for cut in cuts:
        assert_outcome(tools, three_chunks[:cut], [moderator], Truncated, PayloadTampered)


def test_truncated_inside_the_stream_header_or_first_chunk(three_chunks, moderator, tools):
    for cut in range(HEADER_BYTES + 1, FIRST_CHUNK + 18):
        # at most a stream header and 17 bytes: too short to be a segment at all
        assert tools.open_outcome(three_chunks[:cut], [moderator]) is Truncated, cut
    for cut in (FIRST_CHUNK + 18, FIRST_CHUNK + 1000, chunk_start(1) - 1):
        assert_outcome(tools, three_chunks[:cut], [moderator], Truncated, PayloadTampered)


def test_truncated_at_the_segment_boundary(two_segments, three_segments, moderator, tools):
    assert tools.open_outcome(two_segments[:HEADER_BYTES + SEGMENT_CT_BYTES],
                              [moderator]) is Truncated
    for k in (1, 2):
        cut = HEADER_BYTES + k * SEGMENT_CT_BYTES
        assert tools.open_outcome(three_segments[:cut], [moderator]) is Truncated, k


def test_truncated_at_chunk_boundaries_of_a_multi_segment_file(two_segments, moderator, tools):
    cuts = [chunk_start(k) for k in (1, 2, 10, 63)]  # inside the first segment
    cuts += [chunk_start(1, segment=1)]  # after the first chunk of the second segment
    cuts += [HEADER_BYTES + SEGMENT_CT_BYTES + d for d in (1, STREAM_HEADER, 41)]
    for cut in cuts:
        assert tools.open_outcome(two_segments[:cut], [moderator]) is Truncated, cut


# --- bytes after FINAL ---------------------------------------------------------------------------

@pytest.mark.parametrize("extra", [1, 17, CHUNK_CT_BYTES])
@pytest.mark.parametrize("fill", ["zeros", "random"])
def test_bytes_appended_after_a_short_final_chunk(extra, fill, three_chunks, sealed_small,
                                                  moderator, tools):
    """The final chunk is shorter than a full chunk, so the reader cannot tell where it ends:
    the appended bytes are read as part of it (PayloadTampered). TrailingData would be just as
    right; success or any other error would not."""
    tail = bytes(extra) if fill == "zeros" else os.urandom(extra)
    for data in (three_chunks, sealed_small):
        assert_outcome(tools, data + tail, [moderator], PayloadTampered, TrailingData)


@pytest.mark.parametrize("extra", [1, 17, CHUNK_CT_BYTES])
def test_bytes_appended_after_a_full_final_chunk(extra, two_chunk_plaintext, moderator, tools):
    """When the FINAL chunk is full-size the reader knows where it ends: TrailingData."""
    data = forge(tools, moderator, (0, True, tools.chunks_of(two_chunk_plaintext)))
    assert tools.open_outcome(data, [moderator]).content.total_length == 2 * CHUNK_BYTES
    assert tools.open_outcome(data + bytes(extra), [moderator]) is TrailingData
    assert tools.open_outcome(data + os.urandom(extra), [moderator]) is TrailingData


@pytest.mark.parametrize("extra", [1, 17, 41, 42, CHUNK_CT_BYTES])
def test_bytes_appended_after_a_full_last_segment(extra, full_last_segment, moderator, tools):
    """The appended bytes make the full segment look non-last: a key mismatch or trailing data
    are both correct reports of this change."""
    assert isinstance(tools.open_bytes(full_last_segment, [moderator]).attachments[0], bytes)
    assert_outcome(tools, full_last_segment + os.urandom(extra), [moderator],
                   PayloadTampered, TrailingData)


def test_copy_of_the_final_chunk_appended(three_chunks, moderator, tools):
    head, chunks = split_chunks(three_chunks)
    assert_outcome(tools, head + b"".join(chunks) + chunks[-1], [moderator],
                   PayloadTampered, TrailingData)


# --- chunks swapped, duplicated, deleted ---------------------------------------------------------

@pytest.mark.parametrize("order, expected", [
    ([1, 0, 2], (PayloadTampered,)),
    ([0, 2, 1], (PayloadTampered,)),
    ([2, 1, 0], (PayloadTampered,)),
    ([0, 0, 1, 2], (PayloadTampered,)),
    ([0, 1, 1, 2], (PayloadTampered,)),
    ([0, 1, 0, 2], (PayloadTampered,)),
    ([0, 1, 2, 2], (PayloadTampered, TrailingData)),
    ([1, 2], (PayloadTampered,)),
    ([0, 2], (PayloadTampered,)),
    ([0, 1], (Truncated,)),
    ([0], (Truncated,)),
    ([2], (PayloadTampered,)),
])
def test_chunks_rearranged(order, expected, three_chunks, moderator, tools):
    head, chunks = split_chunks(three_chunks)
    assert_outcome(tools, head + b"".join(chunks[i] for i in order), [moderator], *expected)


def test_chunk_from_another_file(three_chunks, moderator, tools):
    blob = random.Random(1).randbytes(150_000)
    other = tools.seal_bytes([moderator.public], tools.make_manifest(None, [("a.bin", blob)]),
                             [blob])
    head, chunks = split_chunks(three_chunks)
    _, foreign = split_chunks(other)
    for k in range(3):
        mixed = chunks[:k] + [foreign[k]] + chunks[k + 1:]
        assert tools.open_outcome(head + b"".join(mixed), [moderator]) is PayloadTampered


# --- segments reordered, duplicated, dropped ----------------------------------------------------

@pytest.mark.parametrize("order, expected", [
    ([1, 0, 2], (PayloadTampered,)),
    ([0, 2, 1], (PayloadTampered,)),
    ([0, 0, 1, 2], (PayloadTampered,)),
    ([0, 1, 1, 2], (PayloadTampered,)),
    ([0, 1, 2, 2], (PayloadTampered, TrailingData)),
    ([0, 2], (PayloadTampered,)),
    ([1, 2], (PayloadTampered,)),
    ([2], (PayloadTampered,)),
    ([0, 1], (Truncated,)),
    ([0], (Truncated,)),
])
def test_segments_rearranged(order, expected, three_segments, moderator, tools):
    head, segments = split_segments(three_segments)
    assert_outcome(tools, head + b"".join(segments[i] for i in order), [moderator], *expected)


# --- forgeries made with the right key -----------------------------------------------------------

@pytest.fixture(scope="module")
def two_chunk_plaintext(tools):
    """Valid inner content padded to exactly two full chunks (128 KiB)."""
    blob = random.Random(6).randbytes(130_000)
    plain = tools.inner_plaintext(tools.make_manifest(None, [("e.bin", blob)]), [blob])
    assert len(plain) == 2 * CHUNK_BYTES
    return plain


@pytest.fixture(scope="module")
def uneven_plaintext(tools):
    """Valid inner content of one full chunk and a short one."""
    blob = random.Random(7).randbytes(90_000)
    plain = tools.inner_plaintext(tools.make_manifest(None, [("f.bin", blob)]), [blob])
    assert CHUNK_BYTES < len(plain) < 2 * CHUNK_BYTES
    return plain


def forge(tools, moderator, *segments):
    return tools.forge_file([moderator.public], [tools.ForgedSegment(i, last, chunks)
                                                 for i, last, chunks in segments])


def test_forge_control_opens(two_chunk_plaintext, uneven_plaintext, moderator, tools):
    """The forging helper itself makes valid files when it follows the rules."""
    for plain in (two_chunk_plaintext, uneven_plaintext):
        data = forge(tools, moderator, (0, True, tools.chunks_of(plain)))
        opened = tools.open_bytes(data, [moderator])
        assert opened.content.total_length == len(plain)


def test_forged_short_non_final_chunk(uneven_plaintext, moderator, tools):
    p = uneven_plaintext
    cases = [
        ([(p[:1000], MESSAGE), (p[1000:], FINAL)], (PayloadTampered,)),
        ([(p[:CHUNK_BYTES], MESSAGE), (p[CHUNK_BYTES:], MESSAGE)], (PayloadTampered,)),
        ([(p[:CHUNK_BYTES - 1], MESSAGE), (p[CHUNK_BYTES - 1:], FINAL)], (PayloadTampered,)),
    ]
    for chunks, expected in cases:
        assert_outcome(tools, forge(tools, moderator, (0, True, chunks)), [moderator], *expected)


def test_forged_empty_final_chunk(two_chunk_plaintext, moderator, tools):
    p = two_chunk_plaintext
    chunks = [(p[:CHUNK_BYTES], MESSAGE), (p[CHUNK_BYTES:], MESSAGE), (b"", FINAL)]
    assert tools.open_outcome(forge(tools, moderator, (0, True, chunks)),
                              [moderator]) is PayloadTampered
    # a segment that is only an empty FINAL chunk is shorter than any valid segment
    assert_outcome(tools, forge(tools, moderator, (0, True, [(b"", FINAL)])), [moderator],
                   Truncated, PayloadTampered)


def test_forged_two_finals(two_chunk_plaintext, uneven_plaintext, moderator, tools):
    p = two_chunk_plaintext
    full_first = [(p[:CHUNK_BYTES], FINAL), (p[CHUNK_BYTES:], FINAL)]
    assert tools.open_outcome(forge(tools, moderator, (0, True, full_first)),
                              [moderator]) is TrailingData
    extra_final = [(p[:CHUNK_BYTES], MESSAGE), (p[CHUNK_BYTES:], FINAL), (b"\x00" * 10, FINAL)]
    assert tools.open_outcome(forge(tools, moderator, (0, True, extra_final)),
                              [moderator]) is TrailingData
    q = uneven_plaintext
    short_first = [(q[:1000], FINAL), (q[1000:2000], FINAL)]
    assert_outcome(tools, forge(tools, moderator, (0, True, short_first)), [moderator],
                   PayloadTampered, TrailingData)


@pytest.mark.parametrize("tag", [PUSH, REKEY, 0x80, 0x07])
def test_forged_other_tags(tag, two_chunk_plaintext, moderator, tools):
    p = two_chunk_plaintext
    first = [(p[:CHUNK_BYTES], tag), (p[CHUNK_BYTES:], FINAL)]
    last = [(p[:CHUNK_BYTES], MESSAGE), (p[CHUNK_BYTES:], tag)]
    for chunks in (first, last):
        assert tools.open_outcome(forge(tools, moderator, (0, True, chunks)),
                                  [moderator]) is PayloadTampered


def test_forged_wrong_last_segment_flag_single(two_chunk_plaintext, moderator, tools):
    data = forge(tools, moderator, (0, False, tools.chunks_of(two_chunk_plaintext)))
    # indistinguishable from the first segment of a longer file that was cut off
    assert tools.open_outcome(data, [moderator]) is Truncated


@pytest.fixture(scope="module")
def two_segment_plaintext(tools):
    blob = bytes(SEGMENT_BYTES + 10_000)
    plain = tools.inner_plaintext(tools.make_manifest(None, [("g.bin", blob)]), [blob])
    assert SEGMENT_BYTES < len(plain) < 2 * SEGMENT_BYTES
    chunks = tools.chunks_of(plain)
    first = [(m, MESSAGE) for m, _ in chunks[:64]]
    first[-1] = (first[-1][0], FINAL)
    return first, chunks[64:]


def test_forged_segment_flags_and_indexes(two_segment_plaintext, moderator, tools):
    first, second = two_segment_plaintext
    control = forge(tools, moderator, (0, False, first), (1, True, second))
    assert tools.open_outcome(control, [moderator]).content.total_length > SEGMENT_BYTES
    cases = [
        (((0, True, first), (1, True, second)), (PayloadTampered,)),
        (((0, False, first), (1, False, second)), (Truncated,)),
        (((1, False, first), (1, True, second)), (PayloadTampered,)),
        (((0, False, first), (0, True, second)), (PayloadTampered,)),
        (((0, False, first), (2, True, second)), (PayloadTampered,)),
        (((0, False, first),), (Truncated,)),
    ]
    for segments, expected in cases:
        assert_outcome(tools, forge(tools, moderator, *segments), [moderator], *expected)


def test_forged_non_last_segment_without_final(two_segment_plaintext, moderator, tools):
    first, second = two_segment_plaintext
    no_final = [(m, MESSAGE) for m, _ in first]
    assert_outcome(tools, forge(tools, moderator, (0, False, no_final), (1, True, second)),
                   [moderator], Truncated, PayloadTampered)


def test_forged_non_last_segment_ending_early(two_segment_plaintext, moderator, tools):
    first, second = two_segment_plaintext
    early = first[:2]
    early[-1] = (early[-1][0], FINAL)
    rest = [(m, MESSAGE) for m, _ in first[2:]] + second
    assert_outcome(tools, forge(tools, moderator, (0, False, early), (1, True, rest)),
                   [moderator], TrailingData, PayloadTampered)
