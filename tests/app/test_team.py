"""Tests for app.team: team creation, the passphrase-protected key file, the public card.

Key files here use crypto.keyfile.CHEAP_FOR_TESTS_ONLY with WEAK_KDF_FOR_TESTS_ONLY so the suite
stays fast; one test proves that production settings refuse such a file.
"""

from __future__ import annotations

import datetime as dt
import stat
import unicodedata
from pathlib import Path

import pytest

from app.errors import AppError
from app.team import (
    MAX_KEY_FILE_BYTES,
    card_of,
    create_team,
    export_card,
    load_key_file,
    save_key_file,
)
from crypto.card import TeamCard, load_trusted_card, parse_card
from crypto.errors import CardError, KdfParametersRefused, KeyFileError, WrongPassphrase
from crypto.keyfile import (
    CHEAP_FOR_TESTS_ONLY,
    WEAK_KDF_FOR_TESTS_ONLY,
    KdfParams,
    ModeratorSecrets,
)

TODAY = dt.date(2026, 5, 1)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="module")
def team() -> tuple[ModeratorSecrets, TeamCard]:
    return create_team("Wiki Safety Team", TODAY)


def save_cheap(path: Path, secrets: ModeratorSecrets, passphrase: str = PASSPHRASE) -> None:
    save_key_file(path, secrets, passphrase, params=CHEAP_FOR_TESTS_ONLY,
                  policy=WEAK_KDF_FOR_TESTS_ONLY)


def load_cheap(path: Path, passphrase: str = PASSPHRASE) -> ModeratorSecrets:
    return load_key_file(path, passphrase, policy=WEAK_KDF_FOR_TESTS_ONLY)


# ------------------------------------------------------------------ create_team

def test_create_team_gives_a_signed_card_matching_the_keys(
        team: tuple[ModeratorSecrets, TeamCard]) -> None:
    secrets, card = team
    assert card.team == secrets.team == "Wiki Safety Team"
    assert card.created == TODAY
    assert card.expires == TODAY + dt.timedelta(days=365)
    assert card.demo is False
    assert card.moderators == tuple(k.public for k in secrets.encryption_keys)
    assert len(secrets.identity_keys) == 1
    assert secrets.identity_keys[0].public == card.identity
    assert parse_card(card.text) == card


def test_create_team_gives_fresh_keys_every_time() -> None:
    (first, card1), (second, card2) = create_team("T", TODAY), create_team("T", TODAY)
    assert card1.fingerprint != card2.fingerprint
    assert first.encryption_keys[0].raw != second.encryption_keys[0].raw


def test_fingerprint_is_easy_to_read_aloud(team: tuple[ModeratorSecrets, TeamCard]) -> None:
    groups = team[1].fingerprint.split(" ")
    assert len(groups) == 6
    assert all(len(g) == 5 and g.isdigit() for g in groups)


@pytest.mark.parametrize("days", [0, -1, 5 * 366 + 1])
def test_create_team_refuses_a_bad_validity(days: int) -> None:
    with pytest.raises(AppError) as caught:
        create_team("T", TODAY, valid_days=days)
    assert caught.value.code == "team.invalid_validity"


@pytest.mark.parametrize("days", [1, 5 * 366])
def test_create_team_validity_bounds(days: int) -> None:
    _, card = create_team("T", TODAY, valid_days=days)
    assert card.expires == TODAY + dt.timedelta(days=days)


@pytest.mark.parametrize("name", ["", "   ", "x" * 101, "bad\x00name", "line\nbreak",
                                  "rtl\u202eoverride"])
def test_create_team_refuses_a_bad_name(name: str) -> None:
    with pytest.raises(AppError) as caught:
        create_team(name, TODAY)
    assert caught.value.code == "team.invalid_name"


def test_team_name_is_nfc_normalised_and_trimmed() -> None:
    _, card = create_team("  " + unicodedata.normalize("NFD", "Équipe Sécurité") + " ", TODAY)
    assert card.team == "Équipe Sécurité"


