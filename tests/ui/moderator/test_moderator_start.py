"""Start page: create a team, unlock the key file (and refuse a wrong passphrase or an altered
file), lock again. The window title never changes with content."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from app.team import card_of, load_key_file
from crypto.keyfile import WEAK_KDF_FOR_TESTS_ONLY
from ui.messages import message_for


def test_create_a_team_writes_the_key_file_and_opens_it(
        make_window: Any, mod: Any, qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window()
    page = window.start_page
    assert window.current_page() == "start" and window.windowTitle() == "Sealnote Moderator"
    key_file = tmp_path / "new-team.key"
    page.team_name.setText("Wiki Safety Team")
    page.new_passphrase.set_passphrase(mod.PASSPHRASE)
    page.new_key_file.set_path(key_file)
    mod.button(page, "createTeamButton").click()
    qtbot.waitUntil(lambda: window.session() is not None, timeout=30_000)
    assert window.current_page() == "inbox"
    secrets = load_key_file(key_file, mod.PASSPHRASE, WEAK_KDF_FOR_TESTS_ONLY)
    card = card_of(secrets)
    assert card.team == "Wiki Safety Team"
    window.go_to("team")
    assert window.team_page.fingerprint.fingerprint() == card.fingerprint
    assert page.new_passphrase.passphrase() == ""  # nothing secret stays in the fields
    assert window.windowTitle() == "Sealnote Moderator"


def test_create_refuses_a_weak_or_mismatched_passphrase_and_a_missing_name(
        make_window: Any, mod: Any, tmp_path: Path) -> None:
    window = make_window()
    page = window.start_page
    page.team_name.setText("Team")
    page.new_key_file.set_path(tmp_path / "x.key")
    page.new_passphrase.set_passphrase("password1")
    page.create_team()
    assert page.create_message.text() == message_for("passphrase.weak")
    page.new_passphrase.set_passphrase(mod.PASSPHRASE, mod.PASSPHRASE + "x")
    page.create_team()
    assert page.create_message.text() == message_for("passphrase.mismatch")
    page.team_name.setText("")
    page.create_team()
    assert page.create_message.text() == message_for("team.name_required")
    assert window.session() is None and not (tmp_path / "x.key").exists()


def test_create_never_overwrites_an_existing_key_file(
        make_window: Any, mod: Any, qtbot: QtBot, team: Any) -> None:
    window = make_window()
    page = window.start_page
    before = team.key_file.read_bytes()
    page.team_name.setText("Another Team")
    page.new_passphrase.set_passphrase(mod.PASSPHRASE)
    page.new_key_file.set_path(team.key_file)
    page.create_team()
    mod.wait_idle(qtbot, window)
    assert window.session() is None
    assert page.create_message.text() == message_for("output.exists")
    assert team.key_file.read_bytes() == before


def test_unlock_and_lock(unlocked: Any, mod: Any) -> None:
    window = unlocked
    assert window.current_page() == "inbox"
    assert window.session() is not None and window.session().card.team == "Wiki Safety Team"
    assert window.start_page.passphrase.text() == ""
    mod.button(window, "lockButton").click()
    assert window.session() is None and window.current_page() == "start"
    window.go_to("inbox")
    assert window.current_page() == "start"  # nothing is reachable while locked


def test_wrong_passphrase_is_refused_inline(make_window: Any, mod: Any, qtbot: QtBot,
                                            team: Any) -> None:
    window = make_window()
    page = window.start_page
    page.key_file.set_path(team.key_file)
    page.passphrase.setText("not the passphrase at all")
    page.unlock()
    mod.wait_idle(qtbot, window)
    assert window.session() is None and window.current_page() == "start"
    assert page.unlock_message.text() == message_for("keyfile.wrong_passphrase")
    assert page.unlock_message.kind() == "error"
    assert page.passphrase.text() == "" and page.passphrase.hasFocus()


def test_an_altered_key_file_is_refused(make_window: Any, mod: Any, qtbot: QtBot,
                                        team: Any) -> None:
    data = bytearray(team.key_file.read_bytes())
    data[-5] ^= 0x01
    team.key_file.write_bytes(bytes(data))
    window = make_window()
    page = window.start_page
    page.key_file.set_path(team.key_file)
    page.passphrase.setText(team.passphrase)
    page.unlock()
    mod.wait_idle(qtbot, window)
    assert window.session() is None
    assert page.unlock_message.text() == message_for("keyfile.wrong_passphrase")


def test_not_a_key_file_and_no_key_file(make_window: Any, mod: Any, qtbot: QtBot,
                                        tmp_path: Path) -> None:
    window = make_window()
    page = window.start_page
    page.key_file.set_path(None)
    page.passphrase.setText("whatever passphrase")
    page.unlock()
    assert page.unlock_message.text() == message_for("keyfile.not_found")
    junk = tmp_path / "junk.key"
    junk.write_bytes(b"not a key file" * 20)
    page.key_file.set_path(junk)
    page.passphrase.setText("whatever passphrase")
    page.unlock()
    mod.wait_idle(qtbot, window)
    assert page.unlock_message.text() == message_for("keyfile.invalid")


def test_the_store_survives_lock_and_unlock(unlocked: Any, mod: Any, qtbot: QtBot,
                                            team: Any, chosen: Path) -> None:
    window = unlocked
    sealed = chosen / "r.bin"
    sealed.write_bytes(mod.seal(team.card))
    window.import_page.import_paths([sealed])
    mod.wait_idle(qtbot, window)
    assert window.inbox_page.model.rowCount() == 1
    window.lock()
    assert window.inbox_page.model.rowCount() == 0
    mod.unlock(qtbot, window, team)
    assert window.inbox_page.model.rowCount() == 1
