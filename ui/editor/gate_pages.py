"""The screens in front of the drafts: first run, unlock (with "forgot passphrase") and quick wipe.

They only collect what the person typed and show results; VaultSession does the work (through
ui.editor.gate). Passphrases stay in their fields and are handed over once, when asked for.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.basics import BusyRow, MessageBar, label, named
from ui.widgets.passphrase import NewPassphraseFields, passphrase_edit, show_toggle
from ui.widgets.style import make_danger, make_link, make_primary

CARD_WIDTH = 640


def centred(page: QWidget, content: QWidget) -> None:
    """Put ``content`` in a white card in the middle of ``page``, scrollable when small."""
    card = QFrame()
    card.setObjectName("gateCard")
    card.setMaximumWidth(CARD_WIDTH)
    inner = QVBoxLayout(card)
    inner.setContentsMargins(28, 24, 28, 24)
    inner.addWidget(content)
    holder = QWidget()
    column = QVBoxLayout(holder)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card, 10)
    row.addStretch(1)
    column.addLayout(row)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(holder)
    scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    outer = QVBoxLayout(page)
    outer.addWidget(scroll)


def _button_row(*buttons: QPushButton, stretch_first: bool = True) -> QHBoxLayout:
    row = QHBoxLayout()
    if stretch_first:
        row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


class FirstRunPage(QWidget):
    """Choose a passphrase for the drafts, or use Sealnote without saving anything."""

    createRequested = Signal(str)
    ramOnlyRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunPage")
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(label(self.tr("Welcome to Sealnote"), "title", wrap=False))
        layout.addWidget(label(self.tr(
            "Sealnote keeps your drafts encrypted on this computer. Choose a passphrase to "
            "protect them: without it, nobody can read them, and nobody can recover it for "
            "you."), "intro"))
        self.bar = MessageBar("firstRunMessage")
        layout.addWidget(self.bar)
        layout.addWidget(self._passphrase_box())
        layout.addWidget(self._ram_only_box())
        centred(self, content)

    def _passphrase_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Protect your drafts with a passphrase"))
        layout = QVBoxLayout(box)
        self.fields = NewPassphraseFields("firstRun")
        self.fields.changed.connect(self._update)
        self._create = named(QPushButton(self.tr("&Protect my drafts and continue")),
                             "createVaultButton", self.tr("Protect my drafts and continue"))
        make_primary(self._create)
        self._create.clicked.connect(self.request_create)
        self.busy = BusyRow("createBusy", self.tr(
            "Setting up. This takes a moment on purpose: it makes guessing your passphrase "
            "slow."))
        layout.addWidget(self.fields)
        layout.addWidget(self.busy)
        layout.addLayout(_button_row(self._create))
        self._update()
        return box

    def _ram_only_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Or save nothing at all"))
        layout = QVBoxLayout(box)
        layout.addWidget(label(self.tr(
            "RAM-only: nothing you write is saved on this computer. When you lock or close "
            "Sealnote, it is gone for good."), "hint"))
        self._ram = named(QPushButton(self.tr("Start &without saving (RAM-only)")),
                          "ramOnlyButton", self.tr("Start without saving (RAM-only)"))
        self._ram.clicked.connect(self.ramOnlyRequested)
        layout.addLayout(_button_row(self._ram, stretch_first=False))
        return box

    def _update(self) -> None:
        self._create.setEnabled(self.fields.acceptable() and self.busy.isHidden())

    def request_create(self) -> None:
        """The create button: hand over the passphrase if it is good enough."""
        if self.fields.acceptable() and self.busy.isHidden():
            self.createRequested.emit(self.fields.passphrase())

    def set_busy(self, busy: bool) -> None:
        """While the vault is being made."""
        self.busy.setVisible(busy)
        self._ram.setEnabled(not busy)
        self._update()

    def reset(self) -> None:
        """Empty fields, no message (a new first run)."""
        self.fields.clear()
        self.bar.clear()
        self.fields.first_field().setFocus()


class UnlockPage(QWidget):
    """Type the passphrase (or use the keyring); start over after a forgotten passphrase."""

    unlockRequested = Signal(str)
    keyringRequested = Signal()
    resetRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPage")
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(label(self.tr("Sealnote is locked"), "title", wrap=False))
        layout.addWidget(label(self.tr("Type your passphrase to open your drafts."), "intro"))
        self.bar = MessageBar("unlockMessage")
        layout.addWidget(self.bar)
        caption = QLabel(self.tr("&Passphrase"))
        self.passphrase = passphrase_edit("unlockPassphrase", self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.request_unlock)
        caption.setBuddy(self.passphrase)
        self._unlock = named(QPushButton(self.tr("&Unlock")), "unlockButton", self.tr("Unlock"))
        make_primary(self._unlock)
        self._unlock.clicked.connect(self.request_unlock)
        self.keyring_button = named(QPushButton(self.tr("Unlock with the system &keyring")),
                                    "keyringUnlockButton",
                                    self.tr("Unlock with the system keyring"))
        self.keyring_button.clicked.connect(self.keyringRequested)
        self.busy = BusyRow("unlockBusy", self.tr("Unlocking…"))
        for widget in (caption, self.passphrase,
                       show_toggle("unlockShow", [self.passphrase]), self.busy):
            layout.addWidget(widget)
        layout.addLayout(_button_row(self.keyring_button, self._unlock))
        layout.addSpacing(12)
        layout.addWidget(self._forgot_box())
        centred(self, content)

    def _forgot_box(self) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        self._forgot = named(QPushButton(self.tr("I &forgot my passphrase")), "forgotButton",
                             self.tr("I forgot my passphrase"))
        make_link(self._forgot)
        self._forgot.clicked.connect(lambda: self.show_forgot(True))
        layout.addLayout(_button_row(self._forgot, stretch_first=False))
        self._forgot_panel = QGroupBox(self.tr("Forgotten passphrase"))
        panel = QVBoxLayout(self._forgot_panel)
        panel.addWidget(label(self.tr(
            "Without the passphrase nobody can open your drafts, not even you. Starting over "
            "deletes them for good and lets you choose a new passphrase. Your team card and "
            "sealed files in the outbox are kept."), "fieldWarning"))
        self._reset = named(QPushButton(self.tr("&Delete my drafts and start over")),
                            "resetVaultButton", self.tr("Delete my drafts and start over"))
        make_danger(self._reset)
        self._reset.clicked.connect(self.resetRequested)
        keep = named(QPushButton(self.tr("&Cancel")), "cancelResetButton",
                     self.tr("Cancel: keep my drafts"))
        keep.clicked.connect(lambda: self.show_forgot(False))
        panel.addLayout(_button_row(keep, self._reset))
        self._forgot_panel.hide()
        layout.addWidget(self._forgot_panel)
        return holder

    def request_unlock(self) -> None:
        """The unlock button (or Enter in the field)."""
        if self.busy.isHidden() and self.passphrase.text():
            self.unlockRequested.emit(self.passphrase.text())

    def show_forgot(self, shown: bool) -> None:
        """Show or hide the "start over" warning."""
        self._forgot_panel.setVisible(shown)
        (self._reset if shown else self.passphrase).setFocus()

    def forgot_shown(self) -> bool:
        """True while the "start over" warning is on screen."""
        return not self._forgot_panel.isHidden()

    def set_busy(self, busy: bool, text: str = "") -> None:
        """While the key is being derived (or fetched from the keyring)."""
        if text:
            self.busy.set_text(text)
        self.busy.setVisible(busy)
        for widget in (self._unlock, self.keyring_button, self._reset, self._forgot,
                       self.passphrase):
            widget.setEnabled(not busy)

    def reset(self, keyring_offered: bool) -> None:
        """A fresh lock screen."""
        self.passphrase.clear()
        self.bar.clear()
        self.show_forgot(False)
        self.keyring_button.setVisible(keyring_offered)


class WipePage(QWidget):
    """One calm confirmation before the quick wipe."""

    wipeConfirmed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wipePage")
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(label(self.tr("Quick wipe"), "title", wrap=False))
        layout.addWidget(label(self.tr(
            "This removes Sealnote's data from this computer. First the key that protects your "
            "drafts is destroyed, so they can no longer be read; then the drafts, sealed files "
            "kept in the outbox, reply keys, the team card and the settings are deleted."),
            "intro"))
        layout.addWidget(label(self.tr(
            "It cannot be undone. Files you saved elsewhere are not touched. Afterwards "
            "Sealnote starts as on first use."), "hint"))
        self.bar = MessageBar("wipeMessage")
        layout.addWidget(self.bar)
        self.busy = BusyRow("wipeBusy", self.tr("Wiping…"))
        layout.addWidget(self.busy)
        self._cancel = named(QPushButton(self.tr("&Cancel")), "cancelWipeButton",
                             self.tr("Cancel the wipe"))
        self._cancel.clicked.connect(self.cancelled)
        self._wipe = named(QPushButton(self.tr("&Wipe now")), "confirmWipeButton",
                           self.tr("Wipe now"))
        make_danger(self._wipe)
        self._wipe.clicked.connect(self.wipeConfirmed)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._escape)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        layout.addLayout(_button_row(self._cancel, self._wipe))
        centred(self, content)

    def _escape(self) -> None:
        if self._cancel.isEnabled():
            self.cancelled.emit()

    def prepare(self) -> None:
        """Shown again: no old message, the wipe button has the focus."""
        self.bar.clear()
        self.set_busy(False)
        self._wipe.setFocus()

    def set_busy(self, busy: bool) -> None:
        """While the wipe runs."""
        self.busy.setVisible(busy)
        self._wipe.setEnabled(not busy)
        self._cancel.setEnabled(not busy)
