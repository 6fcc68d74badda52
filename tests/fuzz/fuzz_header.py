"""Fuzz target: the outer header (docs/FORMAT.md 4.2-4.3).

Arbitrary bytes go to ``parse_header``, ``read_header``, ``inspect_report`` and, when the header
parses, ``unlock_header`` with a fixed moderator key (the frozen vectors' key of
``ok-text-compact``, after a wrong key, so key order is exercised too).

Oracles, besides "only declared errors": the outcome of parsing is exactly the one FORMAT.md 4.3
steps 1-4 prescribe; the outcome of unlocking is exactly the one steps 5-6 prescribe (first slot
that opens with any key decides; its MAC is compared; no further slot is tried).

Run: ``python tests/fuzz/fuzz_header.py [libFuzzer options] [corpus dirs]``.
"""

from __future__ import annotations

import io
import sys

from _fuzzlib import fuzz_main, instrumented, outcome, vector

with instrumented():
    from crypto import primitives
    from crypto.errors import HeaderTampered, NoMatchingKey, NotASealedReport, Truncated
    from crypto.header import HEADER_BYTES, PREFIX_BYTES, mac_key, parse_header
    from crypto.keys import SecretKey
    from crypto.sealed_report import inspect_report, read_header, unlock_header

KEY = SecretKey.decode(vector("ok-text-compact")["keys"][0])
OTHER = SecretKey.generate(b"\x07" * 32)
KEYS = (OTHER, KEY)
PARSE_ERRORS = (NotASealedReport, Truncated)


def expected_parse(data: bytes) -> str:
    """FORMAT.md 4.3 steps 1-4."""
    if not data or data[0] != 0x01 or (len(data) >= 2 and data[1] != 0x00):
        return "NotASealedReport"
    if len(data) < HEADER_BYTES:
        return "Truncated"
    return "ok"


def expected_unlock(data: bytes) -> str:
    """FORMAT.md 4.3 steps 5-6, written from the text."""
    prefix, mac = data[:PREFIX_BYTES], data[PREFIX_BYTES:HEADER_BYTES]
    for s in range(8):
        slot = data[2 + 80 * s:2 + 80 * (s + 1)]
        for key in KEYS:
            try:
                file_key = primitives.open_file_key(slot, key.public.raw, key.raw)
            except primitives.PrimitiveFailure:
                continue
            good = primitives.hmac_sha256(mac_key(file_key), prefix) == mac
            return "ok" if good else "HeaderTampered"
    return "NoMatchingKey"


def header_one(data: bytes) -> None:
    got, header = outcome(lambda: parse_header(data), PARSE_ERRORS)
    assert got == expected_parse(data), (got, expected_parse(data))
    streamed, _ = outcome(lambda: read_header(io.BytesIO(data)), PARSE_ERRORS)
    assert streamed == got, (streamed, got)
    outline_result, outline = outcome(lambda: inspect_report(io.BytesIO(data)), PARSE_ERRORS)
    if got != "ok":
        assert outline_result == got, (outline_result, got)
        return
    assert header.to_bytes() == data[:HEADER_BYTES]
    if len(data) == HEADER_BYTES:
        assert outline_result == "NotASealedReport", outline_result
    else:
        assert outline_result == "ok" and outline.file_length == len(data), outline_result
        assert outline.payload_length == len(data) - HEADER_BYTES
    unlocked, file_key = outcome(lambda: unlock_header(header, KEYS),
                                 (NoMatchingKey, HeaderTampered))
    assert unlocked == expected_unlock(data), (unlocked, expected_unlock(data))
    if unlocked == "ok":
        assert len(file_key) == 32
        assert primitives.hmac_sha256(mac_key(file_key), header.prefix()) == header.mac


ENTRY_POINTS = {"header": header_one}
MODES = {"--header": "header"}

if __name__ == "__main__":
    fuzz_main(ENTRY_POINTS, MODES)
    sys.exit(0)
