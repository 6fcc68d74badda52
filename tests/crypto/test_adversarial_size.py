"""Size leaks (SECURITY.md test plan: Size): short and long text reports look the same, and every
sealed size is a bucket size."""

from __future__ import annotations

from crypto.header import HEADER_BYTES
from crypto.inner import AttachmentEntry, Manifest
from crypto.keys import SecretKey
from crypto.padding import COMPACT_FLOOR, STANDARD_FLOOR, PaddingProfile, padme
from crypto.seal import sealed_report_length
from crypto.stream import (
    CHUNK_BYTES,
    CHUNK_CT_BYTES,
    SEGMENT_BYTES,
    SEGMENT_CT_BYTES,
    sealed_payload_length,
)

STREAM_HEADER = SEGMENT_CT_BYTES - 64 * CHUNK_CT_BYTES
ABYTES = CHUNK_CT_BYTES - CHUNK_BYTES


def plaintext_length_of(file_length: int) -> int:
    """Recover the padded plaintext length from a sealed file's length (the inverse of
    sealed_report_length), as an observer on the channel can."""
    payload = file_length - HEADER_BYTES
    full, rest = divmod(payload, SEGMENT_CT_BYTES)
    if rest == 0:
        full, rest = full - 1, SEGMENT_CT_BYTES
    body = rest - STREAM_HEADER
    chunks = -(-body // CHUNK_CT_BYTES)
    plain = full * SEGMENT_BYTES + body - ABYTES * chunks
    assert HEADER_BYTES + sealed_payload_length(plain) == file_length
    return plain


def is_bucket(plain: int, profile: PaddingProfile) -> bool:
    return plain >= profile.value and padme(plain) == plain


def test_one_byte_and_900_kb_text_reports_have_the_same_size(moderator, tools):
    tiny = tools.make_manifest({"title": "", "body": "x"})
    large = tools.make_manifest({"title": "t" * 200, "body": "\u00e9" * 450_000})
    assert len(large.to_bytes()) > 900_000
    mixed = tools.make_manifest({"body": "y"}, [("photo.jpg", b"\xff" * 50_000)])
    sizes = {
        "tiny": len(tools.seal_bytes([moderator.public], tiny, profile=PaddingProfile.STANDARD)),
        "large": len(tools.seal_bytes([moderator.public], large,
                                      profile=PaddingProfile.STANDARD)),
        "attachment": len(tools.seal_bytes([moderator.public], mixed, [b"\xff" * 50_000],
                                           profile=PaddingProfile.STANDARD)),
    }
    assert len(set(sizes.values())) == 1, sizes
    assert plaintext_length_of(sizes["tiny"]) == STANDARD_FLOOR


def test_team_size_does_not_change_the_file_size(moderator, tools):
    team = [moderator.public] + [SecretKey.generate().public for _ in range(7)]
    sizes = {len(tools.seal_bytes(team[:n])) for n in range(1, 9)}
    assert len(sizes) == 1


def _manifest_of_content(n: int) -> Manifest:
    return Manifest(fields={}, attachments=(AttachmentEntry("a", n, "t", "m"),))


def test_sizes_only_fall_on_buckets_over_many_lengths():
    lengths = sorted({int(1.013 ** k) for k in range(0, 1500)} | {0, 1, 2})
    assert max(lengths) > 200 << 20
    sizes: dict[PaddingProfile, set[int]] = {p: set() for p in PaddingProfile}
    for n in lengths:
        manifest = _manifest_of_content(n)
        for profile in PaddingProfile:
            size = sealed_report_length(manifest, profile)
            plain = plaintext_length_of(size)
            assert is_bucket(plain, profile), (n, profile, plain)
            assert plain >= manifest.content_length()
            assert plain <= max(profile.value, manifest.content_length() * 1.12)
            sizes[profile].add(size)
    # everything up to the standard floor has one size; beyond it O(log log n) bits leak
    small = [n for n in lengths if _manifest_of_content(n).content_length() <= STANDARD_FLOOR]
    assert len({sealed_report_length(_manifest_of_content(n), PaddingProfile.STANDARD)
                for n in small}) == 1
    assert len(sizes[PaddingProfile.STANDARD]) < len(lengths) / 3
    assert min(plaintext_length_of(s) for s in sizes[PaddingProfile.COMPACT]) == COMPACT_FLOOR


def test_actual_files_match_the_predicted_bucket(moderator, tools):
    for n in (0, 1, 900, 1024, 5000, 70_000, 300_001):
        blob = b"\x5a" * n
        manifest = tools.make_manifest({"t": "x"}, [("f", blob)])
        for profile in PaddingProfile:
            data = tools.seal_bytes([moderator.public], manifest, [blob], profile=profile)
            assert len(data) == sealed_report_length(manifest, profile)
            assert is_bucket(plaintext_length_of(len(data)), profile)
