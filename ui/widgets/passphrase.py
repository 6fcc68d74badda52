"""Passphrase inputs: hidden fields, and live strength feedback while a new one is typed.

The feedback comes from app.passphrase_strength (zxcvbn): a score, how long an offline guesser
with a copy of the vault file would need, and advice, all as codes translated here. Nothing of
the passphrase is ever shown, logged or kept outside the field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from app.passphrase_strength import StrengthReport, assess
from ui.messages import message_for
from ui.widgets.basics import label, named
from ui.widgets.style import restyle

translate = QCoreApplication.translate
ASSESS_DELAY_MS = 200
MAX_SCORE = 4


def passphrase_edit(object_name: str, accessible_name: str) -> QLineEdit:
    """A hidden passphrase field that input methods do not learn from."""
    edit = named(QLineEdit(), object_name, accessible_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData
                             | Qt.InputMethodHint.ImhNoPredictiveText
                             | Qt.InputMethodHint.ImhNoAutoUppercase
                             | Qt.InputMethodHint.ImhHiddenText)
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return edit


def show_toggle(object_name: str, edits: Sequence[QLineEdit]) -> QCheckBox:
    """A "Show passphrase" box that reveals ``edits`` while checked."""
    box = named(QCheckBox(translate("Passphrase", "S&how passphrase")), object_name,
                translate("Passphrase", "Show passphrase"))

    def toggled(shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in edits:
            edit.setEchoMode(mode)

    box.toggled.connect(toggled)
    return box


def score_text(score: int) -> str:
    """The strength in one word or two."""
    return (translate("Passphrase", "Very weak"), translate("Passphrase", "Weak"),
            translate("Passphrase", "Fair"), translate("Passphrase", "Strong"),
            translate("Passphrase", "Very strong"))[max(0, min(MAX_SCORE, score))]


def crack_time_text(code: str) -> str:
    """How long guessing would take, from a crack-time code."""
    return {
        "under_a_second": translate("Passphrase", "less than a second"),
        "under_an_hour": translate("Passphrase", "less than an hour"),
        "under_a_day": translate("Passphrase", "less than a day"),
        "under_a_month": translate("Passphrase", "less than a month"),
        "under_a_year": translate("Passphrase", "less than a year"),
        "under_a_century": translate("Passphrase", "less than a hundred years"),
    }.get(code, translate("Passphrase", "centuries"))


def warning_text(code: str) -> str:
    """zxcvbn's warning, from its code ('' for none)."""
    common = translate("Passphrase", "This is one of the most common passwords.")
    return {
        "straight_row": translate("Passphrase", "Straight rows of keys are easy to guess."),
        "keyboard_pattern": translate("Passphrase", "Keyboard patterns are easy to guess."),
        "repeated_character": translate("Passphrase",
                                        "Repeated characters like “aaa” are easy to guess."),
        "repeated_pattern": translate("Passphrase",
                                      "Repeated patterns like “abcabc” are easy to guess."),
        "sequence": translate("Passphrase", "Sequences like “abc” or “6543” are easy to guess."),
        "recent_year": translate("Passphrase", "Recent years are easy to guess."),
        "date": translate("Passphrase", "Dates are easy to guess."),
        "top10_password": common, "top100_password": common, "common_password": common,
        "similar_to_common": translate("Passphrase",
                                       "This is close to a commonly used password."),
        "single_word": translate("Passphrase", "A single word is easy to guess."),
        "name_alone": translate("Passphrase", "Names on their own are easy to guess."),
        "common_names": translate("Passphrase", "Common names are easy to guess."),
    }.get(code, "")


def suggestion_text(code: str) -> str:
    """zxcvbn's advice, from its code ('' for none)."""
    return {
        "use_few_words": translate("Passphrase",
                                   "Use several words, and avoid well-known phrases."),
        "no_symbols_needed": translate("Passphrase",
                                       "Symbols, digits and capitals are not needed."),
        "add_words": translate("Passphrase", "Add another word or two: unusual words are best."),
        "longer_keyboard_pattern": translate("Passphrase", "Avoid keyboard patterns."),
        "avoid_repeats": translate("Passphrase", "Avoid repeated words and characters."),
        "avoid_sequences": translate("Passphrase", "Avoid sequences."),
        "avoid_recent_years": translate("Passphrase", "Avoid recent years."),
        "avoid_personal_years": translate("Passphrase", "Avoid years that are linked to you."),
        "avoid_personal_dates": translate("Passphrase",
                                          "Avoid dates and years that are linked to you."),
        "capitalization_weak": translate("Passphrase", "Capital letters do not help much."),
        "uppercase_weak": translate("Passphrase",
                                    "All capitals are almost as easy to guess as none."),
        "reversed_weak": translate("Passphrase",
                                   "Words spelled backwards are hardly harder to guess."),
        "l33t_weak": translate("Passphrase",
                               "Swapping letters for symbols, like “@” for “a”, does not help "
                               "much."),
    }.get(code, "")


