"""app.passphrase_strength: zxcvbn feedback as codes, the minimum policy, speed."""

from __future__ import annotations

import time

import pytest

from app.passphrase_strength import (
    _SUGGESTIONS,
    _WARNINGS,
    MAX_SCORED_CHARS,
    assess,
    count_words,
    is_acceptable,
)

KNOWN_WARNINGS = set(_WARNINGS.values()) | {"", "empty"}
KNOWN_SUGGESTIONS = set(_SUGGESTIONS.values())


@pytest.mark.parametrize("weak", ["password", "qwerty", "123456", "aaaaaaa", "dragon1990",
                                  "abcdefg", "Password1"])
def test_weak_passphrases_are_refused_with_codes(weak: str) -> None:
    report = assess(weak)
    assert report.score <= 2 and not report.acceptable and not is_acceptable(weak)
    assert report.warning_code in KNOWN_WARNINGS - {""}
    assert set(report.suggestion_codes) <= KNOWN_SUGGESTIONS and report.suggestion_codes


def test_top_password_warning() -> None:
    assert assess("password").warning_code == "top10_password"
    assert assess("qwertyuiop").warning_code in ("straight_row", "top10_password",
                                                 "top100_password", "common_password")


@pytest.mark.parametrize("strong", ["mango river lantern pixel orbit",
                                    "J7#qv9!Lw2@xRt", "violet-otter-drums-at-midnight"])
def test_strong_passphrases_pass(strong: str) -> None:
    report = assess(strong)
    assert report.acceptable and report.score >= 3
    assert report.crack_time_code in ("under_a_year", "under_a_century", "centuries")


def test_five_different_words_pass_even_with_a_lower_score() -> None:
    words = "cat dog sun sea sky"
    assert count_words(words) == 5 and assess(words).acceptable
    assert count_words("the the the the the") == 1 and not assess("the the the the the").acceptable
    assert count_words("ab cd ef gh ij") == 0  # words need 3 letters


def test_words_in_any_script() -> None:
    arabic = "حرية كتابة صحافة عدالة شجاعة"
    assert count_words(arabic) == 5 and assess(arabic).acceptable
    assert count_words("Café CAFE café cafe") == 2


def test_report_never_holds_the_passphrase() -> None:
    secret = "Unique-Secret-Phrase-42!"
    report = assess(secret)
    text = repr(report)
    assert all(secret[i:i + 4] not in text for i in range(len(secret) - 3))


def test_long_input_is_truncated_and_fast() -> None:
    start = time.perf_counter()
    report = assess("x7Qp" * 5000)
    assert time.perf_counter() - start < 2.0
    assert report.score <= 4 and MAX_SCORED_CHARS == 100


def test_empty_and_user_inputs() -> None:
    empty = assess("")
    assert not empty.acceptable and empty.warning_code == "empty" and empty.score == 0
    plain = assess("WikiEditorZed")
    with_user = assess("WikiEditorZed", user_inputs=["WikiEditorZed"])
    assert with_user.score <= plain.score and with_user.score <= 1
