"""Seal whole reports: header + payload + inner content (docs/FORMAT.md 4.11).

The recipe the editor calls. It streams (memory does not grow with the attachments) and never
imports the code that opens reports.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from crypto import primitives
from crypto.errors import InnerFormatError, SealError, SourceChanged
from crypto.header import HEADER_BYTES, SLOT_COUNT, build_header
from crypto.inner import (
    MAX_MANIFEST_BYTES,
    REPORT_ID_BYTES,
    Manifest,
    encode_prefix,
    parse_manifest,
)
from crypto.keys import PublicKey
from crypto.padding import PaddingProfile, padded_length
from crypto.stream import (
    CancelCheck,
    ProgressCallback,
    Readable,
    Writable,
    read_fully,
    seal_stream,
    sealed_payload_length,
)


class SystemEntropy:
    """Fresh randomness from the OS for everything that must be unique per report."""

    def take(self, size: int) -> bytes:
        """Random bytes."""
        return primitives.random_bytes(size)

    def seal_slot(self, file_key: bytes, recipient: PublicKey) -> bytes:
        """``crypto_box_seal`` with a fresh ephemeral key inside libsodium."""
        return primitives.seal_file_key(file_key, recipient.raw)

    def slot_order(self) -> list[int]:
        """A uniformly random permutation of the slots."""
        order = list(range(SLOT_COUNT))
        secrets.SystemRandom().shuffle(order)
        return order

    def stream_header(self, index: int) -> bytes | None:
        """None: libsodium draws the stream header itself."""
        return None


class DeterministicEntropyForVectors(SystemEntropy):
    """Reproducible randomness for the frozen test vectors only. Never used to seal real reports."""

    def __init__(self, seed: bytes) -> None:
        self._seed = seed
        self._counter = 0

    def take(self, size: int) -> bytes:
        """Deterministic bytes from SHA-256 over the seed and a counter."""
        out = b""
        while len(out) < size:
            self._counter += 1
            out += hashlib.sha256(self._seed + self._counter.to_bytes(8, "big")).digest()
        return out[:size]

    def seal_slot(self, file_key: bytes, recipient: PublicKey) -> bytes:
        """Same construction as crypto_box_seal, ephemeral key from the seed."""
        return primitives.seal_file_key_deterministic(file_key, recipient.raw, self.take(32))

    def slot_order(self) -> list[int]:
        """Deterministic Fisher-Yates shuffle."""
        order = list(range(SLOT_COUNT))
        for i in range(SLOT_COUNT - 1, 0, -1):
            j = self.take(1)[0] % (i + 1)
            order[i], order[j] = order[j], order[i]
        return order

    def stream_header(self, index: int) -> bytes | None:
        """A chosen 24-byte stream header."""
        return self.take(primitives.STREAM_HEADER_BYTES)


@dataclass(frozen=True)
class SealedReportInfo:
    """What sealing produced (the id stays inside the ciphertext; this copy is for the caller)."""

    report_id: bytes
    sealed_length: int


def sealed_report_length(manifest: Manifest, profile: PaddingProfile) -> int:
    """The exact size of the sealed file, known before sealing (for the review screen)."""
    return HEADER_BYTES + sealed_payload_length(padded_length(manifest.content_length(), profile))


AttachmentSource = Readable | Callable[[], Readable]


class _ComposedSource:
    """The plaintext as one readable: prefix, each attachment (exact size), zero padding.

    An attachment given as a zero-argument opener is opened when its turn comes and closed when
    it is done, so sealing 1,000 attachments holds one file open at a time.
    """

    def __init__(self, prefix: bytes, attachments: Sequence[tuple[AttachmentSource, int]],
                 padding: int) -> None:
        self._prefix = memoryview(prefix)
        self._pending = list(attachments)
        self._current: Readable | None = None
        self._left = 0
        self._padding = padding

    def _next_attachment(self) -> bool:
        self._close_current()
        if not self._pending:
            return False
        source, self._left = self._pending.pop(0)
        self._current = source if hasattr(source, "readinto") else source()
        return True

    def _close_current(self) -> None:
        current, self._current = self._current, None
        if current is not None:
            if read_fully(current, memoryview(bytearray(1))):
                raise SourceChanged("an attachment grew while it was being sealed")
            close = getattr(current, "close", None)
            if close is not None:
                close()

    def readinto(self, buffer: memoryview) -> int:
        if len(self._prefix):
            size = min(len(buffer), len(self._prefix))
            buffer[:size] = self._prefix[:size]
            self._prefix = self._prefix[size:]
            return size
        while self._left or self._next_attachment():
            if self._left == 0:
                continue
            assert self._current is not None
            got = self._current.readinto(buffer[:min(len(buffer), self._left)])
            if not got:
                raise SourceChanged("an attachment shrank while it was being sealed")
            self._left -= got
            return got
        size = min(len(buffer), self._padding)
        buffer[:size] = bytes(size)
        self._padding -= size
        return size

    def close(self) -> None:
        """Close whatever attachment is still open (after an error or cancel)."""
        current, self._current = self._current, None
        close = getattr(current, "close", None)
        if close is not None:
            close()


def _checked_manifest_bytes(manifest: Manifest) -> bytes:
    """The manifest bytes, refused if a reader would refuse them (never seal what can't open)."""
    try:
        data = manifest.to_bytes()
        parse_manifest(data)
    except UnicodeEncodeError as exc:
        raise SealError("a field contains text that cannot be encoded") from exc
    except InnerFormatError as exc:
        raise SealError(f"the report breaks a format limit: {exc}") from exc
    if len(data) > MAX_MANIFEST_BYTES:
        raise SealError("the report text is too long")
    return data


def seal_report(sink: Writable, recipients: Sequence[PublicKey], manifest: Manifest,
                attachments: Sequence[AttachmentSource], *,
                profile: PaddingProfile = PaddingProfile.STANDARD,
                progress: ProgressCallback | None = None,
                should_cancel: CancelCheck | None = None,
                entropy: SystemEntropy | None = None) -> SealedReportInfo:
    """Seal a report to ``recipients`` and write the sealed file to ``sink``.

    ``attachments`` are readable sources, or zero-argument openers of them, in manifest order,
    each exactly as long as declared; openers are opened one at a time and closed after use.
    Raises SealError (bad team size, a source that changed size) or Cancelled.
    """
    entropy = entropy or SystemEntropy()
    if len(attachments) != len(manifest.attachments):
        raise SealError("attachment sources do not match the manifest")
    if len(set(recipients)) != len(recipients):
        raise SealError("the same moderator key appears twice")
    file_key = entropy.take(primitives.KEY_BYTES)
    report_id = entropy.take(REPORT_ID_BYTES)
    dummies = [PublicKey(primitives.x25519_keypair(entropy.take(32))[0])
               for _ in range(SLOT_COUNT - len(recipients))]
    header = build_header(file_key, recipients, entropy.seal_slot, dummies, entropy.slot_order(),
                          entropy.take)
    prefix = encode_prefix(report_id, _checked_manifest_bytes(manifest))
    total = padded_length(manifest.content_length(), profile)
    source = _ComposedSource(prefix, [(src, a.size) for src, a in
                                      zip(attachments, manifest.attachments, strict=True)],
                             total - manifest.content_length())
    sink.write(memoryview(header.to_bytes()))
    whole_progress = (lambda done: progress(HEADER_BYTES + done)) if progress else None
    try:
        written = seal_stream(source, sink, file_key, header.mac, total,
                              progress=whole_progress, should_cancel=should_cancel,
                              choose_header=entropy.stream_header)
    finally:
        source.close()
    return SealedReportInfo(report_id, HEADER_BYTES + written)
