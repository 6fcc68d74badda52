"""Shared fixtures for the crypto-level adversarial and property tests.

Everything here uses the public API of :mod:`crypto`. The forging helpers build files with the
right key (a valid header for the moderator, payload segments pushed chunk by chunk) so tests can
check that the *reader* enforces the format rules, not just that libsodium rejects garbage.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest

from crypto import primitives
from crypto.errors import OpenError
from crypto.header import HEADER_BYTES, SLOT_COUNT, Header, build_header, segment_key
from crypto.inner import AttachmentEntry, Manifest, encode_prefix
from crypto.inner_reader import InnerContent
from crypto.keys import PublicKey, SecretKey
from crypto.padding import PaddingProfile, padded_length
from crypto.seal import SystemEntropy, seal_report
from crypto.sealed_report import open_report
from crypto.stream import CHUNK_BYTES, seal_stream


@dataclass
class Opened:
    """A report opened in memory: the verified inner content and every attachment's bytes."""

    content: InnerContent
    attachments: dict[int, bytes] = field(default_factory=dict)
    entries: dict[int, AttachmentEntry] = field(default_factory=dict)

    @property
    def manifest(self) -> Manifest:
        return self.content.manifest


class _Collector:
    def __init__(self) -> None:
        self.buffer = bytearray()

    def write(self, data: memoryview) -> int:
        self.buffer += data
        return len(data)


def open_bytes(data: bytes, keys: Sequence[SecretKey]) -> Opened:
    """open_report on in-memory bytes, collecting attachments by index."""
    sinks: dict[int, _Collector] = {}
    entries: dict[int, AttachmentEntry] = {}

    def open_sink(index: int, entry: AttachmentEntry) -> _Collector:
        assert index not in sinks, "a sink was opened twice for the same attachment"
        sinks[index] = _Collector()
        entries[index] = entry
        return sinks[index]

    content = open_report(io.BytesIO(data), keys, open_sink)
    return Opened(content, {i: bytes(s.buffer) for i, s in sinks.items()}, entries)


def open_outcome(data: bytes, keys: Sequence[SecretKey]) -> type[OpenError] | Opened:
    """The OpenError class raised, or the opened report. Any other exception propagates."""
    try:
        return open_bytes(data, keys)
    except OpenError as exc:
        return type(exc)


def make_manifest(fields: dict[str, str] | None = None,
                  attachments: Sequence[tuple[str, bytes]] = (), **extra: object) -> Manifest:
    """A manifest for the given attachments (name, bytes)."""
    entries = tuple(AttachmentEntry(name, len(blob), "application/octet-stream", "none")
                    for name, blob in attachments)
    return Manifest(fields=fields if fields is not None else {"title": "t", "body": "b"},
                    attachments=entries, **extra)  # type: ignore[arg-type]


def seal_bytes(recipients: Sequence[PublicKey], manifest: Manifest | None = None,
               blobs: Sequence[bytes] = (),
               profile: PaddingProfile = PaddingProfile.COMPACT) -> bytes:
    """seal_report into memory."""
    manifest = manifest if manifest is not None else make_manifest()
    sink = io.BytesIO()
    info = seal_report(sink, recipients, manifest, [io.BytesIO(b) for b in blobs],
                       profile=profile)
    data = sink.getvalue()
    assert info.sealed_length == len(data)
    return data


def inner_plaintext(manifest: Manifest, blobs: Sequence[bytes],
                    profile: PaddingProfile = PaddingProfile.COMPACT,
                    report_id: bytes = b"\x42" * 16) -> bytes:
    """The exact plaintext seal_report would put in the stream (prefix, files, padding)."""
    content = encode_prefix(report_id, manifest.to_bytes()) + b"".join(blobs)
    return content + bytes(padded_length(len(content), profile) - len(content))


def forged_header(file_key: bytes, recipients: Sequence[PublicKey]) -> Header:
    """A genuine header for ``file_key`` (dummy slots filled), as a sender would make it."""
    entropy = SystemEntropy()
    dummies = [PublicKey(primitives.x25519_keypair()[0])
               for _ in range(SLOT_COUNT - len(recipients))]
    return build_header(file_key, recipients, entropy.seal_slot, dummies, entropy.slot_order())


