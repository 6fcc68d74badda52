"""The editor's trusted team card: what to make of a new card, and where the trusted one lives.

The trusted card is stored as its text at ``AppPaths.config / "team-card.txt"``. A new card is
judged against it: the first card and any card of an unrelated identity need the person to
compare the fingerprint with the one the team published; an update with the same identity, or
a rotation endorsed by the trusted identity, is accepted with a notice. In demo mode the app
uses app.demo_team.demo_card() directly and never stores it.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from pathlib import Path

from app.errors import AppError
from app.fs import atomic_write_text, private_dir
from app.paths import AppPaths
from crypto.card import TeamCard, parse_card
from crypto.errors import CardError

CARD_FILE_NAME = "team-card.txt"
MAX_CARD_TEXT_CHARS = 64 * 1024


class CardStatus(enum.Enum):
    """What a candidate card is, compared with the trusted one."""

    NEW_NEEDS_FINGERPRINT_CHECK = "new"
    SAME_TEAM_UPDATE = "same-team-update"
    ROTATED = "rotated"
    UNRELATED_NEEDS_CHECK = "unrelated"
    EXPIRED = "expired"
    INVALID = "invalid"
    DEMO_REFUSED = "demo-refused"
    REAL_IN_DEMO = "real-in-demo"


NEEDS_FINGERPRINT_CHECK = frozenset({CardStatus.NEW_NEEDS_FINGERPRINT_CHECK,
                                     CardStatus.UNRELATED_NEEDS_CHECK})
ACCEPTED_WITH_NOTICE = frozenset({CardStatus.SAME_TEAM_UPDATE, CardStatus.ROTATED})


@dataclass(frozen=True)
class CardAssessment:
    """The verdict on a candidate card. ``card`` is None only when the text is not a card.

    ``older_than_trusted`` marks a same-identity card issued before the trusted one (an old card
    replayed by someone may still list a moderator the team has since removed).
    """

    card: TeamCard | None
    status: CardStatus
    older_than_trusted: bool = False

    @property
    def usable(self) -> bool:
        """True if the card may be accepted (after the check its status asks for)."""
        return self.status in NEEDS_FINGERPRINT_CHECK | ACCEPTED_WITH_NOTICE


def card_path(paths: AppPaths) -> Path:
    """Where the trusted card's text is kept."""
    return paths.config / CARD_FILE_NAME


def load_trusted(paths: AppPaths) -> TeamCard | None:
    """The trusted card, or None when there is none or the stored text is damaged.

    A damaged file is treated as no card: the person imports and checks the card again.
    Never raises for a missing or unreadable file.
    """
    try:
        text = card_path(paths).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    try:
        card = parse_card(text)
    except CardError:
        return None
    return None if card.demo else card


def _status(card: TeamCard, trusted: TeamCard | None, today: dt.date,
            demo_mode: bool) -> CardStatus:
    if card.demo and not demo_mode:
        return CardStatus.DEMO_REFUSED
    if demo_mode and not card.demo:
        return CardStatus.REAL_IN_DEMO
    if card.is_expired(today):
        return CardStatus.EXPIRED
    if trusted is None:
        return CardStatus.NEW_NEEDS_FINGERPRINT_CHECK
    if card.identity == trusted.identity:
        return CardStatus.SAME_TEAM_UPDATE
    if card.is_rotation_of(trusted):
        return CardStatus.ROTATED
    return CardStatus.UNRELATED_NEEDS_CHECK


def assess_candidate(text: str, trusted: TeamCard | None, today: dt.date,
                     demo_mode: bool) -> CardAssessment:
    """Judge pasted or loaded card text against the trusted card. Never raises."""
    if len(text) > MAX_CARD_TEXT_CHARS:
        return CardAssessment(None, CardStatus.INVALID)
    try:
        card = parse_card(text)
    except CardError:
        return CardAssessment(None, CardStatus.INVALID)
    status = _status(card, trusted, today, demo_mode)
    older = (status is CardStatus.SAME_TEAM_UPDATE and trusted is not None
             and card.created < trusted.created)
    return CardAssessment(card, status, older)


def accept(paths: AppPaths, card: TeamCard) -> None:
    """Store ``card`` as the trusted card.

    Raises AppError: card.demo_refused (the demo card is never stored), io.write_failed.
    """
    if card.demo:
        raise AppError("card.demo_refused")
    try:
        private_dir(paths.config)
        atomic_write_text(card_path(paths), card.text)
    except OSError as exc:
        raise AppError("io.write_failed") from exc

