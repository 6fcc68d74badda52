"""Adversarial tests of moderator key files (SECURITY.md: Keys at rest; test plan: Keys).

Layout: magic (4) | version (1) | kdf_id (1) | opslimit (4) | memlimit (8) | salt (16) |
nonce (24) | ciphertext. Cheap Argon2id parameters are used through the explicit test-only seam
except where the production policy itself is under test.
"""

from __future__ import annotations

import time
import unicodedata

import pytest

from crypto import keyfile, primitives
from crypto.errors import KdfParametersRefused, KeyFileError, SealnoteCryptoError, WrongPassphrase
from crypto.keyfile import (
    CHEAP_FOR_TESTS_ONLY,
    HEADER_BYTES,
    PRODUCTION_KDF,
    WEAK_KDF_FOR_TESTS_ONLY,
    KdfParams,
    ModeratorSecrets,
    open_key_file,
    read_key_file_params,
    write_key_file,
)
from crypto.keys import IdentitySecretKey, SecretKey

PASSPHRASE = "correct horse battery staple"
OPS_AT, MEM_AT = 6, 10


@pytest.fixture(scope="module")
def secrets() -> ModeratorSecrets:
    return ModeratorSecrets("Archive Watch", (SecretKey.generate(b"\x31" * 32),),
                            (IdentitySecretKey.generate(b"\x32" * 32),))


@pytest.fixture(scope="module")
def cheap_file(secrets) -> bytes:
    return write_key_file(secrets, PASSPHRASE, CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY)


def open_cheap(data: bytes, passphrase: str = PASSPHRASE) -> ModeratorSecrets:
    return open_key_file(data, passphrase, WEAK_KDF_FOR_TESTS_ONLY)


def outcome(data: bytes, passphrase: str = PASSPHRASE):
    try:
        return open_cheap(data, passphrase)
    except KeyFileError as exc:
        return type(exc)


def same_secrets(a: ModeratorSecrets, b: ModeratorSecrets) -> bool:
    return a.to_bytes() == b.to_bytes()


def with_params(data: bytes, opslimit: int, memlimit: int) -> bytes:
    return (data[:OPS_AT] + opslimit.to_bytes(4, "big") + memlimit.to_bytes(8, "big")
            + data[MEM_AT + 8:])


