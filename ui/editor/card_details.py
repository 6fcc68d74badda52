"""What a person checks on a team card: team, moderators, expiry and the fingerprint, large."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from crypto.card import TeamCard
from ui.widgets.basics import label, local_date, named
from ui.widgets.fingerprint import FingerprintLabel
from ui.widgets.style import make_primary


class CardDetails(QGroupBox):
    """The candidate card, and (when needed) the fingerprint question."""

    acceptRequested = Signal()
    discardRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardDetails")
        self.setTitle(self.tr("The card you loaded"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._facts())
        layout.addWidget(label(self.tr("Fingerprint"), wrap=False))
        self._fingerprint = FingerprintLabel("candidateFingerprint", 26)
        self._fingerprint.setAccessibleName(self.tr("Fingerprint of the card"))
        layout.addWidget(self._fingerprint)
        self._question = label(self.tr(
            "Compare every digit with the fingerprint your team published (on their website, in "
            "person, or read aloud on a call). If even one digit is different, do not use this "
            "card."))
        layout.addWidget(self._question)
        layout.addLayout(self._buttons())
        self.hide()

    def _facts(self) -> QFormLayout:
        form = QFormLayout()
        # Values sit next to their labels in both directions (an LTR team name in an RTL
        # layout would otherwise drift to the far side).
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self._team = label("", wrap=False, object_name="cardTeam")
        self._moderators = label("", wrap=False, object_name="cardModerators")
        self._expires = label("", wrap=False, object_name="cardExpires")
        form.addRow(self.tr("Team:"), self._team)
        form.addRow(self.tr("Moderators:"), self._moderators)
        form.addRow(self.tr("Valid until:"), self._expires)
        return form

    def _buttons(self) -> QHBoxLayout:
        self._accept = named(QPushButton(self.tr("The fingerprints &match — use this card")),
                             "acceptCardButton",
                             self.tr("The fingerprints match — use this card"))
        make_primary(self._accept)
        self._discard = named(QPushButton(self.tr("They are &different — do not use it")),
                              "discardCardButton", self.tr("They are different — do not use it"))
        self._accept.clicked.connect(self.acceptRequested)
        self._discard.clicked.connect(self.discardRequested)
        row = QHBoxLayout()
        row.addWidget(self._discard)
        row.addStretch(1)
        row.addWidget(self._accept)
        return row

    def show_card(self, card: TeamCard, needs_check: bool) -> None:
        """Fill in the card; with ``needs_check`` ask the fingerprint question."""
        self._team.setText(card.team)
        self._moderators.setText(str(len(card.moderators)))
        self._expires.setText(local_date(card.expires))
        self._fingerprint.set_fingerprint(card.fingerprint)
        for widget in (self._question, self._accept, self._discard):
            widget.setVisible(needs_check)
        self.show()

    def fingerprint(self) -> str:
        """The fingerprint shown."""
        return self._fingerprint.fingerprint()
