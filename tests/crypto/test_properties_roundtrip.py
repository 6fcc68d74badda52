"""Hypothesis: arbitrary reports round-trip; the inner parser does not care how the plaintext is
split; sealed sizes are always bucket sizes."""

from __future__ import annotations

import io
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from crypto.header import HEADER_BYTES
from crypto.inner import KINDS, AttachmentEntry, Manifest
from crypto.inner_reader import InnerParser
from crypto.keys import SecretKey
from crypto.padding import PaddingProfile, padme
from crypto.seal import seal_report, sealed_report_length
from crypto.stream import CHUNK_BYTES, CHUNK_CT_BYTES, SEGMENT_BYTES, SEGMENT_CT_BYTES

KEYS = [SecretKey.generate(bytes([0x60 + i]) * 32) for i in range(8)]

short_text = st.text(max_size=40)
attachments = st.lists(
    st.tuples(st.text(max_size=120), st.integers(0, 200_000), st.integers(0, 2**32),
              short_text, short_text),
    max_size=3)
manifests = st.builds(
    lambda fields, kind, demo, sealed_on, reply_key, in_reply_to: dict(
        fields=fields, kind=kind, demo=demo, sealed_on=sealed_on, reply_key=reply_key,
        in_reply_to=in_reply_to),
    st.dictionaries(st.text(max_size=64), st.text(max_size=3000), max_size=10),
    st.sampled_from(KINDS), st.booleans(), st.text(max_size=32),
    st.none() | st.text(max_size=200), st.none() | st.text(max_size=200))


def build(spec: dict, files: list) -> tuple[Manifest, list[bytes]]:
    blobs = [random.Random(seed).randbytes(size) for _, size, seed, _, _ in files]
    entries = tuple(AttachmentEntry(name, size, media, meta)
                    for name, size, _, media, meta in files)
    return Manifest(attachments=entries, **spec), blobs


@settings(max_examples=60, deadline=None)
@given(spec=manifests, files=attachments, profile=st.sampled_from(PaddingProfile),
       team_size=st.integers(1, 8), data=st.data())
def test_arbitrary_reports_round_trip(spec, files, profile, team_size, data, tools):
    manifest, blobs = build(spec, files)
    team = KEYS[:team_size]
    sink = io.BytesIO()
    info = seal_report(sink, [k.public for k in team], manifest,
                       [io.BytesIO(b) for b in blobs], profile=profile)
    sealed = sink.getvalue()
    assert len(sealed) == info.sealed_length == sealed_report_length(manifest, profile)
    reader = data.draw(st.sampled_from(team))
    opened = tools.open_bytes(sealed, [reader])
    assert opened.manifest == manifest
    assert opened.manifest.to_bytes() == manifest.to_bytes()
    assert opened.content.report_id == info.report_id
    assert opened.attachments == dict(enumerate(blobs))
    assert [opened.entries[i] for i in range(len(blobs))] == list(manifest.attachments)
    outsiders = [k for k in KEYS if k not in team] + [SecretKey.generate()]
    assert tools.open_outcome(sealed, outsiders[:2]).__name__ == "NoMatchingKey"


class _Sinks:
    def __init__(self) -> None:
        self.files: dict[int, bytearray] = {}

    def __call__(self, index: int, entry: AttachmentEntry) -> _Sinks:
        self.files[index] = bytearray()
        self.current = index
        return self

    def write(self, data: memoryview) -> int:
        self.files[self.current] += data
        return len(data)


@settings(max_examples=150, deadline=None)
@given(spec=manifests,
       files=st.lists(st.tuples(st.text(max_size=20), st.integers(0, 3000),
                                st.integers(0, 2**32), short_text, short_text), max_size=4),
       profile=st.sampled_from(PaddingProfile),
       cuts=st.lists(st.integers(1, 5000), max_size=30))
def test_inner_parser_split_invariance(spec, files, profile, cuts, tools):
    manifest, blobs = build(spec, files)
    plain = tools.inner_plaintext(manifest, blobs, profile)
    points = sorted({c % (len(plain) + 1) for c in cuts} | {0, len(plain)})
    sinks = _Sinks()
    parser = InnerParser(sinks)
    for start, stop in zip(points, points[1:], strict=False):
        parser.feed(memoryview(plain)[start:stop])
    content = parser.finish()
    assert content.manifest == manifest
    assert content.total_length == len(plain)
    assert {i: bytes(b) for i, b in sinks.files.items()} == dict(enumerate(blobs))


def _plaintext_of(file_length: int) -> int:
    full, rest = divmod(file_length - HEADER_BYTES, SEGMENT_CT_BYTES)
    if rest == 0:
        full, rest = full - 1, SEGMENT_CT_BYTES
    body = rest - (SEGMENT_CT_BYTES - 64 * CHUNK_CT_BYTES)
    return full * SEGMENT_BYTES + body - (CHUNK_CT_BYTES - CHUNK_BYTES) * -(-body
                                                                           // CHUNK_CT_BYTES)


@settings(max_examples=200, deadline=None)
@given(size=st.integers(0, 1 << 34), body=st.text(max_size=200),
       profile=st.sampled_from(PaddingProfile))
def test_sealed_sizes_are_bucket_sizes(size, body, profile):
    manifest = Manifest(fields={"body": body},
                        attachments=(AttachmentEntry("f", size, "t", "m"),))
    plain = _plaintext_of(sealed_report_length(manifest, profile))
    assert plain >= max(profile.value, manifest.content_length())
    assert padme(plain) == plain
