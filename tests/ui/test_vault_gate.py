"""The drafts vault in the window (PRODUCT.md 4): first run, unlock, autosave, RAM-only, forgot.

Cheap Argon2id settings come in through VaultOptions (tests/ui/conftest.py), never the
environment; the production policy refuses them (checked below).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from app.card_trust import accept
from app.drafts import DraftStore
from app.paths import AppPaths
from app.reply_keys import reply_keys_folder
from app.vault import Vault, drafts_folder
from crypto.keyfile import CHEAP_FOR_TESTS_ONLY
from crypto.keys import SecretKey
from ui.editor.main_window import EditorWindow
from ui.editor.vault_session import VaultOptions
from ui.messages import message_for

MakeWindow = Callable[..., EditorWindow]


@pytest.fixture
def trusted(paths: AppPaths, helpers: Any) -> AppPaths:
    """The paths, with a trusted team card already stored."""
    accept(paths.ensure(), helpers.make_card())
    return paths


def fill(window: EditorWindow, title: str = "Editor threatened") -> None:
    page = window.form_page
    for key, value in (("title", title), ("category", "threat"),
                       ("what_happened", "A phone call at night."), ("safe_now", "unsure"),
                       ("consent", "team_only"), ("urgency", "high")):
        page.set_value(key, value)


def files_under(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()} if folder.exists() else {}


def test_first_run_shows_passphrase_screen_with_live_strength(make_window: MakeWindow,
                                                              helpers: Any,
                                                              paths: AppPaths) -> None:
    window = make_window(unlock=None)
    assert window.current_page() == "first_run"
    assert window.windowTitle() == "Sealnote"
    fields = window.gate.first_run.fields
    fields.set_passphrase("password")
    assert not fields.acceptable()
    assert "common" in fields.feedback() and "Very weak" in fields.feedback()
    create = helpers.button(window.gate.first_run, "createVaultButton")
    assert not create.isEnabled()
    fields.set_passphrase("maple orbit lantern pebble harbour", "maple orbit lantern")
    assert not fields.acceptable() and not create.isEnabled()  # typed differently twice
    fields.set_passphrase("maple orbit lantern pebble harbour")
    assert fields.acceptable() and create.isEnabled()
    assert "you can use this passphrase" in fields.feedback()
    assert not Vault.exists(paths)
    window.go_to("form")
    assert window.current_page() == "first_run"  # nothing behind the gate while locked


def test_first_run_creates_the_vault(make_window: MakeWindow, helpers: Any, paths: AppPaths,
                                     qtbot: QtBot) -> None:
    window = make_window(unlock=None)
    helpers.create_vault(qtbot, window)
    assert Vault.exists(paths)
    assert window.current_page() == "card"  # no team card yet
    assert not window.session.is_ram_only()


def test_production_policy_refuses_the_cheap_test_parameters(paths: AppPaths) -> None:
    from app.errors import AppError

    assert VaultOptions().kdf_params is None  # production calibrates
    with pytest.raises(AppError) as caught:
        Vault.create(paths.ensure(), "pw pw pw pw", CHEAP_FOR_TESTS_ONLY)
    assert caught.value.code == "vault.kdf_refused"


def test_unlock_wrong_then_right(make_window: MakeWindow, helpers: Any, trusted: AppPaths,
                                 qtbot: QtBot) -> None:
    first = make_window(unlock="vault")
    first.shut_down()
    window = make_window(unlock=None)
    assert window.current_page() == "unlock"
    page = window.gate.unlock
    assert not page.keyring_button.isVisible()
    page.passphrase.setText("not the passphrase at all")
    page.request_unlock()
    qtbot.waitUntil(lambda: page.bar.text() != "", timeout=10_000)
    assert page.bar.text() == message_for("vault.wrong_passphrase")
    assert not window.session.is_unlocked()
    helpers.unlock(qtbot, window)
    assert window.current_page() in ("drafts", "form")


def test_autosave_then_close_and_reopen_brings_the_draft_back(
        make_window: MakeWindow, helpers: Any, trusted: AppPaths, qtbot: QtBot,
        tmp_path: Path) -> None:
    window = make_window(unlock="vault")
    assert window.current_page() == "form"
    fill(window, "Editor threatened over an article")
    window.form_page.set_own_username("Sunbird_42")
    photo = tmp_path / "chosen" / "notes.txt"
    photo.write_text("what I saw", encoding="utf-8")
    window.attachments_page.add_files([photo])
    qtbot.waitUntil(lambda: not window.attachments_page.busy(), timeout=10_000)
    helpers.settle_saves(qtbot, window)
    assert window.workspace.status() == "Saved, encrypted"
    on_disk = files_under(drafts_folder(trusted))
    assert on_disk and not any(b"Editor threatened" in data or b"what I saw" in data
                               for data in on_disk.values())
    assert not any("notes" in name for name in on_disk)
    window.close()
    again = make_window(unlock=None)
    helpers.unlock(qtbot, again)
    qtbot.waitUntil(lambda: again.drafts_page.titles() != [], timeout=10_000)
    assert again.current_page() == "drafts"
    assert again.drafts_page.titles() == ["Editor threatened over an article"]
    again.drafts_page.open_selected()
    qtbot.waitUntil(lambda: again.current_page() == "form", timeout=10_000)
    assert again.form_page.value("title") == "Editor threatened over an article"
    assert again.form_page.own_username() == "Sunbird_42"
    assert again.attachments_page.names() == ["notes.txt"]
    assert again.attachments_page.paths() == []  # only the encrypted copy came back
    photo.unlink()  # sealing reads the draft's copy, not the person's file
    request = again.seal_request()
    assert request is not None and len(request.attachments) == 1
    reader = request.attachments[0].open()
    buffer = bytearray(100)
    assert bytes(buffer[:reader.readinto(memoryview(buffer))]) == b"what I saw"


def test_nothing_empty_is_ever_saved(make_window: MakeWindow, trusted: AppPaths,
                                     qtbot: QtBot, helpers: Any) -> None:
    window = make_window(unlock="vault")
    window.form_page.set_value("title", "x")
    window.form_page.set_value("title", "")
    helpers.settle_saves(qtbot, window)
    assert DraftStore(trusted, Vault.unlock_with_passphrase(
        trusted, helpers.passphrase, helpers.cheap_options().kdf_policy)).list_drafts() == []


def test_ram_only_writes_nothing(make_window: MakeWindow, trusted: AppPaths, qtbot: QtBot,
                                 helpers: Any, tmp_path: Path) -> None:
    window = make_window(unlock=None)
    before = files_under(trusted.data), files_under(trusted.config)
    folders_before = sorted(str(p) for p in trusted.data.rglob("*"))
    helpers.button(window.gate.first_run, "ramOnlyButton").click()
    assert window.session.is_ram_only() and window.current_page() == "form"
    banner = window.workspace.findChild(QLabel, "ramOnlyBanner")
    assert banner is not None and banner.isVisible() and "nothing is saved" in banner.text()
    assert window.workspace.status() == "Not saved (RAM-only)"
    fill(window)
    note = tmp_path / "chosen" / "note.txt"
    note.write_text("a note", encoding="utf-8")
    window.attachments_page.add_files([note])
    qtbot.waitUntil(lambda: not window.attachments_page.busy(), timeout=10_000)
    qtbot.wait(200)  # several autosave intervals
    helpers.settle_saves(qtbot, window)
    window.go_to("drafts")
    qtbot.waitUntil(lambda: window.drafts_page.titles() != [], timeout=5000)
    assert window.drafts_page.titles() == ["Editor threatened — open now"]
    window.go_to("review")
    assert not window.review_page.panel.outbox_allowed()
    reply = window.review_page.findChild(QCheckBox, "replyKeyCheck")
    assert reply is not None and not reply.isEnabled()
    assert (files_under(trusted.data), files_under(trusted.config)) == before
    assert sorted(str(p) for p in trusted.data.rglob("*")) == folders_before
    window.lock_now()
    qtbot.waitUntil(lambda: window.current_page() == "first_run", timeout=5000)
    assert "nothing was kept" in window.gate.first_run.bar.text()
    assert window.form_page.value("title") == ""
    assert not Vault.exists(trusted)


def test_forgot_passphrase_deletes_the_drafts_and_starts_over(
        make_window: MakeWindow, helpers: Any, trusted: AppPaths, qtbot: QtBot) -> None:
    window = make_window(unlock="vault")
    fill(window)
    helpers.settle_saves(qtbot, window)
    keeper = window.session.reply_keys()
    assert keeper is not None and keeper.keep(SecretKey.generate()) is not None
    assert list(drafts_folder(trusted).iterdir()) and list(reply_keys_folder(trusted).iterdir())
    window.lock_now()
    qtbot.waitUntil(lambda: window.current_page() == "unlock", timeout=5000)
    page = window.gate.unlock
    page.show_forgot(True)
    assert page.forgot_shown()
    assert "deletes them for good" in " ".join(
        label.text() for label in page.findChildren(QLabel))
    page.resetRequested.emit()
    qtbot.waitUntil(lambda: window.current_page() == "first_run", timeout=5000)
    assert "deleted" in window.gate.first_run.bar.text()
    assert not Vault.exists(trusted) and not drafts_folder(trusted).exists()
    assert not reply_keys_folder(trusted).exists()
    helpers.create_vault(qtbot, window, "a brand new passphrase for the vault")
    qtbot.waitUntil(lambda: window.current_page() == "form", timeout=5000)


def test_expired_card_still_sends_the_person_to_the_card_page(
        make_window: MakeWindow, helpers: Any, trusted: AppPaths, qtbot: QtBot) -> None:
    window = make_window(unlock="vault",
                         today=lambda: dt.date.today() + dt.timedelta(days=800))
    assert window.current_page() == "card"


def test_leftovers_of_interrupted_writes_go_at_unlock(make_window: MakeWindow, helpers: Any,
                                                      trusted: AppPaths, qtbot: QtBot) -> None:
    first = make_window(unlock="vault")
    fill(first)
    helpers.settle_saves(qtbot, first)
    first.shut_down()
    stray = drafts_folder(trusted) / ".0123456789abcdef.partial"
    stray.write_bytes(b"ciphertext of an interrupted save")
    window = make_window(unlock=None)
    helpers.unlock(qtbot, window)
    qtbot.waitUntil(window.session.queue_idle, timeout=10_000)
    assert not stray.exists()
