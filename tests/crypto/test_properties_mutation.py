"""Hypothesis: any mutation of a valid object is either harmless (the same result) or raises the
declared error class of its parser, never anything else (SECURITY.md test plan: Fuzzing)."""

from __future__ import annotations

import datetime as dt
import functools
import io
import json

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from crypto.armor import armor, dearmor, join_parts, split_into_parts
from crypto.card import issue_card, parse_card
from crypto.errors import (
    ArmorError,
    CardError,
    HeaderTampered,
    InnerFormatError,
    KeyFileError,
    NoMatchingKey,
    NotASealedReport,
    OpenError,
    PayloadTampered,
    TrailingData,
    Truncated,
)
from crypto.inner import Manifest, parse_manifest
from crypto.inner_reader import InnerParser
from crypto.keyfile import (
    CHEAP_FOR_TESTS_ONLY,
    MAX_MEMLIMIT,
    WEAK_KDF_FOR_TESTS_ONLY,
    KdfParams,
    ModeratorSecrets,
    open_key_file,
    write_key_file,
)
from crypto.keys import IdentitySecretKey, SecretKey
from crypto.sealed_report import inspect_report, read_header

OUTER_ERRORS = {NotASealedReport, NoMatchingKey, HeaderTampered, PayloadTampered, Truncated,
                TrailingData}

# --- byte mutations ------------------------------------------------------------------------------

flip = st.tuples(st.just("flip"), st.integers(0, 2**20), st.integers(1, 255))
truncate = st.tuples(st.just("truncate"), st.integers(0, 2**20), st.just(0))
insert = st.tuples(st.just("insert"), st.integers(0, 2**20), st.binary(min_size=1, max_size=40))
delete = st.tuples(st.just("delete"), st.integers(0, 2**20), st.integers(1, 40))
byte_mutations = st.lists(st.one_of(flip, truncate, insert, delete), min_size=1, max_size=3)


def mutate_bytes(data: bytes, mutations) -> bytes:
    out = bytearray(data)
    for kind, where, arg in mutations:
        if kind == "insert":
            pos = where % (len(out) + 1)
            out[pos:pos] = arg
        elif not out:
            continue
        elif kind == "flip":
            out[where % len(out)] ^= arg
        elif kind == "truncate":
            del out[where % len(out):]
        else:
            pos = where % len(out)
            del out[pos:pos + arg]
    return bytes(out)


@settings(max_examples=200, deadline=None)
@given(mutations=byte_mutations)
def test_mutated_sealed_file_raises_an_outer_open_error(mutations, sealed_small, moderator,
                                                        small_manifest, tools):
    mutated = mutate_bytes(sealed_small, mutations)
    got = tools.open_outcome(mutated, [moderator])
    if mutated == sealed_small:
        assert got.manifest == small_manifest
    else:
        # InnerFormatError is excluded too: it would mean a changed payload authenticated
        assert got in OUTER_ERRORS, got


@settings(max_examples=200, deadline=None)
@given(mutations=byte_mutations)
def test_mutated_file_outline_errors_are_declared(mutations, sealed_small):
    mutated = mutate_bytes(sealed_small, mutations)
    for call in (inspect_report, read_header):
        try:
            call(io.BytesIO(mutated))
        except OpenError as exc:
            assert type(exc) in (NotASealedReport, Truncated)


@settings(max_examples=150, deadline=None)
@given(mutations=byte_mutations)
def test_mutated_inner_content_under_the_right_key(mutations, small_manifest, tools):
    """The deep mode: mutate the plaintext, then seal it properly, so every mutation reaches the
    inner parser. It either parses or raises InnerFormatError."""
    plain = tools.inner_plaintext(small_manifest, [])
    mutated = mutate_bytes(plain, mutations)
    parser = InnerParser(lambda index, entry: io.BytesIO())
    try:
        parser.feed(memoryview(mutated))
        content = parser.finish()
    except OpenError as exc:
        assert type(exc) is InnerFormatError
    else:
        assert content.total_length == len(mutated)
        if mutated == plain:
            assert content.manifest == small_manifest


@settings(max_examples=25, deadline=None)
@given(mutations=byte_mutations)
def test_mutated_inner_content_through_open_report(mutations, moderator, small_manifest, tools):
    mutated = mutate_bytes(tools.inner_plaintext(small_manifest, []), mutations)
    assume(mutated)
    got = tools.open_outcome(tools.seal_plaintext([moderator.public], mutated), [moderator])
    assert got is InnerFormatError or got.content.total_length == len(mutated)


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=400))
def test_parse_manifest_arbitrary_bytes(data):
    try:
        parse_manifest(data)
    except OpenError as exc:
        assert type(exc) is InnerFormatError


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                 max_size=4),
    max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(where=st.sampled_from(
           [("top", k) for k in ("v", "kind", "demo", "sealed_on", "fields", "attachments",
                                 "reply_key", "in_reply_to", "extra")]
           + [("attachment", k) for k in ("name", "size", "type", "metadata", "extra")]),
       value=json_values)
