"""Adversarial tests of team cards (SECURITY.md: team identity, rotation, expiry).

Cards are built byte by byte here from the documented layout
``version | body_length (4) | body | signature (64) | flag (1) | [endorsement (64)]`` with the
signature over ``"sealnote team card v1\\n" || body``, so that each rule can be broken alone
while everything else (including the signature) stays valid.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
from typing import Any

import pytest

from crypto.armor import armor
from crypto.card import BEGIN, END, MAX_CARD_BYTES, issue_card, load_trusted_card, parse_card
from crypto.errors import CardError, CardExpired, SealnoteCryptoError
from crypto.keys import IdentitySecretKey, SecretKey

SIGNED_PREFIX = b"sealnote team card v1\n"
CREATED, EXPIRES = dt.date(2024, 1, 1), dt.date(2030, 1, 1)


@pytest.fixture(scope="module")
def identity() -> IdentitySecretKey:
    return IdentitySecretKey.generate(b"\x07" * 32)


@pytest.fixture(scope="module")
def old_identity() -> IdentitySecretKey:
    return IdentitySecretKey.generate(b"\x08" * 32)


@pytest.fixture(scope="module")
def team_keys() -> list[SecretKey]:
    return [SecretKey.generate(bytes([i]) * 32) for i in range(1, 10)]


def make_body(owner: IdentitySecretKey, mods: list[Any], /, *,
              previous: IdentitySecretKey | None = None, **changes: Any) -> bytes:
    body: dict[str, Any] = {
        "type": "sealnote-team-card", "v": 1, "team": "Archive Watch",
        "identity": owner.public.encode(), "moderators": mods,
        "created": CREATED.isoformat(), "expires": EXPIRES.isoformat(),
        "previous_identity": previous.public.encode() if previous else None, "demo": False}
    body.update(changes)
    return json.dumps(body, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def make_blob(body: bytes, signer: IdentitySecretKey, *, endorser: IdentitySecretKey | None = None,
              version: int = 1, flag: int | None = None, signature: bytes | None = None,
              endorsement: bytes | None = None, extra: bytes = b"") -> bytes:
    message = SIGNED_PREFIX + body
    signature = signer.sign(message) if signature is None else signature
    if endorser is not None and endorsement is None:
        endorsement = endorser.sign(message)
    flag = (1 if endorsement is not None else 0) if flag is None else flag
    return (bytes([version]) + len(body).to_bytes(4, "big") + body + signature + bytes([flag])
            + (endorsement or b"") + extra)


def armored(blob: bytes) -> str:
    text = base64.b64encode(blob).decode("ascii")
    return "\n".join([BEGIN, *(text[i:i + 64] for i in range(0, len(text), 64)), END]) + "\n"


def assert_card_error(text: str) -> None:
    with pytest.raises(SealnoteCryptoError) as info:
        parse_card(text)
    assert type(info.value) is CardError, type(info.value)


@pytest.fixture(scope="module")
def good(identity, team_keys):
    mods = [k.public.encode() for k in team_keys[:2]]
    return make_body(identity, mods)


def test_control_crafted_card_matches_issue_card(identity, team_keys, good):
    text = armored(make_blob(good, identity))
    card = parse_card(text)
    assert card.text == text
    issued = issue_card("Archive Watch", identity, [k.public for k in team_keys[:2]], CREATED,
                        EXPIRES)
    assert issued.text == text
    assert card.moderators == tuple(k.public for k in team_keys[:2])


def test_control_quoted_card_parses(identity, good):
    text = armored(make_blob(good, identity))
    quoted = "\n".join("> " + line for line in text.splitlines())
    assert parse_card("Forwarded:\n" + quoted + "\n-- \nsig").identity == identity.public


def test_every_signature_bit_flipped(identity, good):
    blob = make_blob(good, identity)
    sig_at = 5 + len(good)
    for pos in range(sig_at, sig_at + 64):
        for bit in (0, 7):
            bad = bytearray(blob)
            bad[pos] ^= 1 << bit
            assert_card_error(armored(bytes(bad)))


def test_signature_by_another_identity(identity, old_identity, good):
    assert_card_error(armored(make_blob(good, old_identity)))
    assert_card_error(armored(make_blob(good, identity, signature=bytes(64))))


@pytest.mark.parametrize("change", [
    {"team": "Archive Watcg"}, {"expires": "2031-01-01"}, {"demo": True},
    {"moderators": "add"}, {"moderators": "drop"},
], ids=lambda c: next(iter(c)) + "=" + str(next(iter(c.values()))))
def test_edited_body(change, identity, team_keys, good):
    """A body edited after signing (length kept consistent) fails the signature."""
    signature = identity.sign(SIGNED_PREFIX + good)
    mods = [k.public.encode() for k in team_keys[:2]]
    if change.get("moderators") == "add":
        change = {"moderators": [*mods, team_keys[5].public.encode()]}
    elif change.get("moderators") == "drop":
        change = {"moderators": mods[:1]}
    edited = make_body(identity, change.pop("moderators", mods), **change)
    assert edited != good
    assert_card_error(armored(make_blob(edited, identity, signature=signature)))


def test_every_body_byte_flipped(identity, good):
    blob = make_blob(good, identity)
    for pos in range(5, 5 + len(good)):
        bad = bytearray(blob)
        bad[pos] ^= 0x01
        assert_card_error(armored(bytes(bad)))


@pytest.mark.parametrize("version", [0, 2, 255])
def test_wrong_blob_version(version, identity, good):
    assert_card_error(armored(make_blob(good, identity, version=version)))


@pytest.mark.parametrize("change", [{"v": 2}, {"v": 0}, {"type": "sealnote-team-kard"},
                                    {"v": "1"}])
def test_wrong_body_version_even_when_signed(change, identity, team_keys):
    body = make_body(identity, [team_keys[0].public.encode()], **change)
    assert_card_error(armored(make_blob(body, identity)))


@pytest.mark.parametrize("extra", [b"\x00", b"\x01" * 64, b"\x00" * 65, b"x" * 200])
def test_extra_bytes(extra, identity, good):
    assert_card_error(armored(make_blob(good, identity, extra=extra)))


def test_cut_short(identity, good):
    blob = make_blob(good, identity)
    for cut in (1, 4, 5, 6, 5 + len(good), len(blob) - 1, len(blob) - 64):
        assert_card_error(armored(blob[:cut]))


def test_body_length_field_lies(identity, good):
    blob = bytearray(make_blob(good, identity))
    for declared in (len(good) - 1, len(good) + 1, 0, 2**32 - 1):
        blob[1:5] = declared.to_bytes(4, "big")
        assert_card_error(armored(bytes(blob)))


# --- rotation ------------------------------------------------------------------------------------

def test_control_rotated_card(identity, old_identity, team_keys):
    body = make_body(identity, [team_keys[0].public.encode()], previous=old_identity)
    card = parse_card(armored(make_blob(body, identity, endorser=old_identity)))
    assert card.previous_identity == old_identity.public


def test_rotated_card_without_endorsement(identity, old_identity, team_keys):
    body = make_body(identity, [team_keys[0].public.encode()], previous=old_identity)
    assert_card_error(armored(make_blob(body, identity)))


@pytest.mark.parametrize("how", ["self", "random", "flipped", "zero", "other_message"])
def test_rotated_card_with_bad_endorsement(how, identity, old_identity, team_keys):
    body = make_body(identity, [team_keys[0].public.encode()], previous=old_identity)
    message = SIGNED_PREFIX + body
    if how == "self":
        endorsement = identity.sign(message)
    elif how == "random":
        endorsement = IdentitySecretKey.generate().sign(message)
    elif how == "flipped":
        endorsement = bytearray(old_identity.sign(message))
        endorsement[10] ^= 4
        endorsement = bytes(endorsement)
    elif how == "zero":
        endorsement = bytes(64)
    else:
        endorsement = old_identity.sign(SIGNED_PREFIX + make_body(identity, []))
    assert_card_error(armored(make_blob(body, identity, endorsement=endorsement)))


def test_endorsement_on_a_card_that_names_no_previous_identity(identity, old_identity, good):
    assert_card_error(armored(make_blob(good, identity, endorser=old_identity)))


@pytest.mark.parametrize("flag", [2, 0xFF])
def test_bad_endorsement_flag(flag, identity, old_identity, good):
    assert_card_error(armored(make_blob(good, identity, flag=flag)))
    assert_card_error(armored(make_blob(good, identity, endorser=old_identity, flag=flag)))


def test_endorsement_flag_without_endorsement(identity, good):
    assert_card_error(armored(make_blob(good, identity, flag=1)))


# --- moderators ----------------------------------------------------------------------------------

def test_too_many_moderators(identity, team_keys):
    body = make_body(identity, [k.public.encode() for k in team_keys[:9]])
    assert_card_error(armored(make_blob(body, identity)))
    eight = make_body(identity, [k.public.encode() for k in team_keys[:8]])
    assert len(parse_card(armored(make_blob(eight, identity))).moderators) == 8


def test_no_moderators(identity):
    assert_card_error(armored(make_blob(make_body(identity, []), identity)))


def test_duplicate_moderators(identity, team_keys):
    key = team_keys[0].public.encode()
    for mods in ([key, key], [key, key.upper()], [key, " ".join([key[:10], key[10:]])]):
        assert_card_error(armored(make_blob(make_body(identity, mods), identity)))


@pytest.mark.parametrize("kind", ["secret", "identity", "bad_checksum", "empty"])
def test_wrong_kind_of_moderator_key(kind, identity, team_keys):
    key = team_keys[0]
    text = {"secret": key.encode(), "identity": identity.public.encode(),
            "bad_checksum": key.public.encode()[:-1] + ("a" if key.public.encode()[-1] != "a"
                                                         else "b"),
            "empty": ""}[kind]
    assert_card_error(armored(make_blob(make_body(identity, [text]), identity)))


@pytest.mark.parametrize("value", [1, None, {}])
def test_non_string_moderator_entry(value, identity, team_keys):
    """A moderator entry that is not a string (even in a correctly signed card) is a CardError,
    not an AttributeError from the key decoder."""
    body = make_body(identity, [team_keys[0].public.encode(), value])
    assert_card_error(armored(make_blob(body, identity)))


@pytest.mark.parametrize("value", [7, []])
def test_non_string_previous_identity(value, identity, team_keys):
    body = make_body(identity, [team_keys[0].public.encode()], previous_identity=value)
    assert_card_error(armored(make_blob(body, identity)))


@pytest.mark.parametrize("field, value", [
    ("identity", 5), ("identity", None), ("moderators", "snpk1"), ("moderators", {}),
    ("created", 20240101), ("expires", None), ("team", 5), ("demo", "no"),
    ("created", "2024-13-01"), ("expires", "tomorrow"), ("team", ""), ("team", "a\u0000b"),
    ("team", "x" * 101), ("expires", CREATED.isoformat()), ("expires", "2023-12-31"),
])
def test_wrong_field_values_even_when_signed(field, value, identity, team_keys):
    body = make_body(identity, [team_keys[0].public.encode()], **{field: value})
    assert_card_error(armored(make_blob(body, identity)))


def test_identity_field_holding_an_encryption_key(identity, team_keys):
    body = make_body(identity, [team_keys[0].public.encode()],
                     identity=team_keys[1].public.encode())
    assert_card_error(armored(make_blob(body, identity)))


def test_unexpected_or_missing_body_fields(identity, team_keys):
    mods = [team_keys[0].public.encode()]
    body = json.loads(make_body(identity, mods))
    for doc in ({**body, "extra": 1}, {k: v for k, v in body.items() if k != "demo"}, [body],
                "card"):
        raw = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
        assert_card_error(armored(make_blob(raw, identity)))


def test_integer_with_thousands_of_digits_in_body(identity, team_keys):
    """json raises ValueError (not JSONDecodeError) for > 4300-digit integers: still CardError."""
    body = make_body(identity, [team_keys[0].public.encode()]).replace(
        b'"v":1', b'"v":' + b"1" * 5000)
    assert b"1" * 5000 in body
    assert_card_error(armored(make_blob(body, identity)))


def test_body_not_utf8_or_not_json(identity):
    for body in (b"\xff\xfe", b"{", b"[" * 5000 + b"]" * 5000, b""):
        assert_card_error(armored(make_blob(body, identity)))


# --- expiry --------------------------------------------------------------------------------------

def test_expired_card(identity, team_keys):
    card = issue_card("Team", identity, [team_keys[0].public], CREATED, EXPIRES)
    card.check_date(EXPIRES)  # the expiry day itself is still valid
    card.check_date(CREATED)
    for today in (EXPIRES + dt.timedelta(days=1), dt.date(2100, 1, 1)):
        with pytest.raises(SealnoteCryptoError) as info:
            card.check_date(today)
        assert type(info.value) is CardExpired
        with pytest.raises(SealnoteCryptoError) as info:
            load_trusted_card(card.text, today)
        assert type(info.value) is CardExpired
    assert isinstance(CardExpired("x"), CardError)


# --- not a card at all ---------------------------------------------------------------------------

def test_sealed_report_armor_is_not_a_card(sealed_small):
    assert_card_error(armor(sealed_small))


def test_card_markers_around_a_sealed_report(sealed_small):
    assert_card_error(armored(sealed_small))


@pytest.mark.parametrize("seed", range(5))
def test_random_text_is_not_a_card(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz +/=\n-") for _ in range(2000))
    assert_card_error(text)
    assert_card_error(BEGIN + "\n" + text.replace("\n", "").replace("-", "") + "\n" + END)


@pytest.mark.parametrize("text", [
    "", "\n\n", BEGIN, END, BEGIN + "\n" + END, END + "\n" + BEGIN,
    BEGIN + "\nAAAA\n", BEGIN + "\n!!!!\n" + END, BEGIN + "\nAQ=\n" + END,
    BEGIN + "\n\u00e9\u00e9\u00e9\u00e9\n" + END,
], ids=range(10))
def test_malformed_card_text(text):
    assert_card_error(text)


def test_damaged_base64(identity, good):
    text = armored(make_blob(good, identity))
    lines = text.splitlines()
    lines[2] = lines[2][:10] + "*" + lines[2][11:]
    assert_card_error("\n".join(lines))


def test_oversized_card(identity, team_keys):
    body = make_body(identity, [team_keys[0].public.encode()], team="x" * MAX_CARD_BYTES)
    assert_card_error(armored(make_blob(body, identity)))
