"""Import: files, folders, pasted text and parts; duplicates, reused ids, one uniform failure
message (never which check failed), missing parts named, progress and cancel."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QProgressBar
from pytestqt.qtbot import QtBot

from app.importing import ImportItem, Outcome, item_from_file
from crypto.armor import armor, split_into_parts
from ui.messages import message_for


def counts(window: Any) -> dict[Outcome, int]:
    summary = window.import_page.summary()
    assert summary is not None
    return {outcome: summary.count(outcome) for outcome in Outcome}


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_import_files_then_the_same_again(unlocked: Any, mod: Any, qtbot: QtBot, team: Any,
                                          chosen: Path) -> None:
    window = unlocked
    files = [write(chosen, f"r{i}.bin", mod.seal(team.card, mod.concern(f"Report {i}")))
             for i in range(3)]
    window.import_page.import_paths(files)
    mod.wait_idle(qtbot, window)
    assert counts(window)[Outcome.IMPORTED] == 3
    assert window.inbox_page.model.rowCount() == 3
    assert "Imported: 3" in window.import_page.counts.text()
    window.import_page.import_paths(files[:2])
    mod.wait_idle(qtbot, window)
    assert counts(window)[Outcome.DUPLICATE] == 2
    assert window.import_page.result_texts() == ["Already imported"] * 2
    assert window.inbox_page.model.rowCount() == 3


def test_a_different_file_reusing_a_report_id_is_flagged(unlocked: Any, mod: Any,
                                                         qtbot: QtBot, team: Any,
                                                         chosen: Path) -> None:
    window = unlocked
    report_id = bytes(range(16))
    first = write(chosen, "a.bin", mod.seal_compact(team.card, "First", report_id=report_id))
    second = write(chosen, "b.bin", mod.seal_compact(team.card, "Other", report_id=report_id))
    window.import_page.import_paths([first, second])
    mod.wait_idle(qtbot, window)
    assert counts(window)[Outcome.IMPORTED] == 1 and counts(window)[Outcome.ID_REUSED] == 1
    assert "Flagged" in window.import_page.result_texts()[1]
    assert window.import_page.message.kind() == "warning"
    assert "kept apart" in window.import_page.message.text()
    assert window.inbox_page.model.rowCount() == 1


def test_every_failure_shows_the_same_message(unlocked: Any, mod: Any, qtbot: QtBot,
                                              team: Any, chosen: Path, tmp_path: Path) -> None:
    window = unlocked
    other = mod.make_team(tmp_path / "keys", "Other Team")
    good = mod.seal(team.card)
    flipped = bytearray(good)
    flipped[len(flipped) // 2] ^= 0x01
    header_flipped = bytearray(good)
    header_flipped[5] ^= 0x80
    files = [write(chosen, "other-team.bin", mod.seal(other.card)),
             write(chosen, "tampered.bin", bytes(flipped)),
             write(chosen, "header.bin", bytes(header_flipped)),
             write(chosen, "truncated.bin", good[:-1000]),
             write(chosen, "appended.bin", good + b"\x00" * 17),
             write(chosen, "empty.bin", b""),
             write(chosen, "random.bin", bytes(range(256)) * 10)]
    window.import_page.import_paths(files)
    mod.wait_idle(qtbot, window)
    assert counts(window)[Outcome.FAILED] == len(files)
    uniform = "Failed — " + message_for("open.failed")
    assert window.import_page.result_texts() == [uniform] * len(files)
    assert window.inbox_page.model.rowCount() == 0
    text = " ".join(window.import_page.result_texts()) + window.import_page.message.text()
    for word in ("MAC", "truncat", "key", "slot", "tag", "padding"):
        assert word not in text.replace("keys", "")


def test_pasted_armored_text(unlocked: Any, mod: Any, qtbot: QtBot, team: Any) -> None:
    window = unlocked
    text = "Hi, here it is:\n\n> " + armor(mod.seal(team.card)).replace("\n", "\n> ")
    window.import_page.paste.setPlainText(text)
    mod.button(window.import_page, "importPasteButton").click()
    mod.wait_idle(qtbot, window)
    assert counts(window)[Outcome.IMPORTED] == 1
    assert window.import_page.paste.toPlainText() == ""


def test_parts_in_any_order_and_a_missing_part_named(unlocked: Any, mod: Any, qtbot: QtBot,
                                                     team: Any) -> None:
    window = unlocked
    parts = split_into_parts(mod.seal(team.card), 20_000)
    assert len(parts) >= 3
    window.import_page.paste.setPlainText("\n".join([parts[0], *parts[2:]]))
    window.import_page.import_pasted()
    mod.wait_idle(qtbot, window)
    assert counts(window)[Outcome.FAILED] == 1
    expected = message_for("armor.missing_parts", missing="2", total=len(parts))
    assert window.import_page.result_texts() == ["Failed — " + expected]
    assert window.import_page.paste.toPlainText()  # kept, so the missing part can be added
    window.import_page.paste.setPlainText("\n".join(reversed(parts)))
    window.import_page.import_pasted()
    mod.wait_idle(qtbot, window)
    assert counts(window)[Outcome.IMPORTED] == 1


def test_part_files_among_files_are_put_together(unlocked: Any, mod: Any, qtbot: QtBot,
                                                 team: Any, chosen: Path) -> None:
    window = unlocked
    parts = split_into_parts(mod.seal(team.card), 20_000)
    files = [write(chosen, f"part{n}.txt", text.encode()) for n, text in enumerate(parts)]
    window.import_page.import_paths(files)
    mod.wait_idle(qtbot, window)
    assert counts(window)[Outcome.IMPORTED] == 1


def test_a_whole_folder_with_sub_folders(unlocked: Any, mod: Any, qtbot: QtBot, team: Any,
                                         chosen: Path) -> None:
    window = unlocked
    (chosen / "inner").mkdir()
    write(chosen, "a.bin", mod.seal_compact(team.card, "A"))
    write(chosen / "inner", "b.bin", mod.seal_compact(team.card, "B"))
    window.import_page.import_folder(chosen)
    mod.wait_idle(qtbot, window)
    assert counts(window)[Outcome.IMPORTED] == 1
    window.import_page.recursive.setChecked(True)
    window.import_page.import_folder(chosen)
    mod.wait_idle(qtbot, window)
    assert counts(window)[Outcome.IMPORTED] == 1 and counts(window)[Outcome.DUPLICATE] == 1
    assert window.inbox_page.model.rowCount() == 2


def test_progress_and_cancel(unlocked: Any, mod: Any, qtbot: QtBot, team: Any,
                             chosen: Path) -> None:
    window = unlocked
    files = [write(chosen, f"{i:03d}.bin", mod.seal_compact(team.card, f"R{i}"))
             for i in range(150)]

    def slow(path: Path) -> ImportItem:
        item = item_from_file(path)

        def load() -> Any:
            time.sleep(0.01)
            return item.load()

        return ImportItem(item.label, load)

    window.go_to("import")
    page = window.import_page
    page.start([slow(path) for path in files])
    bar = page.findChild(QProgressBar, "importProgress")
    assert bar is not None and bar.isVisible()
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=10_000)
    mod.button(page, "importProgressCancel").click()
    mod.wait_idle(qtbot, window)
    summary = page.summary()
    assert summary is not None and summary.cancelled
    imported = summary.count(Outcome.IMPORTED)
    assert 0 < imported < len(files)
    assert summary.count(Outcome.CANCELLED) == len(files) - imported
    assert window.inbox_page.model.rowCount() == imported
    assert not bar.isVisible()
