"""Adversarial tests of key strings: wrong kinds are named, every typo is caught."""

from __future__ import annotations

import pytest

from crypto.errors import KeyEncodingError, SealnoteCryptoError
from crypto.keys import (
    IdentityPublicKey,
    IdentitySecretKey,
    PublicKey,
    SecretKey,
    decode_key,
    encode_key,
)

SECRET = SecretKey.generate(b"\x21" * 32)
IDENTITY = IdentitySecretKey.generate(b"\x22" * 32)
STRINGS = {
    "public": (SECRET.public.encode(), PublicKey.decode, SECRET.public.raw),
    "secret": (SECRET.encode(), lambda t: SecretKey.decode(t).raw, SECRET.raw),
    "identity": (IDENTITY.public.encode(), IdentityPublicKey.decode, IDENTITY.public.raw),
    "identity_secret": (IDENTITY.encode(), lambda t: IdentitySecretKey.decode(t).seed,
                        IDENTITY.seed),
}
BASE32 = "abcdefghijklmnopqrstuvwxyz234567"
OTHERS = "0189!-_ .=O"


def key_error(call, *args) -> KeyEncodingError:
    with pytest.raises(SealnoteCryptoError) as info:
        call(*args)
    assert type(info.value) is KeyEncodingError
    return info.value


def raw_of(decoded) -> bytes:
    return decoded if isinstance(decoded, bytes) else decoded.raw


def test_controls_decode():
    for text, decode, raw in STRINGS.values():
        assert raw_of(decode(text)) == raw
        assert raw_of(decode(text.upper())) == raw
        assert raw_of(decode("  " + text[:20] + "\n " + text[20:] + "\t")) == raw


@pytest.mark.parametrize("given, expected_by", [
    ("secret", PublicKey.decode), ("identity", PublicKey.decode),
    ("identity_secret", IdentityPublicKey.decode), ("public", IdentityPublicKey.decode),
    ("public", SecretKey.decode), ("identity", IdentitySecretKey.decode),
])
def test_wrong_kind_is_named(given, expected_by):
    error = key_error(expected_by, STRINGS[given][0])
    message = str(error)
    names = {"public": "an encryption public key", "secret": "an encryption SECRET key",
             "identity": "a team identity public key",
             "identity_secret": "a team identity SECRET key"}
    assert message.startswith(f"this is {names[given]}, not "), message


def test_secret_key_where_public_expected_says_secret():
    message = str(key_error(PublicKey.decode, SECRET.encode()))
    assert "SECRET" in message and "public" in message


@pytest.mark.parametrize("kind", sorted(STRINGS))
def test_every_single_character_substitution_is_caught(kind):
    text, decode, raw = STRINGS[kind]
    accepted = []
    for i, original in enumerate(text):
        for replacement in BASE32 + BASE32.upper() + OTHERS:
            if replacement == original:
                continue
            mutated = text[:i] + replacement + text[i + 1:]
            try:
                result = raw_of(decode(mutated))
            except KeyEncodingError:
                continue
            # only a case change of the same letter may be accepted, and then means the same key
            if replacement.lower() != original or result != raw:
                accepted.append((i, replacement))
    assert accepted == []


@pytest.mark.parametrize("kind", sorted(STRINGS))
def test_every_deletion_duplication_and_swap_is_caught(kind):
    text, decode, raw = STRINGS[kind]
    variants = [text[:i] + text[i + 1:] for i in range(len(text))]
    variants += [text[:i] + text[i] + text[i:] for i in range(len(text))]
    variants += [text[:i] + text[i + 1] + text[i] + text[i + 2:] for i in range(len(text) - 1)
                 if text[i] != text[i + 1]]
    variants += [text + c for c in "a7"] + [text[:-1], text[1:]]
    for variant in variants:
        key_error(decode, variant)


@pytest.mark.parametrize("text", [
    "", "1", "snpk", "snpk1", "snpk1" + "a" * 300, "sn pk1" + "a" * 58, "npub1abcdef",
    "age1qqqq", "snpk1" + "!" * 58, "snxx1" + "a" * 58, "snpk2" + "a" * 58,
])
def test_malformed_strings(text):
    key_error(PublicKey.decode, text)


@pytest.mark.parametrize("length", [0, 16, 31, 33, 64])
def test_wrong_raw_length(length):
    text = encode_key("snpk", bytes(range(length)))
    key_error(PublicKey.decode, text)
    with pytest.raises(SealnoteCryptoError) as info:
        decode_key(text, "snpk")
    assert type(info.value) is KeyEncodingError


def test_raw_key_objects_refuse_wrong_lengths():
    for size in (0, 31, 33):
        key_error(PublicKey, bytes(size))
        key_error(IdentityPublicKey, bytes(size))
        key_error(SecretKey.from_raw, bytes(size))
        key_error(IdentitySecretKey.generate, bytes(size))


def test_secret_reprs_are_redacted():
    for secret, raw in ((SECRET, SECRET.raw), (IDENTITY, IDENTITY.seed)):
        shown = repr(secret) + str(secret)
        assert secret.encode() not in shown
        assert raw.hex() not in shown and "<redacted>" in shown
