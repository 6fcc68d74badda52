"""Import sealed reports into the moderator's store from files, folders, pasted text and parts.

Each item ends as one of: ``imported``; ``duplicate`` (the same file, by SHA-256, is already in
the store: "already imported"); ``id_reused`` (a *different* file carrying the id of a report
already in the store: kept apart in ``ModeratorStore.conflicts`` and shown to the moderator);
``failed`` (one public code per cause, ``open.failed`` for every reason a report does not open;
the typed error stays on the result for tests and the debug view); ``cancelled``.

A report enters the index only after ``open_report`` verified all of it (last FINAL chunk,
padding, sizes). This thread reads each item and skips files already in the store (by SHA-256);
``app.import_workers`` verifies the rest in chunks (two worker processes for a large import);
this thread then classifies the outcomes in input order, appends each verified original
(ciphertext) to the store's pack (a large one is copied to its own file, checked against the
verified hash) and saves the index once per ``commit_every`` reports and at the end (originals
first, fsynced, then the index). If the store cannot be written, it forgets everything since
its last commit, so the index on disk and in memory agree.
"""

from __future__ import annotations

import enum
import hashlib
import os
import re
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.errors import AppError, public_code
from app.fs import TEMP_SUFFIX
from app.import_workers import Job, Verified, Verifier
from app.import_workers import Outcome as VerifyOutcome
from app.moderator_store import ModeratorStore, OriginalsFolder, StagedOriginal, utc_now
from crypto.armor import dearmor, join_parts, looks_like_parts
from crypto.errors import MissingParts

IN_MEMORY_LIMIT = 16 * 1024 * 1024
MAX_TEXT_BYTES = 64 * 1024 * 1024
COMMIT_EVERY = 2000
CHUNK = 32
_CHUNK_BYTES = 4 << 20
_IN_FLIGHT = 8 * CHUNK
_IN_FLIGHT_BYTES = 64 << 20
_CHUNK_WAIT = 0.1
_COPY_BYTES = 1 << 20
_PART_MARK = "-----BEGIN MESSAGE PART "
_SET_ID = re.compile(r"Set: ([0-9a-f]{16})")

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class Outcome(enum.Enum):
    """What happened to one item."""

    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    ID_REUSED = "id_reused"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True, repr=False)
class ImportResult:
    """The outcome of one item. ``code`` is the public error code of a failure."""

    label: str
    outcome: Outcome
    report_id: str | None = None
    sha256: str | None = None
    code: str | None = None
    error: BaseException | None = None
    missing_parts: tuple[int, ...] = ()
    demo: bool = False

    def __repr__(self) -> str:
        return f"ImportResult({self.outcome.value}, code={self.code!r})"


@dataclass(frozen=True)
class ImportSummary:
    """Every item's result, in input order (parts found among files come last)."""

    results: list[ImportResult]
    cancelled: bool = False

    def count(self, outcome: Outcome) -> int:
        """How many items ended with ``outcome``."""
        return sum(r.outcome is outcome for r in self.results)


@dataclass(frozen=True)
class _Sealed:
    """A sealed file in memory, or (when large) on disk at ``path``."""

    data: bytes | None
    path: Path | None = None


@dataclass(frozen=True)
class _PartText:
    text: str


@dataclass(frozen=True)
class ImportItem:
    """One thing to import: a label for the person and a loader run in a worker thread."""

    label: str
    load: Callable[[], _Sealed | _PartText]


def _load_file(path: Path) -> _Sealed | _PartText:
    """Read a file: binary sealed (small in memory, large by path), armored text or a part."""
    try:
        with open(path, "rb", buffering=0) as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > IN_MEMORY_LIMIT:
                if handle.read(1) == b"\x01":
                    return _Sealed(None, path)
                if size > MAX_TEXT_BYTES:
                    raise AppError("input.too_large")
                handle.seek(0)
            data = handle.readall()
    except OSError as exc:
        raise AppError("input.unreadable") from exc
    return _sealed_or_text(data)