def feedback_text(report: StrengthReport) -> str:
    """Everything the meter says about ``report``, as sentences."""
    parts = [translate("Passphrase", "Strength: %1.").replace("%1", score_text(report.score)),
             translate("Passphrase", "Guessing it from a copy of this computer's files would "
                       "take: %1.").replace("%1", crack_time_text(report.crack_time_code))]
    parts += [text for text in [warning_text(report.warning_code),
                                *map(suggestion_text, report.suggestion_codes)] if text]
    if not report.acceptable:
        parts.append(translate("Passphrase", "Not strong enough yet. Five or more ordinary "
                               "words are easy to remember and hard to guess."))
    elif report.score < MAX_SCORE:
        parts.append(translate("Passphrase", "Acceptable. Another word or two would make it "
                               "much stronger."))
    else:
        parts.append(translate("Passphrase", "Good: you can use this passphrase."))
    return " ".join(parts)


class NewPassphraseFields(QWidget):
    """New passphrase, the same again, and what its strength is, updated while typing."""

    changed = Signal()

    def __init__(self, prefix: str, user_inputs: Callable[[], Sequence[str]] = lambda: (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user_inputs = user_inputs
        self._report: StrengthReport | None = None
        self._first = passphrase_edit(f"{prefix}Passphrase", translate("Passphrase",
                                                                        "New passphrase"))
        self._second = passphrase_edit(f"{prefix}Confirm", translate("Passphrase",
                                                                      "The same passphrase again"))
        self._meter = named(QProgressBar(), f"{prefix}StrengthBar",
                            translate("Passphrase", "Passphrase strength"))
        self._meter.setRange(0, MAX_SCORE)
        self._meter.setTextVisible(False)
        self._meter.setMaximumHeight(10)
        self._feedback = label("", "hint", object_name=f"{prefix}StrengthText")
        self._mismatch = label("", "fieldError", object_name=f"{prefix}Mismatch")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(ASSESS_DELAY_MS)
        self._timer.timeout.connect(self.assess_now)
        self._first.textChanged.connect(self._typed)
        self._second.textChanged.connect(self._typed)
        self._build(prefix)
        self.assess_now()

    def _build(self, prefix: str) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        first = QLabel(translate("Passphrase", "&New passphrase"))
        first.setBuddy(self._first)
        second = QLabel(translate("Passphrase", "&Type it again"))
        second.setBuddy(self._second)
        show = show_toggle(f"{prefix}Show", [self._first, self._second])
        for widget in (first, self._first, self._meter, self._feedback, second, self._second,
                       self._mismatch, show):
            layout.addWidget(widget)

    def _typed(self) -> None:
        self._timer.start()
        self.changed.emit()

    def assess_now(self) -> None:
        """Score the passphrase now (normally 0.2 s after the last key)."""
        self._timer.stop()
        text = self._first.text()
        self._report = assess(text, list(self._user_inputs())) if text else None
        report = self._report
        self._meter.setValue(report.score if report else 0)
        self._meter.setProperty("strong", bool(report and report.acceptable))
        restyle(self._meter)
        self._feedback.setText(feedback_text(report) if report else translate(
            "Passphrase", "Several ordinary words make a strong passphrase that is easy to "
            "remember. Nobody can recover it for you."))
        mismatch = bool(self._second.text()) and self._second.text() != text
        self._mismatch.setText(message_for("passphrase.mismatch") if mismatch else "")
        self._mismatch.setVisible(mismatch)
        self._meter.setAccessibleDescription(self._feedback.text())
        self.changed.emit()

    def passphrase(self) -> str:
        """The new passphrase."""
        return self._first.text()

    def acceptable(self) -> bool:
        """True when it is strong enough and typed the same twice."""
        if self._timer.isActive():
            self.assess_now()
        return bool(self._report and self._report.acceptable
                    and self._first.text() == self._second.text())

    def feedback(self) -> str:
        """What the meter says now."""
        return self._feedback.text()

    def set_passphrase(self, text: str, again: str | None = None) -> None:
        """Type into both fields (tests and screenshots)."""
        self._first.setText(text)
        self._second.setText(text if again is None else again)
        self.assess_now()

    def first_field(self) -> QLineEdit:
        """The first field (to give it focus)."""
        return self._first

    def clear(self) -> None:
        """Empty both fields."""
        self._first.clear()
        self._second.clear()
        self.assess_now()
