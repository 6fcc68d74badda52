"""Tests for app.report: inline validation codes, the own-username check, the manifest fields."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from app.report import (
    CHOICES,
    FIELD_ORDER,
    LIMITS,
    REQUIRED,
    TEXT_FIELDS,
    ConcernForm,
    fields_mentioning_username,
    validate,
)

TODAY = dt.date(2026, 3, 15)


def valid_values(**changes: str) -> dict[str, str]:
    values = {"title": "Editor questioned by police", "category": "arrest", "urgency": "high",
              "what_happened": "An editor was called in for questioning.", "safe_now": "unsure",
              "consent": "team_only"}
    values.update(changes)
    return values


def errors_for(**changes: str) -> dict[str, str]:
    return validate(ConcernForm(valid_values(**changes)), TODAY)


# ------------------------------------------------------------------ validate

def test_a_complete_form_has_no_errors() -> None:
    assert errors_for() == {}


def test_a_fully_filled_form_has_no_errors() -> None:
    assert errors_for(when="2026-03-14", where="capital", who_affected="two editors",
                      contact="other_channel", contact_details="Signal: ask the team",
                      wiki_usernames="Example", wiki_pages="Protests",
                      wiki_links="https://wiki.example.org/wiki/Protests\n"
                                 "http://wiki.example.org/w/index.php?diff=1") == {}


def test_an_empty_form_names_every_required_field() -> None:
    assert validate(ConcernForm({}), TODAY) == {key: "required" for key in REQUIRED}


@pytest.mark.parametrize("key", REQUIRED)
@pytest.mark.parametrize("blank", ["", "   ", "\n\t "])
def test_required_fields(key: str, blank: str) -> None:
    assert errors_for(**{key: blank}) == {key: "required"}


@pytest.mark.parametrize(("key", "limit"), sorted(LIMITS.items()))
def test_too_long_at_limit_plus_one(key: str, limit: int) -> None:
    extra = {"contact": "other_channel"} if key == "contact_details" else {}
    at_limit = "x" * limit if key != "wiki_links" else ("https://e.org/" + "x" * limit)[:limit]
    assert key not in errors_for(**extra, **{key: at_limit})
    assert errors_for(**extra, **{key: at_limit + "x"})[key] == "too_long"


def test_length_is_counted_after_trimming() -> None:
    assert "title" not in errors_for(title="  " + "x" * LIMITS["title"] + "  ")


@pytest.mark.parametrize("key", sorted(CHOICES))
def test_invalid_choice(key: str) -> None:
    assert errors_for(**{key: "not-a-choice"})[key] == "invalid_choice"


@pytest.mark.parametrize("key", sorted(CHOICES))
def test_every_allowed_choice_is_accepted(key: str) -> None:
    for value in CHOICES[key]:
        extra = {"contact_details": "x"} if value == "other_channel" else {}
        assert key not in errors_for(**extra, **{key: value})


def test_choices_are_case_sensitive_codes() -> None:
    assert errors_for(category="Arrest")["category"] == "invalid_choice"


@pytest.mark.parametrize("when", ["2026-02-30", "2026-13-01", "2026-00-10", "0000-01-01"])
def test_invalid_date(when: str) -> None:
    assert errors_for(when=when) == {"when": "invalid_date"}


def test_future_date() -> None:
    assert errors_for(when="2026-03-16") == {"when": "future_date"}
    assert errors_for(when="2026-03-15") == {}
    assert errors_for(when="1999-12-31") == {}


@pytest.mark.parametrize("when", ["last week", "early November", "2026-3-1", "in 2027"])
def test_approximate_dates_are_free_text(when: str) -> None:
    assert errors_for(when=when) == {}


@pytest.mark.parametrize("links", ["ftp://wiki.example.org/x", "javascript:alert(1)",
                                   "wiki.example.org/wiki/X", "https://", "https://a b.org/",
                                   "https://ok.org/\nnot a link"])
def test_invalid_link(links: str) -> None:
    assert errors_for(wiki_links=links) == {"wiki_links": "invalid_link"}


def test_blank_lines_between_links_are_fine() -> None:
    assert errors_for(wiki_links="\nhttps://a.org/x\n\n  https://b.org/y  \n") == {}


def test_other_channel_needs_contact_details() -> None:
    assert errors_for(contact="other_channel") == {"contact_details": "contact_details_needed"}
    assert errors_for(contact="other_channel", contact_details="  ") == {
        "contact_details": "contact_details_needed"}
    assert errors_for(contact="other_channel", contact_details="Signal") == {}
    assert errors_for(contact="reply_in_app") == {}


def test_several_errors_at_once() -> None:
    errors = errors_for(title="", category="nope", when="2030-01-01",
                        wiki_links="nope", contact="other_channel")
    assert errors == {"title": "required", "category": "invalid_choice",
                      "when": "future_date", "wiki_links": "invalid_link",
                      "contact_details": "contact_details_needed"}


def test_validate_never_raises_on_odd_input() -> None:
    form = ConcernForm({"title": "\x00\ud800", "when": "9999-99-99", "wiki_links": "\x00",
                        "unknown_key": "ignored"})
    errors = validate(form, TODAY)
    assert errors["when"] == "invalid_date"
    assert errors["wiki_links"] == "invalid_link"


# ------------------------------------------------------------------ own username

def form_with(**values: str) -> ConcernForm:
    return ConcernForm(valid_values(**values))


@pytest.mark.parametrize("text", [
    "Reported by Jane Doe on the talk page",
    "Reported by Jane_Doe on the talk page",
    "Reported by jane Doe on the talk page",
    "Reported by jane_Doe.",
    "(Jane Doe)",
    "Jane  Doe",
    "User:Jane_Doe",
])
def test_username_found_with_spaces_underscores_and_first_letter_case(text: str) -> None:
    form = form_with(what_happened=text)
    assert fields_mentioning_username(form, "Jane Doe") == ["what_happened"]
    assert fields_mentioning_username(form, "Jane_Doe") == ["what_happened"]
    assert fields_mentioning_username(form, "jane doe") == ["what_happened"]


@pytest.mark.parametrize("text", ["Annabel wrote it", "JoAnn wrote it", "Ann_a wrote it",
                                  "Anna and Ann2", "Hannah"])
def test_no_false_positive_inside_another_word(text: str) -> None:
    assert fields_mentioning_username(form_with(what_happened=text), "Ann") == []


def test_username_found_in_every_text_field_it_appears_in() -> None:
    values = {key: "mentions Bob here" for key in TEXT_FIELDS}
    form = ConcernForm(dict(valid_values(), **values))
    assert fields_mentioning_username(form, "Bob") == list(TEXT_FIELDS)


def test_choice_fields_are_not_searched() -> None:
    form = form_with(category="arrest")
    assert fields_mentioning_username(form, "arrest") == []


def test_blank_username_matches_nothing() -> None:
    assert fields_mentioning_username(form_with(), "") == []
    assert fields_mentioning_username(form_with(), "  \t ") == []


@pytest.mark.parametrize("username", ["_", " _ ", "__"])
def test_username_of_only_underscores_matches_nothing(username: str) -> None:
    """On a wiki an underscore is a space, so "_" is as blank as " " (not a match everywhere)."""
    assert fields_mentioning_username(form_with(), username) == []


def test_username_with_regex_characters_is_literal() -> None:
    form = form_with(what_happened="talk to A.B (c) now; AxB is someone else")
    assert fields_mentioning_username(form, "A.B (c)") == ["what_happened"]
    assert fields_mentioning_username(form_with(what_happened="AxB"), "A.B") == []


def test_username_match_is_unicode_normalised() -> None:
    nfd_name = unicodedata.normalize("NFD", "José")
    form = form_with(title="Threats against José")
    assert fields_mentioning_username(form, nfd_name) == ["title"]
    form = form_with(title=unicodedata.normalize("NFD", "Threats against José"))
    assert fields_mentioning_username(form, "José") == ["title"]


def test_non_latin_username() -> None:
    form = form_with(what_happened="Пользователь Иван_Петров получил угрозы")
    assert fields_mentioning_username(form, "Иван Петров") == ["what_happened"]
    assert fields_mentioning_username(form_with(what_happened="Иван Петровский"),
                                      "Иван Петров") == []


# ------------------------------------------------------------------ manifest fields

def test_manifest_fields_drop_empty_and_blank_fields_and_trim() -> None:
    form = ConcernForm(valid_values(when="", where="   ", who_affected="  two editors \n"))
    fields = form.manifest_fields()
    assert "when" not in fields and "where" not in fields
    assert fields["who_affected"] == "two editors"
    assert set(fields) == set(REQUIRED) | {"who_affected"}


def test_manifest_fields_are_nfc_normalised() -> None:
    decomposed = unicodedata.normalize("NFD", "Zürich, Ελλάδα, Tiếng Việt")
    fields = ConcernForm(valid_values(where=decomposed)).manifest_fields()
    assert fields["where"] == unicodedata.normalize("NFC", decomposed)
    assert fields["where"] != decomposed


def test_manifest_fields_follow_the_field_order_and_drop_unknown_keys() -> None:
    values = {key: f"value of {key}" for key in reversed(FIELD_ORDER)}
    values["secret_debug_field"] = "must not be sealed"
    fields = ConcernForm(values).manifest_fields()
    assert list(fields) == list(FIELD_ORDER)
    assert "secret_debug_field" not in fields


def test_repr_does_not_leak_content() -> None:
    form = ConcernForm(valid_values(title="CANARY-TITLE"))
    assert "CANARY" not in repr(form)