def _sealed_or_text(data: bytes) -> _Sealed | _PartText:
    if data[:1] == b"\x01":
        return _Sealed(data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _Sealed(data)  # not text: read as a sealed file, which fails as one
    if _PART_MARK in text:
        return _PartText(text)
    if "-----BEGIN" in text:
        return _Sealed(dearmor(text))
    return _Sealed(data)


def _load_text(text: str) -> _Sealed:
    return _Sealed(join_parts([text]) if looks_like_parts(text) else dearmor(text))


def item_from_file(path: Path, label: str | None = None) -> ImportItem:
    """A sealed file, or a text file with an armored message (parts are grouped later)."""
    return ImportItem(label or path.name, lambda: _load_file(path))


def item_from_text(text: str, label: str = "pasted text") -> ImportItem:
    """Pasted armored text, or pasted text holding every part of a message."""
    return ImportItem(label, lambda: _load_text(text))


def item_from_parts(texts: Sequence[str], label: str = "parts") -> ImportItem:
    """Numbered parts given in any order; a missing part fails naming the missing numbers."""
    return ImportItem(label, lambda: _Sealed(join_parts(list(texts))))


def _is_candidate_name(name: str) -> bool:
    return not name.startswith(".") and not name.endswith(TEMP_SUFFIX)


def _walk(folder: Path) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(root, name) for name in files if _is_candidate_name(name)]
    return [p for p in found if p.is_file() and not p.is_symlink()]


def _list(folder: Path) -> list[Path]:
    """The regular files of one folder (the directory entry's type: no stat per file)."""
    with os.scandir(folder) as entries:
        return [Path(e.path) for e in entries
                if _is_candidate_name(e.name) and e.is_file(follow_symlinks=False)]


def items_from_folder(folder: Path, *, recursive: bool = False) -> list[ImportItem]:
    """Every regular, non-hidden file of ``folder`` (and below it if ``recursive``), by path.

    Raises AppError (input.unreadable) when the folder cannot be listed.
    """
    try:
        paths = sorted(_walk(folder) if recursive else _list(folder), key=lambda p: p.parts)
    except OSError as exc:
        raise AppError("input.unreadable") from exc
    if not recursive:
        return [item_from_file(p, p.name) for p in paths]
    return [item_from_file(p, str(p.relative_to(folder))) for p in paths]


def _failure(label: str, error: BaseException) -> ImportResult:
    missing = tuple(error.missing) if isinstance(error, MissingParts) else ()
    return ImportResult(label, Outcome.FAILED, code=public_code(error), error=error,
                        missing_parts=missing)


def _stage_large(staging: OriginalsFolder, path: Path, sha256: str) -> StagedOriginal:
    """Copy a verified large file into staging; it must still have the verified hash.

    Raises AppError (input.changed, io.write_failed) or OSError.
    """
    staged = staging.open_staging(sha256)
    digest = hashlib.sha256()
    try:
        assert staged.handle is not None
        with open(path, "rb", buffering=0) as source:
            while chunk := source.read(_COPY_BYTES):
                digest.update(chunk)
                staged.handle.write(chunk)
        staged.handle.flush()
        if digest.hexdigest() != sha256:
            raise AppError("input.changed")
    except BaseException:
        staging.abandon(staged)
        raise
    return staged


@dataclass
class _Chunk:
    """Jobs sent to the verifier together (one pipe round trip for CHUNK reports)."""

    jobs: list[Job] = field(default_factory=list)
    weight: int = 0
    started: float = field(default_factory=time.monotonic)
    future: Future[list[VerifyOutcome]] | None = None
    outcomes: list[VerifyOutcome] | None = None


@dataclass
class _Slot:
    """One item in input order: decided when loaded (``ready``) or waiting on a chunk."""

    label: str
    ready: ImportResult | _PartText | None = None
    sealed: _Sealed | None = None
    chunk: _Chunk | None = None
    position: int = 0

    @property
    def weight(self) -> int:
        """Bytes this slot holds in memory until it is classified."""
        return 0 if self.sealed is None or self.sealed.data is None else len(self.sealed.data)