# ------------------------------------------------------------------ key file

def test_key_file_round_trip(team: tuple[ModeratorSecrets, TeamCard], tmp_path: Path) -> None:
    secrets, card = team
    path = tmp_path / "team.key"
    save_cheap(path, secrets)
    loaded = load_cheap(path)
    assert loaded.team == secrets.team
    assert [k.raw for k in loaded.encryption_keys] == [k.raw for k in secrets.encryption_keys]
    assert [k.encode() for k in loaded.identity_keys] == [k.encode()
                                                         for k in secrets.identity_keys]
    assert card_of(loaded) == card
    assert card_of(loaded).fingerprint == card.fingerprint


def test_key_file_is_private_and_holds_no_key_or_passphrase_in_clear(
        team: tuple[ModeratorSecrets, TeamCard], tmp_path: Path) -> None:
    secrets, card = team
    path = tmp_path / "team.key"
    save_cheap(path, secrets)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = path.read_bytes()
    for needle in (PASSPHRASE, secrets.encryption_keys[0].encode(),
                   secrets.identity_keys[0].encode(), "Wiki Safety Team"):
        assert needle.encode() not in data
    assert secrets.encryption_keys[0].raw not in data
    assert [p.name for p in tmp_path.iterdir()] == ["team.key"]


def test_wrong_passphrase(team: tuple[ModeratorSecrets, TeamCard], tmp_path: Path) -> None:
    path = tmp_path / "team.key"
    save_cheap(path, team[0])
    with pytest.raises(WrongPassphrase):
        load_cheap(path, PASSPHRASE + "!")
    with pytest.raises(WrongPassphrase):
        load_cheap(path, PASSPHRASE.upper())


def test_nfd_passphrase_opens_an_nfc_key_file(team: tuple[ModeratorSecrets, TeamCard],
                                              tmp_path: Path) -> None:
    path = tmp_path / "team.key"
    save_cheap(path, team[0], unicodedata.normalize("NFC", "pässwörd café ñ"))
    loaded = load_cheap(path, unicodedata.normalize("NFD", "pässwörd café ñ"))
    assert loaded.team == team[0].team


@pytest.mark.parametrize("index", [0, 5, 10, 20, 40, 60, -1])
def test_a_flipped_key_file_byte_is_refused(team: tuple[ModeratorSecrets, TeamCard],
                                            tmp_path: Path, index: int) -> None:
    path = tmp_path / "team.key"
    save_cheap(path, team[0])
    data = bytearray(path.read_bytes())
    data[index] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(KeyFileError):
        load_cheap(path)


def test_production_refuses_a_cheap_key_file(team: tuple[ModeratorSecrets, TeamCard],
                                             tmp_path: Path) -> None:
    path = tmp_path / "team.key"
    save_cheap(path, team[0])
    with pytest.raises(KdfParametersRefused):
        load_key_file(path, PASSPHRASE)


def test_production_refuses_to_write_cheap_parameters(team: tuple[ModeratorSecrets, TeamCard],
                                                      tmp_path: Path) -> None:
    path = tmp_path / "team.key"
    with pytest.raises(KdfParametersRefused):
        save_key_file(path, team[0], PASSPHRASE, params=CHEAP_FOR_TESTS_ONLY)
    assert not path.exists()


def test_absurd_parameters_are_refused_before_deriving(team: tuple[ModeratorSecrets, TeamCard],
                                                       tmp_path: Path) -> None:
    path = tmp_path / "team.key"
    with pytest.raises(KdfParametersRefused):
        save_key_file(path, team[0], PASSPHRASE, params=KdfParams(opslimit=3,
                                                                  memlimit=64 << 30))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("passphrase", ["", "short", "1234567"])
