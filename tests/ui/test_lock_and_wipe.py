"""Locking (on demand and when idle), changing the passphrase, keyring unlock and quick wipe.

The keyring tests inject an in-memory backend with a real priority through KeyringUnlock's test
seam (as tests/app/test_keyring_unlock.py does); without it the suite has no D-Bus, so the
default keyring is the ``fail`` backend and the option must say why it is off.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from memory_keyring import MemoryKeyring
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.card_trust import accept, card_path
from app.keyring_unlock import SERVICE, KeyringUnlock, class_name
from app.paths import AppPaths
from app.reply_keys import REPLY_KEYS_FOLDER
from app.vault import Vault, drafts_folder
from ui.editor.main_window import EditorWindow
from ui.messages import message_for

MakeWindow = Callable[..., EditorWindow]


@pytest.fixture
def trusted(paths: AppPaths, helpers: Any) -> AppPaths:
    accept(paths.ensure(), helpers.make_card())
    return paths


@pytest.fixture
def memory_keyring() -> Iterator[tuple[MemoryKeyring, KeyringUnlock]]:
    backend = MemoryKeyring()
    yield backend, KeyringUnlock(backend_source=lambda: backend, timeout=5.0,
                                 trusted_for_tests_only=frozenset({class_name(backend)}))


def fill(window: EditorWindow, title: str = "Editor threatened") -> None:
    for key, value in (("title", title), ("category", "threat"),
                       ("what_happened", "A phone call at night."), ("safe_now", "unsure"),
                       ("consent", "team_only"), ("urgency", "high")):
        window.form_page.set_value(key, value)


def wait_locked(qtbot: QtBot, window: EditorWindow) -> None:
    qtbot.waitUntil(lambda: window.current_page() == "unlock", timeout=10_000)
    qtbot.waitUntil(window.session.queue_idle, timeout=10_000)


def test_lock_now_saves_last_keystrokes_and_clears_form_and_clipboard(
        make_window: MakeWindow, helpers: Any, trusted: AppPaths, qtbot: QtBot) -> None:
    window = make_window(unlock=None, vault_options=helpers.cheap_options(autosave_ms=60_000))
    helpers.create_vault(qtbot, window)
    fill(window, "Typed just before locking")
    window.clipboard.copy("-----BEGIN SEALED TEXT----- ours")
    other = "something the person copied elsewhere"
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Lock now
    wait_locked(qtbot, window)
    assert not window.session.is_unlocked()
    assert window.form_page.value("title") == "" and window.form_page.own_username() == ""
    assert QGuiApplication.clipboard().text() == ""
    assert window.drafts_page.titles() == []
    assert "locked" in window.gate.unlock.bar.text().lower()
    window.go_to("form")
    assert window.current_page() == "unlock"
    helpers.unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.form_page.value("title") == "Typed just before locking",
                    timeout=10_000)  # the draft open when locking comes back
    QGuiApplication.clipboard().setText(other)
    window.clipboard.copy("ours again")
    QGuiApplication.clipboard().setText(other)
    window.lock_now()
    wait_locked(qtbot, window)
    assert QGuiApplication.clipboard().text() == other  # never wipes what is not ours


def test_idle_timer_locks(make_window: MakeWindow, helpers: Any, trusted: AppPaths,
                          qtbot: QtBot) -> None:
    window = make_window(unlock="vault")
    fill(window)
    window.clipboard.copy("sealed text on the clipboard")
    window.idle_lock.set_interval_ms(150)
    wait_locked(qtbot, window)
    assert "without activity" in window.gate.unlock.bar.text()
    assert window.form_page.value("title") == ""
    assert QGuiApplication.clipboard().text() == ""
    assert not window.idle_lock.armed()


def test_auto_lock_choice_is_kept_in_the_settings(make_window: MakeWindow, helpers: Any,
                                                  qtbot: QtBot) -> None:
    window = make_window(unlock="vault")
    window.go_to("security")
    assert window.idle_lock.minutes() == 15
    window.security_page.set_auto_lock(5)
    assert window.idle_lock.minutes() == 5
    assert make_window(unlock=None).idle_lock.minutes() == 5
    window.security_page.set_auto_lock(0)
    assert window.idle_lock.minutes() == 0


def test_change_passphrase(make_window: MakeWindow, helpers: Any, trusted: AppPaths,
                           qtbot: QtBot) -> None:
    window = make_window(unlock="vault")
    fill(window, "Kept across the change")
    helpers.settle_saves(qtbot, window)
    window.go_to("security")
    page = window.security_page
    page.fill_change("wrong current passphrase", "quiet river copper violin meadow")
    page.request_change()
    qtbot.waitUntil(lambda: page.message() != "", timeout=10_000)
    assert page.message() == "The current passphrase is not right."
    page.fill_change(helpers.passphrase, "quiet river copper violin meadow")
    page.request_change()
    qtbot.waitUntil(lambda: "changed" in page.message(), timeout=10_000)
    window.lock_now()
    wait_locked(qtbot, window)
    window.gate.unlock.passphrase.setText(helpers.passphrase)
    window.gate.unlock.request_unlock()
    qtbot.waitUntil(lambda: window.gate.unlock.bar.text() != "", timeout=10_000)
    assert window.gate.unlock.bar.text() == message_for("vault.wrong_passphrase")
    helpers.unlock(qtbot, window, "quiet river copper violin meadow")
    qtbot.waitUntil(lambda: window.form_page.value("title") == "Kept across the change",
                    timeout=10_000)


def test_keyring_option_is_off_with_a_reason_without_a_backend(
        make_window: MakeWindow, helpers: Any, qtbot: QtBot) -> None:
    window = make_window(unlock="vault")  # the default keyring: no D-Bus in the tests
    window.go_to("security")
    page = window.security_page
    qtbot.waitUntil(lambda: page.keyring_reason() == message_for("keyring.no_backend"),
                    timeout=10_000)
    assert not page.keyring_box().isEnabled() and not page.keyring_box().isChecked()


def test_keyring_option_in_portable_mode_says_why(qtbot: QtBot, helpers: Any,
                                                  tmp_path: Path) -> None:
    window = EditorWindow(AppPaths.under(tmp_path / "stick", portable=True),
                          vault_options=helpers.cheap_options(), start_folder=tmp_path)
    try:
        helpers.create_vault(qtbot, window)
        window.go_to("security")
        page = window.security_page
        qtbot.waitUntil(lambda: page.keyring_reason() == message_for("keyring.portable_mode"),
                        timeout=10_000)
        assert not page.keyring_box().isEnabled()
    finally:
        window.shut_down()


def test_keyring_unlock_round_trip(make_window: MakeWindow, helpers: Any, trusted: AppPaths,
                                   qtbot: QtBot,
                                   memory_keyring: tuple[MemoryKeyring, KeyringUnlock]) -> None:
    backend, access = memory_keyring
    options = helpers.cheap_options(keyring=access)
    window = make_window(unlock=None, vault_options=options)
    helpers.create_vault(qtbot, window)
    window.go_to("security")
    page = window.security_page
    qtbot.waitUntil(lambda: page.keyring_box().isEnabled(), timeout=10_000)
    assert page.keyring_reason() == ""
    with qtbot.waitSignal(window.session.keyringChanged, timeout=10_000):
        page.set_keyring(True)  # the result comes once the keyring holds the key
    assert window.session.keyring_enabled()
    account = Vault.keyring_account(trusted)
    assert account is not None and list(backend.items) == [(SERVICE, account)]
    assert helpers.passphrase not in backend.items[(SERVICE, account)]
    window.shut_down()
    again = make_window(unlock=None, vault_options=options)  # start-up tries the keyring
    qtbot.waitUntil(again.session.is_unlocked, timeout=10_000)
    again.lock_now()
    wait_locked(qtbot, again)  # after a lock the keyring is offered, not used by itself
    assert again.gate.unlock.keyring_button.isVisible() and not again.session.is_unlocked()
    again.gate.unlock.keyring_button.click()
    qtbot.waitUntil(again.session.is_unlocked, timeout=10_000)
    again.go_to("security")
    qtbot.waitUntil(lambda: again.security_page.keyring_box().isEnabled(), timeout=10_000)
    with qtbot.waitSignal(again.session.keyringChanged, timeout=10_000):
        again.security_page.set_keyring(False)
    assert not again.session.keyring_enabled() and backend.items == {}


def test_keyring_failure_falls_back_to_the_passphrase(
        make_window: MakeWindow, helpers: Any, trusted: AppPaths, qtbot: QtBot,
        memory_keyring: tuple[MemoryKeyring, KeyringUnlock]) -> None:
    backend, access = memory_keyring
    options = helpers.cheap_options(keyring=access)
    window = make_window(unlock=None, vault_options=options)
    helpers.create_vault(qtbot, window)
    with qtbot.waitSignal(window.session.keyringChanged, timeout=10_000):
        window.session.set_keyring(True)
    assert window.session.keyring_enabled()
    window.shut_down()
    backend.items.clear()  # the keyring lost the item
    again = make_window(unlock=None, vault_options=options)
    qtbot.waitUntil(lambda: again.gate.unlock.bar.text() != "", timeout=10_000)
    assert message_for("keyring.not_found") in again.gate.unlock.bar.text()
    helpers.unlock(qtbot, again)


def seal_into_outbox(window: EditorWindow, qtbot: QtBot, helpers: Any) -> None:
    window.go_to("review")
    window.review_page.save_to_outbox()
    helpers.wait_idle(qtbot, window)
    assert window.review_page.result_kind() == "success", window.review_page.result_text()


def test_quick_wipe_returns_to_first_run_and_leaves_nothing(
        make_window: MakeWindow, helpers: Any, trusted: AppPaths, qtbot: QtBot,
        memory_keyring: tuple[MemoryKeyring, KeyringUnlock]) -> None:
    backend, access = memory_keyring
    window = make_window(unlock=None, vault_options=helpers.cheap_options(keyring=access))
    helpers.create_vault(qtbot, window)
    with qtbot.waitSignal(window.session.keyringChanged, timeout=10_000):
        window.session.set_keyring(True)
    assert window.session.keyring_enabled()
    fill(window)
    window.review_page.choices.set_reply_on(True)
    seal_into_outbox(window, qtbot, helpers)
    helpers.settle_saves(qtbot, window)
    assert list(drafts_folder(trusted).iterdir()) and list((trusted.data / "outbox").iterdir())
    assert list((trusted.data / REPLY_KEYS_FOLDER).iterdir()) and backend.items
    window.clipboard.copy("sealed text")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Delete,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.current_page() == "wipe"
    window.gate.wipeCancelled.emit()
    assert window.current_page() == "review" and window.session.is_unlocked()
    window.request_wipe()
    helpers.button(window.gate.wipe, "confirmWipeButton").click()
    qtbot.waitUntil(lambda: window.current_page() == "first_run", timeout=10_000)
    summary = window.gate.first_run.bar.text()
    assert summary.startswith("Sealnote was wiped") and "the drafts" in summary
    assert "the key in the system keyring" in summary
    assert not trusted.data.exists() and not trusted.config.exists()
    assert not card_path(trusted).exists() and backend.items == {}
    assert QGuiApplication.clipboard().text() == ""
    assert window.form_page.value("title") == ""
    helpers.create_vault(qtbot, window, "after the wipe a new start")
    assert window.current_page() == "card"  # the team card went too


def test_quick_wipe_from_the_lock_screen(make_window: MakeWindow, helpers: Any,
                                         trusted: AppPaths, qtbot: QtBot) -> None:
    window = make_window(unlock="vault")
    fill(window)
    helpers.settle_saves(qtbot, window)
    window.lock_now()
    wait_locked(qtbot, window)
    window.request_wipe()
    assert window.current_page() == "wipe"
    window.gate.wipeCancelled.emit()
    assert window.current_page() == "unlock"
    window.request_wipe()
    window.wipe_now()
    qtbot.waitUntil(lambda: window.current_page() == "first_run", timeout=10_000)
    assert not drafts_folder(trusted).exists() and not Vault.exists(trusted)


def test_demo_never_touches_the_vault(make_window: MakeWindow, paths: AppPaths) -> None:
    window = make_window(demo=True)
    assert window.current_page() == "form"
    window.lock_now()
    window.request_wipe()
    assert window.current_page() == "form"
    assert not Vault.exists(paths) and not drafts_folder(paths).exists()


def test_idle_lock_waits_for_a_running_seal(make_window: MakeWindow, qtbot: QtBot,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(unlock="vault")
    monkeypatch.setattr(window.review_page.panel, "busy", lambda: True)
    monkeypatch.setattr("ui.editor.main_window.IDLE_RECHECK_MS", 100)
    window.idle_lock.set_interval_ms(50)
    qtbot.wait(400)
    assert window.session.is_unlocked()  # locking now would cancel the seal
    monkeypatch.setattr(window.review_page.panel, "busy", lambda: False)
    wait_locked(qtbot, window)


def test_escape_cancels_the_wipe(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window(unlock="vault")
    window.request_wipe()
    assert window.current_page() == "wipe"
    qtbot.keyClick(window.gate.wipe, Qt.Key.Key_Escape)
    assert window.current_page() == "card" and window.session.is_unlocked()


def test_no_passphrase_or_key_stays_in_the_window_once_unlocked_or_locked(
        make_window: MakeWindow, helpers: Any, trusted: AppPaths, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit

    window = make_window(unlock="vault")
    typed = [edit.text() for edit in window.findChildren(QLineEdit)
             if edit.echoMode() != QLineEdit.EchoMode.Normal]
    assert helpers.passphrase not in typed  # the first-run fields were emptied
    fill(window)
    window.go_to("review")
    window.review_page.choices.set_reply_on(True)
    window.refresh_review()
    assert window.review_page.panel.has_reply_key()
    window.lock_now()
    wait_locked(qtbot, window)
    assert window.review_page.choices.reply_secret() is None
    assert not window.review_page.panel.has_reply_key()
    assert window.session.store() is None and window.session.reply_keys() is None
    helpers.unlock(qtbot, window)
    assert window.gate.unlock.passphrase.text() == ""


def test_lock_and_wipe_shortcuts_work_while_typing(make_window: MakeWindow, trusted: AppPaths,
                                                   qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    window = make_window(unlock="vault")
    window.activateWindow()
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for name, kind in (("field_title", QLineEdit), ("field_what_happened", QPlainTextEdit)):
        window.go_to("form")
        field = window.form_page.findChild(kind, name)
        assert field is not None and field.isVisible()
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Delete, both)  # quick wipe
        assert window.current_page() == "wipe", name
        window.gate.wipeCancelled.emit()
    field = window.form_page.findChild(QPlainTextEdit, "field_what_happened")
    assert field is not None
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # lock now
    wait_locked(qtbot, window)
