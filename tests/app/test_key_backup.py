"""k-of-n word-share backups and passphrase backups of the moderator's secrets."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from app.errors import AppError
from app.key_backup import (
    ShareBackup,
    make_passphrase_backup,
    make_share_backup,
    restore_from_passphrase_backup,
    restore_from_shares,
)
from app.moderator_store import ensure_store_key
from app.team import create_team
from crypto.errors import WrongPassphrase
from crypto.keyfile import CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY, ModeratorSecrets
from crypto.keys import SecretKey


@pytest.fixture(scope="module")
def secrets() -> ModeratorSecrets:
    made, _ = create_team("Backup Team", dt.date(2026, 1, 1))
    made, _ = ensure_store_key(made)
    return ModeratorSecrets(made.team, (*made.encryption_keys, SecretKey.generate()),
                            made.identity_keys, made.card_text, made.extra)


def same(a: ModeratorSecrets, b: ModeratorSecrets) -> bool:
    return a.to_bytes() == b.to_bytes()


@pytest.mark.parametrize(("k", "n"), [(2, 3), (3, 5)])
def test_any_k_shares_in_any_order_restore(secrets: ModeratorSecrets, k: int, n: int) -> None:
    backup = make_share_backup(secrets, k, n)
    assert len(backup.shares) == n and len(set(backup.shares)) == n
    assert all(len(share.split()) == 33 for share in backup.shares)
    for chosen in itertools.combinations(backup.shares, k):
        for order in itertools.permutations(chosen):
            assert same(restore_from_shares(list(order), backup.backup_file), secrets)


@pytest.mark.parametrize(("k", "n"), [(2, 3), (3, 5)])
def test_fewer_than_k_shares_are_refused(secrets: ModeratorSecrets, k: int, n: int) -> None:
    backup = make_share_backup(secrets, k, n)
    for chosen in itertools.combinations(backup.shares, k - 1):
        with pytest.raises(AppError) as info:
            restore_from_shares([*chosen, *chosen], backup.backup_file)  # repeats do not count
        assert info.value.code == "backup.not_enough_shares"
        assert info.value.params == {"needed": k, "given": k - 1}


def test_more_than_k_shares_and_typing_variants_are_fine(secrets: ModeratorSecrets) -> None:
    backup = make_share_backup(secrets, 2, 3)
    typed = ["  " + backup.shares[2].upper().replace(" ", "\n  ") + " ", backup.shares[0], ""]
    assert same(restore_from_shares(typed + [backup.shares[1]], backup.backup_file), secrets)


def test_a_mistyped_word_names_the_share(secrets: ModeratorSecrets) -> None:
    backup = make_share_backup(secrets, 2, 3)
    words = backup.shares[1].split()
    swapped = words[:]
    swapped[10] = "academic" if words[10] != "academic" else "acid"
    for bad in (" ".join(swapped), " ".join(words[:-1]), backup.shares[1].replace(
            words[5], words[5] + "x", 1)):
        with pytest.raises(AppError) as info:
            restore_from_shares([backup.shares[0], bad], backup.backup_file)
        assert info.value.code == "backup.share_invalid"
        assert info.value.params == {"share": 2}


def test_shares_of_another_backup_or_a_damaged_file(secrets: ModeratorSecrets) -> None:
    first = make_share_backup(secrets, 2, 3)
    second = make_share_backup(secrets, 2, 3)
    with pytest.raises(AppError) as info:
        restore_from_shares([first.shares[0], second.shares[1]], first.backup_file)
    assert info.value.code == "backup.share_other_set"
    with pytest.raises(AppError) as info:
        restore_from_shares(list(first.shares[:2]), second.backup_file)
    assert info.value.code in ("backup.share_other_set", "backup.does_not_open")
    damaged = bytearray(first.backup_file)
    damaged[-1] ^= 1
    with pytest.raises(AppError) as info:
        restore_from_shares(list(first.shares[:2]), bytes(damaged))
    assert info.value.code == "backup.does_not_open"
    with pytest.raises(AppError) as info:
        restore_from_shares(list(first.shares[:2]), b"SNKF" + bytes(100))
    assert info.value.code == "backup.not_a_backup"


def test_invalid_thresholds_and_redaction(secrets: ModeratorSecrets) -> None:
    for k, n in ((1, 3), (4, 3), (2, 17)):
        with pytest.raises(AppError) as info:
            make_share_backup(secrets, k, n)
        assert info.value.code == "backup.invalid_threshold"
    backup = make_share_backup(secrets, 2, 2)
    assert isinstance(backup, ShareBackup)
    assert backup.shares[0].split()[0] not in repr(backup)


def test_passphrase_backup(secrets: ModeratorSecrets) -> None:
    data = make_passphrase_backup(secrets, "correct horse battery", CHEAP_FOR_TESTS_ONLY,
                                  WEAK_KDF_FOR_TESTS_ONLY)
    restored = restore_from_passphrase_backup(data, "correct horse battery",
                                              WEAK_KDF_FOR_TESTS_ONLY)
    assert same(restored, secrets)
    with pytest.raises(WrongPassphrase):
        restore_from_passphrase_backup(data, "wrong horse battery", WEAK_KDF_FOR_TESTS_ONLY)
    with pytest.raises(AppError) as info:
        make_passphrase_backup(secrets, "short", CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY)
    assert info.value.code == "passphrase.too_short"