def test_parse_manifest_wrong_values(where, value):
    """A valid manifest with one value replaced by (or one key added with) any JSON value."""
    doc = json.loads(Manifest(fields={"t": "x"}).to_bytes())
    entry = {"name": "a", "size": 1, "type": "t", "metadata": "m"}
    doc["attachments"] = [entry]
    (doc if where[0] == "top" else entry)[where[1]] = value
    try:
        raw = json.dumps(doc).encode()
    except ValueError:
        return
    try:
        parse_manifest(raw)
    except OpenError as exc:
        assert type(exc) is InnerFormatError


# --- text mutations ------------------------------------------------------------------------------

char_sub = st.tuples(st.just("sub"), st.integers(0, 2**16), st.characters())
char_ins = st.tuples(st.just("ins"), st.integers(0, 2**16), st.text(min_size=1, max_size=20))
char_del = st.tuples(st.just("del"), st.integers(0, 2**16), st.integers(1, 20))
line_swap = st.tuples(st.just("swap"), st.integers(0, 2**16), st.integers(0, 2**16))
line_dup = st.tuples(st.just("dup"), st.integers(0, 2**16), st.just(0))
line_drop = st.tuples(st.just("drop"), st.integers(0, 2**16), st.just(0))
text_mutations = st.lists(st.one_of(char_sub, char_ins, char_del, line_swap, line_dup, line_drop),
                          min_size=1, max_size=3)


def mutate_text(text: str, mutations) -> str:
    for kind, where, arg in mutations:
        if kind in ("swap", "dup", "drop"):
            lines = text.split("\n")
            i = where % len(lines)
            if kind == "swap":
                j = arg % len(lines)
                lines[i], lines[j] = lines[j], lines[i]
            elif kind == "dup":
                lines.insert(i, lines[i])
            else:
                del lines[i]
            text = "\n".join(lines)
        elif kind == "ins":
            pos = where % (len(text) + 1)
            text = text[:pos] + arg + text[pos:]
        elif text:
            pos = where % len(text)
            text = text[:pos] + (arg if kind == "sub" else "") + text[pos + (
                1 if kind == "sub" else arg):]
    return text


@functools.cache
def _card():
    identity = IdentitySecretKey.generate(b"\x44" * 32)
    old = IdentitySecretKey.generate(b"\x45" * 32)
    return issue_card("Archive Watch", identity,
                      [SecretKey.generate(bytes([i]) * 32).public for i in (1, 2, 3)],
                      dt.date(2024, 1, 1), dt.date(2030, 1, 1), previous=old)


def _same_card(a, b) -> bool:
    return (a.team, a.identity, a.moderators, a.created, a.expires, a.previous_identity,
            a.demo, a.text) == (b.team, b.identity, b.moderators, b.created, b.expires,
                                b.previous_identity, b.demo, b.text)


@settings(max_examples=250, deadline=None)
@given(mutations=text_mutations)
def test_mutated_card_text(mutations):
    card = _card()
    mutated = mutate_text(card.text, mutations)
    try:
        parsed = parse_card(mutated)
    except CardError:
        return
    # only changes outside the signed bytes (whitespace, quoting, text around the block,
    # non-canonical base64 padding bits) may leave a card that parses, and it is the same card
    assert _same_card(parsed, card)


@functools.cache
def _key_file() -> tuple[bytes, ModeratorSecrets]:
    secrets = ModeratorSecrets("Team", (SecretKey.generate(b"\x46" * 32),))
    return write_key_file(secrets, "pass phrase", CHEAP_FOR_TESTS_ONLY,
                          WEAK_KDF_FOR_TESTS_ONLY), secrets


@settings(max_examples=200, deadline=None)
@given(mutations=byte_mutations)
def test_mutated_key_file(mutations):
    data, secrets = _key_file()
    mutated = mutate_bytes(data, mutations)
    if len(mutated) >= 18:
        params = KdfParams(int.from_bytes(mutated[6:10], "big"),
                           int.from_bytes(mutated[10:18], "big"))
        # stay clear of parameters that are accepted but expensive (up to 1 GiB, 10 passes)
        assume(params.memlimit > MAX_MEMLIMIT or params.opslimit > 10
               or params.memlimit <= 16 << 20)
    try:
        opened = open_key_file(mutated, "pass phrase", WEAK_KDF_FOR_TESTS_ONLY)
    except KeyFileError:
        return
    assert mutated == data and opened.to_bytes() == secrets.to_bytes()


@settings(max_examples=250, deadline=None)
@given(mutations=text_mutations)
def test_mutated_armor(mutations, sealed_small):
    mutated = mutate_text(armor(sealed_small), mutations)
    try:
        data = dearmor(mutated)
    except ArmorError:
        return
    assert isinstance(data, bytes) and data  # a single block has no checksum of its own


@functools.cache
def _parts(data: bytes) -> tuple[str, ...]:
    return tuple(split_into_parts(data, 400))


@settings(max_examples=250, deadline=None)
@given(mutations=text_mutations, which=st.integers(0, 100), shuffle=st.randoms())
def test_mutated_parts(mutations, which, shuffle, sealed_small):
    parts = list(_parts(sealed_small))
    index = which % len(parts)
    parts[index] = mutate_text(parts[index], mutations)
    shuffle.shuffle(parts)
    try:
        data = join_parts(parts)
    except ArmorError:
        return
    # the set checksum covers the whole file: what comes out is the original or nothing
    assert data == sealed_small
