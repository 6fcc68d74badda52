"""Keyboard and screen-reader basics: every control has an accessible name, on every page."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ui.editor.main_window import EditorWindow
from ui.widgets.basics import MessageBar

CONTROLS = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QCheckBox,
            QAbstractSpinBox)


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for kind in CONTROLS:
        for widget in root.findChildren(kind):
            if widget.objectName().startswith("qt_"):
                continue  # Qt's own inner parts (the line edit inside a spin box, …)
            if not widget.accessibleName().strip():
                missing.append(f"{type(widget).__name__}#{widget.objectName()}")
    return missing


@pytest.mark.parametrize("demo", [False, True], ids=["first-run", "demo"])
def test_every_control_has_an_accessible_name(make_window: Any, demo: bool) -> None:
    window: EditorWindow = make_window(demo=demo)
    for name in window.page_names():
        assert unnamed_controls(window.page(name)) == [], name
    assert unnamed_controls(window) == []


def test_the_check_can_fail() -> None:
    root = QWidget()
    QLineEdit(root).setObjectName("nameless")
    assert unnamed_controls(root) == ["QLineEdit#nameless"]


def test_every_interactive_control_has_an_object_name(make_window: Any) -> None:
    window: EditorWindow = make_window(demo=True)
    for kind in CONTROLS:
        for widget in window.findChildren(kind):
            assert widget.objectName(), type(widget).__name__


def test_form_fields_have_mnemonic_labels(make_window: Any) -> None:
    from PySide6.QtWidgets import QLabel

    window: EditorWindow = make_window(demo=True)
    buddies = {label.buddy().objectName() for label in window.form_page.findChildren(QLabel)
               if label.buddy() is not None and "&" in label.text()}
    assert {"field_title", "field_what_happened", "field_consent",
            "field_own_username"} <= buddies


def test_tab_moves_out_of_the_big_text_editor(make_window: Any) -> None:
    window: EditorWindow = make_window(demo=True)
    editor = window.form_page.findChild(QPlainTextEdit, "field_what_happened")
    assert editor is not None and editor.tabChangesFocus()
    chain, widget = [], window.form_page.findChild(QLineEdit, "field_title")
    for _ in range(5):
        assert widget is not None
        chain.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while widget is not None and not widget.objectName().startswith("field_"):
            widget = widget.nextInFocusChain()
    assert chain == ["field_title", "field_category", "field_urgency", "field_what_happened",
                     "field_when"]


def test_ctrl_enter_presses_the_main_button(make_window: Any, qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    window: EditorWindow = make_window(demo=True)
    qtbot.waitUntil(lambda: not window.attachments_page.busy(), timeout=10_000)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "attachments"
    assert window.press_primary()
    assert window.current_page() == "review"


def test_a_message_bar_gives_screen_readers_its_text(
        qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    announced: list[tuple[str, QAccessible.AnnouncementPoliteness]] = []

    def record(event: object) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            announced.append((event.message(), event.politeness()))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    bar = MessageBar("testBar")
    bar.show_message("error", "The draft could not be saved.")
    seen = QAccessible.queryAccessibleInterface(bar)
    assert seen is not None
    assert seen.text(QAccessible.Text.Name) == "The draft could not be saved."
    assert seen.text(QAccessible.Text.Description) == "Error"
    bar.show_message("success", "Saved.")
    assert seen.text(QAccessible.Text.Name) == "Saved."
    assert announced == [("The draft could not be saved.",
                          QAccessible.AnnouncementPoliteness.Assertive),
                         ("Saved.", QAccessible.AnnouncementPoliteness.Polite)]
    bar.clear()
    assert seen.text(QAccessible.Text.Name) == "" and bar.accessibleDescription() == ""
    bar.deleteLater()
