"""The rules that docs/FORMAT.md makes exact after the notes of the independent reader.

tests/independent/SPEC_NOTES.md listed places where FORMAT.md was ambiguous or where the reference
disagreed with it; each is now one explicit rule. These tests check the reference implementation
(crypto/) against each rule, one section at a time, through the public functions. The frozen
vectors pin the same rules for every implementation (tests/vectors/README.md, "Added later").
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from crypto import armor as armor_module
from crypto.armor import (
    MIN_PART_CHARS,
    armor,
    dearmor,
    join_parts,
    looks_like_parts,
    parts_set_id,
    split_into_parts,
    strict_b64decode,
    text_lines,
)
from crypto.card import (
    BEGIN,
    END,
    FORBIDDEN_TEAM_CODE_POINTS,
    issue_card,
    load_trusted_card,
    parse_card,
)
from crypto.errors import (
    ArmorError,
    CardError,
    CardExpired,
    InnerFormatError,
    KeyEncodingError,
    KeyFileError,
    MissingParts,
    PayloadTampered,
    SealnoteCryptoError,
)
from crypto.inner import encode_prefix, parse_manifest
from crypto.inner_reader import InnerParser
from crypto.keyfile import (
    CHEAP_FOR_TESTS_ONLY,
    WEAK_KDF_FOR_TESTS_ONLY,
    ModeratorSecrets,
    write_key_file,
)
from crypto.keys import IdentitySecretKey, PublicKey, SecretKey
from crypto.stream import SEGMENT_BYTES, SEGMENT_CT_BYTES

SIGNED_PREFIX = b"sealnote team card v1\n"
CREATED, EXPIRES = dt.date(2024, 1, 1), dt.date(2030, 1, 1)
TODAY = dt.date(2026, 3, 1)


def raises_exactly(cls: type[SealnoteCryptoError], call: Any, *args: Any) -> None:
    with pytest.raises(SealnoteCryptoError) as info:
        call(*args)
    assert type(info.value) is cls, f"{type(info.value).__name__}: {info.value}"


@pytest.fixture(scope="module")
def identity() -> IdentitySecretKey:
    return IdentitySecretKey.generate(b"\x51" * 32)


@pytest.fixture(scope="module")
def mods() -> list[SecretKey]:
    return [SecretKey.generate(bytes([0x60 + i]) * 32) for i in range(3)]


def body_doc(identity: IdentitySecretKey, mods: list[SecretKey], **changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "type": "sealnote-team-card", "v": 1, "team": "Archive Watch",
        "identity": identity.public.encode(), "moderators": [m.public.encode() for m in mods[:2]],
        "created": CREATED.isoformat(), "expires": EXPIRES.isoformat(),
        "previous_identity": None, "demo": False}
    doc.update(changes)
    return doc


def card_text(body: bytes, signer: IdentitySecretKey) -> str:
    """A card with exactly these body bytes, signed (no endorsement), in the text form."""
    blob = (b"\x01" + len(body).to_bytes(4, "big") + body + signer.sign(SIGNED_PREFIX + body)
            + b"\x00")
    encoded = base64.b64encode(blob).decode()
    return "\n".join([BEGIN, *(encoded[i:i + 64] for i in range(0, len(encoded), 64)), END]) + "\n"


def signed(identity: IdentitySecretKey, mods: list[SecretKey], **changes: Any) -> str:
    body = json.dumps(body_doc(identity, mods, **changes), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode()
    return card_text(body, identity)


@pytest.fixture(scope="module")
def good_card(identity: IdentitySecretKey, mods: list[SecretKey]) -> str:
    return signed(identity, mods)


# --- Section 2: whitespace, text, lines -------------------------------------------------------

@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\u0085", "\u00a0", "\u000b", "\u000c",
                                  "\u001c", "\u001f", "\ufeff", "\u3000"])
def test_only_space_tab_cr_lf_are_whitespace_inside_card_lines(char: str, good_card: str) -> None:
    """E.g. U+2028 inside a card line is neither a line break nor whitespace: CardError."""
    lines = good_card.splitlines()
    lines[2] = lines[2][:20] + char + lines[2][20:]
    raises_exactly(CardError, parse_card, "\n".join(lines) + "\n")


@pytest.mark.parametrize("char", [" ", "\t", "\r", " \t \r "])
def test_ascii_whitespace_inside_card_lines_is_removed(char: str, good_card: str) -> None:
    lines = good_card.splitlines()
    lines[2] = lines[2][:20] + char + lines[2][20:]
    assert parse_card("\n".join(lines) + "\n").team == "Archive Watch"


@pytest.mark.parametrize("char", ["\u00a0", "\u2028", "\u0085", "\ufeff"])
def test_only_ascii_whitespace_inside_armor_lines(char: str, sealed_small: bytes) -> None:
    lines = armor(sealed_small).splitlines()
    lines[2] = lines[2][:20] + char + lines[2][20:]
    raises_exactly(ArmorError, dearmor, "\n".join(lines) + "\n")
    lines[2] = lines[2].replace(char, " \t")
    assert dearmor("\n".join(lines)) == sealed_small


@pytest.mark.parametrize("separator", ["\r", "\u2028", "\u2029", "\u0085", "\u000b", "\u000c",
                                       "\u001e"])
def test_lines_end_only_at_lf(separator: str, sealed_small: bytes) -> None:
    raises_exactly(ArmorError, dearmor, armor(sealed_small).replace("\n", separator))


def test_crlf_and_trailing_whitespace_work(sealed_small: bytes) -> None:
    text = armor(sealed_small).replace("\n", " \t\r\n")
    assert dearmor(text) == sealed_small


def test_a_leading_byte_order_mark_is_ignored(sealed_small: bytes, good_card: str) -> None:
    assert dearmor("\ufeff" + armor(sealed_small)) == sealed_small
    assert parse_card("\ufeff" + good_card).team == "Archive Watch"
    parts = split_into_parts(sealed_small, MIN_PART_CHARS)
    assert join_parts(["\ufeff" + p for p in parts]) == sealed_small


def test_a_byte_order_mark_elsewhere_is_an_ordinary_character(sealed_small: bytes) -> None:
    raises_exactly(ArmorError, dearmor, "\n\ufeff" + armor(sealed_small))


def test_text_lines() -> None:
    assert text_lines("\ufeff> > a \r\n>>b\n\t>\t> c\rd\n") == ["a", "b", "c\rd", ""]


# --- Section 2: strict base64 -----------------------------------------------------------------

@pytest.mark.parametrize("text", ["AR==", "AQ==", "AAB=", "AAA=", "AAAA", ""])
def test_strict_base64_accepts_nonzero_unused_bits(text: str) -> None:
    assert strict_b64decode([text]) == base64.b64decode(text)


@pytest.mark.parametrize("text", ["AAAA=", "AAAA==", "AAA", "A===", "AA=A", "AQ==AAAA", "=AAA",
                                  "AA==\u00a0", "AA-_", "AAA\u0661"])
def test_strict_base64_rejects(text: str) -> None:
    assert strict_b64decode([text]) is None


def test_armor_with_nonzero_unused_bits_opens(sealed_small: bytes) -> None:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    lines = armor(sealed_small).splitlines()
    last = lines[-2].rstrip("=")
    pad = len(lines[-2]) - len(last)
    assert pad, "the test needs a padded last line"
    changed = alphabet[alphabet.index(last[-1]) | (0x0F if pad == 2 else 0x03)]
    lines[-2] = last[:-1] + changed + "=" * pad
    assert dearmor("\n".join(lines)) == sealed_small


# --- Section 6: key strings -------------------------------------------------------------------

def test_key_strings_lose_ascii_whitespace_and_case_only(mods: list[SecretKey]) -> None:
    text = mods[0].public.encode()
    spaced = " \t" + text[:10] + "\r\n" + text[10:].upper() + "\n"
    assert PublicKey.decode(spaced) == mods[0].public
    for char in ("\u00a0", "\u2028", "\u3000"):
        with pytest.raises(KeyEncodingError):
            PublicKey.decode(text[:10] + char + text[10:])


def test_kelvin_sign_is_not_k() -> None:
    key = next(k for k in (SecretKey.generate(bytes([i]) * 32).public for i in range(1, 50))
               if "k" in k.encode()[5:])
    text = key.encode()
    at = text.index("k", 5)
    assert ("\u212a".lower()) == "k"  # what str.lower would have done
    with pytest.raises(KeyEncodingError):
        PublicKey.decode(text[:at] + "\u212a" + text[at + 1:])


# --- Section 7.2 / 7.4: team name -------------------------------------------------------------

@pytest.mark.parametrize(("raw", "shown"), [
    (" \tArchive Watch\r\n", "Archive Watch"),
    ("Cafe\u0301", "Caf\u00e9"),
    ("\u00a0Archive\u00a0", "\u00a0Archive\u00a0"),  # NBSP is not whitespace, and allowed
    ("Moose \U0001face", "Moose \U0001face"),  # unassigned in Unicode 14.0
    ("Unassigned \u0378 \U000e0080", "Unassigned \u0378 \U000e0080"),
    ("Noncharacter \ufdd0", "Noncharacter \ufdd0"),
    ("e\u0301" * 100, "\u00e9" * 100),
    ("x" * 100, "x" * 100),
])
def test_team_names_accepted(raw: str, shown: str, identity: IdentitySecretKey,
                             mods: list[SecretKey]) -> None:
    assert parse_card(signed(identity, mods, team=raw)).team == shown


@pytest.mark.parametrize("raw", [
    "Archive\u001f", "\u001fArchive", "\u0085Archive", "Archive\u007f",  # Cc
    "\ufeffArchive", "Archive\u202e", "Arch\u00adive", "Archive \U00013439",  # Cf
    "Archive \U000e0001", "Archive\u200b",
    "Archive \ud800",  # Cs (a lone surrogate escape)
    "\ue000Archive", "Archive \U000f0000", "Archive \U0010fffd",  # Co
    "", " \t\r\n", "x" * 101, "e\u0301" * 101,
])
def test_team_names_refused(raw: str, identity: IdentitySecretKey,
                            mods: list[SecretKey]) -> None:
    body = json.dumps(body_doc(identity, mods, team=raw), sort_keys=True).encode()
    raises_exactly(CardError, parse_card, card_text(body, identity))
    with pytest.raises(CardError):
        issue_card(raw, identity, [mods[0].public], CREATED, EXPIRES)


def test_forbidden_list_covers_this_pythons_c_categories_except_cn() -> None:
    """The fixed list is Cc, Cs, Co and Cf of Unicode 17.0; Python 3.11 has Unicode 14.0."""
    if tuple(map(int, unicodedata.unidata_version.split("."))) > (17, 0, 0):
        pytest.skip("Unicode data newer than the list: FORMAT.md decides, not this Python")
    listed = {c for low, high in FORBIDDEN_TEAM_CODE_POINTS for c in range(low, high + 1)}
    forbidden = {c for c in range(0x110000)
                 if unicodedata.category(chr(c)) in {"Cc", "Cf", "Cs", "Co"}}
    assert forbidden <= listed
    assert {unicodedata.category(chr(c)) for c in listed - forbidden} <= {"Cn"}
    if unicodedata.unidata_version == "14.0.0":  # U+13439..U+1343F became Cf in Unicode 15.0
        assert listed - forbidden == set(range(0x13439, 0x13440))


# --- Section 7.2 / 7.4: dates -----------------------------------------------------------------

@pytest.mark.parametrize("value", ["2025-02-29", "2024-13-01", "2024-00-10", "2024-01-32",
                                   "0000-06-01", "2024-1-01", "20240101", " 2024-01-01",
                                   "2024-01-01 ", "\uff12\uff10\uff12\uff14-01-01",
                                   "\u0662\u0660\u0662\u0664-01-01", "+2024-01-01",
                                   "2024-01-01T00:00", "2024-W01-1"])
def test_not_a_date(value: str, identity: IdentitySecretKey, mods: list[SecretKey]) -> None:
    raises_exactly(CardError, parse_card, signed(identity, mods, created=value))


def test_date_extremes(identity: IdentitySecretKey, mods: list[SecretKey]) -> None:
    card = parse_card(signed(identity, mods, created="0001-01-01", expires="9999-12-31"))
    assert (card.created, card.expires) == (dt.date(1, 1, 1), dt.date(9999, 12, 31))
    assert parse_card(signed(identity, mods, created="2024-02-29")).created == dt.date(2024, 2, 29)


# --- Section 7.4 step 7: moderators compared as keys; non-canonical bodies --------------------

def test_duplicate_moderator_keys_in_different_case(identity: IdentitySecretKey,
                                                   mods: list[SecretKey]) -> None:
    key = mods[0].public.encode()
    for twin in (key.upper(), key[:20] + key[20:].upper(), key[:30] + " " + key[30:]):
        raises_exactly(CardError, parse_card, signed(identity, mods, moderators=[key, twin]))


def test_noncanonical_body_and_key_strings_are_accepted(identity: IdentitySecretKey,
                                                        mods: list[SecretKey]) -> None:
    doc = body_doc(identity, mods, moderators=[m.public.encode().upper() for m in mods[:2]])
    body = json.dumps(dict(reversed(list(doc.items()))), indent=3, ensure_ascii=True).encode()
    card = parse_card(card_text(body.replace(b'"Archive', b'"\\u0041rchive'), identity))
    assert card.team == "Archive Watch"
    assert card.moderators == (mods[0].public, mods[1].public)
    assert [m.encode() for m in card.moderators] == [m.public.encode() for m in mods[:2]]


# --- Section 7.4 step 1: card text by the armor rules -----------------------------------------

@pytest.mark.parametrize("quote", ["> ", "> > ", ">> ", ">>>", ">\t> ", "  >  >  "])
def test_quoted_cards(quote: str, good_card: str) -> None:
    text = "".join(f"{quote}{line}\r\n" for line in good_card.splitlines())
    assert parse_card("Forwarded:\n" + text).team == "Archive Watch"


def test_card_end_before_begin(good_card: str) -> None:
    raises_exactly(CardError, parse_card, END + "\n" + good_card)
    raises_exactly(CardError, parse_card, END + "\n" + BEGIN + "\n")


# --- Section 7.6: rotation with an expired trusted card ---------------------------------------

def test_rotation_from_an_expired_trusted_card(identity: IdentitySecretKey,
                                               mods: list[SecretKey]) -> None:
    new_identity = IdentitySecretKey.generate(b"\x52" * 32)
    old = issue_card("Archive Watch", identity, [mods[0].public], dt.date(2024, 1, 1),
                     dt.date(2026, 1, 31))
    rotated = issue_card("Archive Watch", new_identity, [mods[1].public], dt.date(2026, 1, 15),
                         dt.date(2028, 1, 15), previous=identity)
    assert old.is_expired(TODAY)
    raises_exactly(CardExpired, load_trusted_card, old.text, TODAY)
    trusted = parse_card(old.text)  # the trusted card is read without the expiry check
    assert load_trusted_card(rotated.text, TODAY).is_rotation_of(trusted)


def test_an_endorsed_card_must_not_be_expired_itself(identity: IdentitySecretKey,
                                                     mods: list[SecretKey]) -> None:
    new_identity = IdentitySecretKey.generate(b"\x53" * 32)
    late = issue_card("Archive Watch", new_identity, [mods[1].public], dt.date(2025, 1, 1),
                      dt.date(2026, 2, 1), previous=identity)
    assert late.is_rotation_of(parse_card(issue_card("Archive Watch", identity, [mods[0].public],
                                                     CREATED, EXPIRES).text))
    raises_exactly(CardExpired, load_trusted_card, late.text, TODAY)


# --- Section 8: mail quoting of armored text --------------------------------------------------

@pytest.mark.parametrize("quote", ["> > ", ">> ", ">>", "> >> ", ">\t>\t", " > > > "])
def test_twice_quoted_armor_opens(quote: str, sealed_small: bytes) -> None:
    text = "".join(f"{quote}{line}\n" for line in armor(sealed_small).splitlines())
    assert dearmor("> Hi,\n" + text + "> bye\n") == sealed_small


def test_armor_end_before_begin_and_empty_block(sealed_small: bytes) -> None:
    begin, end = armor_module.BEGIN, armor_module.END
    raises_exactly(ArmorError, dearmor, end + "\n" + armor(sealed_small))
    raises_exactly(ArmorError, dearmor, f"{begin}\n \t\n{end}\n")


# --- Section 9: part markers ------------------------------------------------------------------

@pytest.fixture(scope="module")
def three_parts(sealed_small: bytes) -> list[str]:
    parts = split_into_parts(sealed_small, 949)
    assert len(parts) == 3
    return parts


def relabel(part: str, begin: str, end: str) -> str:
    lines = part.splitlines()
    return "\n".join([f"-----BEGIN MESSAGE PART {begin}-----", *lines[1:-1],
                      f"-----END MESSAGE PART {end}-----"]) + "\n"


def test_leading_zero_is_not_part_one(three_parts: list[str]) -> None:
    """`01/3` is not a part marker for part 1: it is a malformed marker, ArmorError."""
    zero = relabel(three_parts[0], "01/3", "01/3")
    raises_exactly(ArmorError, join_parts, [zero, *three_parts[1:]])
    raises_exactly(ArmorError, join_parts, [zero, *three_parts])  # not a duplicate of part 1
    raises_exactly(ArmorError, join_parts, [relabel(three_parts[0], "1/03", "1/03"),
                                            *three_parts[1:]])


@pytest.mark.parametrize(("begin", "end"), [("0/3", "0/3"), ("3/0", "3/0"), ("4/3", "4/3"),
                                            ("123456/123456", "123456/123456"),
                                            ("00001/3", "1/3"), ("1/3", "01/3"), ("1/3", "2/3"),
                                            ("1/3", "1/4")])
def test_bad_marker_numbers_or_end_line(begin: str, end: str, three_parts: list[str]) -> None:
    raises_exactly(ArmorError, join_parts, [relabel(three_parts[0], begin, end),
                                            *three_parts[1:]])


def test_non_ascii_digits_are_not_a_marker(three_parts: list[str]) -> None:
    arabic = relabel(three_parts[0], "\u0661/\u0663", "\u0661/\u0663")
    assert not looks_like_parts(arabic)
    with pytest.raises(MissingParts) as info:
        join_parts([arabic, *three_parts[1:]])
    assert (info.value.missing, info.value.total) == ([1], 3)


def test_the_first_following_end_line_counts(three_parts: list[str]) -> None:
    lines = three_parts[0].splitlines()
    early_end = [*lines[:3], "-----END MESSAGE PART 2/3-----", *lines[3:]]
    raises_exactly(ArmorError, join_parts, ["\n".join(early_end), *three_parts[1:]])


def test_empty_part_and_excess_padding(three_parts: list[str]) -> None:
    empty = ("-----BEGIN MESSAGE PART 1/1-----\nSet: " + parts_set_id(b"")
             + "\n-----END MESSAGE PART 1/1-----\n")
    raises_exactly(ArmorError, join_parts, [empty])
    lines = three_parts[0].splitlines()
    lines[-2] += "="
    raises_exactly(ArmorError, join_parts, ["\n".join(lines), *three_parts[1:]])


def test_nested_quoting_of_parts(three_parts: list[str], sealed_small: bytes) -> None:
    quotes = ["> > ", ">>", "> >> "]
    lines = [line for p in reversed(three_parts) for line in p.splitlines()]
    text = "".join(f"{quotes[i % 3]}{line}\n" for i, line in enumerate(lines))
    assert looks_like_parts(text)
    assert join_parts([text]) == sealed_small


# --- Section 10: key-file payload -------------------------------------------------------------

@pytest.fixture(scope="module")
def payload(mods: list[SecretKey], identity: IdentitySecretKey) -> dict[str, Any]:
    secrets = ModeratorSecrets("Archive Watch", (mods[0],), (identity,), "card", {"k": "v"})
    doc: dict[str, Any] = json.loads(secrets.to_bytes())
    assert ModeratorSecrets.from_bytes(secrets.to_bytes()).encryption_keys == (mods[0],)
    return doc


@pytest.mark.parametrize("changes", [
    {"team": 5}, {"team": None}, {"team": ["Archive"]}, {"card": None}, {"card": 1},
    {"extra": {"k": 1}}, {"extra": {"k": None}}, {"extra": []}, {"extra": None},
    {"encryption": []}, {"encryption": "snsk1"}, {"encryption": [5]}, {"identity": None},
    {"identity": [None]}, {"identity": "x"}, {"version": "2"},
], ids=lambda c: json.dumps(c))
def test_payload_members_have_exact_types(changes: dict[str, Any],
                                          payload: dict[str, Any]) -> None:
    """E.g. a non-string team is KeyFileError, never converted with str()."""
    raises_exactly(KeyFileError, ModeratorSecrets.from_bytes,
                   json.dumps({**payload, **changes}).encode())


@pytest.mark.parametrize("member", ["team", "card", "encryption", "identity", "extra"])
def test_payload_members_are_required(member: str, payload: dict[str, Any]) -> None:
    doc = {k: v for k, v in payload.items() if k != member}
    raises_exactly(KeyFileError, ModeratorSecrets.from_bytes, json.dumps(doc).encode())


def test_payload_duplicates_nan_depth_and_bad_text(payload: dict[str, Any]) -> None:
    text = json.dumps(payload, sort_keys=True)
    for bad in ('{"team": "Decoy", ' + text[1:],
                text.replace('"extra": {"k": "v"}', '"extra": {"k": "v", "k": "w"}'),
                text.replace('"extra": {"k": "v"}', '"extra": {"k": "v"}, "x": NaN'),
                text.replace('"v"', "[" * 100_000 + "]" * 100_000),
                text.replace('"v"', "[[[]]]"), "\ufeff" + text, "[]", "null", ""):
        raises_exactly(KeyFileError, ModeratorSecrets.from_bytes, bad.encode())
    raises_exactly(KeyFileError, ModeratorSecrets.from_bytes, text.encode()[:-1] + b"\xff}")


def test_noncanonical_payload_is_accepted(payload: dict[str, Any]) -> None:
    doc = {**payload, "team": "Z\u00fcrich"}
    raw = json.dumps(dict(reversed(list(doc.items()))), ensure_ascii=False,
                     separators=(",", ":")).encode()
    assert ModeratorSecrets.from_bytes(raw).team == "Z\u00fcrich"


def test_writer_refuses_a_key_file_without_encryption_keys() -> None:
    with pytest.raises(KeyFileError):
        write_key_file(ModeratorSecrets("Team", ()), "passphrase", CHEAP_FOR_TESTS_ONLY,
                       WEAK_KDF_FOR_TESTS_ONLY)


# --- Sections 4.5 / 4.6: order of the inner checks --------------------------------------------

class _Sink:
    def write(self, data: memoryview, /) -> int:
        return len(data)


def test_nonzero_padding_is_reported_as_soon_as_it_is_fed(tools: Any) -> None:
    manifest = tools.make_manifest({"body": "b"})
    plaintext = bytearray(tools.inner_plaintext(manifest, []))
    plaintext[-1] = 1
    parser = InnerParser(lambda index, entry: _Sink())
    with pytest.raises(InnerFormatError):
        parser.feed(memoryview(bytes(plaintext)))  # S3: in feed, not in finish


def test_incomplete_content_is_found_only_at_the_end(tools: Any) -> None:
    manifest = tools.make_manifest({"body": "b"}, [("a.bin", b"x" * 5000)])
    prefix = encode_prefix(b"\x00" * 16, manifest.to_bytes())
    parser = InnerParser(lambda index, entry: _Sink())
    parser.feed(memoryview(prefix + b"x" * 100))  # S1, S2 pass; nothing else can fail yet
    with pytest.raises(InnerFormatError):
        parser.finish()  # F2


def _two_segments(tools: Any, moderator: SecretKey, padding_flip_at: int) -> bytes:
    manifest = tools.make_manifest({"body": "b"})
    prefix = encode_prefix(b"\x00" * 16, manifest.to_bytes())
    plaintext = bytearray(prefix + bytes(SEGMENT_BYTES + 1000 - len(prefix)))
    plaintext[padding_flip_at] = 1
    return bytes(tools.seal_plaintext([moderator.public], bytes(plaintext)))


def test_padding_fault_in_segment_0_comes_before_a_tampered_segment_1(
        tools: Any, moderator: SecretKey) -> None:
    data = bytearray(_two_segments(tools, moderator, 2000))
    data[674 + SEGMENT_CT_BYTES + 100] ^= 1
    assert tools.open_outcome(bytes(data), [moderator]) is InnerFormatError


def test_a_tampered_segment_0_comes_before_a_padding_fault_in_segment_1(
        tools: Any, moderator: SecretKey) -> None:
    data = bytearray(_two_segments(tools, moderator, SEGMENT_BYTES + 10))
    data[674 + 100] ^= 1
    assert tools.open_outcome(bytes(data), [moderator]) is PayloadTampered


# --- Section 4.7: nesting and lone surrogates -------------------------------------------------

def _manifest_with_field(value: str) -> bytes:
    doc = {"v": 1, "kind": "report", "demo": False, "sealed_on": "", "fields": {"body": "@"},
           "attachments": [], "reply_key": None, "in_reply_to": None}
    return json.dumps(doc).encode().replace(b'"@"', value.encode())


@pytest.mark.parametrize("value", ["[]", "{}", "[[[[]]]]", "[" * 100_000 + "]" * 100_000,
                                   '"\\ud800"', '"\\udc00x"', '"x\\ud83d"'])
def test_manifest_deeper_than_schema_or_lone_surrogate(value: str) -> None:
    raises_exactly(InnerFormatError, parse_manifest, _manifest_with_field(value))


def test_manifest_surrogate_pair_escape_is_fine() -> None:
    assert parse_manifest(_manifest_with_field('"\\ud83d\\ude00"')).fields == {"body": "\U0001f600"}


# --- The frozen vectors pin the same rules for every implementation ---------------------------

def test_clarification_vectors_are_frozen() -> None:
    vectors = json.loads((Path(__file__).resolve().parents[1] / "vectors" / "vectors.json")
                         .read_text("ascii"))["vectors"]
    names = [v["name"] for v in vectors]
    assert len(names) == 162
    assert {"armor-ok-quoted-twice", "card-ok-team-unassigned", "parts-fail-leading-zero",
            "keyfile-fail-team-not-a-string", "card-fail-u2028-inside-line",
            "card-b-rotated-trusted-expired", "inner-lone-surrogate"} <= set(names[117:])