@dataclass
class _Batch:
    store: ModeratorStore
    known: set[str]
    verifier: Verifier
    commit_every: int
    results: list[ImportResult] = field(default_factory=list)
    part_texts: list[tuple[str, str]] = field(default_factory=list)
    since_commit: int = 0
    filling: dict[bool, _Chunk] = field(default_factory=dict)  # by Job.small
    imported_at: str = field(default_factory=utc_now)

    def queue(self, job: Job) -> tuple[_Chunk, int]:
        """Add a job to the chunk of its kind (sent when full); return (chunk, position)."""
        chunk = self.filling.setdefault(job.small, _Chunk())
        chunk.jobs.append(job)
        chunk.weight += len(job.data or b"")
        if len(chunk.jobs) >= CHUNK or chunk.weight >= _CHUNK_BYTES:
            self.send(job.small)
        return chunk, len(chunk.jobs) - 1

    def send_stale(self) -> None:
        """Send chunks that have waited _CHUNK_WAIT seconds to fill (slow sources: the
        person sees progress, and a cancel is not held up behind a half-full chunk)."""
        now = time.monotonic()
        for kind, chunk in list(self.filling.items()):
            if now - chunk.started > _CHUNK_WAIT:
                self.send(kind)

    def is_ready(self, slot: _Slot) -> bool:
        """True if classifying ``slot`` now would not wait."""
        chunk = slot.chunk
        return chunk is None or chunk.outcomes is not None or (
            chunk.future is not None and chunk.future.done())

    def send(self, small: bool | None = None) -> None:
        """Submit the chunk(s) being filled: of one kind, or both."""
        for kind in [small] if small is not None else [True, False]:
            chunk = self.filling.pop(kind, None)
            if chunk is not None:
                chunk.future = self.verifier.submit(chunk.jobs)

    def outcome(self, slot: _Slot) -> VerifyOutcome:
        """The verifier's outcome for a waiting slot."""
        chunk = slot.chunk
        assert chunk is not None
        if chunk.outcomes is None:
            if chunk.future is None:
                self.send()
            assert chunk.future is not None
            chunk.outcomes = self.verifier.outcomes(chunk.future, chunk.jobs)
        return chunk.outcomes[slot.position]


def _load(batch: _Batch, item: ImportItem) -> _Slot:
    """Read an item here; queue it for verification unless it is a part, known or unreadable."""
    slot = _Slot(item.label)
    try:
        loaded = item.load()
        if isinstance(loaded, _PartText):
            slot.ready = loaded
            return slot
        sha = None if loaded.data is None else hashlib.sha256(loaded.data).hexdigest()
    except Exception as exc:  # every failure of an item becomes its result, never a crash
        slot.ready = _failure(item.label, exc)
        return slot
    if sha in batch.known:
        slot.ready = ImportResult(item.label, Outcome.DUPLICATE, sha256=sha)
        return slot
    slot.sealed = loaded
    slot.chunk, slot.position = batch.queue(Job(loaded.data, loaded.path, sha))
    return slot


def _keep(batch: _Batch, slot: _Slot, verified: Verified) -> ImportResult:
    """Store a verified report's original and index entry; return its result."""
    assert slot.sealed is not None
    store, entry = batch.store, verified.entry
    conflict = store.contains_id(entry.report_id)
    packed = None
    if slot.sealed.data is not None:
        packed = store.pack_original(slot.sealed.data)
    else:
        assert slot.sealed.path is not None
        store.staging.adopt(_stage_large(store.staging, slot.sealed.path, verified.sha256))
    store.add(replace(entry, packed=packed, imported_at=batch.imported_at), conflict=conflict)
    batch.known.add(verified.sha256)
    return ImportResult(slot.label, Outcome.ID_REUSED if conflict else Outcome.IMPORTED,
                        entry.report_id, verified.sha256, demo=entry.demo)


