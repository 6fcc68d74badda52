"""What stays on this computer after export: the one-time reply key, and "keep nothing".

Both a kept sealed file and a kept reply key link this computer to a report (PRODUCT.md 7), so
the reply key is off until the person turns it on, with one sentence saying what it costs, and
"keep nothing" turns off both the outbox copy and the reply key.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout, QWidget

from crypto.keys import PublicKey, SecretKey
from ui.widgets.basics import label, named


class ExportChoices(QGroupBox):
    """Two choices; the reply key pair is made when the person turns the option on."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportChoices")
        self.setTitle(self.tr("What stays on this computer"))
        self._secret: SecretKey | None = None
        self._reply_available = True
        self._reply = named(QCheckBox(self.tr("Let the team send me a sealed &reply")),
                            "replyKeyCheck", self.tr("Let the team send me a sealed reply"),
                            self.tr("A reply key kept on this computer links it to this "
                                    "report."))
        self._reply_cost = label(self.tr("A reply key kept on this computer links it to this "
                                         "report."), "hint", object_name="replyKeyCost")
        self._reply_note = label("", "fieldWarning", object_name="replyKeyNote")
        self._nothing = named(QCheckBox(self.tr("Keep &nothing after export: no outbox copy, no "
                                                "reply key")),
                              "keepNothingCheck", self.tr("Keep nothing after export"),
                              self.tr("No copy in the outbox and no reply key: only the file "
                                      "or text you export."))
        self._reply.toggled.connect(self._reply_toggled)
        self._nothing.toggled.connect(self._sync)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        for widget in (self._reply, self._reply_cost, self._reply_note, self._nothing):
            layout.addWidget(widget)
        self._sync()

    def _reply_toggled(self, on: bool) -> None:
        self._secret = SecretKey.generate() if on else None
        self._sync()

    def _sync(self, *_args: object) -> None:
        nothing = self._nothing.isChecked()
        if nothing and self._reply.isChecked():
            self._reply.setChecked(False)  # toggles back into _sync
            return
        self._reply.setEnabled(self._reply_available and not nothing)
        self.changed.emit()

    def set_reply_available(self, available: bool, reason: str = "") -> None:
        """Offer the reply key or not (RAM-only mode cannot keep it); ``reason`` says why."""
        self._reply_available = available
        if not available and self._reply.isChecked():
            self._reply.setChecked(False)
        self._reply_note.setText(reason)
        self._reply_note.setVisible(bool(reason) and not available)
        self._sync()

    def suggest_reply(self, suggested: bool) -> None:
        """The form asks for "a sealed reply through this app": say the key is needed for it."""
        if not self._reply_available:
            return
        text = self.tr("You asked for a sealed reply through this app: turn this on, or the "
                       "team cannot reply that way.") if suggested and not self.reply_on() \
            else ""
        self._reply_note.setText(text)
        self._reply_note.setVisible(bool(text))

    def set_reply_on(self, on: bool) -> None:
        """Turn the reply key on or off (tests)."""
        self._reply.setChecked(on)

    def set_keep_nothing(self, on: bool) -> None:
        """Choose "keep nothing after export" (tests)."""
        self._nothing.setChecked(on)

    def reply_on(self) -> bool:
        """True when a reply key goes into the report."""
        return self._secret is not None

    def keep_nothing(self) -> bool:
        """True when nothing may stay after export."""
        return self._nothing.isChecked()

    def reply_secret(self) -> SecretKey | None:
        """The secret half to keep once the report is sealed (None when off)."""
        return self._secret

    def reply_public(self) -> PublicKey | None:
        """The public half that goes into the report (None when off)."""
        return self._secret.public if self._secret is not None else None

    def reset(self) -> None:
        """Back to the defaults (off, off), forgetting any key pair (lock, new report)."""
        self._secret = None
        for box in (self._reply, self._nothing):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self._sync()
