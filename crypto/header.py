"""The outer header of a sealed report: version, flags, recipient slots, header MAC.

Layout (docs/FORMAT.md, "Header"): ``version (1) | flags (1) | 8 slots x 80 | MAC (32)`` = 674
bytes. The MAC is HMAC-SHA-256 over the 642 bytes before it, keyed from the file key, so every
recipient is committed to the same file key.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from crypto import primitives
from crypto.errors import NotASealedReport, SealError, Truncated
from crypto.keys import PublicKey

VERSION = 0x01
FLAGS = 0x00
SLOT_COUNT = 8
SLOT_BYTES = primitives.SEALED_KEY_BYTES
MAC_BYTES = 32
PREFIX_BYTES = 2 + SLOT_COUNT * SLOT_BYTES
HEADER_BYTES = PREFIX_BYTES + MAC_BYTES
MAX_RECIPIENTS = SLOT_COUNT

_MAC_INFO = b"sealnote v1 header mac"
_SEGMENT_INFO = b"sealnote v1 segment"


@dataclass(frozen=True)
class Header:
    """A parsed (not yet authenticated) header."""

    slots: tuple[bytes, ...]
    mac: bytes

    def prefix(self) -> bytes:
        """The bytes the MAC covers."""
        return bytes([VERSION, FLAGS]) + b"".join(self.slots)

    def to_bytes(self) -> bytes:
        """The 674 header bytes."""
        return self.prefix() + self.mac


def mac_key(file_key: bytes) -> bytes:
    """The header MAC key derived from the file key."""
    return primitives.hkdf_sha256(file_key, _MAC_INFO)


def segment_key(file_key: bytes, index: int, last: bool) -> bytes:
    """The key of payload segment ``index``; the last segment's key differs (truncation)."""
    info = _SEGMENT_INFO + index.to_bytes(8, "big") + (b"\x01" if last else b"\x00")
    return primitives.hkdf_sha256(file_key, info)


SlotSealer = Callable[[bytes, PublicKey], bytes]


def build_header(file_key: bytes, recipients: Sequence[PublicKey],
                 seal_slot: SlotSealer, dummy_recipients: Sequence[PublicKey],
                 order: Sequence[int],
                 take: Callable[[int], bytes] = primitives.random_bytes) -> Header:
    """Wrap ``file_key`` for each recipient, fill the other slots, permute, and MAC.

    ``dummy_recipients`` are throwaway keys for the unused slots (their secret halves are never
    kept), each sealed a random 32-byte value drawn from ``take``; ``order`` is a permutation of
    range(SLOT_COUNT). Raises SealError on a bad team size.
    """
    if not 1 <= len(recipients) <= MAX_RECIPIENTS:
        raise SealError(f"a team card must have 1 to {MAX_RECIPIENTS} moderator keys")
    if len(recipients) + len(dummy_recipients) != SLOT_COUNT:
        raise SealError("slot count mismatch")
    slots = [seal_slot(file_key, pk) for pk in recipients]
    slots += [seal_slot(take(primitives.KEY_BYTES), pk) for pk in dummy_recipients]
    permuted = tuple(slots[i] for i in order)
    unsigned = Header(permuted, b"")
    return Header(permuted, primitives.hmac_sha256(mac_key(file_key), unsigned.prefix()))


def parse_header(data: bytes) -> Header:
    """Parse the 674 header bytes strictly; raises NotASealedReport or Truncated."""
    if len(data) == 0:
        raise NotASealedReport("empty file")
    if data[0] != VERSION:
        raise NotASealedReport("unknown version")
    if len(data) >= 2 and data[1] != FLAGS:
        raise NotASealedReport("unknown flags")
    if len(data) < HEADER_BYTES:
        raise Truncated("header cut short")
    slots = tuple(bytes(data[2 + i * SLOT_BYTES: 2 + (i + 1) * SLOT_BYTES])
                  for i in range(SLOT_COUNT))
    return Header(slots, bytes(data[PREFIX_BYTES:HEADER_BYTES]))
