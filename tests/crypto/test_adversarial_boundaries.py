"""Boundary sizes (SECURITY.md test plan: Boundaries) and sources that change size while sealing.

C is the chunk size (64 KiB) and S the segment size (4 MiB). Report-level tests use attachment
sizes at the boundaries; stream-level tests put the plaintext length itself on each boundary
(the padding makes that impossible to aim at through seal_report).
"""

from __future__ import annotations

import io
import os
import random

import pytest

from crypto.errors import SealError, SealnoteCryptoError, SourceChanged
from crypto.inner import AttachmentEntry, Manifest
from crypto.keys import SecretKey
from crypto.padding import PaddingProfile
from crypto.seal import seal_report, sealed_report_length
from crypto.stream import (
    CHUNK_BYTES,
    SEGMENT_BYTES,
    SEGMENT_CT_BYTES,
    seal_stream,
    sealed_payload_length,
    segment_count,
)
from crypto.stream_reader import open_stream

C, S = CHUNK_BYTES, SEGMENT_BYTES
REPORT_SIZES = [0, 1, C - 1, C, C + 1, 2 * C, S - 1, S, S + 1]
STREAM_SIZES = [1, 2, 16, 17, C - 1, C, C + 1, 2 * C - 1, 2 * C, 2 * C + 1, S - C, S - 1, S,
                S + 1, S + C, 2 * S, 2 * S + 1]


def seal_errors(expected, call, *args, **kwargs) -> SealnoteCryptoError:
    with pytest.raises(SealnoteCryptoError) as info:
        call(*args, **kwargs)
    assert type(info.value) is expected, type(info.value)
    return info.value


@pytest.mark.parametrize("size", REPORT_SIZES)
def test_attachment_sizes_round_trip(size, moderator, tools):
    blob = random.Random(size).randbytes(size)
    manifest = tools.make_manifest({"title": f"size {size}"}, [("f.bin", blob)])
    data = tools.seal_bytes([moderator.public], manifest, [blob])
    assert len(data) == sealed_report_length(manifest, PaddingProfile.COMPACT)
    opened = tools.open_bytes(data, [moderator])
    assert opened.manifest == manifest
    assert opened.attachments == {0: blob}


def test_several_attachments_across_a_chunk_edge(moderator, tools):
    blobs = [b"\x01" * (C - 200), b"", b"\x02" * 400, b"\x03"]
    manifest = tools.make_manifest({"t": "x"}, [(f"{i}", b) for i, b in enumerate(blobs)])
    opened = tools.open_bytes(tools.seal_bytes([moderator.public], manifest, blobs), [moderator])
    assert opened.attachments == dict(enumerate(blobs))


@pytest.mark.parametrize("length", STREAM_SIZES)
def test_stream_lengths_round_trip(length):
    file_key, mac = os.urandom(32), os.urandom(32)
    plain = random.Random(length).randbytes(length)
    sink = io.BytesIO()
    written = seal_stream(io.BytesIO(plain), sink, file_key, mac, length)
    ct = sink.getvalue()
    assert written == len(ct) == sealed_payload_length(length)
    assert -(-len(ct) // SEGMENT_CT_BYTES) == segment_count(length)
    pieces = [bytes(view) for view in open_stream(io.BytesIO(ct), file_key, mac)]
    assert b"".join(pieces) == plain
    assert all(len(p) == S for p in pieces[:-1]) and 0 < len(pieces[-1]) <= S


def test_empty_stream_refused():
    seal_errors(SealError, seal_stream, io.BytesIO(b""), io.BytesIO(), os.urandom(32),
                os.urandom(32), 0)


def test_stream_source_shorter_than_declared():
    seal_errors(SourceChanged, seal_stream, io.BytesIO(b"x" * 100), io.BytesIO(),
                os.urandom(32), os.urandom(32), 101)
    seal_errors(SourceChanged, seal_stream, io.BytesIO(b"x" * (S + 5)), io.BytesIO(),
                os.urandom(32), os.urandom(32), S + 6)


@pytest.mark.parametrize("declared, actual", [(10, 9), (10, 11), (0, 1), (C, C + 1), (C, 0)])
def test_attachment_that_changes_size_while_sealing(declared, actual, moderator):
    manifest = Manifest(fields={"t": "x"},
                        attachments=(AttachmentEntry("f", declared, "t", "m"),))
    seal_errors(SourceChanged, seal_report, io.BytesIO(), [moderator.public], manifest,
                [io.BytesIO(b"a" * actual)], profile=PaddingProfile.COMPACT)


def test_attachment_sources_must_match_the_manifest(moderator, tools):
    manifest = tools.make_manifest({"t": "x"}, [("a", b"1")])
    seal_errors(SealError, seal_report, io.BytesIO(), [moderator.public], manifest, [])
    seal_errors(SealError, seal_report, io.BytesIO(), [moderator.public], manifest,
                [io.BytesIO(b"1"), io.BytesIO(b"2")])


def test_bad_team_sizes_refused(moderator, tools):
    manifest = tools.make_manifest()
    nine = [SecretKey.generate().public for _ in range(9)]
    for recipients in ([], nine, [moderator.public, moderator.public]):
        seal_errors(SealError, seal_report, io.BytesIO(), recipients, manifest, [])
    eight = [moderator.public, *nine[:7]]
    opened = tools.open_bytes(tools.seal_bytes(eight, manifest), [moderator])
    assert opened.manifest == manifest


@pytest.mark.parametrize("change", ["too_many_attachments", "long_field", "surrogate",
                                    "long_name", "long_sealed_on", "too_many_fields"])
def test_sealing_refuses_what_no_reader_could_open(change, moderator):
    """The sealer must not produce a report the moderators' parser would refuse."""
    entries: tuple[AttachmentEntry, ...] = ()
    fields = {"t": "x"}
    extra = {}
    if change == "too_many_attachments":
        entries = tuple(AttachmentEntry(str(i), 0, "t", "m") for i in range(1001))
    elif change == "long_field":
        fields = {"body": "x" * 1_000_001}
    elif change == "surrogate":
        fields = {"body": "\ud800"}
    elif change == "long_name":
        entries = (AttachmentEntry("n" * 65_537, 0, "t", "m"),)
    elif change == "long_sealed_on":
        extra = {"sealed_on": "2024-01-01T00:00:00.000000+00:00x"}
    else:
        fields = {f"k{i}": "v" for i in range(65)}
    manifest = Manifest(fields=fields, attachments=entries, **extra)
    seal_errors(SealError, seal_report, io.BytesIO(), [moderator.public], manifest,
                [io.BytesIO() for _ in entries], profile=PaddingProfile.COMPACT)
