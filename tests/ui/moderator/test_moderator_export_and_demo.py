"""Case export behind an explicit plaintext tick; demo mode: the banner, DEMO marks everywhere,
sample reports (some with the photo, some with a reply key), reset, nothing left after close."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.demo_team import demo_card
from app.importing import Outcome
from ui.moderator.demo import DEMO_FOLDER, sample_forms
from ui.moderator.export_dialog import CaseExportDialog
from ui.moderator.inbox_model import COLUMNS


def import_titles(window: Any, mod: Any, qtbot: QtBot, team: Any, folder: Path,
                  titles: list[str]) -> None:
    paths = []
    for number, title in enumerate(titles):
        path = folder / f"{number}.bin"
        path.write_bytes(mod.seal(team.card, mod.concern(title)))
        paths.append(path)
    window.import_page.import_paths(paths)
    mod.wait_idle(qtbot, window)


def select_all(window: Any) -> None:
    view = window.inbox_page.view
    view.selectAll()
    assert len(view.selectionModel().selectedRows()) == window.inbox_page.proxy.rowCount()


def test_export_needs_the_plaintext_tick(unlocked: Any, mod: Any, qtbot: QtBot, team: Any,
                                         tmp_path: Path, chosen: Path) -> None:
    window = unlocked
    import_titles(window, mod, qtbot, team, tmp_path, ["=cmd|' /C calc'!A0", "Second"])
    window.inbox_page.export_selected()
    assert window.inbox_page.message.text() == "Select one or more reports first."
    select_all(window)
    mod.button(window.inbox_page, "exportCasesButton").click()
    dialog = window.dialog
    assert isinstance(dialog, CaseExportDialog) and dialog.isVisible()
    export = mod.button(dialog, "exportButton")
    assert not export.isEnabled() and "NOT encrypted" in dialog.findChild(
        QLabel, "exportWarningText").text()
    dialog.export_to(chosen / "refused.json")  # without the tick the core refuses too
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10_000)
    assert not (chosen / "refused.json").exists() and dialog.message.kind() == "error"
    dialog.acknowledge.setChecked(True)
    assert export.isEnabled()
    dialog.export_to(chosen / "cases.json")
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10_000)
    document = json.loads((chosen / "cases.json").read_text(encoding="utf-8"))
    titles = {r["fields"]["title"] for r in document["reports"]}
    assert titles == {"=cmd|' /C calc'!A0", "Second"}
    assert "notes" not in document["reports"][0]
    dialog.as_csv.setChecked(True)
    dialog.export_to(chosen / "cases.csv")
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10_000)
    rows = list(csv.reader(io.StringIO((chosen / "cases.csv").read_text(encoding="utf-8-sig"))))
    assert len(rows) == 3 and any(cell.startswith("'=cmd") for row in rows for cell in row)
    assert dialog.outcome is not None and dialog.outcome.reports == 2


def test_demo_mode_marks_everything(make_window: Any, mod: Any, qtbot: QtBot, base: Any
                                    ) -> None:
    window = make_window(demo=True)
    assert window.is_demo() and window.windowTitle() == "Sealnote Moderator — DEMO"
    banner = window.findChild(QLabel, "demoBanner")
    assert banner is not None and banner.isVisible() and "DEMO" in banner.text()
    inbox = window.inbox_page
    assert inbox.model.rowCount() == len(sample_forms())
    demo_column = COLUMNS.index("demo")
    assert all(inbox.model.index(r, demo_column).data() == "DEMO"
               for r in range(inbox.model.rowCount()))
    entries = inbox.model.entries()
    assert sum(bool(e.attachments) for e in entries) == 2
    assert sum(e.reply_key_present for e in entries) == 3
    summary = window.import_page.summary()
    assert summary is not None and summary.count(Outcome.IMPORTED) == len(sample_forms())
    with_photo = next(e for e in entries if e.attachments)
    window.open_report(with_photo.report_id)
    mod.wait_idle(qtbot, window)
    page = window.report_page
    assert page.demo_mark.isVisible() and "DEMO REPORT" in page.fields.toPlainText()
    assert page.attachments.item(0, 0).text() == "sample-photo.jpg"
    assert "removed" in page.attachments.item(0, 3).text()
    window.go_to("team")
    assert window.team_page.fingerprint.fingerprint() == demo_card().fingerprint
    assert not mod.button(window.team_page, "rotateKeysButton").isEnabled()
    assert (base.data / DEMO_FOLDER).is_dir()
    window.close()
    assert not (base.data / DEMO_FOLDER).exists()


def test_demo_reply_round_trip_is_marked_demo(make_window: Any, mod: Any, qtbot: QtBot) -> None:
    window = make_window(demo=True)
    entry = next(e for e in window.inbox_page.model.entries() if e.reply_key_present)
    window.open_report(entry.report_id)
    mod.wait_idle(qtbot, window)
    panel = window.report_page.reply
    panel.text.setPlainText("Received, thank you.")
    panel.seal()
    mod.wait_idle(qtbot, window)
    assert panel.sealed() is not None  # sealed as a demo reply (the core checks the flag)


def test_reset_demo_starts_over(make_window: Any, mod: Any, qtbot: QtBot) -> None:
    window = make_window(demo=True)
    panel_entry = window.inbox_page.model.entry_at(0)
    window.open_report(panel_entry.report_id)
    mod.wait_idle(qtbot, window)
    window.report_page.triage.add_tag("workshop")
    mod.wait_idle(qtbot, window)
    assert window.inbox_page.model.known_tags() == ["workshop"]
    mod.button(window, "resetDemoButton").click()
    mod.wait_idle(qtbot, window)
    assert window.is_demo() and window.current_page() == "inbox"
    assert window.inbox_page.model.rowCount() == len(sample_forms())
    assert window.inbox_page.model.known_tags() == []


def test_a_real_team_refuses_demo_reports(unlocked: Any, mod: Any, qtbot: QtBot,
                                          tmp_path: Path) -> None:
    window = unlocked
    path = tmp_path / "demo.bin"
    path.write_bytes(mod.seal(demo_card(), demo=True))
    window.import_page.import_paths([path])
    mod.wait_idle(qtbot, window)
    summary = window.import_page.summary()
    assert summary is not None and summary.count(Outcome.FAILED) == 1
    assert window.inbox_page.model.rowCount() == 0


def test_lock_in_demo_mode_ends_it(make_window: Any, base: Any) -> None:
    window = make_window(demo=True)
    window.lock()
    assert not window.is_demo() and window.current_page() == "start"
    assert window.windowTitle() == "Sealnote Moderator"
    assert not window.findChild(QLabel, "demoBanner").isVisible()
    assert not (base.data / DEMO_FOLDER).exists()


def test_inbox_selection_api(make_window: Any) -> None:
    window = make_window(demo=True)
    inbox = window.inbox_page
    first, second = inbox.visible_ids()[:2]
    inbox.select_report(second)
    inbox.view.selectionModel().select(
        inbox.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.Select
        | QItemSelectionModel.SelectionFlag.Rows)
    assert inbox.selected_ids() == [first, second]