def _classify(batch: _Batch, slot: _Slot) -> None:
    if isinstance(slot.ready, _PartText):
        batch.part_texts.append((slot.label, slot.ready.text))
        return
    if slot.ready is not None:
        batch.results.append(slot.ready)
        return
    outcome = batch.outcome(slot)
    if not isinstance(outcome, Verified):
        batch.results.append(_failure(slot.label, outcome))
        return
    if outcome.sha256 in batch.known:  # the same file twice in this import
        batch.results.append(ImportResult(slot.label, Outcome.DUPLICATE, sha256=outcome.sha256))
        return
    try:
        batch.results.append(_keep(batch, slot, outcome))
    except Exception as exc:  # a full disk, a large file changed since it was verified
        batch.results.append(_failure(slot.label, exc))
        return
    batch.since_commit += 1
    if batch.since_commit >= batch.commit_every:
        batch.store.commit()
        batch.since_commit = 0


def _group_parts(part_texts: list[tuple[str, str]]) -> list[ImportItem]:
    """Part files found among the items, grouped by the set id on their first part."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for label, text in part_texts:
        match = _SET_ID.search(text)
        groups.setdefault(match[1] if match else label, []).append((label, text))
    return [item_from_parts([t for _, t in members], ", ".join(n for n, _ in members))
            for members in groups.values()]


def _run(batch: _Batch, items: Sequence[ImportItem], progress: Progress | None,
         should_cancel: CancelCheck | None) -> int:
    """Load items here, verify them in chunks, classify in input order; return how many ran."""
    pending: deque[_Slot] = deque()
    loaded = held = 0
    for item in items:
        if should_cancel is not None and should_cancel():
            break
        pending.append(_load(batch, item))
        held += pending[-1].weight
        loaded += 1
        batch.send_stale()
        while pending and (len(pending) > _IN_FLIGHT or held > _IN_FLIGHT_BYTES
                           or batch.is_ready(pending[0])):
            held -= pending[0].weight
            _classify(batch, pending.popleft())
            if progress is not None:
                progress(len(batch.results), len(items))
    batch.send()
    while pending:
        _classify(batch, pending.popleft())
        if progress is not None:
            progress(len(batch.results), len(items))
    return loaded


def import_items(store: ModeratorStore, items: Sequence[ImportItem], *,
                 progress: Progress | None = None, should_cancel: CancelCheck | None = None,
                 commit_every: int = COMMIT_EVERY) -> ImportSummary:
    """Import ``items`` into ``store``; part files among them are reassembled at the end.

    Item failures are results, never exceptions. Raises AppError (io.write_failed) when the
    store cannot be written; what was committed before stays, and the store forgets the rest.
    """
    try:
        with Verifier(store.keys, len(items)) as verifier:
            batch = _Batch(store, store.known_hashes(), verifier, commit_every)
            ran = _run(batch, items, progress, should_cancel)
            cancelled = ran < len(items)
            if batch.part_texts and not cancelled:
                parts = _group_parts(batch.part_texts)
                batch.part_texts = []
                _run(batch, parts, None, None)
        store.commit()
    except BaseException:
        store.reload()
        raise
    labels = [i.label for i in items[ran:]] + [label for label, _ in batch.part_texts]
    batch.results += [ImportResult(label, Outcome.CANCELLED) for label in labels]
    if progress is not None:
        progress(len(items), len(items))
    return ImportSummary(batch.results, cancelled)


def import_paths(store: ModeratorStore, paths: Iterable[Path], *, recursive: bool = False,
                 **options: object) -> ImportSummary:
    """Import files and folders (folders expanded, non-recursive unless ``recursive``).

    Raises what import_items raises, and AppError (input.unreadable) for an unlistable folder.
    """
    items: list[ImportItem] = []
    for path in paths:
        items += items_from_folder(path, recursive=recursive) if path.is_dir() \
            else [item_from_file(path)]
    return import_items(store, items, **options)  # type: ignore[arg-type]
