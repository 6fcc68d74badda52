"""Autosave and the drafts list: the window's text goes into the encrypted draft store.

A save runs ``autosave_ms`` (1.5 s) after the last change, off the GUI thread, in the vault's
serial queue (so the save queued when the person locks runs before the key is zeroed). Nothing
is written for an empty, never-saved draft. Draft ids are random; the list shows titles only
while unlocked (they come from decrypting each draft).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from app.attachments import PreparedAttachment
from app.drafts import Draft, DraftAttachment, DraftStore
from app.errors import AppError
from app.report import ConcernForm
from ui.editor.vault_session import VaultSession
from ui.workers import CancelFn, ProgressFn

StoredPair = tuple[DraftAttachment, PreparedAttachment]
AttachmentStorer = Callable[[Sequence[PreparedAttachment], bool, ProgressFn, CancelFn],
                            list[StoredPair]]


@dataclass(frozen=True, repr=False)
class DraftSnapshot:
    """What the window holds now (taken on the GUI thread, saved on a worker)."""

    form: ConcernForm
    attachments: tuple[DraftAttachment, ...] = ()
    own_username: str = ""

    def is_empty(self) -> bool:
        """True when there is nothing worth saving."""
        return not any(self.form.values.values()) and not self.attachments \
            and not self.own_username

    def __repr__(self) -> str:
        return f"DraftSnapshot(<form>, attachments={len(self.attachments)})"


@dataclass(frozen=True, repr=False)
class DraftListing:
    """One row of the drafts list. ``title`` is '' for an untitled or unreadable draft."""

    draft_id: str
    modified: dt.datetime
    title: str
    readable: bool = True

    def __repr__(self) -> str:
        return f"DraftListing({self.draft_id[:6]}…, <title>)"


@dataclass(frozen=True)
class SaveOutcome:
    """How a save went (a failed save keeps its ``disk_full`` hint)."""

    ok: bool
    code: str = ""
    disk_full: bool = False


def _save(store: DraftStore, draft_id: str, snapshot: DraftSnapshot) -> SaveOutcome:
    try:
        store.save(draft_id, snapshot.form, snapshot.attachments, snapshot.own_username)
    except AppError as exc:
        return SaveOutcome(False, exc.code, bool(exc.params.get("disk_full")))
    return SaveOutcome(True)


def _listing(store: DraftStore) -> list[DraftListing]:
    found = []
    for info in store.list_drafts():
        try:
            title = store.load(info.draft_id).form.values.get("title", "")
        except AppError:
            found.append(DraftListing(info.draft_id, info.modified, "", readable=False))
            continue
        found.append(DraftListing(info.draft_id, info.modified, title))
    return found


class DraftKeeper(QObject):
    """Saves the current draft, opens, lists and deletes drafts of the unlocked vault."""

    saved = Signal()
    saveFailed = Signal(str, bool)  # code, disk full
    loaded = Signal(object)  # Draft
    listed = Signal(object)  # list[DraftListing]
    deleted = Signal(str)
    failed = Signal(str)  # code of a failed load, list or delete
    stateChanged = Signal()

    def __init__(self, session: VaultSession, snapshot: Callable[[], DraftSnapshot],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._snapshot = snapshot
        self._store: DraftStore | None = None
        self._draft_id: str | None = None
        self._resume_id: str | None = None
        self._dirty = False
        self._quiet = 0
        self._saving = 0
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(session.options.autosave_ms)
        self._timer.timeout.connect(self.save_now)
        session.unlocked.connect(self._attach)
        session.aboutToLock.connect(self._flush)
        session.locked.connect(self._detach)

    # ------------------------------------------------------------- session

    def _attach(self, _how: str) -> None:
        self._store = self._session.store()
        self._generation += 1
        self._draft_id, self._dirty = None, False
        self.stateChanged.emit()

    def _flush(self) -> None:
        if self._dirty or self._timer.isActive():
            self.save_now()

    def _detach(self) -> None:
        self._timer.stop()
        self._resume_id = None if self._session.is_ram_only() else self._draft_id
        self._store, self._draft_id, self._dirty = None, None, False
        self._generation += 1
        self.stateChanged.emit()

    def active(self) -> bool:
        """True while a vault is open (not in demo mode, not locked)."""
        return self._store is not None

    def resume_id(self) -> str | None:
        """The draft that was open when the vault was locked (to reopen after unlocking)."""
        return self._resume_id

    def current_id(self) -> str | None:
        """The draft being edited (None until something was saved or attached)."""
        return self._draft_id

    def ensure_id(self) -> str:
        """The current draft's id, made now if there is none yet."""
        if self._draft_id is None:
            self._draft_id = DraftStore.new_draft_id()
        return self._draft_id

    # ---------------------------------------------------------------- saving

    @contextlib.contextmanager
    def quiet(self) -> Iterator[None]:
        """Changes made inside (filling the window from a draft) do not trigger a save."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def schedule(self) -> None:
        """Something changed: save a moment after the last change."""
        if self._store is None or self._quiet:
            return
        self._dirty = True
        self._timer.start()
        self.stateChanged.emit()

    def save_now(self) -> None:
        """Save what the window holds now (in the vault's queue)."""
        self._timer.stop()
        store = self._store
        if store is None:
            return
        snapshot = self._snapshot()
        self._dirty = False
        if self._draft_id is None and snapshot.is_empty():
            self.stateChanged.emit()
            return
        draft_id, generation = self.ensure_id(), self._generation
        self._saving += 1
        self.stateChanged.emit()
        self._session.run(lambda _p, _c: _save(store, draft_id, snapshot),
                          on_finished=lambda result: self._saved(generation, result),
                          on_failed=lambda code: self._saved(generation, SaveOutcome(False, code)))

    def _saved(self, generation: int, outcome: object) -> None:
        assert isinstance(outcome, SaveOutcome)
        self._saving -= 1
        if generation == self._generation:
            if outcome.ok:
                self.saved.emit()
            else:
                self.saveFailed.emit(outcome.code, outcome.disk_full)
        self.stateChanged.emit()

    def pending(self) -> bool:
        """True while a save is scheduled or running."""
        return self._timer.isActive() or self._saving > 0

    def attachment_storer(self) -> AttachmentStorer | None:
        """A function that copies prepared files into the current draft (None when locked)."""
        store = self._store
        if store is None:
            return None
        draft_id = self.ensure_id()

        def store_items(items: Sequence[PreparedAttachment], keep_original: bool,
                        progress: ProgressFn, should_cancel: CancelFn) -> list[StoredPair]:
            total, done = max(1, sum(item.size for item in items)), 0
            pairs: list[StoredPair] = []
            for item in items:
                def copied(count: int, base: int = done) -> None:
                    progress(base + count, total)

                kept = store.add_attachment(draft_id, item, keep_original, progress=copied,
                                            should_cancel=should_cancel)
                pairs.append((kept, store.prepared(draft_id, kept)))
                done += item.size
            return pairs

        return store_items

    # ------------------------------------------------------ other drafts

    def _job(self, job: Callable[[DraftStore], object],
             on_done: Callable[[object], None]) -> None:
        store, generation = self._store, self._generation
        if store is None:
            return
        self._session.run(
            lambda _p, _c: job(store),
            on_finished=lambda result: on_done(result) if generation == self._generation
            else None,
            on_failed=lambda code: self.failed.emit(code) if generation == self._generation
            else None)

    def new_draft(self) -> None:
        """Start a new, empty draft (the current one is saved first)."""
        self._flush()
        self._draft_id = None
        self.stateChanged.emit()

    def open(self, draft_id: str) -> None:
        """Load a draft (``loaded`` follows); the current one is saved first."""
        self._flush()
        self._job(lambda store: store.load(draft_id), self._loaded)

    def _loaded(self, draft: object) -> None:
        assert isinstance(draft, Draft)
        self._draft_id = draft.draft_id
        self.loaded.emit(draft)

    def delete(self, draft_id: str) -> None:
        """Delete a draft for good (its key first); ``deleted`` follows."""
        if draft_id == self._draft_id:
            self._timer.stop()
            self._dirty, self._draft_id = False, None
        self._job(lambda store: store.delete(draft_id), lambda _r: self.deleted.emit(draft_id))

    def refresh_list(self) -> None:
        """List the drafts with their titles (``listed`` follows)."""
        self._job(_listing, self.listed.emit)
