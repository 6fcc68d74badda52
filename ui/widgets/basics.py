"""Tiny helpers that every page uses: named controls, labels, sizes, the message bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ui.widgets.style import restyle, set_role

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible_name: str, description: str = "") -> W:
    """Give a control its objectName (tests) and its screen-reader name (people)."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name.replace("&", ""))
    if description:
        widget.setAccessibleDescription(description)
    return widget


def label(text: str, role: str = "", *, wrap: bool = True, object_name: str = "") -> QLabel:
    """A plain-text label (never interprets markup from report content)."""
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(wrap)
    if role:
        set_role(widget, role)
    if object_name:
        widget.setObjectName(object_name)
    return widget


def human_size(size: int) -> str:
    """A size people can read, in their locale ("1.0 MB")."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def exact_bytes(size: int) -> str:
    """The exact number of bytes, grouped for the locale."""
    return QLocale().toString(size)


def local_date(day: object) -> str:
    """A date in the person's locale (accepts datetime.date or datetime.datetime)."""
    year, month, number = (getattr(day, "year", 2000), getattr(day, "month", 1),
                           getattr(day, "day", 1))
    return QLocale().toString(QDate(year, month, number), "d MMMM yyyy")


def message_kind_names() -> dict[str, str]:
    """What a screen reader says before a message bar's text: its kind."""
    translate = QCoreApplication.translate
    return {"info": translate("MessageBar", "Information"),
            "success": translate("MessageBar", "Done"),
            "warning": translate("MessageBar", "Warning"),
            "error": translate("MessageBar", "Error")}


class MessageBar(QFrame):
    """An inline message (info, success, warning, error) with an optional action button.

    Screen readers get the message as the bar's accessible name (its kind as the description)
    and hear it announced when it appears: assertively for warnings and errors.
    """

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._label = label("", object_name=f"{object_name}Text")
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._action = named(QPushButton(), f"{object_name}Action", "Action")
        self._action.hide()
        self._callback: Callable[[], None] | None = None
        self._action.clicked.connect(self._run_action)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._action)
        self.setProperty("kind", "info")
        self.hide()

    def show_message(self, kind: str, text: str, action_text: str = "",
                     action: Callable[[], None] | None = None, danger: bool = False) -> None:
        """Show ``text``; kind is info, success, warning or error. ``danger`` marks an action
        that destroys something."""
        self.setProperty("kind", kind)
        self._action.setProperty("danger", danger)
        restyle(self._action)
        self._label.setText(text)
        self._set_accessible_text(kind, text)
        self._callback = action
        self._action.setVisible(bool(action_text and action))
        self._action.setText(action_text)
        self._action.setAccessibleName(action_text.replace("&", ""))
        restyle(self)
        self.show()
        self._announce(kind, text)

    def _set_accessible_text(self, kind: str, text: str) -> None:
        description = message_kind_names().get(kind, "") if text else ""
        for widget in (self, self._label):
            widget.setAccessibleName(text)
            widget.setAccessibleDescription(description)

    def _announce(self, kind: str, text: str) -> None:
        if not text:
            return
        event = QAccessibleAnnouncementEvent(self, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive
                            if kind in ("warning", "error")
                            else QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)

    def clear(self) -> None:
        """Hide the bar (and stop telling screen readers about the old message)."""
        self._label.setText("")
        self._set_accessible_text("", "")
        self._callback = None
        self.hide()

    def text(self) -> str:
        """The message shown ('' when hidden)."""
        return "" if self.isHidden() else self._label.text()

    def kind(self) -> str:
        """info, success, warning or error."""
        return str(self.property("kind"))

    def focus_action(self) -> None:
        """Give the action button the keyboard focus (when it is shown)."""
        if self._action.isVisible():
            self._action.setFocus()

    def _run_action(self) -> None:
        if self._callback is not None:
            self._callback()


class BusyRow(QWidget):
    """A moving bar and a sentence, shown while a slow step (Argon2id, a wipe) runs."""

    def __init__(self, object_name: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._bar = named(QProgressBar(), f"{object_name}Bar", text)
        self._bar.setRange(0, 0)  # no percentage: the time is unknown
        self._bar.setMaximumWidth(160)
        self._text = label(text, "hint")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._bar)
        layout.addWidget(self._text, 1)
        self.hide()

    def set_text(self, text: str) -> None:
        """Change the sentence."""
        self._text.setText(text)
        self._bar.setAccessibleName(text)
