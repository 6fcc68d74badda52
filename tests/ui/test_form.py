"""The concern form: inline validation, the own-username warning, closing with unsaved text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.report import FIELD_ORDER, REQUIRED, ConcernForm
from ui.editor.main_window import EditorWindow
from ui.messages import field_error

MakeWindow = Callable[..., EditorWindow]


@pytest.fixture
def window(make_window: MakeWindow) -> EditorWindow:
    window = make_window(demo=True)
    window.form_page.set_form(ConcernForm())
    return window


def fill_minimum(window: EditorWindow) -> None:
    page = window.form_page
    for key, value in (("title", "Editor threatened"), ("category", "threat"),
                       ("what_happened", "A phone call."), ("safe_now", "unsure"),
                       ("consent", "team_only"), ("urgency", "high")):
        page.set_value(key, value)


def test_required_fields_show_inline_errors_and_block_next(window: EditorWindow, helpers: Any,
                                                          qtbot: QtBot) -> None:
    qtbot.mouseClick(helpers.button(window, "formNextButton"), Qt.MouseButton.LeftButton)
    assert window.current_page() == "form"
    for key in REQUIRED:
        assert window.form_page.error_text(key) == field_error("required"), key
    assert window.form_page.error_text("when") == ""
    fill_minimum(window)  # errors go away as the person types
    assert all(window.form_page.error_text(key) == "" for key in FIELD_ORDER)
    qtbot.mouseClick(helpers.button(window, "formNextButton"), Qt.MouseButton.LeftButton)
    assert window.current_page() == "attachments"


def test_bad_link_future_date_and_missing_contact_details(window: EditorWindow) -> None:
    fill_minimum(window)
    page = window.form_page
    page.set_value("wiki_links", "https://wiki.example.org/w/index.php?diff=1\nnot a link")
    page.set_value("when", (dt.date.today() + dt.timedelta(days=3)).isoformat())
    page.set_value("contact", "other_channel")
    page.request_next()
    assert page.error_text("wiki_links") == field_error("invalid_link")
    assert page.error_text("when") == field_error("future_date")
    assert page.error_text("contact_details") == field_error("contact_details_needed")
    assert window.current_page() == "form"


def test_choices_show_translated_labels_but_keep_stable_values(window: EditorWindow) -> None:
    window.form_page.set_value("category", "content_gap")
    assert window.form_page.value("category") == "content_gap"
    assert window.form().values["category"] == "content_gap"


def test_own_username_is_warned_about_and_never_sent(window: EditorWindow) -> None:
    fill_minimum(window)
    page = window.form_page
    page.set_value("what_happened", "Someone wrote to me, Jane_Doe, on my talk page.")
    page.set_value("wiki_usernames", "Jane Doe\nOtherEditor")
    page.set_own_username("JANE DOE")
    warning = page.username_warning()
    assert "What happened" in warning and "Wiki usernames involved" in warning
    assert set(window.form().values) <= set(FIELD_ORDER)  # the own username is not a field
    assert "JANE DOE" not in str(window.form().manifest_fields())
    window.go_to("review")
    review = window.review_page.username_warning()
    assert "What happened" in review and "Wiki usernames involved" in review
    page.set_own_username("")
    window.go_to("review")
    assert window.review_page.username_warning() == ""


def test_window_title_never_holds_the_report_title(window: EditorWindow) -> None:
    fill_minimum(window)
    window.form_page.set_value("title", "Secret canary title 7731")
    for name in window.page_names():
        window.go_to(name)
        assert "7731" not in window.windowTitle()
    assert window.windowTitle() == "Sealnote — DEMO"


def test_closing_with_unsaved_text_asks_first(make_window: MakeWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(demo=True)
    window.form_page.set_value("title", "Something I typed")
    asked: list[str] = []

    def answer(choice: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def ask(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
            asked.append(str(args[2]))
            return choice
        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert not window.close()
    assert window.isVisible() and asked
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    assert window.close()
    assert "Something I typed" not in asked[0]


def test_closing_an_untouched_form_does_not_ask(make_window: MakeWindow,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(demo=True)

    def fail(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("asked without reason")

    monkeypatch.setattr(QMessageBox, "question", fail)
    assert window.close()
