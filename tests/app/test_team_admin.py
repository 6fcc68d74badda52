"""Team administration: new cards on add/remove, rotation endorsed by the old identity, and old
reports still open after a rotation."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from app.demo_team import demo_card, demo_identity, demo_moderator_keys
from app.errors import AppError
from app.team import create_team, load_key_file, save_key_file
from app.team_admin import (
    add_moderator,
    parse_public_key,
    prepare_new_moderator,
    read_public_key_file,
    remove_moderator,
    rotate_keys,
)
from crypto.card import TeamCard, parse_card
from crypto.errors import NoMatchingKey
from crypto.inner import Manifest
from crypto.keyfile import CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY, ModeratorSecrets
from crypto.keys import PublicKey, SecretKey
from crypto.padding import PaddingProfile
from crypto.seal import seal_report
from crypto.sealed_report import open_report

TODAY = dt.date(2026, 6, 1)


def seal_to(card: TeamCard, title: str) -> bytes:
    sink = io.BytesIO()
    seal_report(sink, list(card.moderators), Manifest(fields={"title": title}), [],
                profile=PaddingProfile.COMPACT)
    return sink.getvalue()


def title_opened_with(data: bytes, keys: tuple[SecretKey, ...]) -> str:
    return open_report(io.BytesIO(data), keys, lambda i, e: io.BytesIO()).manifest.fields["title"]


@pytest.fixture()
def team() -> tuple[ModeratorSecrets, TeamCard]:
    return create_team("Admin Team", dt.date(2026, 1, 1))


def test_add_and_remove_a_moderator(team: tuple[ModeratorSecrets, TeamCard]) -> None:
    secrets, card = team
    newcomer = prepare_new_moderator(card)
    assert newcomer.identity_keys == () and newcomer.card_text == card.text
    pasted = "\n  " + newcomer.encryption_keys[0].public.encode() + "  \n"
    added = add_moderator(secrets, parse_public_key(pasted), TODAY)
    card2 = parse_card(added.secrets.card_text)
    assert card2 == added.card and card2.identity == card.identity
    assert card2.moderators == (*card.moderators, newcomer.encryption_keys[0].public)
    assert card2.previous_identity is None and card2.expires == card.expires
    assert card2.created == TODAY
    report = seal_to(card2, "for both")
    assert title_opened_with(report, newcomer.encryption_keys) == "for both"
    assert title_opened_with(report, secrets.encryption_keys) == "for both"

    removed = remove_moderator(added.secrets, newcomer.encryption_keys[0].public, TODAY)
    card3 = parse_card(removed.secrets.card_text)
    assert card3.identity == card.identity
    assert newcomer.encryption_keys[0].public not in card3.moderators
    assert card3.moderators == card.moderators
    with pytest.raises(NoMatchingKey):
        title_opened_with(seal_to(card3, "after removal"), newcomer.encryption_keys)


def test_admin_refusals(tmp_path: Path, team: tuple[ModeratorSecrets, TeamCard]) -> None:
    secrets, card = team
    own = secrets.encryption_keys[0].public
    stranger = SecretKey.generate().public
    full = secrets
    for _ in range(7):
        full = add_moderator(full, SecretKey.generate().public, TODAY).secrets
    cases = [(lambda: add_moderator(secrets, own, TODAY), "team.moderator_exists"),
             (lambda: add_moderator(full, stranger, TODAY), "team.full"),
             (lambda: remove_moderator(secrets, stranger, TODAY), "team.moderator_unknown"),
             (lambda: remove_moderator(secrets, own, TODAY), "team.cannot_remove_self"),
             (lambda: parse_public_key(secrets.encryption_keys[0].encode()), "team.invalid_key"),
             (lambda: parse_public_key("snpk1qqqq"), "team.invalid_key"),
             (lambda: rotate_keys(secrets, TODAY, valid_days=0), "team.invalid_validity"),
             (lambda: add_moderator(ModeratorSecrets("x", secrets.encryption_keys), stranger,
                                    TODAY), "team.no_identity"),
             (lambda: prepare_new_moderator(demo_card()), "team.demo_read_only"),
             (lambda: add_moderator(ModeratorSecrets("d", demo_moderator_keys(),
                                                     (demo_identity(),), demo_card().text),
                                    stranger, TODAY), "team.demo_read_only")]
    for action, code in cases:
        with pytest.raises(AppError) as info:
            action()
        assert info.value.code == code
    (tmp_path / "key.txt").write_text(stranger.encode() + "\n")
    assert read_public_key_file(tmp_path / "key.txt") == stranger
    with pytest.raises(AppError) as info:
        read_public_key_file(tmp_path / "missing.txt")
    assert info.value.code == "input.unreadable"


def test_rotation(tmp_path: Path, team: tuple[ModeratorSecrets, TeamCard]) -> None:
    secrets, card = team
    colleague = SecretKey.generate()
    with_colleague = add_moderator(secrets, colleague.public, TODAY)
    old_card = with_colleague.card
    old_report = seal_to(old_card, "sealed to the old card")

    rotated = rotate_keys(with_colleague.secrets, TODAY)
    new_card = parse_card(rotated.secrets.card_text)
    assert new_card.is_rotation_of(old_card)
    assert new_card.identity != old_card.identity and new_card.team == old_card.team
    assert new_card.expires == TODAY + dt.timedelta(days=365)
    new_key, old_key = rotated.secrets.encryption_keys[:2]
    assert old_key == secrets.encryption_keys[0]
    assert new_card.moderators == (new_key.public, colleague.public)
    assert old_key.public not in new_card.moderators
    assert rotated.secrets.identity_keys[0].public == new_card.identity
    assert len(rotated.secrets.identity_keys) == 1

    path = tmp_path / "team.key"
    save_key_file(path, rotated.secrets, "a long passphrase", CHEAP_FOR_TESTS_ONLY,
                  WEAK_KDF_FOR_TESTS_ONLY)
    reloaded = load_key_file(path, "a long passphrase", WEAK_KDF_FOR_TESTS_ONLY)
    assert title_opened_with(old_report, reloaded.encryption_keys) == "sealed to the old card"
    new_report = seal_to(new_card, "sealed to the new card")
    assert title_opened_with(new_report, reloaded.encryption_keys) == "sealed to the new card"
    assert title_opened_with(new_report, (colleague,)) == "sealed to the new card"
    with pytest.raises(NoMatchingKey):
        title_opened_with(new_report, (old_key,))

    twice = rotate_keys(rotated.secrets, TODAY)
    assert twice.card.is_rotation_of(new_card) and not twice.card.is_rotation_of(old_card)
    assert title_opened_with(old_report, twice.secrets.encryption_keys) == "sealed to the old card"
    assert isinstance(twice.card.moderators[0], PublicKey) and "moderators=2" in repr(twice)