@pytest.fixture
def argon2_forbidden(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("Argon2id was called for parameters that must be refused first")

    monkeypatch.setattr(primitives, "argon2id_derive", refuse)


def test_control_round_trip(cheap_file, secrets):
    assert same_secrets(open_cheap(cheap_file), secrets)
    assert len(cheap_file) > HEADER_BYTES + 16


@pytest.mark.parametrize("wrong", ["correct horse battery stapl", "Correct horse battery staple",
                                   "x", PASSPHRASE + " ", "\u0000"])
def test_wrong_passphrase(wrong, cheap_file):
    assert outcome(cheap_file, wrong) is WrongPassphrase


def test_empty_passphrase(cheap_file):
    assert outcome(cheap_file, "") is KeyFileError


def expected_for_flip(original: bytes, mutated: bytes) -> type[KeyFileError]:
    """What a flipped byte must give, by where it is (computed from the layout)."""
    pos = next(i for i in range(len(original)) if original[i] != mutated[i])
    if pos < 6:
        return KeyFileError  # magic, version or KDF id
    if pos < 18:
        params = read_key_file_params(mutated)
        try:
            params.check(WEAK_KDF_FOR_TESTS_ONLY)
        except KdfParametersRefused:
            return KdfParametersRefused
    return WrongPassphrase  # authenticated parameters, salt, nonce or ciphertext


@pytest.mark.parametrize("mask", [0x01, 0x80, 0xFF])
def test_every_byte_flipped(mask, cheap_file):
    wrong = {}
    for pos in range(len(cheap_file)):
        mutated = bytearray(cheap_file)
        mutated[pos] ^= mask
        if OPS_AT <= pos < MEM_AT + 8:
            params = KdfParams(int.from_bytes(mutated[OPS_AT:MEM_AT], "big"),
                               int.from_bytes(mutated[MEM_AT:MEM_AT + 8], "big"))
            assert params.memlimit <= 64 << 20 or params.memlimit > keyfile.MAX_MEMLIMIT
        expected = expected_for_flip(cheap_file, bytes(mutated))
        got = outcome(bytes(mutated))
        if got is not expected:
            wrong[pos] = (got, expected)
    assert wrong == {}


def test_every_truncation_and_extension(cheap_file):
    for cut in range(len(cheap_file)):
        expected = KeyFileError if cut < HEADER_BYTES + 16 else WrongPassphrase
        assert outcome(cheap_file[:cut]) is expected, cut
    for extra in (b"\x00", b"\x00" * 16, b"junk"):
        assert outcome(cheap_file + extra) is WrongPassphrase


def test_not_a_key_file(cheap_file, sealed_small):
    for data in (b"", b"SNKF", sealed_small, b"x" * 1000, cheap_file[:4] + bytes([2]) +
                 cheap_file[5:], cheap_file[:5] + bytes([2]) + cheap_file[6:]):
        assert outcome(data) is KeyFileError


def test_oversized_key_file_refused(cheap_file, argon2_forbidden):
    assert outcome(cheap_file + bytes(keyfile.MAX_KEY_FILE_BYTES)) is KeyFileError


ABSURD = [
    (2**32 - 1, CHEAP_FOR_TESTS_ONLY.memlimit),
    (CHEAP_FOR_TESTS_ONLY.opslimit, 2**40),
    (CHEAP_FOR_TESTS_ONLY.opslimit, 0),
    (0, CHEAP_FOR_TESTS_ONLY.memlimit),
    (11, CHEAP_FOR_TESTS_ONLY.memlimit),
    (1, (1 << 30) + 1),
    (2**32 - 1, 2**64 - 1),
    (1, 8191),
]


@pytest.mark.parametrize("opslimit, memlimit", ABSURD)
def test_absurd_kdf_parameters_refused_fast_without_argon2(opslimit, memlimit, cheap_file,
                                                           argon2_forbidden):
    data = with_params(cheap_file, opslimit, memlimit)
    for policy in (WEAK_KDF_FOR_TESTS_ONLY, PRODUCTION_KDF):
        start = time.perf_counter()
        with pytest.raises(SealnoteCryptoError) as info:
            open_key_file(data, PASSPHRASE, policy)
        elapsed = time.perf_counter() - start
        assert type(info.value) is KdfParametersRefused
        assert elapsed < 0.1
    with pytest.raises(SealnoteCryptoError) as info:
        keyfile.derive_key(PASSPHRASE, b"\x00" * 16, KdfParams(opslimit, memlimit),
                           WEAK_KDF_FOR_TESTS_ONLY)
    assert type(info.value) is KdfParametersRefused


@pytest.mark.parametrize("opslimit, memlimit", ABSURD)
def test_writing_with_absurd_parameters_refused(opslimit, memlimit, secrets, argon2_forbidden):
    with pytest.raises(SealnoteCryptoError) as info:
        write_key_file(secrets, PASSPHRASE, KdfParams(opslimit, memlimit),
                       WEAK_KDF_FOR_TESTS_ONLY)
    assert type(info.value) is KdfParametersRefused


def test_production_policy_refuses_cheap_parameters(cheap_file, secrets, argon2_forbidden):
    with pytest.raises(SealnoteCryptoError) as info:
        open_key_file(cheap_file, PASSPHRASE)
    assert type(info.value) is KdfParametersRefused
    with pytest.raises(SealnoteCryptoError) as info:
        write_key_file(secrets, PASSPHRASE, CHEAP_FOR_TESTS_ONLY)
    assert type(info.value) is KdfParametersRefused
    for params in (KdfParams(1, 64 << 20), KdfParams(2, (64 << 20) - 1)):
        with pytest.raises(SealnoteCryptoError) as info:
            open_key_file(with_params(cheap_file, params.opslimit, params.memlimit), PASSPHRASE)
        assert type(info.value) is KdfParametersRefused


def test_production_policy_accepts_its_minimum(secrets):
    minimum = KdfParams(PRODUCTION_KDF.min_opslimit, PRODUCTION_KDF.min_memlimit)
    data = write_key_file(secrets, PASSPHRASE, minimum)
    assert read_key_file_params(data) == minimum
    assert same_secrets(open_key_file(data, PASSPHRASE), secrets)
    with pytest.raises(SealnoteCryptoError) as info:
        open_key_file(data, PASSPHRASE + "!")
    assert type(info.value) is WrongPassphrase


def test_parameters_are_authenticated(cheap_file):
    """Changing the stored parameters to other accepted values breaks the AEAD."""
    for ops, mem in ((2, 8192), (1, 16384), (3, 1 << 20)):
        assert outcome(with_params(cheap_file, ops, mem)) is WrongPassphrase


@pytest.mark.parametrize("phrase", ["caf\u00e9 cr\u00e8me", "\u1e9b\u0323 \u00c5ngstr\u00f6m",
                                    "\uac00\ub098\ub2e4 \u0958"])
def test_nfc_and_nfd_passphrases_open_the_same_file(phrase, secrets):
    nfc, nfd = unicodedata.normalize("NFC", phrase), unicodedata.normalize("NFD", phrase)
    assert nfc != nfd
    for written, typed in ((nfc, nfd), (nfd, nfc), (nfd, nfd)):
        data = write_key_file(secrets, written, CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY)
        assert same_secrets(open_cheap(data, typed), secrets)


def test_two_writes_differ(secrets):
    a = write_key_file(secrets, PASSPHRASE, CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY)
    b = write_key_file(secrets, PASSPHRASE, CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY)
    assert a[18:34] != b[18:34]  # salt
    assert a[34:HEADER_BYTES] != b[34:HEADER_BYTES]  # nonce
    assert a[HEADER_BYTES:] != b[HEADER_BYTES:]


def test_secrets_never_in_the_file(cheap_file, secrets):
    for key in secrets.encryption_keys:
        assert key.raw not in cheap_file and key.encode().encode() not in cheap_file
    assert b"Archive Watch" not in cheap_file
