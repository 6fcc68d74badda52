"""Hypothesis: key strings round-trip, and every single-character substitution is caught by the
checksum (or, for a change of letter case only, still means the same key)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from crypto.errors import KeyEncodingError
from crypto.keys import (
    IDENTITY_PREFIX,
    IDENTITY_SECRET_PREFIX,
    PUBLIC_PREFIX,
    SECRET_PREFIX,
    decode_key,
    encode_key,
)

PREFIXES = [PUBLIC_PREFIX, SECRET_PREFIX, IDENTITY_PREFIX, IDENTITY_SECRET_PREFIX]
NAMES = {PUBLIC_PREFIX: "an encryption public key", SECRET_PREFIX: "an encryption SECRET key",
         IDENTITY_PREFIX: "a team identity public key",
         IDENTITY_SECRET_PREFIX: "a team identity SECRET key"}


@settings(max_examples=300, deadline=None)
@given(raw=st.binary(min_size=32, max_size=32), prefix=st.sampled_from(PREFIXES),
       position=st.integers(0, 1000), replacement=st.characters())
def test_single_character_substitution(raw, prefix, position, replacement):
    text = encode_key(prefix, raw)
    assert decode_key(text, prefix) == raw
    i = position % len(text)
    if replacement == text[i]:
        return
    mutated = text[:i] + replacement + text[i + 1:]
    try:
        decoded = decode_key(mutated, prefix)
    except KeyEncodingError:
        return
    assert replacement.lower() == text[i] and decoded == raw, (text, mutated)


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(min_size=32, max_size=32), given_prefix=st.sampled_from(PREFIXES),
       wanted=st.sampled_from(PREFIXES))
def test_kind_is_always_checked(raw, given_prefix, wanted):
    text = encode_key(given_prefix, raw)
    if given_prefix == wanted:
        assert decode_key(text, wanted) == raw
        return
    try:
        decode_key(text, wanted)
    except KeyEncodingError as exc:
        given_name = str(exc).removeprefix("this is ").split(", not ")[0]
        assert given_name == NAMES[given_prefix], str(exc)
    else:
        raise AssertionError("a key of another kind was accepted")


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=80), prefix=st.sampled_from(PREFIXES))
def test_arbitrary_text_only_raises_key_encoding_error(text, prefix):
    try:
        raw = decode_key(text, prefix)
    except KeyEncodingError:
        return
    assert encode_key(prefix, raw) == "".join(text.split()).lower()