def seal_plaintext(recipients: Sequence[PublicKey], plaintext: bytes,
                   file_key: bytes | None = None) -> bytes:
    """A sealed file whose stream carries exactly ``plaintext`` (any inner content at all)."""
    file_key = file_key or primitives.random_bytes(32)
    header = forged_header(file_key, recipients)
    sink = io.BytesIO()
    sink.write(header.to_bytes())
    seal_stream(io.BytesIO(plaintext), sink, file_key, header.mac, len(plaintext))
    return sink.getvalue()


Chunk = tuple[bytes, int]


def forge_segment(file_key: bytes, mac: bytes, index: int, last: bool,
                  chunks: Sequence[Chunk]) -> bytes:
    """One segment pushed chunk by chunk with any tags, under segment_key(index, last)."""
    pusher = primitives.StreamPusher(segment_key(file_key, index, last))
    out = bytearray(pusher.header)
    for message, tag in chunks:
        buffer = bytearray(len(message) + primitives.STREAM_ABYTES)
        pusher.push_into(memoryview(buffer), memoryview(message), mac, tag)
        out += buffer
    return bytes(out)


def chunks_of(plaintext: bytes, final: bool = True) -> list[Chunk]:
    """Cut plaintext the way the sealer does (full MESSAGE chunks, FINAL last)."""
    pieces = [plaintext[i:i + CHUNK_BYTES] for i in range(0, len(plaintext), CHUNK_BYTES)]
    tags = [primitives.TAG_MESSAGE] * len(pieces)
    if final:
        tags[-1] = primitives.TAG_FINAL
    return list(zip(pieces, tags, strict=True))


@dataclass(frozen=True)
class ForgedSegment:
    """What to push for one segment: which key (index, last flag) and which chunks."""

    index: int
    last: bool
    chunks: Sequence[Chunk]


def forge_file(recipients: Sequence[PublicKey], segments: Sequence[ForgedSegment],
               file_key: bytes | None = None) -> bytes:
    """A whole file made with the right key: a valid header, then the given segments."""
    file_key = file_key or primitives.random_bytes(32)
    header = forged_header(file_key, recipients)
    body = b"".join(forge_segment(file_key, header.mac, s.index, s.last, s.chunks)
                    for s in segments)
    return header.to_bytes() + body


def moderator_slot(data: bytes, key: SecretKey) -> int:
    """Index of the slot that opens with ``key`` (exactly one must)."""
    found = []
    for i in range(SLOT_COUNT):
        slot = data[2 + i * 80: 2 + (i + 1) * 80]
        try:
            primitives.open_file_key(slot, key.public.raw, key.raw)
        except primitives.PrimitiveFailure:
            continue
        found.append(i)
    assert len(found) == 1, found
    return found[0]


# --- fixtures ------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def moderator() -> SecretKey:
    """The moderator whose key opens the test reports."""
    return SecretKey.generate(bytes(range(32)))


@pytest.fixture(scope="session")
def second_moderator() -> SecretKey:
    """A second moderator of the same team."""
    return SecretKey.generate(bytes(range(1, 33)))


@pytest.fixture(scope="session")
def outsider() -> SecretKey:
    """A key of another team."""
    return SecretKey.generate(bytes(range(2, 34)))


@pytest.fixture(scope="session")
def small_manifest() -> Manifest:
    return make_manifest({"title": "Flooded archive", "body": "Details"})


@pytest.fixture(scope="session")
def sealed_small(moderator: SecretKey, small_manifest: Manifest) -> bytes:
    """A one-chunk report (COMPACT profile) sealed to the moderator alone."""
    return seal_bytes([moderator.public], small_manifest)


@pytest.fixture(scope="session")
def tools() -> type[ReportTools]:
    """The module-level helpers, for tests (and Hypothesis tests) that need them."""
    return ReportTools


class ReportTools:
    """Namespace exposing this conftest's helpers to the test modules."""

    open_bytes = staticmethod(open_bytes)
    open_outcome = staticmethod(open_outcome)
    make_manifest = staticmethod(make_manifest)
    seal_bytes = staticmethod(seal_bytes)
    inner_plaintext = staticmethod(inner_plaintext)
    forged_header = staticmethod(forged_header)
    seal_plaintext = staticmethod(seal_plaintext)
    forge_segment = staticmethod(forge_segment)
    forge_file = staticmethod(forge_file)
    chunks_of = staticmethod(chunks_of)
    moderator_slot = staticmethod(moderator_slot)
    ForgedSegment = ForgedSegment
    HEADER_BYTES = HEADER_BYTES
