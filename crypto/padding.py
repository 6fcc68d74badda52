"""Size buckets: the plaintext inside a sealed report is zero-padded to a bucket.

Rule (docs/FORMAT.md, "Padding"): for content of ``n`` bytes the padded length is
``max(floor, padme(n))``. The standard floor is 1 MiB, so every text-only report (up to ~1 MiB of
text) and every report with small attachments has the same size. The compact floor (1 KiB) exists
only for the QR export of a short text-only report, which the person chooses explicitly and which
reveals that the report is short. Padmé (Nikitin et al., PETS 2019) leaks O(log log n) bits above
the floor with at most 12% overhead.
"""

from __future__ import annotations

import enum

STANDARD_FLOOR = 1 << 20
COMPACT_FLOOR = 1 << 10


class PaddingProfile(enum.Enum):
    """Which floor to pad to."""

    STANDARD = STANDARD_FLOOR
    COMPACT = COMPACT_FLOOR


def padme(length: int) -> int:
    """The Padmé bucket of ``length`` (lengths below 2 are returned unchanged)."""
    if length < 2:
        return length
    exponent = length.bit_length() - 1
    significant = exponent.bit_length()
    low_bits = exponent - significant
    mask = (1 << low_bits) - 1
    return (length + mask) & ~mask


def padded_length(content_length: int, profile: PaddingProfile) -> int:
    """The total plaintext length for ``content_length`` bytes of content."""
    return max(profile.value, padme(content_length))


def is_bucket_length(content_length: int, total_length: int) -> bool:
    """True if ``total_length`` is what one of the profiles gives for ``content_length``."""
    return any(padded_length(content_length, p) == total_length for p in PaddingProfile)
