"""Tests for app.card_trust: judging a candidate team card and storing the trusted one."""

from __future__ import annotations

import base64
import datetime as dt
from pathlib import Path

import pytest

from app.card_trust import (
    CardStatus,
    accept,
    assess_candidate,
    card_path,
    load_trusted,
)
from app.demo_team import demo_card
from app.errors import AppError
from app.paths import AppPaths
from crypto.card import BEGIN, END, TeamCard, issue_card
from crypto.keys import IdentitySecretKey, SecretKey

TODAY = dt.date(2026, 6, 1)


def make_card(name: str = "Wiki Safety Team", *, identity: IdentitySecretKey | None = None,
              previous: IdentitySecretKey | None = None,
              created: dt.date = dt.date(2026, 1, 1),
              expires: dt.date = dt.date(2027, 1, 1)) -> TeamCard:
    identity = identity or IdentitySecretKey.generate()
    return issue_card(name, identity, [SecretKey.generate().public], created, expires,
                      previous=previous)


def forge(card_text: str) -> str:
    """Flip one byte of the signature inside the armored card."""
    lines = card_text.strip().splitlines()
    blob = bytearray(base64.b64decode("".join(lines[1:-1])))
    body_length = int.from_bytes(blob[1:5], "big")
    blob[5 + body_length + 10] ^= 0x01
    text = base64.b64encode(bytes(blob)).decode()
    return "\n".join([BEGIN, *(text[i:i + 64] for i in range(0, len(text), 64)), END]) + "\n"


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path).ensure()


def test_first_card_needs_a_fingerprint_check() -> None:
    card = make_card()
    verdict = assess_candidate(card.text, None, TODAY, demo_mode=False)
    assert verdict.status is CardStatus.NEW_NEEDS_FINGERPRINT_CHECK
    assert verdict.card is not None and verdict.card.fingerprint == card.fingerprint
    assert verdict.usable


def test_forged_signature_is_invalid() -> None:
    card = make_card()
    verdict = assess_candidate(forge(card.text), None, TODAY, demo_mode=False)
    assert verdict.status is CardStatus.INVALID and verdict.card is None
    assert not verdict.usable


@pytest.mark.parametrize("text", ["", "hello", "-----BEGIN SEALNOTE TEAM CARD-----\n!!\n"
                                  "-----END SEALNOTE TEAM CARD-----", "x" * 100_000])
def test_not_a_card_is_invalid(text: str) -> None:
    assert assess_candidate(text, None, TODAY, demo_mode=False).status is CardStatus.INVALID


def test_expired_card() -> None:
    card = make_card(created=dt.date(2024, 1, 1), expires=dt.date(2025, 1, 1))
    verdict = assess_candidate(card.text, None, TODAY, demo_mode=False)
    assert verdict.status is CardStatus.EXPIRED and not verdict.usable


def test_demo_card_refused_outside_demo_and_real_card_refused_in_demo() -> None:
    assert assess_candidate(demo_card().text, None, TODAY, False).status is \
        CardStatus.DEMO_REFUSED
    assert assess_candidate(make_card().text, None, TODAY, True).status is \
        CardStatus.REAL_IN_DEMO


def test_same_identity_is_an_update_and_an_older_one_is_flagged() -> None:
    identity = IdentitySecretKey.generate()
    trusted = make_card(identity=identity, created=dt.date(2026, 3, 1))
    newer = make_card(identity=identity, created=dt.date(2026, 5, 1))
    older = make_card(identity=identity, created=dt.date(2026, 1, 1))
    update = assess_candidate(newer.text, trusted, TODAY, False)
    assert update.status is CardStatus.SAME_TEAM_UPDATE and not update.older_than_trusted
    replay = assess_candidate(older.text, trusted, TODAY, False)
    assert replay.status is CardStatus.SAME_TEAM_UPDATE and replay.older_than_trusted


def test_rotation_and_unrelated_card() -> None:
    old_identity = IdentitySecretKey.generate()
    trusted = make_card(identity=old_identity)
    rotated = make_card(previous=old_identity)
    stranger = make_card()
    assert assess_candidate(rotated.text, trusted, TODAY, False).status is CardStatus.ROTATED
    assert assess_candidate(stranger.text, trusted, TODAY, False).status is \
        CardStatus.UNRELATED_NEEDS_CHECK
    # A rotation endorsed by some other identity is not a rotation of ours.
    assert assess_candidate(make_card(previous=IdentitySecretKey.generate()).text, trusted,
                            TODAY, False).status is CardStatus.UNRELATED_NEEDS_CHECK


def test_accept_stores_and_load_returns_it(paths: AppPaths) -> None:
    assert load_trusted(paths) is None
    card = make_card()
    accept(paths, card)
    loaded = load_trusted(paths)
    assert loaded is not None and loaded.fingerprint == card.fingerprint
    assert card_path(paths).stat().st_mode & 0o077 == 0


def test_demo_card_is_never_stored(paths: AppPaths) -> None:
    with pytest.raises(AppError) as caught:
        accept(paths, demo_card())
    assert caught.value.code == "card.demo_refused"
    assert not card_path(paths).exists()


def test_damaged_stored_card_counts_as_none(paths: AppPaths) -> None:
    card_path(paths).write_text(forge(make_card().text), encoding="utf-8")
    assert load_trusted(paths) is None
