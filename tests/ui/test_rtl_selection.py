"""Selecting rows right to left in the editor: an attachment, an outbox file and a draft are
selected by the app's own calls in Arabic and Persian, also while their page is not on screen.
QTableView.selectRow picks its column from the viewport's right edge in a right-to-left layout;
on a table never laid out that edge holds no column, and nothing was selected."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.app_setup import configure_application
from ui.editor.main_window import EditorWindow


@pytest.fixture(params=["ar", "fa"])
def rtl_demo(request: pytest.FixtureRequest, qapp: QApplication, make_window: Any,
             tmp_path: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> EditorWindow:
    monkeypatch.setenv("SEALNOTE_LANG", request.param)
    assert configure_application(qapp, tmp_path / "settings") == request.param
    window: EditorWindow = make_window(demo=True)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: not window.attachments_page.busy(), timeout=10_000)
    return window


def test_an_attachment_is_selected_right_to_left(rtl_demo: EditorWindow) -> None:
    window = rtl_demo
    page = window.attachments_page
    assert len(page.names()) == 1  # the demo's sample photo
    window.go_to("form")  # the attachments page is not on screen
    page.select_row(0)
    assert page.selected_row() == 0


def test_an_outbox_file_is_selected_right_to_left(rtl_demo: EditorWindow, helpers: Any,
                                                  qtbot: QtBot) -> None:
    window = rtl_demo
    window.go_to("review")
    window.review_page.save_to_outbox()
    helpers.wait_idle(qtbot, window)
    window.go_to("outbox")
    page = window.outbox_page
    qtbot.waitUntil(lambda: len(page.names()) == 1, timeout=10_000)
    [name] = page.names()
    window.go_to("form")  # the outbox page is not on screen
    page.select_name(name)
    assert page.mark_selected_sent()
    item = page.item(name)
    assert item is not None and item.sent


def test_no_table_selects_a_row_with_select_row_of_qt() -> None:
    """Every window selects rows through ui.widgets.table_rows.select_row (see above)."""
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "ui"
    users = [str(path.relative_to(ui)) for path in ui.rglob("*.py")
             if ".selectRow(" in path.read_text(encoding="utf-8")]
    assert users == []
