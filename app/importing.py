"""Import sealed reports into the moderator's store from files, folders, pasted text and parts.

Each item ends as one of: ``imported``; ``duplicate`` (the same file, by SHA-256, is already in
the store: "already imported"); ``id_reused`` (a *different* file carrying the id of a report
already in the store: kept apart in ``ModeratorStore.conflicts`` and shown to the moderator);
``failed`` (one public code per cause, ``open.failed`` for every reason a report does not open;
the typed error stays on the result for tests and the debug view); ``cancelled``.

A report enters the index only after ``open_report`` verified all of it (last FINAL chunk,
padding, sizes). A pool of two threads reads, hashes and verifies items and writes each verified
original (ciphertext) to a staged temp file; this thread classifies the results in input order,
adopts or drops the staged files and saves the index once per ``commit_every`` reports and at
the end (originals first, fsynced, then the index). Measured (bench/inbox_bench.py): the two
threads barely beat one, because the Python half of opening a report holds the GIL.
"""

from __future__ import annotations

import enum
import hashlib
import io
import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import AppError, public_code
from app.fs import TEMP_SUFFIX
from app.moderator_store import (
    ModeratorStore,
    OriginalsFolder,
    StagedOriginal,
    entry_from_manifest,
    utc_now,
)
from crypto.armor import dearmor, join_parts, looks_like_parts
from crypto.errors import MissingParts
from crypto.inner import AttachmentEntry, Manifest
from crypto.keys import SecretKey
from crypto.sealed_report import open_report

IN_MEMORY_LIMIT = 16 * 1024 * 1024
MAX_TEXT_BYTES = 64 * 1024 * 1024
COMMIT_EVERY = 2000
WORKERS = 2
_IN_FLIGHT = 64
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
class _Verified:
    sha256: str
    report_id: str = ""
    manifest: Manifest | None = None
    sealed: _Sealed | None = None
    duplicate: bool = False
    staged: StagedOriginal | None = None


@dataclass(frozen=True)
class ImportItem:
    """One thing to import: a label for the person and a loader run in a worker thread."""

    label: str
    load: Callable[[], _Sealed | _PartText]


def _count_sink(_index: int, _entry: AttachmentEntry) -> _Discard:
    return _Discard()


class _Discard:
    def write(self, data: memoryview, /) -> int:
        return len(data)


def _load_file(path: Path) -> _Sealed | _PartText:
    """Read a file: binary sealed (small in memory, large by path), armored text or a part."""
    try:
        size = path.stat().st_size
        if size > IN_MEMORY_LIMIT:
            with open(path, "rb") as handle:
                if handle.read(1) == b"\x01":
                    return _Sealed(None, path)
            if size > MAX_TEXT_BYTES:
                raise AppError("input.too_large")
        data = path.read_bytes()
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


def _is_candidate(path: Path) -> bool:
    return (path.is_file() and not path.is_symlink() and not path.name.startswith(".")
            and not path.name.endswith(TEMP_SUFFIX))


def _walk(folder: Path) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(root) / name for name in files]
    return found


def items_from_folder(folder: Path, *, recursive: bool = False) -> list[ImportItem]:
    """Every regular, non-hidden file of ``folder`` (and below it if ``recursive``), by path.

    Raises AppError (input.unreadable) when the folder cannot be listed.
    """
    try:
        candidates = _walk(folder) if recursive else list(folder.iterdir())
        paths = sorted(p for p in candidates if _is_candidate(p))
    except OSError as exc:
        raise AppError("input.unreadable") from exc
    return [item_from_file(p, str(p.relative_to(folder))) for p in paths]


