"""The built-in demo team for trainers. Its private keys are PUBLIC: they are in this file.

Demo mode never touches real keys. Every report sealed to this team carries the demo flag, the
moderator app marks it DEMO, and the editor outside demo mode refuses this card.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from app.report import ConcernForm
from crypto.card import TeamCard, issue_card
from crypto.keys import IdentitySecretKey, SecretKey

DEMO_TEAM_NAME = "Sealnote Demo Team"
DEMO_CREATED = dt.date(2026, 1, 1)
DEMO_EXPIRES = dt.date(2099, 12, 31)
DEMO_FOLDER = Path(__file__).with_name("demo")
SAMPLE_PHOTO = DEMO_FOLDER / "sample-photo.jpg"


def _seed(label: str) -> bytes:
    return hashlib.sha256(b"sealnote public demo key: " + label.encode()).digest()


def demo_identity() -> IdentitySecretKey:
    """The demo team's identity key (public knowledge)."""
    return IdentitySecretKey.generate(_seed("identity"))


def demo_moderator_keys() -> tuple[SecretKey, ...]:
    """The demo moderators' encryption keys (public knowledge)."""
    return (SecretKey.generate(_seed("moderator 1")), SecretKey.generate(_seed("moderator 2")))


def demo_card() -> TeamCard:
    """The demo team card; the same bytes on every machine (Ed25519 is deterministic)."""
    return issue_card(DEMO_TEAM_NAME, demo_identity(), [k.public for k in demo_moderator_keys()],
                      DEMO_CREATED, DEMO_EXPIRES, demo=True)


def sample_form() -> ConcernForm:
    """A prefilled, clearly fictional concern for workshops."""
    return ConcernForm({
        "title": "DEMO: editor questioned about protest article",
        "category": "threat",
        "urgency": "high",
        "what_happened": (
            "This is a fictional example for a workshop.\n\n"
            "An editor who expanded the article about last month's protests received a phone "
            "call from someone claiming to be a police officer, who asked for the names of "
            "other editors of the article. The caller mentioned details from the article's "
            "talk page."),
        "when": "last week",
        "where": "capital city",
        "who_affected": "one editor of the protest article",
        "safe_now": "unsure",
        "contact": "reply_in_app",
        "consent": "team_only",
        "wiki_pages": "2026 protests\nTalk:2026 protests",
        "wiki_links": "https://wiki.example.org/w/index.php?title=2026_protests&diff=12345",
    })
