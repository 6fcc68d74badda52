"""Page 2: the concern form, with inline validation and the own-username warning."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.report import FIELD_ORDER, REQUIRED, ConcernForm, fields_mentioning_username, validate
from ui.editor.form_inputs import FieldInputs
from ui.editor.labels import field_labels, field_name
from ui.messages import field_error
from ui.widgets.basics import label, named
from ui.widgets.style import make_primary

LEFT_COLUMN = ("title", "category", "urgency", "what_happened", "when", "where")
RIGHT_COLUMN = ("who_affected", "safe_now", "contact", "contact_details", "consent",
                "wiki_usernames", "wiki_pages", "wiki_links")


class FormPage(QWidget):
    """Every field of the concern; errors appear next to the field they are about."""

    nextRequested = Signal()
    changed = Signal()

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formPage")
        self._today = today
        self._inputs = FieldInputs(self._on_change)
        self._errors: dict[str, QLabel] = {}
        self._checking = False
        self._baseline: dict[str, str] = {}
        self._build()
        self._baseline = self._all_values()

    # ----------------------------------------------------------------- layout

    def _build(self) -> None:
        columns = QWidget()
        grid = QGridLayout(columns)
        grid.setHorizontalSpacing(28)
        grid.addLayout(self._column(LEFT_COLUMN), 0, 0)
        right = self._column(RIGHT_COLUMN)
        right.addLayout(self._own_username_box())
        right.addStretch(1)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(columns)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.addWidget(label(self.tr("Your concern"), "title", wrap=False))
        outer.addWidget(label(self.tr("Fields marked * are needed. Nothing leaves this computer "
                                      "until you seal it and send the sealed file yourself."),
                              "hint"))
        outer.addWidget(scroll, 1)
        outer.addLayout(self._buttons())
        self._fix_tab_order()

    def _column(self, keys: tuple[str, ...]) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(4)
        for key in keys:
            column.addLayout(self._field_box(key), 1 if key == "what_happened" else 0)
        return column

    def _field_box(self, key: str) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        text = field_labels()[key] + (" *" if key in REQUIRED else "")
        caption = QLabel(text)
        widget = self._inputs.create(key)
        caption.setBuddy(widget)
        error = label("", "fieldError", object_name=f"error_{key}")
        error.hide()
        self._errors[key] = error
        box.addWidget(caption)
        box.addWidget(widget, 1 if key == "what_happened" else 0)
        box.addWidget(error)
        box.addSpacing(6)
        return box

    def _own_username_box(self) -> QVBoxLayout:
        box = QVBoxLayout()
        caption = QLabel(self.tr("&Your own wiki username (optional, never sent)"))
        self._own = named(QLineEdit(), "field_own_username",
                          self.tr("Your own wiki username (optional, never sent)"),
                          self.tr("Only used on this computer to warn you if it appears in "
                                  "the report; kept only in your encrypted draft."))
        self._own.setPlaceholderText(self.tr("Only used to warn you; never sealed"))
        self._own.textChanged.connect(self._update_username_warning)
        self._own.textChanged.connect(lambda _text: self.changed.emit())
        caption.setBuddy(self._own)
        self._own_warning = label("", "fieldWarning", object_name="ownUsernameWarning")
        self._own_warning.hide()
        for widget in (caption, self._own, self._own_warning):
            box.addWidget(widget)
        return box

    def _buttons(self) -> QHBoxLayout:
        self._next = named(QPushButton(self.tr("&Next: attachments")), "formNextButton",
                           self.tr("Next: attachments"))
        make_primary(self._next)
        self._next.clicked.connect(self.request_next)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._next)
        return row

    def _fix_tab_order(self) -> None:
        chain = [self._inputs.widgets[key] for key in FIELD_ORDER] + [self._own, self._next]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------ behaviour

    def _all_values(self) -> dict[str, str]:
        return {key: self._inputs.value(key) for key in FIELD_ORDER}

    def _on_change(self) -> None:
        contact = self._inputs.value("contact") if "contact" in self._inputs.widgets else ""
        if "contact_details" in self._inputs.widgets:
            self._inputs.widgets["contact_details"].setEnabled(contact == "other_channel")
        if self._checking:
            self.validate_now()
        if hasattr(self, "_own"):
            self._update_username_warning()
        self.changed.emit()

    def _update_username_warning(self) -> None:
        fields = self.username_fields()
        names = ", ".join(field_name(key) for key in fields)
        self._own_warning.setText(self.tr("Your username appears in: %1. If this report were "
                                          "ever exposed, it could point to you. Remove it unless "
                                          "the team needs it.").replace("%1", names))
        self._own_warning.setVisible(bool(fields))

    def form(self) -> ConcernForm:
        """What the person wrote (contact details only when that option is chosen)."""
        values = {key: value for key, value in self._all_values().items() if value}
        if values.get("contact") != "other_channel":
            values.pop("contact_details", None)
        return ConcernForm(values)

    def set_form(self, form: ConcernForm) -> None:
        """Fill the form (e.g. the demo sample); it then counts as unchanged."""
        self._checking = False
        for key in FIELD_ORDER:
            self._inputs.set_value(key, form.values.get(key, ""))
        for error in self._errors.values():
            error.hide()
        self._baseline = self._all_values()

    def validate_now(self) -> dict[str, str]:
        """Show inline errors next to every invalid field; return them (field -> code)."""
        self._checking = True
        errors = validate(self.form(), self._today())
        for key, error_label in self._errors.items():
            error_label.setText(field_error(errors[key]) if key in errors else "")
            error_label.setVisible(key in errors)
        return errors

    def request_next(self) -> None:
        """Check the form; go on only when it is valid, else focus the first problem."""
        errors = self.validate_now()
        if not errors:
            self.nextRequested.emit()
            return
        first = next(key for key in FIELD_ORDER if key in errors)
        self._inputs.widgets[first].setFocus()

    def username_fields(self) -> list[str]:
        """The fields in which the person's own wiki username appears."""
        return fields_mentioning_username(self.form(), self._own.text())

    # ------------------------------------------------------- for tests/hosts

    def set_value(self, key: str, value: str) -> None:
        """Type ``value`` into a field (choices by their stable value)."""
        self._inputs.set_value(key, value)

    def value(self, key: str) -> str:
        """A field's current value."""
        return self._inputs.value(key)

    def set_own_username(self, username: str) -> None:
        """Fill the own-username field."""
        self._own.setText(username)

    def own_username(self) -> str:
        """The own-username field (kept in the encrypted draft, never sealed)."""
        return self._own.text()

    def clear(self) -> None:
        """Empty every field and the own username (locked, new report)."""
        self.set_form(ConcernForm())
        self._own.clear()

    def error_text(self, key: str) -> str:
        """The inline error shown next to ``key`` ('' when none)."""
        error = self._errors[key]
        return "" if error.isHidden() else error.text()

    def username_warning(self) -> str:
        """The own-username warning shown on this page ('' when none)."""
        return "" if self._own_warning.isHidden() else self._own_warning.text()

    def is_dirty(self) -> bool:
        """True when the text differs from what was last loaded, cleared or sealed."""
        return self._all_values() != self._baseline

    def mark_clean(self) -> None:
        """The current text is accounted for (sealed, or deliberately reset)."""
        self._baseline = self._all_values()
