"""app.vault: create, unlock, lock, change passphrase, keyring wrap, RAM-only, damage."""

from __future__ import annotations

import hashlib
import os
import stat
import time
import unicodedata
from pathlib import Path

import pytest

from app.errors import AppError
from app.paths import AppPaths
from app.vault import Vault, read_key_file, reset_forgotten, vault_key_path
from crypto import primitives
from crypto import vault_format as vf
from crypto.keyfile import (
    CHEAP_FOR_TESTS_ONLY,
    MODERATE,
    PRODUCTION_KDF,
    WEAK_KDF_FOR_TESTS_ONLY,
    KdfParams,
)

PASS = "correct horse battery staple"
WEAK = WEAK_KDF_FOR_TESTS_ONLY


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "root")


def _create(paths: AppPaths, passphrase: str = PASS) -> Vault:
    return Vault.create(paths, passphrase, CHEAP_FOR_TESTS_ONLY, WEAK)


def _unlock(paths: AppPaths, passphrase: str = PASS) -> Vault:
    return Vault.unlock_with_passphrase(paths, passphrase, WEAK)


def _code(call: object, *args: object) -> str:
    with pytest.raises(AppError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value.code


def _same_key(a: Vault, b: Vault) -> bool:
    return b.unwrap(a.wrap(b"probe", b"ad"), b"ad") == b"probe"


def test_create_unlock_round_trip(paths: AppPaths) -> None:
    vault = _create(paths)
    assert vault.is_unlocked and not vault.is_ram_only and Vault.exists(paths)
    mode = stat.S_IMODE(os.stat(vault_key_path(paths)).st_mode)
    assert mode == 0o600
    assert stat.S_IMODE(os.stat(paths.data).st_mode) == 0o700
    assert len(vault_key_path(paths).read_bytes()) == vf.PLAIN_FILE_BYTES
    assert _same_key(vault, _unlock(paths))


def test_create_refuses_to_overwrite_and_empty_passphrase(paths: AppPaths) -> None:
    assert _code(Vault.create, paths, "", CHEAP_FOR_TESTS_ONLY, WEAK) == "vault.empty_passphrase"
    assert not Vault.exists(paths)
    _create(paths)
    assert _code(Vault.create, paths, "other", CHEAP_FOR_TESTS_ONLY, WEAK) == "vault.exists"


def test_missing_vault(paths: AppPaths) -> None:
    assert _code(_unlock, paths) == "vault.missing"


def test_wrong_passphrase(paths: AppPaths) -> None:
    _create(paths)
    assert _code(_unlock, paths, PASS + " ") == "vault.wrong_passphrase"
    assert _code(_unlock, paths, "") == "vault.empty_passphrase"


@pytest.mark.parametrize("form_a,form_b", [("NFC", "NFD"), ("NFD", "NFC")])
def test_nfc_and_nfd_passphrases_are_the_same(paths: AppPaths, form_a: str,
                                               form_b: str) -> None:
    text = "Café – ناصر – Ångström"
    a = unicodedata.normalize(form_a, text)  # type: ignore[arg-type]
    b = unicodedata.normalize(form_b, text)  # type: ignore[arg-type]
    assert a != b
    vault = _create(paths, a)
    assert _same_key(vault, _unlock(paths, b))


def test_lock_forgets_the_key(paths: AppPaths) -> None:
    vault = _create(paths)
    held = vault._key
    assert held is not None and any(held)
    vault.lock()
    assert not vault.is_unlocked
    assert held == bytearray(32)  # our copy was zeroed
    assert _code(vault.wrap, b"x", b"ad") == "vault.locked"
    assert _code(vault.change_passphrase, "new", CHEAP_FOR_TESTS_ONLY) == "vault.locked"


def test_change_passphrase_keeps_drafts(paths: AppPaths) -> None:
    vault = _create(paths)
    wrapped_before = vault.wrap(b"per-draft key", b"draft")
    old_file = vault_key_path(paths).read_bytes()
    vault.change_passphrase("new passphrase here", CHEAP_FOR_TESTS_ONLY)
    assert vault_key_path(paths).read_bytes() != old_file
    assert _code(_unlock, paths, PASS) == "vault.wrong_passphrase"
    again = _unlock(paths, "new passphrase here")
    assert again.unwrap(wrapped_before, b"draft") == b"per-draft key"


def test_keyring_wrap_enable_use_survive_change_and_disable(paths: AppPaths) -> None:
    vault = _create(paths)
    assert Vault.keyring_account(paths) is None
    wrapping_key = primitives.random_bytes(32)
    account = vault.enable_keyring(wrapping_key)
    assert Vault.keyring_account(paths) == account and len(account) == 32
    assert len(vault_key_path(paths).read_bytes()) == vf.KEYRING_FILE_BYTES
    assert _same_key(vault, Vault.unlock_with_keyring_key(paths, wrapping_key))
    assert _same_key(vault, _unlock(paths))
    vault.change_passphrase("another one", CHEAP_FOR_TESTS_ONLY)
    assert _same_key(vault, Vault.unlock_with_keyring_key(paths, wrapping_key))
    assert _code(Vault.unlock_with_keyring_key, paths, bytes(32)) == "vault.keyring_key_rejected"
    vault.disable_keyring()
    assert Vault.keyring_account(paths) is None
    assert _code(Vault.unlock_with_keyring_key, paths, wrapping_key) == \
        "vault.keyring_key_rejected"
    assert _same_key(vault, _unlock(paths, "another one"))


def test_ram_only_writes_nothing(tmp_path: Path) -> None:
    before = sorted(tmp_path.parent.rglob("*"))
    home_before = sorted(Path(os.environ["HOME"]).rglob("*"))
    vault = Vault.ram_only()
    assert vault.is_ram_only and vault.is_unlocked and vault.paths is None
    assert vault.unwrap(vault.wrap(b"k", b"a"), b"a") == b"k"
    assert _code(vault.change_passphrase, "x", CHEAP_FOR_TESTS_ONLY) == "vault.ram_only"
    assert _code(vault.enable_keyring, bytes(32)) == "vault.ram_only"
    assert sorted(tmp_path.parent.rglob("*")) == before
    assert sorted(Path(os.environ["HOME"]).rglob("*")) == home_before
    assert Vault.ram_only()._key != vault._key


def test_repr_redacts(paths: AppPaths) -> None:
    vault = _create(paths)
    assert vault._key is not None
    text = repr(vault) + str(vault)
    assert bytes(vault._key).hex() not in text and "unlocked" in text


def test_absurd_params_refused_fast_without_argon2id(paths: AppPaths,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _create(paths)
    good = read_key_file(paths)
    calls: list[object] = []

    def must_not_run(*args: object) -> bytes:
        calls.append(args)
        raise AssertionError("Argon2id called for refused parameters")

    monkeypatch.setattr(primitives, "argon2id_derive", must_not_run)
    for params in (KdfParams(11, 8192), KdfParams(1, (1 << 30) + 1),
                   KdfParams(0xFFFFFFFF, (1 << 64) - 1)):
        bad = vf.VaultKeyFile(params, good.salt, good.nonce, good.wrap)
        vault_key_path(paths).write_bytes(bad.to_bytes())
        start = time.perf_counter()
        assert _code(_unlock, paths) == "vault.kdf_refused"
        assert time.perf_counter() - start < 0.1
    # cheap parameters are refused by the production policy (an attacker lowering the cost)
    vault_key_path(paths).write_bytes(good.to_bytes())
    assert _code(Vault.unlock_with_passphrase, paths, PASS, PRODUCTION_KDF) == "vault.kdf_refused"
    assert calls == []


def _fake_argon(passphrase: bytes, salt: bytes, ops: int, mem: int) -> bytes:
    return hashlib.blake2b(passphrase + salt + ops.to_bytes(8, "big") + mem.to_bytes(8, "big"),
                           digest_size=32).digest()


@pytest.mark.parametrize("with_keyring", [False, True])
def test_every_bit_flip_in_the_key_file_is_a_typed_error(
        paths: AppPaths, monkeypatch: pytest.MonkeyPatch, with_keyring: bool) -> None:
    """A flipped bit in every byte (checksum kept or recomputed by an attacker) → a typed
    AppError (every bit of every byte: test_vault_format's in-memory version).

    Argon2id is replaced by a fast stand-in: this is about the format binding every byte
    (memlimit flips would otherwise ask for up to 1 GiB per attempt).
    """
    monkeypatch.setattr(primitives, "argon2id_derive", _fake_argon)
    vault = _create(paths)
    wrapping_key = primitives.random_bytes(32)
    if with_keyring:
        vault.enable_keyring(wrapping_key)
    original = vault_key_path(paths).read_bytes()
    allowed = {"vault.corrupt", "vault.unsupported", "vault.kdf_refused",
               "vault.wrong_passphrase", "vault.keyring_key_rejected"}
    for index in range(len(original)):
        for bit in (index % 8,):
            mutated = bytearray(original)
            mutated[index] ^= 1 << bit
            vault_key_path(paths).write_bytes(bytes(mutated))
            damaged = "vault.unsupported" if index == 4 else "vault.corrupt"  # version byte
            assert _code(_unlock, paths) == damaged
            if with_keyring:
                assert _code(Vault.unlock_with_keyring_key, paths, wrapping_key) == damaged
            if index >= len(original) - 32:
                continue
            resummed = bytes(mutated[:-32]) + hashlib.sha256(mutated[:-32]).digest()
            vault_key_path(paths).write_bytes(resummed)
            # Each wrap binds the fixed header and its own section, not the other section.
            if index < 107:
                assert _code(_unlock, paths) in allowed, (index, bit)
            else:
                assert _same_key(vault, _unlock(paths))
            if with_keyring and (index < 7 or index >= 107):  # 6 = kdf id, parsed strictly
                assert _code(Vault.unlock_with_keyring_key, paths, wrapping_key) in allowed
            elif with_keyring:
                assert _same_key(vault, Vault.unlock_with_keyring_key(paths, wrapping_key))


def test_keyring_section_flips_leave_passphrase_path_working(
        paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    """A re-checksummed flip in the keyring section breaks only the keyring wrap."""
    monkeypatch.setattr(primitives, "argon2id_derive", _fake_argon)
    vault = _create(paths)
    wrapping_key = primitives.random_bytes(32)
    vault.enable_keyring(wrapping_key)
    original = vault_key_path(paths).read_bytes()
    for index in range(107, len(original) - 32):
        mutated = bytearray(original[:-32])
        mutated[index] ^= 0x04
        vault_key_path(paths).write_bytes(bytes(mutated) + hashlib.sha256(mutated).digest())
        assert _code(Vault.unlock_with_keyring_key, paths, wrapping_key) == \
            "vault.keyring_key_rejected"
        assert _same_key(vault, _unlock(paths))


def test_reset_forgotten_erases_key_then_drafts(paths: AppPaths) -> None:
    _create(paths)
    drafts = paths.data / "drafts"
    drafts.mkdir()
    (drafts / "x.key").write_bytes(b"wrapped")
    reset_forgotten(paths)
    assert not Vault.exists(paths) and not drafts.exists()
    _create(paths, "a fresh start")  # first run again


def test_production_parameters_are_calibrated(paths: AppPaths) -> None:
    """The one test with real cost: calibrate() and the production policy."""
    start = time.perf_counter()
    vault = Vault.create(paths, PASS)
    params = read_key_file(paths).params
    assert params.memlimit == MODERATE.memlimit and params.opslimit >= MODERATE.opslimit
    assert _same_key(vault, Vault.unlock_with_passphrase(paths, PASS))
    assert time.perf_counter() - start < 20
