"""The concern form: fields, allowed values, inline validation, the own-username check.

Field values are plain strings; the manifest carries them under these stable keys. Validation
returns one error code per field (shown next to the field), never raises.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlsplit

CATEGORIES = ("arrest", "threat", "doxxing", "censorship", "legal", "violence", "content_gap",
              "other")
SAFETY = ("safe", "not_safe", "unsure")
CONTACT = ("no_contact", "reply_in_app", "other_channel")
CONSENT = ("team_only", "partners", "publish_anonymised")
URGENCY = ("low", "medium", "high", "critical")
CHOICES: dict[str, tuple[str, ...]] = {"category": CATEGORIES, "safe_now": SAFETY,
                                       "contact": CONTACT, "consent": CONSENT,
                                       "urgency": URGENCY}
LIMITS = {"title": 200, "what_happened": 900_000, "when": 100, "where": 120,
          "who_affected": 5_000, "contact_details": 500, "wiki_usernames": 5_000,
          "wiki_pages": 5_000, "wiki_links": 10_000}
REQUIRED = ("title", "category", "what_happened", "safe_now", "consent", "urgency")
FIELD_ORDER = ("title", "category", "urgency", "what_happened", "when", "where",
               "who_affected", "safe_now", "contact", "contact_details", "consent",
               "wiki_usernames", "wiki_pages", "wiki_links")
TEXT_FIELDS = ("title", "what_happened", "when", "where", "who_affected", "contact_details",
               "wiki_usernames", "wiki_pages", "wiki_links")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class ConcernForm:
    """What the person wrote. ``values`` keys are those of FIELD_ORDER."""

    values: dict[str, str] = field(default_factory=dict)

    def get(self, key: str) -> str:
        """The trimmed value of a field ('' when unset)."""
        return self.values.get(key, "").strip()

    def manifest_fields(self) -> dict[str, str]:
        """The non-empty fields as they go into the sealed report (NFC-normalised)."""
        return {k: unicodedata.normalize("NFC", self.get(k)) for k in FIELD_ORDER if self.get(k)}

    def __repr__(self) -> str:
        return f"ConcernForm(<{len(self.values)} fields>)"


def _check_link(line: str) -> bool:
    parts = urlsplit(line)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in line


def _check_when(value: str, today: dt.date) -> str | None:
    if not _DATE.match(value):
        return None  # approximate dates ("last week", "early November") are fine as text
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return "invalid_date"
    return "future_date" if day > today else None


def validate(form: ConcernForm, today: dt.date) -> dict[str, str]:
    """Map each invalid field to an error code: required, too_long, invalid_choice,
    invalid_date, future_date, invalid_link, contact_details_needed."""
    errors: dict[str, str] = {}
    for key in REQUIRED:
        if not form.get(key):
            errors[key] = "required"
    for key, limit in LIMITS.items():
        if len(form.get(key)) > limit:
            errors[key] = "too_long"
    for key, allowed in CHOICES.items():
        if form.get(key) and form.get(key) not in allowed:
            errors[key] = "invalid_choice"
    when_error = _check_when(form.get("when"), today) if form.get("when") else None
    if when_error:
        errors["when"] = when_error
    links = [line.strip() for line in form.get("wiki_links").splitlines() if line.strip()]
    if any(not _check_link(line) for line in links):
        errors.setdefault("wiki_links", "invalid_link")
    if form.get("contact") == "other_channel" and not form.get("contact_details"):
        errors["contact_details"] = "contact_details_needed"
    return errors


def _username_pattern(username: str) -> re.Pattern[str]:
    # Wiki usernames treat spaces and underscores alike and ignore the case of the first letter.
    words = [re.escape(w) for w in re.split(r"[ _]+", username.strip()) if w]
    body = r"[ _]+".join(words)
    return re.compile(rf"(?<![\w]){body}(?![\w])", re.IGNORECASE)


def fields_mentioning_username(form: ConcernForm, username: str) -> list[str]:
    """The text fields in which the editor's own wiki username appears."""
    if not re.search(r"[^\W_]", username):
        return []  # nothing but spaces and underscores: it would match everywhere
    pattern = _username_pattern(unicodedata.normalize("NFC", username))
    return [key for key in TEXT_FIELDS
            if pattern.search(unicodedata.normalize("NFC", form.get(key)))]