def test_save_key_file_refuses_a_short_passphrase(team: tuple[ModeratorSecrets, TeamCard],
                                                  tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "team.key"
    with pytest.raises(AppError) as caught:
        save_cheap(path, team[0], passphrase)
    assert caught.value.code == "passphrase.too_short"
    assert list(tmp_path.iterdir()) == []


def test_eight_characters_are_enough(team: tuple[ModeratorSecrets, TeamCard],
                                     tmp_path: Path) -> None:
    save_cheap(tmp_path / "team.key", team[0], "12345678")
    assert load_cheap(tmp_path / "team.key", "12345678").team == team[0].team


def test_save_key_file_replaces_atomically(team: tuple[ModeratorSecrets, TeamCard],
                                           tmp_path: Path) -> None:
    path = tmp_path / "team.key"
    save_cheap(path, team[0], "first passphrase")
    save_cheap(path, team[0], "second passphrase")
    assert load_cheap(path, "second passphrase").team == team[0].team
    with pytest.raises(WrongPassphrase):
        load_cheap(path, "first passphrase")
    assert [p.name for p in tmp_path.iterdir()] == ["team.key"]


def test_save_key_file_into_a_missing_folder(team: tuple[ModeratorSecrets, TeamCard],
                                             tmp_path: Path) -> None:
    with pytest.raises(AppError) as caught:
        save_cheap(tmp_path / "missing" / "team.key", team[0])
    assert caught.value.code == "io.write_failed"


def test_load_a_missing_key_file(tmp_path: Path) -> None:
    with pytest.raises(AppError) as caught:
        load_cheap(tmp_path / "nope.key")
    assert caught.value.code == "input.unreadable"


def test_load_a_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.key"
    with open(path, "wb") as handle:
        handle.truncate(MAX_KEY_FILE_BYTES + 1)
    with pytest.raises(KeyFileError):
        load_cheap(path)


@pytest.mark.parametrize("content", [b"", b"SNKF", b"not a key file at all" * 10])
def test_load_garbage(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.key"
    path.write_bytes(content)
    with pytest.raises(KeyFileError):
        load_cheap(path)


def test_secrets_repr_is_redacted(team: tuple[ModeratorSecrets, TeamCard]) -> None:
    text = repr(team[0])
    assert "Wiki Safety Team" not in text
    assert team[0].encryption_keys[0].encode() not in text


# ------------------------------------------------------------------ card

def test_export_card(team: tuple[ModeratorSecrets, TeamCard], tmp_path: Path) -> None:
    secrets, card = team
    path = tmp_path / "team-card.txt"
    export_card(card, path)
    text = path.read_text(encoding="utf-8")
    assert text == card.text
    assert load_trusted_card(text, TODAY).fingerprint == card.fingerprint
    for key in secrets.encryption_keys:
        assert key.encode() not in text
    assert [p.name for p in tmp_path.iterdir()] == ["team-card.txt"]


def test_export_card_into_a_missing_folder(team: tuple[ModeratorSecrets, TeamCard],
                                           tmp_path: Path) -> None:
    with pytest.raises(AppError) as caught:
        export_card(team[1], tmp_path / "missing" / "card.txt")
    assert caught.value.code == "io.write_failed"


def test_card_of_a_damaged_card_text(team: tuple[ModeratorSecrets, TeamCard]) -> None:
    secrets = team[0]
    lines = secrets.card_text.splitlines()
    middle = lines[2]
    lines[2] = middle[:10] + ("A" if middle[10] != "A" else "B") + middle[11:]
    damaged = ModeratorSecrets(secrets.team, secrets.encryption_keys, secrets.identity_keys,
                               "\n".join(lines))
    with pytest.raises(CardError):
        card_of(damaged)


def test_expired_card_is_refused_by_load_trusted_card() -> None:
    _, card = create_team("Old", TODAY - dt.timedelta(days=10), valid_days=5)
    with pytest.raises(CardError) as caught:
        load_trusted_card(card.text, TODAY)
    assert caught.value.code == "card.expired"
