"""Passphrase feedback for the vault: zxcvbn's estimate, as codes the UI translates.

Only the first 100 characters are scored (zxcvbn slows down sharply on long input; a longer
passphrase only gets stronger). The result carries a score, a crack-time bucket and warning and
suggestion codes: never the passphrase, nor any part of it. The minimum policy accepts a score of
at least 3, or at least 5 different words of 3 letters or more (a diceware-style passphrase).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from zxcvbn import zxcvbn

MAX_SCORED_CHARS = 100
MIN_SCORE = 3
MIN_WORDS = 5
_WORD = re.compile(r"[^\W\d_]{3,}")
_CRACK_SCENARIO = "offline_slow_hashing_1e4_per_second"
_WARNINGS = {
    "Straight rows of keys are easy to guess.": "straight_row",
    "Short keyboard patterns are easy to guess.": "keyboard_pattern",
    'Repeats like "aaa" are easy to guess.': "repeated_character",
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': "repeated_pattern",
    'Sequences like "abc" or "6543" are easy to guess.': "sequence",
    "Recent years are easy to guess.": "recent_year",
    "Dates are often easy to guess.": "date",
    "This is a top-10 common password.": "top10_password",
    "This is a top-100 common password.": "top100_password",
    "This is a very common password.": "common_password",
    "This is similar to a commonly used password.": "similar_to_common",
    "A word by itself is easy to guess.": "single_word",
    "Names and surnames by themselves are easy to guess.": "name_alone",
    "Common names and surnames are easy to guess.": "common_names",
}
_SUGGESTIONS = {
    "Use a few words, avoid common phrases.": "use_few_words",
    "No need for symbols, digits, or uppercase letters.": "no_symbols_needed",
    "Add another word or two. Uncommon words are better.": "add_words",
    "Use a longer keyboard pattern with more turns.": "longer_keyboard_pattern",
    "Avoid repeated words and characters.": "avoid_repeats",
    "Avoid sequences.": "avoid_sequences",
    "Avoid recent years.": "avoid_recent_years",
    "Avoid years that are associated with you.": "avoid_personal_years",
    "Avoid dates and years that are associated with you.": "avoid_personal_dates",
    "Capitalization doesn't help very much.": "capitalization_weak",
    "All-uppercase is almost as easy to guess as all-lowercase.": "uppercase_weak",
    "Reversed words aren't much harder to guess.": "reversed_weak",
    "Predictable substitutions like '@' instead of 'a' don't help very much.": "l33t_weak",
}
_TIME_BUCKETS = ((1, "under_a_second"), (3600, "under_an_hour"), (86400, "under_a_day"),
                 (2678400, "under_a_month"), (32140800, "under_a_year"),
                 (3214080000, "under_a_century"))


@dataclass(frozen=True)
class StrengthReport:
    """Feedback on a passphrase. Holds no part of the passphrase.

    ``crack_time_*`` assume an offline attacker making 10,000 guesses a second (zxcvbn's
    slow-hash scenario); the code is one of under_a_second ... under_a_century, centuries.
    """

    score: int
    crack_time_code: str
    crack_time_text: str
    warning_code: str
    suggestion_codes: tuple[str, ...]
    word_count: int
    acceptable: bool


def count_words(passphrase: str) -> int:
    """Different words of at least 3 letters (any script), case-insensitive."""
    return len({w.casefold() for w in _WORD.findall(unicodedata.normalize("NFC", passphrase))})


def _time_code(seconds: Decimal) -> str:
    for limit, code in _TIME_BUCKETS:
        if seconds < limit:
            return code
    return "centuries"


def assess(passphrase: str, user_inputs: Sequence[str] = ()) -> StrengthReport:
    """Score ``passphrase`` (first 100 characters) against zxcvbn and the minimum policy.

    ``user_inputs`` (e.g. the wiki username) count as easy to guess. Raises nothing.
    """
    text = unicodedata.normalize("NFC", passphrase)
    words = count_words(text)
    if not text:
        return StrengthReport(0, "under_a_second", "less than a second", "empty", (), 0, False)
    result = zxcvbn(text[:MAX_SCORED_CHARS], user_inputs=["sealnote", *user_inputs],
                    max_length=MAX_SCORED_CHARS)
    feedback = result["feedback"]
    warning = _WARNINGS.get(feedback["warning"], "other") if feedback["warning"] else ""
    suggestions = tuple(_SUGGESTIONS.get(s, "other") for s in feedback["suggestions"])
    score = int(result["score"])
    return StrengthReport(
        score=score,
        crack_time_code=_time_code(result["crack_times_seconds"][_CRACK_SCENARIO]),
        crack_time_text=str(result["crack_times_display"][_CRACK_SCENARIO]),
        warning_code=warning, suggestion_codes=suggestions, word_count=words,
        acceptable=score >= MIN_SCORE or words >= MIN_WORDS)


def is_acceptable(passphrase: str) -> bool:
    """The minimum policy: zxcvbn score >= 3 or >= 5 different words."""
    return assess(passphrase).acceptable
