"""Fuzz target: team cards (docs/FORMAT.md section 7), ``parse_card`` and ``load_trusted_card``.

Byte 0 selects how the rest is used:

* 0 mod 3 -- text: the rest, if it is UTF-8 (the app refuses other bytes before parsing), is a
  card text;
* 1 mod 3 -- blob: the rest is the binary card, armored by the harness (so the fuzzer works on
  the bytes behind the base64);
* 2 mod 3 -- signed body: the rest is a card *body*; the harness signs it with a fixed identity
  key (and endorses it with a second one when byte 1 is odd), so mutated bodies pass the
  signature and reach the checks behind it (names, keys, dates, demo flag).

Oracles, besides "only CardError": an accepted card re-parses from its own text to the same
card; its team name is NFC, 1 to 100 code points, without surrounding whitespace; it has 1 to 8
different moderator keys and expires after it was created; in mode 2 its identity is the
harness's key.
"""

from __future__ import annotations

import base64
import datetime as dt
import sys
import unicodedata

from _fuzzlib import fuzz_main, instrumented, outcome

with instrumented():
    from crypto.card import BEGIN, END, TeamCard, load_trusted_card, parse_card
    from crypto.errors import CardError
    from crypto.keys import IdentitySecretKey

IDENTITY = IdentitySecretKey.generate(b"\x21" * 32)
PREVIOUS = IdentitySecretKey.generate(b"\x42" * 32)
SIGNED_PREFIX = b"sealnote team card v1\n"  # FORMAT.md 7.3
TODAY = dt.date(2026, 3, 1)


def armor_blob(blob: bytes) -> str:
    text = base64.b64encode(blob).decode("ascii")
    return "\n".join([BEGIN, *(text[i:i + 64] for i in range(0, len(text), 64)), END]) + "\n"


def signed_blob(body: bytes, endorse: bool) -> bytes:
    message = SIGNED_PREFIX + body
    blob = b"\x01" + len(body).to_bytes(4, "big") + body + IDENTITY.sign(message)
    return blob + (b"\x01" + PREVIOUS.sign(message) if endorse else b"\x00")


def _check(card: TeamCard) -> None:
    assert parse_card(card.text) == card, "a card's own text parses to another card"
    assert unicodedata.normalize("NFC", card.team) == card.team
    assert 1 <= len(card.team) <= 100 and card.team == card.team.strip(" \t\r\n")
    assert 1 <= len(card.moderators) <= 8 and len(set(card.moderators)) == len(card.moderators)
    assert card.expires > card.created


def card_one(data: bytes) -> None:
    if not data:
        return
    mode, rest = data[0] % 3, data[1:]
    if mode == 0:
        try:
            text = rest.decode("utf-8")
        except UnicodeDecodeError:
            return
    elif mode == 1:
        text = armor_blob(rest)
    else:
        endorse = bool(rest[:1]) and rest[0] % 2 == 1
        text = armor_blob(signed_blob(rest[1:], endorse))
    got, card = outcome(lambda: parse_card(text), (CardError,))
    trusted, _ = outcome(lambda: load_trusted_card(text, TODAY), (CardError,))
    if got != "ok":
        assert trusted == got, (trusted, got)
        return
    assert trusted in ("ok", "CardExpired"), trusted
    _check(card)
    if mode == 2:
        assert card.identity == IDENTITY.public


ENTRY_POINTS = {"card": card_one}
MODES = {"--card": "card"}

if __name__ == "__main__":
    fuzz_main(ENTRY_POINTS, MODES)
    sys.exit(0)
