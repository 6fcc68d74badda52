"""Fuzz target: armored text and numbered parts (docs/FORMAT.md sections 8-9).

Byte 0 selects how the rest is used:

* 0 mod 3 -- pasted text: if the rest is UTF-8 (the app refuses other bytes first), it goes to
  ``dearmor``, ``join_parts`` (whole, and cut in two at a point chosen by byte 1, in both
  orders), ``looks_like_parts`` and the app's ``load_sealed_bytes_from_text``;
* 1 mod 3 -- round trip: the rest is a sealed file's bytes; ``armor`` then ``dearmor`` must give
  them back, and so must ``split_into_parts`` (part size from byte 1) then ``join_parts`` with
  the parts in reverse order and with the first part given twice;
* 2 mod 3 -- damaged parts: the rest is cut into parts of 400 characters, then byte 1 picks a
  part to drop or a character of one part to overwrite with byte 2.

Oracles, besides "only ArmorError and MissingParts": round trips are exact; the order of the
texts given to ``join_parts`` does not change the outcome; whatever ``join_parts`` accepts has
the set id its parts carry; MissingParts names exactly the dropped part.
"""

from __future__ import annotations

import sys

from _fuzzlib import ByteReader, fuzz_main, instrumented, outcome

with instrumented():
    from app.opening import load_sealed_bytes_from_text
    from crypto.armor import (
        MIN_PART_CHARS,
        armor,
        dearmor,
        join_parts,
        looks_like_parts,
        parts_set_id,
        split_into_parts,
    )
    from crypto.errors import ArmorError

ERRORS = (ArmorError,)


def _text(rest: bytes, cut_byte: int) -> None:
    try:
        text = rest.decode("utf-8")
    except UnicodeDecodeError:
        return
    got, data = outcome(lambda: dearmor(text), ERRORS)
    if got == "ok":
        assert data and dearmor(armor(data)) == data
    whole, joined = outcome(lambda: join_parts([text]), ERRORS)
    if whole == "ok":
        assert joined and looks_like_parts(text)
    cut = cut_byte * len(text) // 255
    a, b = text[:cut], text[cut:]
    forward, forward_data = outcome(lambda: join_parts([a, b]), ERRORS)
    backward, backward_data = outcome(lambda: join_parts([b, a]), ERRORS)
    assert forward == backward and forward_data == backward_data, (forward, backward)
    loaded, loaded_data = outcome(lambda: load_sealed_bytes_from_text(text), ERRORS)
    expected = (whole, joined) if looks_like_parts(text) else (got, data)
    assert (loaded, loaded_data) == expected, (loaded, expected)


def _round_trip(data: bytes, size_byte: int) -> None:
    if not data:
        return
    assert dearmor(armor(data)) == data
    max_chars = MIN_PART_CHARS + size_byte * 8
    got, parts = outcome(lambda: split_into_parts(data, max_chars), ERRORS)
    assert got == "ok", got
    assert all(len(p) <= max_chars for p in parts), "a part is longer than asked for"
    assert join_parts(list(reversed(parts))) == data
    assert join_parts([parts[0], *parts]) == data
    assert join_parts(["".join(parts)]) == data


def _damaged(data: bytes, which: int, byte: int) -> None:
    if not data:
        return
    parts = split_into_parts(data, MIN_PART_CHARS)
    index = which % len(parts)
    if which >= 128:
        got, _ = outcome(lambda: join_parts(parts[:index] + parts[index + 1:]), ERRORS)
        if len(parts) == 1:
            assert got == "ArmorError", got
        else:
            assert got == "MissingParts", got
            try:
                join_parts(parts[:index] + parts[index + 1:])
            except ArmorError as exc:
                assert getattr(exc, "missing", None) == [index + 1]
        return
    text = parts[index]
    at = (which * 31 + byte) % len(text)
    changed = text[:at] + chr(byte) + text[at + 1:]
    got, joined = outcome(lambda: join_parts(parts[:index] + [changed] + parts[index + 1:]),
                          ERRORS)
    if got == "ok":
        assert parts_set_id(joined) == parts_set_id(data)
        assert joined == data, "a damaged set of parts gave other bytes"


def armor_one(data: bytes) -> None:
    r = ByteReader(data)
    mode, one, two = r.u8() % 3, r.u8(), r.u8()
    rest = r.rest()
    if mode == 0:
        _text(bytes([two]) + rest, one)
    elif mode == 1:
        _round_trip(bytes([two]) + rest, one)
    else:
        _damaged(rest, one, two)


ENTRY_POINTS = {"armor": armor_one}
MODES = {"--armor": "armor"}

if __name__ == "__main__":
    fuzz_main(ENTRY_POINTS, MODES)
    sys.exit(0)