def _failure(label: str, error: BaseException) -> ImportResult:
    missing = tuple(error.missing) if isinstance(error, MissingParts) else ()
    return ImportResult(label, Outcome.FAILED, code=public_code(error), error=error,
                        missing_parts=missing)


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb", buffering=0) as handle:
        while chunk := handle.read(_COPY_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def _prepare(item: ImportItem, keys: Sequence[SecretKey], known: set[str],
             staging: OriginalsFolder) -> _Verified | _PartText:
    """Worker: load, hash, and (unless already known) verify the whole report.

    A verified report held in memory is also written to a staged file here, so the file system
    work runs in the two workers rather than in the classifying thread.
    """
    loaded = item.load()
    if isinstance(loaded, _PartText):
        return loaded
    if loaded.data is None:
        assert loaded.path is not None
        sha = _hash_file(loaded.path)
        if sha in known:
            return _Verified(sha, duplicate=True)
        with open(loaded.path, "rb", buffering=0) as handle:
            content = open_report(handle, keys, _count_sink)
        return _Verified(sha, content.report_id.hex(), content.manifest, loaded)
    sha = hashlib.sha256(loaded.data).hexdigest()
    if sha in known:
        return _Verified(sha, duplicate=True)
    content = open_report(io.BytesIO(loaded.data), keys, _count_sink)
    return _Verified(sha, content.report_id.hex(), content.manifest, loaded,
                     staged=staging.write_staging(sha, loaded.data))


def _stage_large(staging: OriginalsFolder, verified: _Verified) -> StagedOriginal:
    """Copy a verified large file into staging; it must still have the verified hash.

    Raises AppError (input.changed, io.write_failed) or OSError.
    """
    assert verified.sealed is not None and verified.sealed.path is not None
    staged = staging.open_staging(verified.sha256)
    digest = hashlib.sha256()
    try:
        assert staged.handle is not None
        with open(verified.sealed.path, "rb", buffering=0) as source:
            while chunk := source.read(_COPY_BYTES):
                digest.update(chunk)
                staged.handle.write(chunk)
        staged.handle.flush()
        if digest.hexdigest() != verified.sha256:
            raise AppError("input.changed")
    except BaseException:
        staging.abandon(staged)
        raise
    return staged


@dataclass
class _Batch:
    store: ModeratorStore
    known: set[str]
    results: list[ImportResult] = field(default_factory=list)
    part_texts: list[tuple[str, str]] = field(default_factory=list)
    since_commit: int = 0


def _classify(batch: _Batch, label: str, future: Future[_Verified | _PartText],
              commit_every: int) -> None:
    try:
        prepared = future.result()
        if isinstance(prepared, _PartText):
            batch.part_texts.append((label, prepared.text))
            return
        if prepared.duplicate or prepared.sha256 in batch.known:
            if prepared.staged is not None:
                batch.store.staging.abandon(prepared.staged)
            batch.results.append(ImportResult(label, Outcome.DUPLICATE,
                                              sha256=prepared.sha256))
            return
        assert prepared.manifest is not None
        conflict = batch.store.contains_id(prepared.report_id)
        staged = prepared.staged or _stage_large(batch.store.staging, prepared)
    except Exception as exc:  # every failure of an item becomes its result, never a crash
        batch.results.append(_failure(label, exc))
        return
    batch.store.staging.adopt(staged)
    batch.known.add(prepared.sha256)
    batch.store.add(entry_from_manifest(prepared.report_id, prepared.sha256, prepared.manifest,
                                        utc_now()), conflict=conflict)
    batch.results.append(ImportResult(label, Outcome.ID_REUSED if conflict else Outcome.IMPORTED,
                                      prepared.report_id, prepared.sha256,
                                      demo=prepared.manifest.demo))
    batch.since_commit += 1
    if batch.since_commit >= commit_every:
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


def _run(batch: _Batch, items: Sequence[ImportItem], pool: ThreadPoolExecutor,
         progress: Progress | None, should_cancel: CancelCheck | None,
         commit_every: int) -> int:
    """Submit items (at most _IN_FLIGHT at once), classify in order; return how many ran."""
    keys = batch.store.keys
    pending: deque[tuple[str, Future[_Verified | _PartText]]] = deque()
    submitted = 0
    for item in items:
        if should_cancel is not None and should_cancel():
            break
        if len(pending) >= _IN_FLIGHT:
            _classify(batch, *pending.popleft(), commit_every)
            if progress is not None:
                progress(len(batch.results), len(items))
        pending.append((item.label, pool.submit(_prepare, item, keys, batch.known,
                                                batch.store.staging)))
        submitted += 1
    while pending:
        _classify(batch, *pending.popleft(), commit_every)
        if progress is not None:
            progress(len(batch.results), len(items))
    return submitted


def import_items(store: ModeratorStore, items: Sequence[ImportItem], *,
                 progress: Progress | None = None, should_cancel: CancelCheck | None = None,
                 commit_every: int = COMMIT_EVERY) -> ImportSummary:
    """Import ``items`` into ``store``; part files among them are reassembled at the end.

    Item failures are results, never exceptions. Raises AppError (io.write_failed) when the
    store cannot be written; what was committed before stays.
    """
    batch = _Batch(store, store.known_hashes())
    try:
        with ThreadPoolExecutor(WORKERS, thread_name_prefix="import") as pool:
            ran = _run(batch, items, pool, progress, should_cancel, commit_every)
            cancelled = ran < len(items)
            if batch.part_texts and not cancelled:
                parts = _group_parts(batch.part_texts)
                batch.part_texts = []
                _run(batch, parts, pool, None, None, commit_every)
        store.commit()
    except BaseException:
        store.staging.discard()
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
