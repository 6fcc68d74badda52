"""Triage: status, tags and private notes saved encrypted (they survive lock and unlock, and the
store holds no plaintext of them); the triage log check says OK, or names the first broken
entry after the log file was edited."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from app.triage_log import FILE_HEADER

NOTE = "Called the editor's contact CANARY-7f3a on Tuesday"


def open_one(window: Any, mod: Any, qtbot: QtBot, team: Any, folder: Path) -> None:
    path = folder / "r.bin"
    path.write_bytes(mod.seal(team.card, mod.concern("Blocked article")))
    window.import_page.import_paths([path])
    mod.wait_idle(qtbot, window)
    window.open_report(window.inbox_page.visible_ids()[0])
    mod.wait_idle(qtbot, window)


def test_status_tags_and_notes_are_saved_and_listed(unlocked: Any, mod: Any, qtbot: QtBot,
                                                    team: Any, tmp_path: Path,
                                                    base: Any) -> None:
    window = unlocked
    open_one(window, mod, qtbot, team, tmp_path)
    panel = window.report_page.triage
    panel.status.setCurrentIndex(panel.status.findData("in_review"))
    panel.status.activated.emit(panel.status.currentIndex())
    mod.wait_idle(qtbot, window)
    panel.new_tag.setText("Follow-up")
    mod.button(panel, "addTagButton").click()
    mod.wait_idle(qtbot, window)
    panel.new_note.setPlainText(NOTE)
    mod.button(panel, "addNoteButton").click()
    mod.wait_idle(qtbot, window)
    entry = panel.entry()
    assert entry.status == "in_review" and entry.tags == ("follow-up",)
    assert [n.text for n in entry.notes] == [NOTE]
    assert NOTE in panel.notes.toPlainText() and panel.new_note.toPlainText() == ""
    inbox = window.inbox_page
    assert inbox.model.entry_at(0).status == "in_review"
    assert inbox.tag.findData("follow-up") > 0
    for path in base.data.rglob("*"):
        if path.is_file():
            assert b"CANARY-7f3a" not in path.read_bytes(), path
    window.lock()
    mod.unlock(qtbot, window, team)
    entry = window.inbox_page.model.entry_at(0)
    assert entry.status == "in_review" and entry.tags == ("follow-up",)
    assert entry.notes[0].text == NOTE


def test_remove_tag_and_bad_input(unlocked: Any, mod: Any, qtbot: QtBot, team: Any,
                                  tmp_path: Path) -> None:
    window = unlocked
    open_one(window, mod, qtbot, team, tmp_path)
    panel = window.report_page.triage
    panel.add_tag("urgent")
    mod.wait_idle(qtbot, window)
    panel.tags.setCurrentRow(0)
    panel.remove_selected_tag()
    mod.wait_idle(qtbot, window)
    assert panel.entry().tags == ()
    panel.add_tag("x" * 41)
    mod.wait_idle(qtbot, window)
    assert "40 characters" in panel.message.text()
    panel.add_note("   ")
    mod.wait_idle(qtbot, window)
    assert panel.message.kind() == "error" and panel.entry().notes == ()


def test_log_check_ok_then_broken_after_an_edit(unlocked: Any, mod: Any, qtbot: QtBot,
                                                team: Any, tmp_path: Path) -> None:
    window = unlocked
    open_one(window, mod, qtbot, team, tmp_path)
    panel = window.report_page.triage
    for tag in ("one", "two", "three"):
        panel.add_tag(tag)
        mod.wait_idle(qtbot, window)
    mod.button(panel, "checkLogButton").click()
    mod.wait_idle(qtbot, window)
    assert panel.message.kind() == "success"
    assert "intact: 3 entries" in panel.message.text()
    with window.session().locked() as store:
        log = store.log_path
    data = bytearray(log.read_bytes())
    first_size = int.from_bytes(data[len(FILE_HEADER):len(FILE_HEADER) + 4], "big")
    second = len(FILE_HEADER) + 4 + first_size
    data[second + 4 + 40] ^= 0x01  # a byte inside the second entry's ciphertext
    log.write_bytes(bytes(data))
    panel.check_log()
    mod.wait_idle(qtbot, window)
    assert panel.message.kind() == "error"
    assert "broken at entry 2" in panel.message.text()
    assert "The 1 entries before it are intact" in panel.message.text()


def test_log_cut_off_at_the_end_is_caught(unlocked: Any, mod: Any, qtbot: QtBot,
                                          team: Any, tmp_path: Path) -> None:
    window = unlocked
    open_one(window, mod, qtbot, team, tmp_path)
    panel = window.report_page.triage
    for tag in ("one", "two"):
        panel.add_tag(tag)
        mod.wait_idle(qtbot, window)
    with window.session().locked() as store:
        log = store.log_path
    data = log.read_bytes()
    first_size = int.from_bytes(data[len(FILE_HEADER):len(FILE_HEADER) + 4], "big")
    log.write_bytes(data[:len(FILE_HEADER) + 4 + first_size])
    panel.check_log()
    mod.wait_idle(qtbot, window)
    assert "broken at entry 2" in panel.message.text()
    assert "cut off" in panel.message.text()
