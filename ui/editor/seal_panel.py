"""The seal buttons of the review page. Every seal runs off the GUI thread, with a working Cancel.

A cancelled or failed seal leaves no file (app.sealing / app.fs remove their temp files); the
result is shown inline. Text exports are done in memory and never touch the disk.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.outbox import outbox_folder
from app.paths import AppPaths
from app.qr import qr_codes_for
from app.reply_keys import ReplyKeyKeeper
from app.sealing import (
    SealOutcome,
    SealRequest,
    compact_allowed,
    neutral_file_name,
    seal_into_folder,
    seal_to_bytes,
    seal_to_file,
    sealed_size,
)
from crypto.armor import armor
from crypto.keys import SecretKey
from ui.messages import message_for
from ui.widgets.basics import MessageBar, human_size, label, named
from ui.widgets.file_dialogs import save_file
from ui.widgets.secret_clipboard import CLEAR_AFTER_MS, SecretClipboard
from ui.widgets.style import make_primary
from ui.workers import CancelFn, ProgressFn, TaskRunner

TEXT_EXPORT_LIMIT = 8 * 1024 * 1024
PARTS_EXPORT_LIMIT = 32 * 1024 * 1024
PROGRESS_STEPS = 1000


class SealPanel(QWidget):
    """Seal and save, save to outbox, copy as text, QR codes, parts."""

    sealed = Signal(str)
    qrReady = Signal(object)
    partsReady = Signal(object)
    resultShown = Signal(QWidget)  # the message bar, to scroll it into view

    def __init__(self, paths: AppPaths, clipboard: SecretClipboard, start_folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sealPanel")
        self._paths, self._clipboard, self._start_folder = paths, clipboard, start_folder
        self._request: SealRequest | None = None
        self._runner = TaskRunner(self)
        self._task_kind = ""
        self._outbox_reason = ""
        self._reply: tuple[SecretKey, ReplyKeyKeeper] | None = None
        self._after_export: tuple[str, Callable[[], None]] | None = None
        self._build()
        self.set_request(None)

    def _button(self, text: str, name: str, accessible: str,
                slot: Callable[[], object]) -> QPushButton:
        button = named(QPushButton(text), name, accessible)
        button.clicked.connect(lambda: slot())
        return button

    def _build(self) -> None:
        self._file = self._button(self.tr("&Seal and save file…"), "sealToFileButton",
                                  self.tr("Seal and save file"), self.choose_file)
        make_primary(self._file)
        self._outbox = self._button(self.tr("Seal into the &outbox"), "sealToOutboxButton",
                                    self.tr("Seal into the outbox"), self.save_to_outbox)
        self._text = self._button(self.tr("Copy as &text"), "copyAsTextButton",
                                  self.tr("Copy as text"), self.copy_as_text)
        self._qr = self._button(self.tr("Show &QR codes"), "showQrButton",
                                self.tr("Show QR codes"), self.show_qr)
        self._parts = self._button(self.tr("S&plit into parts…"), "splitPartsButton",
                                   self.tr("Split into parts"), self.split_into_parts)
        self._qr_hint = label(self.tr("QR codes are offered for short reports without "
                                      "attachments."), "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self._file, self._outbox, self._text, self._qr, self._qr_hint,
                       self._parts):
            layout.addWidget(widget)
        layout.addLayout(self._progress_row())
        self._bar = MessageBar("sealResult")
        layout.addWidget(self._bar)

    def _progress_row(self) -> QVBoxLayout:
        self._progress = named(QProgressBar(), "sealProgress", self.tr("Sealing progress"))
        self._progress.setRange(0, PROGRESS_STEPS)
        self._cancel = self._button(self.tr("&Cancel"), "cancelSealButton",
                                    self.tr("Cancel sealing"), self.cancel)
        self._status = label(self.tr("Sealing… Nothing is saved until it is complete, and "
                                     "Cancel leaves nothing behind."), "hint",
                             object_name="sealStatus")
        row = QHBoxLayout()
        row.addWidget(self._progress, 1)
        row.addWidget(self._cancel)
        column = QVBoxLayout()
        column.addLayout(row)
        column.addWidget(self._status)
        self._set_running(False)
        return column

    # ---------------------------------------------------------------- state

    def set_request(self, request: SealRequest | None) -> None:
        """The report to seal (None: sealing is not possible now)."""
        self._request = request
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self._request is not None and not self.busy()
        size = sealed_size(self._request) if self._request is not None else 0
        qr_possible = self._request is not None and compact_allowed(self._request)
        self._file.setEnabled(ready)
        self._outbox.setEnabled(ready and not self._outbox_reason)
        self._outbox.setToolTip(self._outbox_reason)
        self._text.setEnabled(ready and size <= TEXT_EXPORT_LIMIT)
        self._parts.setEnabled(ready and size <= PARTS_EXPORT_LIMIT)
        self._qr.setVisible(qr_possible)
        self._qr.setEnabled(ready and qr_possible)
        self._qr_hint.setVisible(not qr_possible)

    def set_outbox_allowed(self, allowed: bool, reason: str = "") -> None:
        """Offer "Seal into the outbox" or not (keep nothing, RAM-only); ``reason`` says why."""
        self._outbox_reason = "" if allowed else (reason or " ")
        self._update_buttons()

    def outbox_allowed(self) -> bool:
        """True when sealing into the outbox is offered."""
        return not self._outbox_reason

    def set_reply_key(self, secret: SecretKey | None, keeper: ReplyKeyKeeper | None) -> None:
        """The reply key of the report: kept by ``keeper`` when (and only when) a seal works."""
        self._reply = (secret, keeper) if secret is not None and keeper is not None else None

    def has_reply_key(self) -> bool:
        """True while a reply key is waiting to be kept by the next seal."""
        return self._reply is not None

    def set_after_export(self, text: str, action: Callable[[], None] | None) -> None:
        """An action offered with every success message (e.g. "Delete the draft")."""
        self._after_export = (text, action) if text and action is not None else None

    def _success(self, text: str) -> None:
        action_text, action = self._after_export or ("", None)
        self._bar.show_message("success", text, action_text, action)
        self.resultShown.emit(self._bar)

    def _with_reply_key(self, job: Callable[[ProgressFn, CancelFn], object]
                        ) -> Callable[[ProgressFn, CancelFn], object]:
        if self._reply is None:
            return job
        secret, keeper = self._reply

        def run(progress: ProgressFn, cancel: CancelFn) -> object:
            kept = keeper.keep(secret)  # kept first, so a sealed reply key is never lost
            try:
                return job(progress, cancel)
            except BaseException:
                if kept is not None:
                    keeper.forget(kept)
                raise

        return run

    def _set_running(self, running: bool) -> None:
        self._progress.setVisible(running)
        self._status.setVisible(running)
        self._cancel.setVisible(running)
        self._cancel.setEnabled(running)
        if running:
            self._progress.setValue(0)

    def busy(self) -> bool:
        """True while a seal is running."""
        return self._runner.busy()

    # -------------------------------------------------------------- actions

    def _start(self, kind: str, job: Callable[[ProgressFn, CancelFn], object],
               on_done: Callable[[object], None], determinate: bool = True) -> None:
        self._task_kind = kind
        self._bar.clear()
        self._progress.setRange(0, PROGRESS_STEPS if determinate else 0)
        self._runner.start(self._with_reply_key(job),
                           on_finished=lambda result: self._done(on_done, result),
                           on_failed=self._failed, on_progress=self._on_progress)
        self._set_running(True)
        self._update_buttons()
        self._cancel.setFocus()

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self._progress.setValue(min(PROGRESS_STEPS, done * PROGRESS_STEPS // total))

    def _done(self, on_done: Callable[[object], None], result: object) -> None:
        self._set_running(False)
        self._update_buttons()
        on_done(result)

    def _failed(self, code: str) -> None:
        self._set_running(False)
        self._update_buttons()
        self._bar.show_message("info" if code == "cancelled" else "error", message_for(code))
        self.resultShown.emit(self._bar)

    def cancel(self) -> None:
        """Stop the running seal; nothing is left behind."""
        self._runner.cancel_all()
        self._cancel.setEnabled(False)

    def choose_file(self) -> None:
        """"Seal and save file…": ask where (neutral name), then seal."""
        path = save_file(self, self.tr("Save the sealed file"), self._start_folder,
                         neutral_file_name())
        if path is not None:
            self.seal_to_path(path)

    def seal_to_path(self, path: Path) -> None:
        """Seal into ``path`` off the GUI thread."""
        request = self._request
        if request is None or self.busy():
            return
        self._start("file", lambda progress, cancel: seal_to_file(
            request, path, progress=progress, should_cancel=cancel), self._sealed_to_file)

    def save_to_outbox(self) -> None:
        """Seal into the outbox under a neutral name."""
        if self._request is None or self.busy() or not self.outbox_allowed():
            return
        request, folder = self._request, outbox_folder(self._paths)
        self._start("outbox", lambda progress, cancel: seal_into_folder(
            request, folder, progress=progress, should_cancel=cancel), self._sealed_to_outbox)

    def _sealed_to_file(self, result: object) -> None:
        assert isinstance(result, SealOutcome)
        self._success(self.tr(
            "Sealed and saved as %1 (%2). Send this file to your team any way you like: only "
            "they can open it.").replace("%1", result.path.name)
            .replace("%2", human_size(result.size)))
        self.sealed.emit("file")

    def _sealed_to_outbox(self, result: object) -> None:
        assert isinstance(result, SealOutcome)
        self._success(self.tr(
            "Sealed into the outbox as %1 (%2). Save a copy from the Outbox page when you are "
            "ready to send it.").replace("%1", result.path.name)
            .replace("%2", human_size(result.size)))
        self.sealed.emit("outbox")

    def copy_as_text(self) -> None:
        """Seal in memory, armor, and put the text on the clipboard, marked secret."""
        request = self._request
        if request is None or self.busy():
            return
        self._start("text", lambda _p, cancel: armor(seal_to_bytes(request, should_cancel=cancel)),
                    self._copied, determinate=False)

    def _copied(self, result: object) -> None:
        assert isinstance(result, str)
        self._clipboard.copy(result)
        seconds = str(CLEAR_AFTER_MS // 1000)
        self._success(self.tr(
            "The sealed text is on the clipboard. Paste it into an e-mail or a message now: the "
            "clipboard will be cleared in %1 seconds, and when Sealnote closes or locks.")
            .replace("%1", seconds))
        self.sealed.emit("text")

    def show_qr(self) -> None:
        """Seal with the compact profile and make QR codes (the page shows them)."""
        request = self._request
        if request is None or self.busy() or not compact_allowed(request):
            return
        compact = dataclasses.replace(request, compact=True)
        self._start("qr", lambda _p, cancel: qr_codes_for(
            seal_to_bytes(compact, should_cancel=cancel)),
            lambda codes: self.qrReady.emit(codes), determinate=False)

    def split_into_parts(self) -> None:
        """Seal in memory; the parts page then cuts it into numbered parts."""
        request = self._request
        if request is None or self.busy():
            return
        self._start("parts", lambda _p, cancel: seal_to_bytes(request, should_cancel=cancel),
                    lambda sealed: self.partsReady.emit(sealed), determinate=False)

    # -------------------------------------------------------------- queries

    def result_text(self) -> str:
        """The inline result ('' when none)."""
        return self._bar.text()

    def result_kind(self) -> str:
        """info, success, warning or error."""
        return self._bar.kind()

    def clear_result(self) -> None:
        """Hide the last result."""
        self._bar.clear()

    def shut_down(self) -> None:
        """Cancel and wait (window closing)."""
        self._runner.shut_down()
