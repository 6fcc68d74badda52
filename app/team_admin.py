"""Team administration: add or remove a moderator, rotate the team's keys.

Adding or removing a moderator issues a new card with the same identity. Rotating makes a new
identity and a new encryption key for this moderator; the new card is signed by the new identity
and endorsed by the old one (crypto.card.issue_card(previous=…)), so editors accept it without a
fresh fingerprint check. Old encryption keys stay in the secrets, after the current one, so
reports sealed to an older card still open. The old identity is dropped: its last job was the
endorsement, and keeping it would let a stolen key file sign cards in the team's old name.

Every function returns the updated secrets and card: save the key file, then publish the card.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app.errors import AppError
from crypto.card import TeamCard, issue_card, parse_card
from crypto.errors import CardError, KeyEncodingError
from crypto.header import MAX_RECIPIENTS
from crypto.keyfile import ModeratorSecrets
from crypto.keys import IdentitySecretKey, PublicKey, SecretKey

DEFAULT_VALID_DAYS = 365
MAX_PUBLIC_KEY_FILE_BYTES = 4096


@dataclass(frozen=True, repr=False)
class TeamChange:
    """The outcome of an admin action."""

    secrets: ModeratorSecrets
    card: TeamCard

    def __repr__(self) -> str:
        return f"TeamChange(moderators={len(self.card.moderators)})"


def parse_public_key(text: str) -> PublicKey:
    """A moderator's ``snpk1…`` key as pasted; raises AppError (team.invalid_key)."""
    try:
        return PublicKey.decode(text.strip())
    except KeyEncodingError as exc:
        raise AppError("team.invalid_key") from exc


def read_public_key_file(path: Path) -> PublicKey:
    """A moderator's public key from a small text file.

    Raises AppError (input.unreadable, team.invalid_key).
    """
    try:
        if path.stat().st_size > MAX_PUBLIC_KEY_FILE_BYTES:
            raise AppError("team.invalid_key")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise AppError("input.unreadable") from exc
    return parse_public_key(text)


def _current_card(secrets: ModeratorSecrets) -> tuple[TeamCard, IdentitySecretKey]:
    if not secrets.identity_keys:
        raise AppError("team.no_identity")
    try:
        card = parse_card(secrets.card_text)
    except CardError as exc:
        raise AppError("team.card_damaged") from exc
    identity = secrets.identity_keys[0]
    if card.identity != identity.public:
        raise AppError("team.identity_mismatch")
    if card.demo:
        raise AppError("team.demo_read_only")
    return card, identity


def _reissue(secrets: ModeratorSecrets, moderators: list[PublicKey], today: dt.date,
             identity: IdentitySecretKey, previous: IdentitySecretKey | None,
             expires: dt.date) -> TeamChange:
    try:
        card = issue_card(secrets.team, identity, moderators, today, expires, previous=previous)
    except CardError as exc:
        raise AppError("team.invalid_card") from exc
    return TeamChange(dataclasses.replace(secrets, card_text=card.text), card)


def _expiry(card: TeamCard, today: dt.date) -> dt.date:
    """Keep the card's expiry, unless that would leave it expired or expiring today."""
    return card.expires if card.expires > today else today + dt.timedelta(DEFAULT_VALID_DAYS)


def add_moderator(secrets: ModeratorSecrets, key: PublicKey, today: dt.date) -> TeamChange:
    """A new card (same identity) that also lists ``key``.

    Raises AppError: team.moderator_exists, team.full, team.no_identity, team.card_damaged,
    team.identity_mismatch, team.demo_read_only, team.invalid_card.
    """
    card, identity = _current_card(secrets)
    if key in card.moderators:
        raise AppError("team.moderator_exists")
    if len(card.moderators) >= MAX_RECIPIENTS:
        raise AppError("team.full", maximum=MAX_RECIPIENTS)
    return _reissue(secrets, [*card.moderators, key], today, identity, None,
                    _expiry(card, today))


def remove_moderator(secrets: ModeratorSecrets, key: PublicKey, today: dt.date) -> TeamChange:
    """A new card (same identity) without ``key``. Reports already sealed to it stay readable
    by that moderator: removal protects only reports sealed to the new card.

    Raises AppError: team.moderator_unknown, team.cannot_remove_self, team.last_moderator, and
    those of add_moderator.
    """
    card, identity = _current_card(secrets)
    if key not in card.moderators:
        raise AppError("team.moderator_unknown")
    if key in {k.public for k in secrets.encryption_keys}:
        raise AppError("team.cannot_remove_self")
    if len(card.moderators) == 1:
        raise AppError("team.last_moderator")
    remaining = [m for m in card.moderators if m != key]
    return _reissue(secrets, remaining, today, identity, None, _expiry(card, today))


def rotate_keys(secrets: ModeratorSecrets, today: dt.date,
                valid_days: int = DEFAULT_VALID_DAYS) -> TeamChange:
    """New identity and new encryption key for this moderator; the card is endorsed by the old
    identity. Other moderators' keys stay on the card (they rotate their own).

    Raises AppError: team.invalid_validity and those of add_moderator.
    """
    if not 1 <= valid_days <= 5 * 366:
        raise AppError("team.invalid_validity")
    card, old_identity = _current_card(secrets)
    new_identity = IdentitySecretKey.generate()
    new_key = SecretKey.generate()
    own = {k.public for k in secrets.encryption_keys}
    moderators = [new_key.public, *(m for m in card.moderators if m not in own)]
    rotated = dataclasses.replace(secrets, encryption_keys=(new_key, *secrets.encryption_keys),
                                  identity_keys=(new_identity,))
    return _reissue(rotated, moderators, today, new_identity, old_identity,
                    today + dt.timedelta(valid_days))


def prepare_new_moderator(card: TeamCard) -> ModeratorSecrets:
    """Secrets for a person joining the team: a fresh encryption key and the current card, no
    identity. They save these in their own key file and send ``encryption_keys[0].public``
    (an ``snpk1…`` string, safe to share) to the moderator who holds the identity.

    Raises AppError (team.demo_read_only) for the demo card.
    """
    if card.demo:
        raise AppError("team.demo_read_only")
    return ModeratorSecrets(card.team, (SecretKey.generate(),), (), card.text)
