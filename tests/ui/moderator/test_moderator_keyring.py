"""Keyring unlock in the moderator window: offered only with a real keyring (a fake one here,
trusted through the test seam), the start page's "Unlock with the system keyring", team changes
that ask for the passphrase and keep the keyring copy in step, and the refusals."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring.backends.fail
from keyring.backend import KeyringBackend
from memory_keyring import MemoryKeyring
from pytestqt.qtbot import QtBot

from app.keyring_unlock import KeyringUnlock, class_name
from app.moderator_keyring import SERVICE, read_key_file_bytes
from app.paths import AppPaths
from crypto.keyring_copy import read_header
from crypto.keys import SecretKey
from ui.messages import message_for

PlaintextKeyring = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})
KeyringBackend._classes.discard(PlaintextKeyring)  # type: ignore[attr-defined]
TRUSTED = frozenset({class_name(MemoryKeyring()), class_name(PlaintextKeyring())})


def access(backend: KeyringBackend, portable: bool = False) -> KeyringUnlock:
    return KeyringUnlock(backend_source=lambda: backend, timeout=5.0, portable=portable,
                         service=SERVICE, trusted_for_tests_only=TRUSTED)


def settled_box(window: Any, mod: Any, qtbot: QtBot) -> Any:
    window.go_to("team")
    mod.wait_idle(qtbot, window)
    return window.security_box


def turn_keyring_on(window: Any, mod: Any, qtbot: QtBot) -> None:
    box = settled_box(window, mod, qtbot)
    assert box.keyring_box().isEnabled() and box.keyring_reason() == ""
    box.keyring_box().click()
    mod.wait_idle(qtbot, window)
    assert box.keyring_box().isChecked()
    assert "start page now offers" in box.message.text()


def keyring_unlock(window: Any, mod: Any, qtbot: QtBot, team: Any) -> None:
    page = window.start_page
    page.key_file.set_path(team.key_file)
    assert page.keyring_offered()
    mod.button(page, "unlockKeyringButton").click()
    qtbot.waitUntil(lambda: window.session() is not None, timeout=30_000)
    mod.wait_idle(qtbot, window)


def test_unlock_with_the_keyring_then_change_the_team(make_window: Any, mod: Any, qtbot: QtBot,
                                                      team: Any, base: AppPaths) -> None:
    backend = MemoryKeyring()
    window = make_window(keyring=access(backend))
    assert not window.start_page.keyring_offered()
    mod.unlock(qtbot, window, team)
    turn_keyring_on(window, mod, qtbot)
    assert [service for service, _account in backend.items] == ["Sealnote Moderator"]
    window.lock()
    keyring_unlock(window, mod, qtbot, team)
    session = window.session()
    assert session.secrets.to_bytes() == team.secrets.to_bytes()
    assert session.needs_passphrase() and not session.check_passphrase(team.passphrase)
    page = window.team_page
    window.go_to("team")
    assert page.change_passphrase.isVisible()
    before = team.key_file.read_bytes()
    new_key = SecretKey.generate().public
    page.add_key(new_key)  # no passphrase typed: asked for, nothing saved
    assert page.message.text() == message_for("keyfile.passphrase_needed")
    page.change_passphrase.setText("not the passphrase")
    page.add_key(new_key)
    mod.wait_idle(qtbot, window)
    assert page.message.text() == message_for("keyfile.wrong_passphrase")
    assert team.key_file.read_bytes() == before and page.change_passphrase.text() == ""
    page.change_passphrase.setText(team.passphrase)
    page.add_key(new_key)
    mod.wait_idle(qtbot, window)
    assert new_key in page.card().moderators and not page.change_passphrase.isVisible()
    assert not session.needs_passphrase()  # given once, kept until the lock
    copy = window._keyring.copy_path(team.key_file)
    assert read_header(copy.read_bytes()).matches(read_key_file_bytes(team.key_file))
    window.lock()
    keyring_unlock(window, mod, qtbot, team)  # the copy followed the change
    assert new_key in window.session().card.moderators


def test_rotation_keeps_the_copy_in_step(make_window: Any, mod: Any, qtbot: QtBot,
                                         team: Any) -> None:
    backend = MemoryKeyring()
    window = make_window(keyring=access(backend))
    mod.unlock(qtbot, window, team)
    turn_keyring_on(window, mod, qtbot)
    window.team_page.confirm_rotate(ask=False)
    mod.wait_idle(qtbot, window)
    rotated = window.session().secrets
    assert rotated.identity_keys != team.secrets.identity_keys
    assert len(backend.items) == 1
    window.lock()
    keyring_unlock(window, mod, qtbot, team)
    assert window.session().secrets.to_bytes() == rotated.to_bytes()


def test_an_outdated_copy_is_refused_then_refreshed(make_window: Any, mod: Any, qtbot: QtBot,
                                                    team: Any, tmp_path: Path) -> None:
    """The key file changed elsewhere: keyring unlock refuses the old copy; one passphrase
    unlock brings it up to date."""
    from app.team import save_key_file
    from crypto.keyfile import CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY

    window = make_window(keyring=access(MemoryKeyring()))
    mod.unlock(qtbot, window, team)
    turn_keyring_on(window, mod, qtbot)
    window.lock()
    save_key_file(team.key_file, team.secrets, team.passphrase, CHEAP_FOR_TESTS_ONLY,
                  WEAK_KDF_FOR_TESTS_ONLY)  # same keys, new bytes (fresh salt)
    page = window.start_page
    page.key_file.set_path(team.key_file)
    mod.button(page, "unlockKeyringButton").click()
    mod.wait_idle(qtbot, window)
    assert window.session() is None
    assert page.unlock_message.text() == message_for("keyring.copy_outdated")
    mod.unlock(qtbot, window, team)
    window.lock()
    keyring_unlock(window, mod, qtbot, team)


def test_turning_it_off_removes_the_copy_and_the_item(make_window: Any, mod: Any, qtbot: QtBot,
                                                      team: Any) -> None:
    backend = MemoryKeyring()
    window = make_window(keyring=access(backend))
    mod.unlock(qtbot, window, team)
    turn_keyring_on(window, mod, qtbot)
    box = window.security_box
    box.keyring_box().click()
    mod.wait_idle(qtbot, window)
    assert not box.keyring_box().isChecked() and backend.items == {}
    assert "only the passphrase" in box.message.text()
    window.lock()
    window.start_page.key_file.set_path(team.key_file)
    assert not window.start_page.keyring_offered()


def test_refused_keyrings_leave_the_option_off_with_the_reason(make_window: Any, mod: Any,
                                                              qtbot: QtBot, team: Any,
                                                              tmp_path: Path) -> None:
    for backend, code in ((PlaintextKeyring(), "keyring.insecure_backend"),
                          (keyring.backends.fail.Keyring(), "keyring.no_backend")):
        window = make_window(keyring=access(backend))
        mod.unlock(qtbot, window, team)
        box = settled_box(window, mod, qtbot)
        assert not box.keyring_box().isEnabled() and not box.keyring_box().isChecked()
        assert box.keyring_reason() == message_for(code)
        box.set_keyring(True)  # even when asked directly: refused, nothing stored
        mod.wait_idle(qtbot, window)
        assert not box.keyring_box().isChecked()
        assert box.message.text() == message_for(code)
        assert getattr(backend, "items", {}) == {}
        window.close()


def test_portable_and_demo_modes_say_why(make_window: Any, mod: Any, qtbot: QtBot, team: Any,
                                         tmp_path: Path) -> None:
    from ui.moderator.main_window import ModeratorWindow

    portable = ModeratorWindow(AppPaths.under(tmp_path / "stick", portable=True), kdf=mod.KDF,
                               start_folder=tmp_path, keyring=access(MemoryKeyring(),
                                                                     portable=True))
    try:
        portable.show()
        mod.unlock(qtbot, portable, team)
        box = settled_box(portable, mod, qtbot)
        assert box.keyring_reason() == message_for("keyring.portable_mode")
        assert not box.keyring_box().isEnabled()
    finally:
        portable.close()
    demo = make_window(demo=True, keyring=access(MemoryKeyring()))
    box = settled_box(demo, mod, qtbot)
    assert box.keyring_reason() == message_for("keyring.demo_mode")
    assert not box.keyring_box().isEnabled()
