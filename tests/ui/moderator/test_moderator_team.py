"""Team page: the card as file, text and QR with its fingerprint; add and remove moderators;
rotate keys (endorsed by the old identity); k-of-n word shares, passphrase backups, restore."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QFontInfo, QGuiApplication
from pytestqt.qtbot import QtBot

from app.team import card_of, load_key_file
from app.team_admin import prepare_new_moderator
from crypto.card import load_trusted_card, parse_card
from crypto.keyfile import WEAK_KDF_FOR_TESTS_ONLY
from crypto.keys import SecretKey
from ui.messages import message_for
from ui.moderator import controls
from ui.moderator.backup_dialogs import PassphraseBackupDialog, ShareBackupDialog
from ui.moderator.restore_dialog import RestoreDialog


def reload(team: Any) -> Any:
    return card_of(load_key_file(team.key_file, team.passphrase, WEAK_KDF_FOR_TESTS_ONLY))


def test_card_as_file_text_and_qr(unlocked: Any, mod: Any, team: Any, chosen: Path) -> None:
    window = unlocked
    window.go_to("team")
    page = window.team_page
    assert page.fingerprint.fingerprint() == team.card.fingerprint
    assert page.fingerprint.font().pointSize() >= 24
    assert QFontInfo(page.fingerprint.font()).fixedPitch()
    assert "\n" in page.fingerprint.text()  # grouped on two lines
    assert page.save_card_to(chosen / "card.txt")
    assert parse_card((chosen / "card.txt").read_text()).fingerprint == team.card.fingerprint
    mod.button(page, "copyCardButton").click()
    assert QGuiApplication.clipboard().text() == team.card.text
    pixmap = page.qr_image.pixmap()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    [code] = zxingcpp.read_barcodes(Image.open(io.BytesIO(bytes(buffer.data()))))
    assert code.text == team.card.text
    viewer = page.show_card_qr()
    assert viewer is not None and viewer.codes()[0].text == team.card.text
    viewer.close()


def test_add_and_remove_a_moderator(unlocked: Any, mod: Any, qtbot: QtBot, team: Any,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    window = unlocked
    page = window.team_page
    newcomer = prepare_new_moderator(team.card).encryption_keys[0].public
    page.new_key.setText("snpk1-not-a-key")
    mod.button(page, "addModeratorButton").click()
    assert page.message.text() == message_for("team.invalid_key")
    page.new_key.setText(newcomer.encode())
    mod.button(page, "addModeratorButton").click()
    mod.wait_idle(qtbot, window)
    card = reload(team)
    assert newcomer in card.moderators and len(card.moderators) == 2
    assert card.fingerprint == team.card.fingerprint  # same identity, same fingerprint
    assert page.moderators.count() == 2 and page.new_key.text() == ""
    assert "new team card" in page.message.text()
    page.new_key.setText(newcomer.encode())
    page.add_pasted_key()
    mod.wait_idle(qtbot, window)
    assert page.message.text() == message_for("team.moderator_exists")
    monkeypatch.setattr(controls, "ask", lambda *_a: True)
    page.moderators.setCurrentRow(0)  # this key file's own key
    page.remove_selected()
    mod.wait_idle(qtbot, window)
    assert page.message.text() == message_for("team.cannot_remove_self")
    page.moderators.setCurrentRow(1)
    mod.button(page, "removeModeratorButton").click()
    mod.wait_idle(qtbot, window)
    assert newcomer not in reload(team).moderators


def test_rotate_keys_after_a_confirmation(unlocked: Any, mod: Any, qtbot: QtBot, team: Any,
                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                          ) -> None:
    window = unlocked
    old_report = tmp_path / "old.bin"
    old_report.write_bytes(mod.seal(team.card, mod.concern("Sealed to the old card")))
    asked: list[str] = []
    monkeypatch.setattr(controls, "ask", lambda _p, _t, text, _y: asked.append(text) or False)
    window.team_page.confirm_rotate()
    assert reload(team).fingerprint == team.card.fingerprint  # declined: nothing changed
    assert "accepts it automatically" in asked[0] and "endorsed" in asked[0]
    monkeypatch.setattr(controls, "ask", lambda *_a: True)
    mod.button(window.team_page, "rotateKeysButton").click()
    mod.wait_idle(qtbot, window)
    rotated = reload(team)
    assert rotated.fingerprint != team.card.fingerprint
    assert rotated.is_rotation_of(load_trusted_card(team.card.text, dt.date.today()))
    assert window.team_page.fingerprint.fingerprint() == rotated.fingerprint
    window.import_page.import_paths([old_report])  # reports sealed to the old card still open
    mod.wait_idle(qtbot, window)
    assert window.inbox_page.model.rowCount() == 1


def test_word_shares_then_restore(unlocked: Any, mod: Any, qtbot: QtBot, team: Any,
                                  chosen: Path) -> None:
    window = unlocked
    dialog = window.show_backup("shares")
    assert isinstance(dialog, ShareBackupDialog)
    dialog.threshold.setValue(2)
    dialog.count.setValue(3)
    backup = chosen / "backup.bin"
    assert dialog.create_shares(backup)
    shares = []
    for number in range(1, 4):
        assert f"Share {number} of 3" in dialog.share_title.text()
        shares.append(dialog.shown_share())
        assert "1." in dialog.share_words.text()
        mod.button(dialog, "nextShareButton").click()
    assert not dialog.isVisible() and backup.is_file()
    assert len(set(shares)) == 3
    window.lock()
    restore = window.show_restore()
    assert isinstance(restore, RestoreDialog)
    restore.backup_file.set_path(backup)
    restore.shares.setPlainText("\n".join([shares[2], "wrong words here"]))
    restore.key_file.set_path(chosen / "restored.key")
    restore.new_passphrase.set_passphrase(mod.PASSPHRASE)
    mod.button(restore, "restoreKeysButton").click()
    qtbot.waitUntil(lambda: not restore.busy(), timeout=10_000)
    assert restore.message.text() == message_for("backup.share_invalid", share=2)
    restore.shares.setPlainText(f"{shares[2]}\n\n{shares[0].upper()}\n")
    restore.restore()
    qtbot.waitUntil(lambda: window.session() is not None, timeout=30_000)
    assert window.session().card.fingerprint == team.card.fingerprint
    assert (chosen / "restored.key").is_file()


def test_passphrase_backup_then_restore(unlocked: Any, mod: Any, qtbot: QtBot, team: Any,
                                        chosen: Path) -> None:
    window = unlocked
    dialog = window.show_backup("passphrase")
    assert isinstance(dialog, PassphraseBackupDialog)
    dialog.backup_file.set_path(chosen / "keys-backup.key")
    dialog.passphrase.set_passphrase("short")
    dialog.write_backup()
    assert dialog.message.kind() == "error"
    backup_passphrase = "quartz meadow ember falcon ribbon"
    dialog.passphrase.set_passphrase(backup_passphrase)
    mod.button(dialog, "writePassphraseBackupButton").click()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    assert dialog.message.kind() == "success" and (chosen / "keys-backup.key").is_file()
    dialog.close()
    window.lock()
    restore = window.show_restore()
    restore.set_kind("passphrase")
    restore.backup_file.set_path(chosen / "keys-backup.key")
    restore.backup_passphrase.setText("wrong wrong wrong")
    restore.key_file.set_path(chosen / "second.key")
    restore.new_passphrase.set_passphrase(mod.PASSPHRASE)
    restore.restore()
    qtbot.waitUntil(lambda: not restore.busy(), timeout=30_000)
    assert restore.message.text() == message_for("keyfile.wrong_passphrase")
    restore.backup_passphrase.setText(backup_passphrase)
    restore.restore()
    qtbot.waitUntil(lambda: window.session() is not None, timeout=30_000)
    assert window.session().card.fingerprint == team.card.fingerprint


def test_the_identity_less_key_file_cannot_change_the_team(
        make_window: Any, mod: Any, qtbot: QtBot, team: Any, tmp_path: Path) -> None:
    from app.team import save_key_file
    from crypto.keyfile import CHEAP_FOR_TESTS_ONLY

    joiner = prepare_new_moderator(team.card)
    key_file = tmp_path / "joiner.key"
    save_key_file(key_file, joiner, mod.PASSPHRASE, CHEAP_FOR_TESTS_ONLY,
                  WEAK_KDF_FOR_TESTS_ONLY)
    window = make_window()
    window.start_page.key_file.set_path(key_file)
    window.start_page.passphrase.setText(mod.PASSPHRASE)
    window.start_page.unlock()
    qtbot.waitUntil(lambda: window.session() is not None, timeout=30_000)
    window.team_page.add_key(SecretKey.generate().public)
    mod.wait_idle(qtbot, window)
    assert window.team_page.message.text() == message_for("team.no_identity")
