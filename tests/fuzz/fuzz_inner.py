"""Fuzz target: the inner content (docs/FORMAT.md 4.6-4.7): ``parse_manifest`` and InnerParser.

Input layout: byte 0 = number of split points (low 3 bits) and whether to zero-pad the content
to its COMPACT bucket (bit 3, so that valid content of any length is reachable); then two bytes
per split point; the rest is the plaintext. The plaintext is fed to one InnerParser whole and to
another in pieces cut at the chosen points; ``parse_manifest`` also gets the rest (bit 4 clear)
or the manifest bytes the prefix declares (bit 4 set).

Oracles, besides "only InnerFormatError": the outcome does not depend on where the plaintext was
split (same error class, or the same content and attachment bytes); an accepted content has a
manifest that re-encodes canonically to a manifest that parses to the same value, attachment
bytes exactly as long as declared and in order, zero padding, and a total of a bucket length.
"""

from __future__ import annotations

import sys

from _fuzzlib import ByteReader, Sinks, fuzz_main, instrumented, outcome

with instrumented():
    from crypto.errors import InnerFormatError
    from crypto.inner import PREFIX_BYTES, parse_manifest
    from crypto.inner_reader import InnerParser
    from crypto.padding import PaddingProfile, is_bucket_length, padded_length


def _parse(pieces: list[bytes]) -> tuple[str, object]:
    sinks = Sinks()

    def run() -> tuple[object, list[bytes]]:
        parser = InnerParser(sinks)
        for piece in pieces:
            parser.feed(memoryview(piece))
        return parser.finish(), sinks.contents()

    return outcome(run, (InnerFormatError,))


def _check_manifest(data: bytes) -> None:
    got, manifest = outcome(lambda: parse_manifest(data), (InnerFormatError,))
    if got == "ok":
        again = parse_manifest(manifest.to_bytes())
        assert again == manifest, "canonical re-encoding parses to another manifest"
        assert again.to_bytes() == manifest.to_bytes()


def inner_one(data: bytes) -> None:
    r = ByteReader(data)
    first = r.u8()
    cuts = sorted(r.u16() for _ in range(first & 7))
    plaintext = r.rest()
    declared = int.from_bytes(plaintext[17:21], "big")
    _check_manifest(plaintext[PREFIX_BYTES:PREFIX_BYTES + declared] if first & 16 else plaintext)
    if first & 8:
        plaintext += bytes(padded_length(len(plaintext), PaddingProfile.COMPACT) - len(plaintext))
    whole = _parse([plaintext])
    bounds = [0, *(min(c, len(plaintext)) for c in cuts), len(plaintext)]
    pieces = [plaintext[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    split = _parse(pieces)
    assert whole[0] == split[0], (whole[0], split[0])
    if whole[0] != "ok":
        return
    (content, attachments), (content2, attachments2) = whole[1], split[1]  # type: ignore[misc]
    assert attachments == attachments2
    assert content.report_id == content2.report_id and content.manifest == content2.manifest
    assert content.total_length == content2.total_length == len(plaintext)
    manifest = content.manifest
    size = int.from_bytes(plaintext[17:21], "big")
    assert plaintext[0] == 1 and content.report_id == plaintext[1:17]
    assert parse_manifest(plaintext[PREFIX_BYTES:PREFIX_BYTES + size]) == manifest
    assert [len(a) for a in attachments] == [a.size for a in manifest.attachments]
    at = PREFIX_BYTES + size
    for blob in attachments:
        assert plaintext[at:at + len(blob)] == blob
        at += len(blob)
    assert not any(plaintext[at:]), "non-zero padding accepted"
    assert is_bucket_length(at, len(plaintext))


ENTRY_POINTS = {"inner": inner_one}
MODES = {"--inner": "inner"}

if __name__ == "__main__":
    fuzz_main(ENTRY_POINTS, MODES)
    sys.exit(0)
