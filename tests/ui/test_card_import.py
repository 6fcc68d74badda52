"""First run: loading, checking and trusting the team card (PRODUCT.md feature 5).

``helpers`` (tests/ui/conftest.py) makes real signed cards and forged ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.card_trust import accept, card_path, load_trusted
from app.demo_team import demo_card
from app.paths import AppPaths
from crypto.keys import IdentitySecretKey
from ui.editor.card_page import CardPage
from ui.editor.main_window import EditorWindow
from ui.messages import message_for
from ui.widgets.fingerprint import FingerprintLabel

MakeWindow = Callable[..., EditorWindow]


def assert_refused(page: CardPage, code: str, paths: AppPaths) -> None:
    assert page.message_kind() == "error"
    assert page.message() == message_for(code)
    assert page.shown_fingerprint() == ""
    assert not page.accept_card()
    assert not card_path(paths).exists()


def test_first_run_shows_the_card_page_and_locks_the_other_steps(
        make_window: MakeWindow, helpers: Any) -> None:
    window = make_window()
    assert window.current_page() == "card"
    window.go_to("review")
    assert window.current_page() == "card"
    assert not helpers.button(window, "step_form").isEnabled()


def test_good_card_shows_fingerprint_large_and_accept_stores_it(
        make_window: MakeWindow, helpers: Any, paths: AppPaths, qtbot: QtBot) -> None:
    window = make_window()
    card = helpers.make_card()
    page = window.card_page
    page.load_text(card.text)
    assert page.shown_fingerprint() == card.fingerprint
    label = page.findChild(FingerprintLabel, "candidateFingerprint")
    assert label is not None and label.isVisible() and label.font().pointSize() >= 20
    shown = label.text().replace("\u2066", "").replace("\u2069", "")
    assert shown.split() == card.fingerprint.split()
    assert load_trusted(paths) is None  # nothing is trusted before the person confirms
    qtbot.mouseClick(helpers.button(window, "acceptCardButton"), Qt.MouseButton.LeftButton)
    trusted = load_trusted(paths)
    assert trusted is not None and trusted.fingerprint == card.fingerprint
    assert window.current_page() == "form"
    assert helpers.button(window, "step_review").isEnabled()


def test_card_from_a_file(make_window: MakeWindow, helpers: Any, tmp_path: Path) -> None:
    card = helpers.make_card()
    (tmp_path / "team-card.txt").write_text(card.text, encoding="utf-8")
    window = make_window()
    assert window.card_page.load_file(tmp_path / "team-card.txt") is not None
    assert window.card_page.shown_fingerprint() == card.fingerprint


def test_expired_card_is_refused(make_window: MakeWindow, helpers: Any, paths: AppPaths) -> None:
    window = make_window()
    today = dt.date.today()
    card = helpers.make_card(created=today - dt.timedelta(days=400),
                             expires=today - dt.timedelta(days=1))
    window.card_page.load_text(card.text)
    assert_refused(window.card_page, "card.expired", paths)


def test_forged_card_is_refused(make_window: MakeWindow, helpers: Any, paths: AppPaths) -> None:
    window = make_window()
    window.card_page.load_text(helpers.forge(helpers.make_card().text))
    assert_refused(window.card_page, "card.invalid", paths)


def test_not_a_card(make_window: MakeWindow, paths: AppPaths, tmp_path: Path) -> None:
    window = make_window()
    window.card_page.load_text("Hello, this is just a note.")
    assert_refused(window.card_page, "card.invalid", paths)
    (tmp_path / "photo.bin").write_bytes(b"\xff\xd8\xff" + bytes(range(256)))
    window.card_page.load_file(tmp_path / "photo.bin")
    assert window.card_page.message() == message_for("card.file_unreadable")


def test_demo_card_refused_outside_demo_mode(make_window: MakeWindow, paths: AppPaths) -> None:
    window = make_window()
    window.card_page.load_text(demo_card().text)
    assert_refused(window.card_page, "card.demo_refused", paths)


def test_rotated_card_is_accepted_with_a_notice(make_window: MakeWindow, helpers: Any,
                                                paths: AppPaths) -> None:
    old_identity = IdentitySecretKey.generate()
    accept(paths.ensure(), helpers.make_card(identity=old_identity))
    window = make_window()
    assert window.current_page() == "form"
    window.go_to("card")
    rotated = helpers.make_card(previous=old_identity)
    window.card_page.load_text(rotated.text)
    trusted = load_trusted(paths)
    assert trusted is not None and trusted.fingerprint == rotated.fingerprint
    assert window.card_page.message_kind() == "success"
    assert "changed its keys" in window.card_page.message()
    assert window.card_page.shown_fingerprint() == rotated.fingerprint
    assert not helpers.button(window, "acceptCardButton").isVisible()


def test_unrelated_card_needs_a_fresh_check(make_window: MakeWindow, helpers: Any,
                                            paths: AppPaths) -> None:
    trusted = helpers.make_card()
    accept(paths.ensure(), trusted)
    window = make_window()
    window.go_to("card")
    stranger = helpers.make_card("Wiki Safety Team")
    window.card_page.load_text(stranger.text)
    assert window.card_page.message_kind() == "warning"
    stored = load_trusted(paths)
    assert stored is not None and stored.fingerprint == trusted.fingerprint
    assert helpers.button(window, "acceptCardButton").isVisible()
    assert window.card_page.accept_card()
    stored = load_trusted(paths)
    assert stored is not None and stored.fingerprint == stranger.fingerprint


def test_expired_trusted_card_sends_the_person_to_the_card_page(
        make_window: MakeWindow, helpers: Any, paths: AppPaths) -> None:
    accept(paths.ensure(), helpers.make_card())
    window = make_window(today=lambda: dt.date.today() + dt.timedelta(days=800))
    assert window.current_page() == "card"
    assert window.card_page.message() == message_for("card.expired")
