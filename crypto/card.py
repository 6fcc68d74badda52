"""Team cards: the team's public keys, signed by its Ed25519 identity (docs/FORMAT.md, "Card").

Binary form: ``version (1) | body_length (4, big-endian) | body (canonical UTF-8 JSON) |
signature (64) | endorsement_flag (1) | [endorsement (64)]``, carried as text between
``-----BEGIN SEALNOTE TEAM CARD-----`` lines. The signature is by ``body.identity`` over
``"sealnote team card v1\\n" || body``. A rotated card names ``previous_identity`` and carries an
endorsement: the previous identity's signature over the same message. ``issue_card`` writes
canonical JSON; ``parse_card`` verifies the exact stored bytes and does not require that form.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from crypto.armor import WHITESPACE, strict_b64decode, text_lines
from crypto.errors import CardError, CardExpired, KeyEncodingError
from crypto.header import MAX_RECIPIENTS
from crypto.keys import IdentityPublicKey, IdentitySecretKey, PublicKey

CARD_VERSION = 1
BEGIN = "-----BEGIN SEALNOTE TEAM CARD-----"
END = "-----END SEALNOTE TEAM CARD-----"
_SIGNED_PREFIX = b"sealnote team card v1\n"
_BODY_KEYS = {"type", "v", "team", "identity", "moderators", "created", "expires",
              "previous_identity", "demo"}
MAX_CARD_BYTES = 16_384
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
MAX_TEAM_CHARS = 100
# Code points a team name must not contain (FORMAT.md section 7.2): general categories Cc, Cs and
# Co (fixed ranges) and Cf as of Unicode 17.0, listed here rather than taken from unicodedata so
# that the rule does not change with the Python version. Unassigned code points (Cn) are allowed.
FORBIDDEN_TEAM_CODE_POINTS: tuple[tuple[int, int], ...] = (
    (0x0000, 0x001F), (0x007F, 0x009F),  # Cc
    (0xD800, 0xDFFF),  # Cs
    (0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD),  # Co
    (0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD),  # Cf ...
    (0x070F, 0x070F), (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E),
    (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F),
    (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD), (0x110CD, 0x110CD),
    (0x13430, 0x1343F), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)


def fingerprint(identity: IdentityPublicKey) -> str:
    """Six groups of five digits (about 100 bits) to compare aloud or by eye."""
    digest = hashlib.sha256(b"sealnote fingerprint v1" + identity.raw).digest()
    groups = [int.from_bytes(digest[i * 5:(i + 1) * 5], "big") % 100_000 for i in range(6)]
    return " ".join(f"{g:05d}" for g in groups)


@dataclass(frozen=True)
class TeamCard:
    """A parsed card whose signatures verified. Expiry is checked separately (``check_date``)."""

    team: str
    identity: IdentityPublicKey
    moderators: tuple[PublicKey, ...]
    created: dt.date
    expires: dt.date
    previous_identity: IdentityPublicKey | None
    demo: bool
    text: str

    @property
    def fingerprint(self) -> str:
        """The identity fingerprint people compare."""
        return fingerprint(self.identity)

    def is_expired(self, today: dt.date) -> bool:
        """True once ``today`` is after the expiry date."""
        return today > self.expires

    def check_date(self, today: dt.date) -> None:
        """Raise CardExpired if the card is past its expiry date."""
        if self.is_expired(today):
            raise CardExpired(f"the card expired on {self.expires.isoformat()}")

    def is_rotation_of(self, trusted: TeamCard) -> bool:
        """True if this card was endorsed by ``trusted``'s identity (a key rotation).

        ``trusted`` may itself have expired (FORMAT.md section 7.6): the endorsement is what
        counts. This card's own expiry is checked separately, as for any card (``check_date``).
        """
        return self.previous_identity == trusted.identity and self.identity != trusted.identity


def _forbidden_in_team(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in FORBIDDEN_TEAM_CODE_POINTS)


def _clean_team_name(name: str) -> str:
    """NFC, then trimmed of whitespace; 1 to 100 code points, none of them forbidden."""
    name = unicodedata.normalize("NFC", name).strip(WHITESPACE)
    if not 1 <= len(name) <= MAX_TEAM_CHARS or any(_forbidden_in_team(c) for c in name):
        raise CardError("the team name must be 1 to 100 printable characters")
    return name


def issue_card(team: str, identity: IdentitySecretKey, moderators: list[PublicKey],
               created: dt.date, expires: dt.date, *, previous: IdentitySecretKey | None = None,
               demo: bool = False) -> TeamCard:
    """Sign a new card; ``previous`` endorses it when the identity is being rotated.

    Raises CardError for an invalid name, team size or dates.
    """
    if not 1 <= len(moderators) <= MAX_RECIPIENTS or len(set(moderators)) != len(moderators):
        raise CardError(f"a team has 1 to {MAX_RECIPIENTS} different moderator keys")
    if expires <= created:
        raise CardError("the expiry date must be after the creation date")
    body = {"type": "sealnote-team-card", "v": CARD_VERSION, "team": _clean_team_name(team),
            "identity": identity.public.encode(), "moderators": [m.encode() for m in moderators],
            "created": created.isoformat(), "expires": expires.isoformat(),
            "previous_identity": previous.public.encode() if previous else None, "demo": demo}
    body_bytes = json.dumps(body, ensure_ascii=False, sort_keys=True,
                            separators=(",", ":")).encode("utf-8")
    message = _SIGNED_PREFIX + body_bytes
    blob = (bytes([CARD_VERSION]) + len(body_bytes).to_bytes(4, "big") + body_bytes
            + identity.sign(message))
    blob += b"\x01" + previous.sign(message) if previous else b"\x00"
    return parse_card(_armor_card(blob))


def _armor_card(blob: bytes) -> str:
    text = base64.b64encode(blob).decode("ascii")
    return "\n".join([BEGIN, *(text[i:i + 64] for i in range(0, len(text), 64)), END]) + "\n"


def _card_blob(text: str) -> bytes:
    lines = text_lines(text)
    if BEGIN not in lines or END not in lines:
        raise CardError("this text is not a team card (no BEGIN/END lines)")
    start, stop = lines.index(BEGIN), lines.index(END)
    if stop < start:
        raise CardError("the END line comes before the BEGIN line")
    blob = strict_b64decode(lines[start + 1:stop])
    if blob is None:
        raise CardError("the card text is damaged")
    if not 0 < len(blob) <= MAX_CARD_BYTES:
        raise CardError("the card has an impossible size")
    return blob


def _split_blob(blob: bytes) -> tuple[bytes, bytes, bytes | None]:
    if blob[0] != CARD_VERSION or len(blob) < 5:
        raise CardError("unknown card version")
    size = int.from_bytes(blob[1:5], "big")
    body, rest = blob[5:5 + size], blob[5 + size:]
    if len(body) != size or len(rest) not in (65, 129):
        raise CardError("the card is cut short or has extra bytes")
    signature, flag = rest[:64], rest[64]
    if (flag, len(rest)) not in ((0, 65), (1, 129)):
        raise CardError("bad endorsement marker")
    return body, signature, rest[65:] if flag else None


def _field(body: dict[str, Any], key: str, kind: type) -> Any:
    value = body[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise CardError(f"card field {key!r} has the wrong type")
    return value


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    if len({key for key, _ in pairs}) != len(pairs):
        raise CardError("the card body repeats a field")
    return dict(pairs)


def _date(value: Any) -> dt.date:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise CardError("card dates must be written YYYY-MM-DD")
    return dt.date.fromisoformat(value)


def _parse_body(body_bytes: bytes) -> dict[str, Any]:
    try:
        body = json.loads(body_bytes.decode("utf-8"), object_pairs_hook=_no_duplicate_keys)
    except (ValueError, RecursionError) as exc:
        raise CardError("the card body is not valid JSON") from exc
    if not isinstance(body, dict) or set(body) != _BODY_KEYS:
        raise CardError("the card body has unexpected fields")
    if body["type"] != "sealnote-team-card" or type(body["v"]) is not int or body["v"] != 1:
        raise CardError("not a version 1 team card")
    return body


def parse_card(text: str) -> TeamCard:
    """Parse a card and verify its signature and endorsement.

    Does not check expiry (see TeamCard.check_date). Raises CardError for anything malformed
    or any signature that does not verify.
    """
    body_bytes, signature, endorsement = _split_blob(_card_blob(text))
    body = _parse_body(body_bytes)
    try:
        identity = IdentityPublicKey.decode(_field(body, "identity", str))
        moderator_texts = _field(body, "moderators", list)
        if not all(isinstance(m, str) for m in moderator_texts):
            raise CardError("the card lists a moderator key that is not text")
        moderators = tuple(PublicKey.decode(m) for m in moderator_texts)
        previous_text = body["previous_identity"]
        if previous_text is not None and not isinstance(previous_text, str):
            raise CardError("the previous identity is not text")
        previous = IdentityPublicKey.decode(previous_text) if previous_text is not None else None
        created, expires = _date(body["created"]), _date(body["expires"])
    except (KeyEncodingError, ValueError, TypeError, AttributeError) as exc:
        raise CardError("the card contains a malformed key or date") from exc
    message = _SIGNED_PREFIX + body_bytes
    if not identity.verify(message, signature):
        raise CardError("the card's signature does not verify")
    if (previous is None) != (endorsement is None):
        raise CardError("the rotation endorsement is missing or unexpected")
    if previous is not None and endorsement is not None and not previous.verify(message,
                                                                                 endorsement):
        raise CardError("the rotation endorsement does not verify")
    if not 1 <= len(moderators) <= MAX_RECIPIENTS or len(set(moderators)) != len(moderators):
        raise CardError("the card lists an invalid set of moderator keys")
    if expires <= created:
        raise CardError("the card's dates are inconsistent")
    return TeamCard(_clean_team_name(_field(body, "team", str)), identity, moderators, created,
                    expires, previous, _field(body, "demo", bool), _armor_card(
                        bytes([CARD_VERSION]) + len(body_bytes).to_bytes(4, "big") + body_bytes
                        + signature + (b"\x01" + endorsement if endorsement else b"\x00")))


def load_trusted_card(text: str, today: dt.date) -> TeamCard:
    """parse_card followed by the expiry check; raises CardError or CardExpired."""
    card = parse_card(text)
    card.check_date(today)
    return card
