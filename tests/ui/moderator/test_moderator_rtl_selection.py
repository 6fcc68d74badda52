"""Selecting rows right to left: a report in the inbox and an attachment of a report are selected
by the app's own calls and by the keyboard in Arabic and Persian, also while their table is not on
screen (another tab or page). QTableView.selectRow picks its column from the viewport's right
edge in a right-to-left layout, and on a table that was never laid out that edge holds no
column, so nothing was selected (the Flagged list had the same trouble)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.app_setup import configure_application
from ui.moderator.i18n import install_moderator_translations


@pytest.fixture(params=["ar", "fa"])
def right_to_left(request: pytest.FixtureRequest, qapp: QApplication, make_window: Any,
                  mod: Any, qtbot: QtBot, team: Any, tmp_path: Path,
                  monkeypatch: pytest.MonkeyPatch) -> Any:
    """An unlocked window in Arabic or Persian (the layout direction the translation asks)."""
    language = request.param
    monkeypatch.setenv("SEALNOTE_LANG", language)
    assert configure_application(qapp, tmp_path / "settings") == language
    assert install_moderator_translations(qapp, language)
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = make_window()
    mod.unlock(qtbot, window, team)
    return window


def import_reports(window: Any, mod: Any, qtbot: QtBot, team: Any, chosen: Path) -> list[str]:
    """Three text-only reports; their ids in the order the inbox shows them."""
    paths = []
    for number in range(3):
        path = chosen / f"r{number}.bin"
        path.write_bytes(mod.seal_compact(team.card, f"Report {number}"))
        paths.append(path)
    window.import_page.import_paths(paths)
    mod.wait_idle(qtbot, window)
    ids = window.inbox_page.visible_ids()
    assert len(ids) == 3
    return list(ids)


def test_select_report_on_a_hidden_tab_right_to_left(right_to_left: Any, mod: Any,
                                                     qtbot: QtBot, team: Any,
                                                     chosen: Path) -> None:
    window = right_to_left
    ids = import_reports(window, mod, qtbot, team, chosen)
    page = window.inbox_page
    window.go_to("import")  # the inbox page is not on screen
    assert page.select_report(ids[2])
    assert page.selected_ids() == [ids[2]]
    window.go_to("inbox")
    page.show_flagged()  # the reports tab is hidden
    assert page.view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert page.select_report(ids[1])
    assert page.selected_ids() == [ids[1]]
    page.show_reports()
    assert page.selected_ids() == [ids[1]]
    assert page.view.selectionModel().currentIndex().row() == 1


def test_select_report_and_move_by_keyboard_right_to_left(right_to_left: Any, mod: Any,
                                                          qtbot: QtBot, team: Any,
                                                          chosen: Path) -> None:
    window = right_to_left
    ids = import_reports(window, mod, qtbot, team, chosen)
    window.go_to("inbox")
    page = window.inbox_page
    page.show_reports()
    assert page.select_report(ids[0])
    assert page.selected_ids() == [ids[0]]
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert page.selected_ids() == [ids[1]]
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert page.selected_ids() == [ids[2]]
    qtbot.keyClick(page.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert page.selected_ids() == [ids[1], ids[2]]


def report_with_two_attachments(window: Any, mod: Any, qtbot: QtBot, team: Any,
                                tmp_path: Path) -> str:
    first = mod.attachment(tmp_path / "a.pdf", "first.pdf", b"%PDF-1.4 first\n" * 20)
    second = mod.attachment(tmp_path / "b.pdf", "second.pdf", b"%PDF-1.4 second\n" * 20)
    path = tmp_path / "with-attachments.bin"
    path.write_bytes(mod.seal(team.card, attachments=(first, second)))
    window.import_page.import_paths([path])
    mod.wait_idle(qtbot, window)
    report_id: str = window.inbox_page.visible_ids()[0]
    return report_id


def test_attachment_rows_right_to_left(right_to_left: Any, mod: Any, qtbot: QtBot, team: Any,
                                       tmp_path: Path) -> None:
    window = right_to_left
    report_id = report_with_two_attachments(window, mod, qtbot, team, tmp_path)
    page = window.report_page
    table = page.attachments
    window.open_report(report_id)
    mod.wait_idle(qtbot, window)
    assert window.current_page() == "report" and table.rowCount() == 2
    assert table.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert [i.row() for i in table.selectionModel().selectedRows()] == [0]
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [1]
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [0]


def test_attachment_row_selected_while_the_report_page_is_hidden(right_to_left: Any, mod: Any,
                                                                 qtbot: QtBot, team: Any,
                                                                 tmp_path: Path) -> None:
    window = right_to_left
    report_id = report_with_two_attachments(window, mod, qtbot, team, tmp_path)
    page = window.report_page
    window.go_to("inbox")
    page.open_report(report_id)  # opened while the inbox stays on screen
    mod.wait_idle(qtbot, window)
    assert window.current_page() == "inbox" and page.attachments.rowCount() == 2
    assert [i.row() for i in page.attachments.selectionModel().selectedRows()] == [0]
    window.go_to("report")
    assert [i.row() for i in page.attachments.selectionModel().selectedRows()] == [0]
