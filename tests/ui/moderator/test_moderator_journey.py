"""The moderator issue's "done when", in one window, start to finish: set up a team, hand out
the card, import a folder of 500 mixed reports (some tampered, some duplicated, some reusing an
id, some for another team), triage them, reply to one, rotate the keys and restore from word
shares. pytest-qt fails the test on any exception raised inside a Qt slot, so "without a
traceback" is checked too."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.importing import Outcome
from app.replies import open_reply
from app.team import create_team
from crypto.card import load_trusted_card
from crypto.keys import SecretKey
from ui.moderator import controls

GOOD, TAMPERED, DUPLICATED, ID_REUSED, OTHER_TEAM = 445, 20, 20, 10, 5
REPLY_MESSAGE = "Thank you. We received your report and are looking into it."


def create_team_in_window(window: Any, mod: Any, qtbot: QtBot, key_file: Path) -> None:
    page = window.start_page
    page.team_name.setText("Wiki Safety Team")
    page.new_passphrase.set_passphrase(mod.PASSPHRASE)
    page.new_key_file.set_path(key_file)
    mod.button(page, "createTeamButton").click()
    qtbot.waitUntil(lambda: window.session() is not None, timeout=30_000)
    mod.wait_idle(qtbot, window)


def flip(data: bytes, at: int) -> bytes:
    changed = bytearray(data)
    changed[at] ^= 0x01
    return bytes(changed)


def write_mixed_folder(folder: Path, card: Any, mod: Any,
                       reply_secret: SecretKey) -> dict[str, Outcome]:
    """500 files and the outcome each one must get."""
    folder.mkdir()
    expected: dict[str, Outcome] = {}
    originals: list[Path] = []
    for i in range(GOOD - 1):
        path = folder / f"good-{i:03d}.bin"
        report_id = bytes([1, i % 256, i // 256]) + bytes(13)
        path.write_bytes(mod.seal_compact(card, f"Report {i}", report_id=report_id,
                                          category=("arrest", "threat")[i % 2]))
        originals.append(path)
        expected[path.name] = Outcome.IMPORTED
    asks_reply = folder / "good-asks-reply.bin"
    asks_reply.write_bytes(mod.seal(card, mod.concern("Please answer me"),
                                    reply_key=reply_secret.public))
    expected[asks_reply.name] = Outcome.IMPORTED
    for i in range(TAMPERED):
        data = originals[i].read_bytes()
        (folder / f"tampered-{i:02d}.bin").write_bytes(flip(data, 700 + 37 * i))
        expected[f"tampered-{i:02d}.bin"] = Outcome.FAILED
    for i in range(DUPLICATED):
        shutil.copyfile(originals[100 + i], folder / f"zz-copy-{i:02d}.bin")
        expected[f"zz-copy-{i:02d}.bin"] = Outcome.DUPLICATE
    for i in range(ID_REUSED):
        report_id = bytes([1, (200 + i) % 256, (200 + i) // 256]) + bytes(13)
        name = f"zz-reused-{i:02d}.bin"
        (folder / name).write_bytes(mod.seal_compact(card, f"Another text {i}",
                                                     report_id=report_id))
        expected[name] = Outcome.ID_REUSED
    _other_secrets, other_card = create_team("Some Other Team", dt.date.today())
    for i in range(OTHER_TEAM):
        name = f"other-team-{i}.bin"
        (folder / name).write_bytes(mod.seal_compact(other_card, f"Not for you {i}"))
        expected[name] = Outcome.FAILED
    assert len(expected) == 500 == len(list(folder.iterdir()))
    return expected


def triage_one(window: Any, mod: Any, qtbot: QtBot) -> None:
    panel = window.report_page.triage
    panel.status.setCurrentIndex(panel.status.findData("in_review"))
    panel.status.activated.emit(panel.status.currentIndex())
    mod.wait_idle(qtbot, window)
    panel.add_tag("follow-up")
    mod.wait_idle(qtbot, window)
    panel.new_note.setPlainText("Asked a second moderator to look at it.")
    mod.button(panel, "addNoteButton").click()
    mod.wait_idle(qtbot, window)
    mod.button(panel, "checkLogButton").click()
    mod.wait_idle(qtbot, window)
    assert panel.message.kind() == "success", panel.message.text()
    assert "intact: 3 entries" in panel.message.text()


def reply_to_open_report(window: Any, mod: Any, qtbot: QtBot, chosen: Path,
                         reply_secret: SecretKey) -> None:
    report_id = window.report_page.view().report_id
    panel = window.report_page.reply
    assert panel.can_reply()
    panel.text.setPlainText(REPLY_MESSAGE)
    panel.status.setCurrentIndex(panel.status.findData("in_review"))
    mod.button(panel, "sealReplyButton").click()
    mod.wait_idle(qtbot, window)
    assert panel.save_to(chosen / "reply.bin")
    opened = open_reply((chosen / "reply.bin").read_bytes(), reply_secret,
                        expected_report_id=report_id)
    assert opened.message == REPLY_MESSAGE and opened.status == "in_review"


def shares_backup(window: Any, mod: Any, chosen: Path) -> list[str]:
    dialog = window.show_backup("shares")
    dialog.threshold.setValue(2)
    dialog.count.setValue(3)
    assert dialog.create_shares(chosen / "backup.bin")
    shares = []
    for _ in range(3):
        shares.append(dialog.shown_share())
        mod.button(dialog, "nextShareButton").click()
    return shares


def restore_from_shares(window: Any, mod: Any, qtbot: QtBot, chosen: Path,
                        shares: list[str]) -> None:
    restore = window.show_restore()
    restore.backup_file.set_path(chosen / "backup.bin")
    restore.shares.setPlainText(f"{shares[2]}\n\n{shares[0]}\n")
    restore.key_file.set_path(chosen / "restored.key")
    restore.new_passphrase.set_passphrase(mod.PASSPHRASE)
    mod.button(restore, "restoreKeysButton").click()
    qtbot.waitUntil(lambda: window.session() is not None, timeout=30_000)
    mod.wait_idle(qtbot, window)


def test_set_up_import_500_triage_reply_rotate_restore(
        make_window: Any, mod: Any, qtbot: QtBot, tmp_path: Path, chosen: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    create_team_in_window(window, mod, qtbot, tmp_path / "team.key")

    window.go_to("team")
    assert window.team_page.save_card_to(chosen / "card.txt")
    card = load_trusted_card((chosen / "card.txt").read_text(encoding="utf-8"),
                             dt.date.today())
    assert card.fingerprint == window.session().card.fingerprint

    reply_secret = SecretKey.generate()
    expected = write_mixed_folder(tmp_path / "incoming", card, mod, reply_secret)
    window.go_to("import")
    window.import_page.import_folder(tmp_path / "incoming")
    mod.wait_idle(qtbot, window, timeout=120_000)
    summary = window.import_page.summary()
    assert summary is not None and not summary.cancelled
    assert {r.label: r.outcome for r in summary.results} == expected
    assert Counter(r.code for r in summary.results if r.outcome is Outcome.FAILED) == {
        "open.failed": TAMPERED + OTHER_TEAM}
    inbox = window.inbox_page
    assert inbox.model.rowCount() == GOOD
    assert len(window.session().flagged()) == ID_REUSED

    entries = [inbox.model.entry_at(row) for row in range(inbox.model.rowCount())]
    window.open_report(next(e.report_id for e in entries if e.reply_key_present))
    mod.wait_idle(qtbot, window)
    assert window.report_page.view().fields["title"] == "Please answer me"
    triage_one(window, mod, qtbot)
    reply_to_open_report(window, mod, qtbot, chosen, reply_secret)

    monkeypatch.setattr(controls, "ask", lambda *_args: True)
    before = window.session().card
    mod.button(window.team_page, "rotateKeysButton").click()
    mod.wait_idle(qtbot, window)
    rotated = window.session().card
    assert rotated.fingerprint != before.fingerprint and rotated.is_rotation_of(before)

    shares = shares_backup(window, mod, chosen)
    window.lock()
    assert window.session() is None
    restore_from_shares(window, mod, qtbot, chosen, shares)
    assert window.session().card.fingerprint == rotated.fingerprint
    assert window.inbox_page.model.rowCount() == GOOD
    window.open_report(window.inbox_page.visible_ids()[-1])
    mod.wait_idle(qtbot, window)
    assert window.report_page.view() is not None  # reports sealed to the old keys still open
    reopened = next(e for e in (window.inbox_page.model.entry_at(r)
                                for r in range(window.inbox_page.model.rowCount()))
                    if e.title == "Please answer me")
    assert reopened.status == "in_review" and reopened.tags == ("follow-up",)
