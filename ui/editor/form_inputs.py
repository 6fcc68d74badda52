"""The input widgets of the concern form, one per field of app.report.FIELD_ORDER."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.report import CHOICES, LIMITS
from ui.editor.labels import choice_labels, field_hints, field_labels
from ui.widgets.basics import named

LINE_FIELDS = ("title", "when", "where", "contact_details")
SHORT_TEXT_FIELDS = ("who_affected", "wiki_usernames", "wiki_pages", "wiki_links")
BIG_TEXT_ROWS = {"what_happened": 14, "who_affected": 2, "wiki_usernames": 2, "wiki_pages": 2,
                 "wiki_links": 3}


class FieldInputs:
    """Creates the inputs and reads/writes their values as plain strings."""

    def __init__(self, on_change: Callable[[], None]) -> None:
        self.widgets: dict[str, QWidget] = {}
        self._on_change = on_change

    def _changed(self, *_args: object) -> None:
        self._on_change()

    def create(self, key: str) -> QWidget:
        """The input for ``key`` (named for tests and screen readers)."""
        name = field_labels()[key].replace("&", "")
        if key in CHOICES:
            widget: QWidget = self._combo(key)
        elif key in LINE_FIELDS:
            widget = self._line(key)
        else:
            widget = self._text(key)
        self.widgets[key] = named(widget, f"field_{key}", name)
        return widget

    def _line(self, key: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(LIMITS[key])
        edit.setPlaceholderText(field_hints().get(key, ""))
        edit.textChanged.connect(self._changed)
        return edit

    def _text(self, key: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)  # keyboard-only use: Tab leaves the editor
        edit.setPlaceholderText(field_hints().get(key, ""))
        rows = BIG_TEXT_ROWS.get(key, 3)
        line = edit.fontMetrics().lineSpacing()
        if key == "what_happened":
            font = QFont(edit.font())
            font.setPointSize(max(font.pointSize() + 1, 11))
            edit.setFont(font)
            edit.setMinimumHeight(rows * line)
        else:
            edit.setFixedHeight(rows * line + 14)
        edit.textChanged.connect(self._changed)
        return edit

    def _combo(self, key: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(QCoreApplication.translate("Fields", "Choose…"), "")
        for value, text in choice_labels()[key].items():
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def value(self, key: str) -> str:
        """The field's current value ('' when empty or not chosen)."""
        widget = self.widgets[key]
        if isinstance(widget, QComboBox):
            return str(widget.currentData() or "")
        if isinstance(widget, QLineEdit):
            return widget.text()
        assert isinstance(widget, QPlainTextEdit)
        return widget.toPlainText()

    def set_value(self, key: str, value: str) -> None:
        """Show ``value`` in the field (a choice's stable value for combo boxes)."""
        widget = self.widgets[key]
        if isinstance(widget, QComboBox):
            index = widget.findData(value)
            widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, QLineEdit):
            widget.setText(value)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
