"""The moderator's store: sealed originals, one encrypted index, reports decrypted on demand.

Under ``AppPaths.data / "store"``:

* ``originals/pack-<n>.bin``: every imported file of up to 16 MiB exactly as received
  (ciphertext), appended back to back; the index holds each report's (pack, offset, length)
  and each pack's committed length. One pack file and one fsync per commit instead of one file
  and one fsync per report: on this machine a new file costs about 0.7 ms, which alone was
  7 s for 10,000 reports (bench/inbox_bench.py). Bytes past a pack's committed length belong
  to an import that never committed (crash, cancel, full disk) and are cut off on open.
* ``originals/<sha256>.bin``: a larger original (streamed, never held in memory), named by the
  SHA-256 of its bytes; written to a temp file, fsynced, then renamed (atomic).
* ``index.bin``: ``"SNIX" | version 0x01 | nonce (24) | XChaCha20-Poly1305(index key, JSON,
  ad = the 29 bytes before)``. The JSON holds, per report, what the inbox lists and the triage
  state (status, tags, private notes) and the head of the triage log (app.triage_log).
* ``triage-log.bin``: the tamper-evident triage log (app.triage_log).

Nothing decrypted is ever written here: a report's fields are decrypted from its original in
memory when it is read, and an attachment only when the person saves it somewhere. The store key
is 32 random bytes kept in the moderator key file (``ModeratorSecrets.extra``); the index and log
keys are derived from it with HKDF.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import functools
import hashlib
import io
import itertools
import json
import os
import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO

from app.errors import AppError
from app.fs import (
    TEMP_SUFFIX,
    AppendOnlyFile,
    AtomicFile,
    atomic_write,
    atomic_writer,
    create_private_file,
    fsync_dir,
    private_dir,
    remove_stale_temp_files,
)
from app.paths import AppPaths
from crypto import primitives
from crypto.errors import Cancelled, OpenError
from crypto.inner import AttachmentEntry, Manifest
from crypto.keyfile import ModeratorSecrets
from crypto.keys import SecretKey
from crypto.sealed_report import open_report

STORE_KEY_NAME = "store_key_v1"
INDEX_MAGIC = b"SNIX"
INDEX_VERSION = 1
GENESIS_HASH = "0" * 64
UNTRUSTED_FILE_WARNING = (
    "This file came inside a report that anyone holding the team card could have sealed. "
    "Do not open it on a computer that holds the team's keys; open it on a separate, offline "
    "machine or a disposable virtual machine, and never run it or enable macros in it.")
_INFO = {"index": b"sealnote v1 store index", "log": b"sealnote v1 triage log",
         "value": b"sealnote v1 triage value"}
_FSYNC_THREADS = 8
_FSYNC_GROUP = 128
PACK_LIMIT = 256 * 1024 * 1024
_PACK_NAME = re.compile(r"pack-[0-9]{6}\.bin")
_TEXT_LIMITS = {"title": 200, "category": 64, "urgency": 64}


def ensure_store_key(secrets: ModeratorSecrets) -> tuple[ModeratorSecrets, bool]:
    """Secrets that carry a store key, and whether one was added (then re-save the key file!)."""
    if STORE_KEY_NAME in secrets.extra:
        store_key_of(secrets)
        return secrets, False
    key = base64.b64encode(primitives.random_bytes(primitives.KEY_BYTES)).decode("ascii")
    return replace(secrets, extra={**secrets.extra, STORE_KEY_NAME: key}), True


def store_key_of(secrets: ModeratorSecrets) -> bytes:
    """The 32-byte store key; raises AppError (store.no_key) if absent or damaged."""
    try:
        key = base64.b64decode(secrets.extra[STORE_KEY_NAME], validate=True)
    except (KeyError, binascii.Error, ValueError) as exc:
        raise AppError("store.no_key") from exc
    if len(key) != primitives.KEY_BYTES:
        raise AppError("store.no_key")
    return key


def subkey(store_key: bytes, purpose: str) -> bytes:
    """The key for one purpose: ``index``, ``log`` or ``value`` (keyed hashes in the log)."""
    return primitives.hkdf_sha256(store_key, _INFO[purpose])


def utc_now() -> str:
    """The current time, UTC, to the second, ISO 8601 with a Z."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, repr=False)
class AttachmentInfo:
    """What the index says about one attachment (the name is untrusted, shown as text only)."""

    name: str
    size: int
    media_type: str
    metadata: str

    def __repr__(self) -> str:
        return f"AttachmentInfo(<name>, size={self.size}, type={self.media_type!r})"


@dataclass(frozen=True, repr=False)
class Note:
    """One private note of the team."""

    time: str
    text: str

    def __repr__(self) -> str:
        return f"Note(time={self.time!r}, <text>)"


@dataclass(frozen=True)
class PackedAt:
    """Where an original lives inside a pack file."""

    pack: str
    offset: int
    length: int

    @classmethod
    def from_json(cls, doc: Any) -> PackedAt | None:
        """``[pack, offset, length]`` or None; raises ValueError on a malformed location."""
        if doc is None:
            return None
        pack, offset, length = str(doc[0]), int(doc[1]), int(doc[2])
        if not _PACK_NAME.fullmatch(pack) or offset < 0 or length <= 0:
            raise ValueError("bad pack location")
        return cls(pack, offset, length)


@dataclass(frozen=True, repr=False)
class IndexEntry:
    """One report as the inbox lists it, with its triage state."""

    report_id: str
    sha256: str
    imported_at: str
    sealed_on: str
    demo: bool
    kind: str
    title: str
    category: str
    urgency: str
    reply_key_present: bool
    attachments: tuple[AttachmentInfo, ...] = ()
    status: str = "new"
    tags: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()
    packed: PackedAt | None = None

    def to_json(self) -> dict[str, Any]:
        """The index object of this entry."""
        located = {} if self.packed is None else {
            "at": [self.packed.pack, self.packed.offset, self.packed.length]}
        return {**located, "id": self.report_id, "sha256": self.sha256,
                "imported_at": self.imported_at,
                "sealed_on": self.sealed_on, "demo": self.demo, "kind": self.kind,
                "title": self.title, "category": self.category, "urgency": self.urgency,
                "reply_key": self.reply_key_present, "status": self.status,
                "tags": list(self.tags),
                "attachments": [[a.name, a.size, a.media_type, a.metadata]
                                for a in self.attachments],
                "notes": [[n.time, n.text] for n in self.notes]}

    @functools.cached_property
    def json_text(self) -> str:
        """``to_json`` as compact JSON text, made once per entry (entries never change: triage
        makes a new one), so saving an index of 10,000 reports does not re-encode them all."""
        return json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> IndexEntry:
        """Rebuild an entry; raises KeyError, TypeError or ValueError on a malformed object."""
        return cls(str(doc["id"]), str(doc["sha256"]), str(doc["imported_at"]),
                   str(doc["sealed_on"]), bool(doc["demo"]), str(doc["kind"]),
                   str(doc["title"]), str(doc["category"]), str(doc["urgency"]),
                   bool(doc["reply_key"]),
                   tuple(AttachmentInfo(str(a[0]), int(a[1]), str(a[2]), str(a[3]))
                         for a in doc["attachments"]),
                   str(doc["status"]), tuple(str(t) for t in doc["tags"]),
                   tuple(Note(str(n[0]), str(n[1])) for n in doc["notes"]),
                   PackedAt.from_json(doc.get("at")))

    def __repr__(self) -> str:
        return f"IndexEntry(id={self.report_id[:8]}…, status={self.status!r}, <fields>)"


def entry_from_manifest(report_id: str, sha256: str, manifest: Manifest,
                        imported_at: str) -> IndexEntry:
    """The index entry of a verified report (text fields cut to the index limits)."""
    title, category, urgency = (manifest.fields.get(key, "")[:limit]
                                for key, limit in _TEXT_LIMITS.items())
    return IndexEntry(report_id, sha256, imported_at, manifest.sealed_on, manifest.demo,
                      manifest.kind, title, category, urgency, manifest.reply_key is not None,
                      tuple(AttachmentInfo(a.name[:255], a.size, a.media_type, a.metadata)
                            for a in manifest.attachments))


@dataclass(frozen=True, repr=False)
class ReportView:
    """A report decrypted in memory: its index entry and the verified manifest."""

    entry: IndexEntry
    manifest: Manifest

    @property
    def report_id(self) -> str:
        """The report id (32 hex digits)."""
        return self.entry.report_id

    @property
    def fields(self) -> dict[str, str]:
        """Every field as sealed (untrusted text: show it, never interpret it)."""
        return dict(self.manifest.fields)

    @property
    def demo(self) -> bool:
        """True for a report sealed to the public demo team."""
        return self.manifest.demo

    @property
    def reply_key(self) -> str | None:
        """The editor's one-time reply key string, when they asked for a reply."""
        return self.manifest.reply_key

    def __repr__(self) -> str:
        return f"ReportView(id={self.report_id[:8]}…, <fields>)"


@dataclass(frozen=True)
class SavedAttachment:
    """Where an attachment was saved, and the warning the UI shows next to it."""

    path: Path
    size: int
    warning: str = UNTRUSTED_FILE_WARNING


def encrypt_blob(key: bytes, magic: bytes, plaintext: bytes) -> bytes:
    """``magic | version | nonce | AEAD`` with the header as associated data."""
    nonce = primitives.random_bytes(primitives.AEAD_NONCE_BYTES)
    header = magic + bytes([INDEX_VERSION]) + nonce
    return header + primitives.aead_encrypt(key, nonce, plaintext, header)


def decrypt_blob(key: bytes, magic: bytes, data: bytes) -> bytes:
    """Inverse of encrypt_blob; raises AppError (store.index_unreadable)."""
    size = len(magic) + 1 + primitives.AEAD_NONCE_BYTES
    if len(data) < size + 16 or data[:len(magic)] != magic or data[len(magic)] != INDEX_VERSION:
        raise AppError("store.index_unreadable")
    try:
        return primitives.aead_decrypt(key, data[len(magic) + 1:size], data[size:], data[:size])
    except primitives.PrimitiveFailure as exc:
        raise AppError("store.index_unreadable") from exc


class _Discard:
    """Attachment sink for reading a report's fields: the bytes are dropped as they come."""

    def write(self, data: memoryview, /) -> int:
        return len(data)


def discard_attachments(_index: int, _entry: AttachmentEntry) -> _Discard:
    """Sinks for open_report that verify every attachment and keep none of it."""
    return _Discard()


class _WriteAll:
    """Attachment sink that counts what it wrote (both writers below write everything)."""

    def __init__(self, handle: AtomicFile | BinaryIO) -> None:
        self._handle = handle
        self.size = 0

    def write(self, data: memoryview, /) -> int:
        self._handle.write(data)
        self.size += len(data)
        return len(data)


@dataclass
class StagedOriginal:
    """An original being written under a temp name; ``OriginalsFolder.adopt`` makes it final."""

    sha256: str
    temp: Path
    final: Path
    handle: BinaryIO | None


def _settle(staged: StagedOriginal) -> None:
    """fsync, close, rename into place (runs in the fsync pool)."""
    if staged.handle is not None:
        os.fsync(staged.handle.fileno())
        staged.handle.close()
        staged.handle = None
    os.replace(staged.temp, staged.final)


class OriginalsFolder:
    """``originals/``: files written under temp names, fsynced in parallel groups, renamed.

    ``open_staging``/``write_staging`` may run in any thread; ``adopt``, ``commit`` and
    ``discard`` in the owner's thread only. One fsync per file, eight at a time (ext4 merges
    concurrent fsyncs into one journal commit: measured ~6x faster than one by one here).
    """

    def __init__(self, folder: Path) -> None:
        self.folder = private_dir(folder)
        remove_stale_temp_files(self.folder)
        self._prefix = primitives.random_bytes(6).hex()
        self._counter = itertools.count()
        self._unsettled: list[StagedOriginal] = []
        self._settled: list[Path] = []
        self.hashes: set[str] = set()
        self._pool: ThreadPoolExecutor | None = None

    def open_staging(self, sha256: str) -> StagedOriginal:
        """A new temp file for ``sha256``; raises AppError (io.write_failed)."""
        temp = self.folder / f".{self._prefix}{next(self._counter):x}{TEMP_SUFFIX}"
        try:
            return StagedOriginal(sha256, temp, self.folder / f"{sha256}.bin",
                                  create_private_file(temp))
        except OSError as exc:
            raise AppError("io.write_failed") from exc

    def write_staging(self, sha256: str, data: bytes) -> StagedOriginal:
        """open_staging and write ``data``; raises AppError (io.write_failed)."""
        staged = self.open_staging(sha256)
        try:
            assert staged.handle is not None
            _WriteAll(staged.handle).write(memoryview(data))
            staged.handle.flush()
        except OSError as exc:
            self.abandon(staged)
            raise AppError("io.write_failed") from exc
        return staged

    @staticmethod
    def abandon(staged: StagedOriginal) -> None:
        """Close and remove a staged file that will not be kept."""
        if staged.handle is not None:
            staged.handle.close()
        staged.temp.unlink(missing_ok=True)

    def adopt(self, staged: StagedOriginal) -> None:
        """Keep ``staged``; it becomes final by the next group settle or ``commit``."""
        self._unsettled.append(staged)
        self.hashes.add(staged.sha256)
        if len(self._unsettled) >= _FSYNC_GROUP:
            self._settle_group()

    def _settle_group(self) -> None:
        group, self._unsettled = self._unsettled, []
        if not group:
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(_FSYNC_THREADS, thread_name_prefix="fsync")
        try:
            list(self._pool.map(_settle, group))
        except OSError as exc:
            self._unsettled = group
            raise AppError("io.write_failed") from exc
        self._settled += [s.final for s in group]

    def commit(self) -> None:
        """Every adopted file final and durable (folder fsynced); raises AppError."""
        self._settle_group()
        if self._settled:
            fsync_dir(self.folder)
        self._settled, self.hashes = [], set()

    def discard(self) -> None:
        """Remove everything adopted since the last commit."""
        for staged in self._unsettled:
            self.abandon(staged)
        for final in self._settled:
            final.unlink(missing_ok=True)
        self._unsettled, self._settled, self.hashes = [], [], set()

    def close(self) -> None:
        """discard() and stop the fsync threads."""
        self.discard()
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


class OriginalsPack:
    """The pack files of ``originals/``: small originals appended back to back.

    ``committed`` maps each pack's name to the length the saved index vouches for. ``append``
    adds bytes after it, ``sync`` makes them durable and returns the lengths to save with the
    index, ``mark_committed`` adopts them once the index is saved, and ``discard`` cuts every
    pack back to its committed length. Owner thread only.
    """

    def __init__(self, folder: Path, committed: dict[str, int]) -> None:
        self.folder = folder
        self.committed = dict(committed)
        self._open: dict[str, AppendOnlyFile] = {}
        for name, length in self.committed.items():
            if (folder / name).exists():
                self._file(name).cut_to(length)
        self._current = self._last_whole_pack()

    def _last_whole_pack(self) -> str | None:
        """The newest committed pack, if it is intact; None starts a new one (a missing or
        short pack is never appended to: its committed offsets would be reused)."""
        name = max(self.committed, default=None)
        if name is None or name not in self._open or self._open[name].size != self.committed[name]:
            return None
        return name

    def _file(self, name: str) -> AppendOnlyFile:
        if name not in self._open:
            self._open[name] = AppendOnlyFile(self.folder / name)
        return self._open[name]

    def _pack_for(self, size: int) -> str:
        if self._current is None or self._file(self._current).size + size > PACK_LIMIT:
            number = 1 + max((int(n[5:11]) for n in [*self.committed, *self._open]), default=0)
            self._current = f"pack-{number:06d}.bin"
            self._file(self._current).cut_to(0)  # a pack no index knew of: left by a crash
        return self._current

    def append(self, data: bytes) -> PackedAt:
        """Add ``data`` to the current pack (a new one past PACK_LIMIT); raises OSError."""
        name = self._pack_for(len(data))
        return PackedAt(name, self._file(name).append(data), len(data))

    def sync(self) -> dict[str, int]:
        """fsync every pack that grew; return the lengths to record (raises OSError)."""
        lengths = dict(self.committed)
        for name, handle in self._open.items():
            if handle.size != self.committed.get(name):
                handle.sync()
                lengths[name] = handle.size
        return lengths

    def mark_committed(self, lengths: dict[str, int]) -> None:
        """The index holding ``lengths`` is saved."""
        self.committed = dict(lengths)

    def discard(self) -> None:
        """Cut every pack back to its committed length (best effort: a failure is retried on
        the next open, which cuts again)."""
        for name, handle in self._open.items():
            with contextlib.suppress(OSError):
                handle.cut_to(self.committed.get(name, 0))
        self._current = self._last_whole_pack()

    def read(self, at: PackedAt) -> bytes:
        """The bytes of one original; raises OSError (missing or short pack)."""
        if (self.committed.get(at.pack, 0) < at.offset + at.length
                or (at.pack not in self._open and not (self.folder / at.pack).is_file())):
            raise FileNotFoundError(at.pack)
        data = self._file(at.pack).read_at(at.offset, at.length)
        if len(data) != at.length:
            raise FileNotFoundError(at.pack)
        return data

    def close(self) -> None:
        """discard(), then close the files."""
        self.discard()
        for handle in self._open.values():
            handle.close()
        self._open = {}


@dataclass
class _IndexState:
    reports: dict[str, IndexEntry] = field(default_factory=dict)
    conflicts: list[IndexEntry] = field(default_factory=list)
    log_head: tuple[int, str] = (0, GENESIS_HASH)
    packs: dict[str, int] = field(default_factory=dict)


class ModeratorStore:
    """The store of one moderator. Use from one thread; close() (or ``with``) when done."""

    def __init__(self, root: Path, keys: Sequence[SecretKey], store_key: bytes) -> None:
        self.root = private_dir(root)
        remove_stale_temp_files(self.root)
        self.staging = OriginalsFolder(root / "originals")
        self.originals = self.staging.folder
        self.keys = tuple(keys)
        self.store_key = store_key
        self._state = _IndexState()
        self._dirty = False
        self.packs = OriginalsPack(self.originals, {})

    @classmethod
    def open(cls, paths: AppPaths, secrets: ModeratorSecrets) -> ModeratorStore:
        """Open (or create) the store; raises AppError (store.no_key, store.index_unreadable)."""
        private_dir(paths.data)
        store = cls(paths.data / "store", secrets.encryption_keys, store_key_of(secrets))
        store._load()
        try:
            store.packs = OriginalsPack(store.originals, store._state.packs)
        except OSError as exc:
            store.close()
            raise AppError("io.write_failed") from exc
        return store

    @property
    def index_path(self) -> Path:
        """The encrypted index file."""
        return self.root / "index.bin"

    @property
    def log_path(self) -> Path:
        """The encrypted triage log file."""
        return self.root / "triage-log.bin"

    def _load(self) -> None:
        if not self.index_path.exists():
            return
        plain = decrypt_blob(subkey(self.store_key, "index"), INDEX_MAGIC,
                             self.index_path.read_bytes())
        try:
            doc = json.loads(plain.decode("utf-8"))
            reports = [IndexEntry.from_json(d) for d in doc["reports"]]
            packs = {str(name): int(size) for name, size in doc.get("packs", {}).items()}
            if not all(_PACK_NAME.fullmatch(name) and size >= 0 for name, size in packs.items()):
                raise ValueError("bad pack table")
            self._state = _IndexState({e.report_id: e for e in reports},
                                      [IndexEntry.from_json(d) for d in doc["conflicts"]],
                                      (int(doc["log_head"][0]), str(doc["log_head"][1])), packs)
        except (UnicodeDecodeError, ValueError, KeyError, TypeError, IndexError) as exc:
            raise AppError("store.index_unreadable") from exc

    def reload(self) -> None:
        """Forget uncommitted changes: staged files, pack tails and index entries."""
        self.staging.discard()
        self.packs.discard()
        self._state = _IndexState()
        self._dirty = False
        self._load()

    def entries(self) -> list[IndexEntry]:
        """Every report of the inbox (id-reused duplicates are in ``conflicts``)."""
        return list(self._state.reports.values())

    def conflicts(self) -> list[IndexEntry]:
        """Different files that reuse the id of a report already in the store."""
        return list(self._state.conflicts)

    def get(self, report_id: str) -> IndexEntry:
        """The entry of ``report_id``; raises AppError (store.unknown_report)."""
        try:
            return self._state.reports[report_id]
        except KeyError:
            raise AppError("store.unknown_report") from None

    def contains_id(self, report_id: str) -> bool:
        """True if a report with this id is in the inbox."""
        return report_id in self._state.reports

    def known_hashes(self) -> set[str]:
        """SHA-256 of every original in the store (and staged for the next commit)."""
        return ({e.sha256 for e in self._state.reports.values()}
                | {e.sha256 for e in self._state.conflicts} | self.staging.hashes)

    def log_head(self) -> tuple[int, str]:
        """(seq, hash) of the last triage log entry the index knows about."""
        return self._state.log_head

    def pack_original(self, data: bytes) -> PackedAt:
        """Append a verified original (up to 16 MiB) to the pack; raises AppError
        (io.write_failed). Durable, with the entry that points at it, by ``commit``."""
        try:
            return self.packs.append(data)
        except OSError as exc:
            raise AppError("io.write_failed") from exc

    def add(self, entry: IndexEntry, *, conflict: bool = False) -> None:
        """Add a verified report (its original staged or packed). Saved by ``commit``."""
        self._dirty = True
        if conflict:
            self._state.conflicts.append(entry)
        elif entry.report_id in self._state.reports:
            raise AppError("store.duplicate_id")
        else:
            self._state.reports[entry.report_id] = entry

    def replace(self, entry: IndexEntry, log_head: tuple[int, str]) -> None:
        """Replace an inbox entry (triage) and move the log head; saved by ``commit``."""
        self.get(entry.report_id)
        self._state.reports[entry.report_id] = entry
        self._state.log_head = log_head
        self._dirty = True

    def commit(self) -> None:
        """Make staged originals durable, then save the index atomically.

        Raises AppError (io.write_failed).
        """
        self.staging.commit()
        try:
            packs = self.packs.sync()
        except OSError as exc:
            raise AppError("io.write_failed") from exc
        if not self._dirty and packs == self.packs.committed and self.index_path.exists():
            return
        reports = ",".join(e.json_text for e in self._state.reports.values())
        conflicts = ",".join(e.json_text for e in self._state.conflicts)
        rest = json.dumps({"log_head": list(self._state.log_head), "packs": packs},
                          separators=(",", ":"))
        plain = (f'{{"v":1,"reports":[{reports}],"conflicts":[{conflicts}],{rest[1:]}'
                 .encode())
        try:
            atomic_write(self.index_path, encrypt_blob(subkey(self.store_key, "index"),
                                                       INDEX_MAGIC, plain))
        except OSError as exc:
            raise AppError("io.write_failed") from exc
        self.packs.mark_committed(packs)
        self._dirty = False

    def close(self) -> None:
        """Drop uncommitted staged files and pack tails; stop the fsync threads."""
        self.staging.close()
        self.packs.close()

    def __enter__(self) -> ModeratorStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _entry_for(self, report_id: str, sha256: str | None) -> IndexEntry:
        if sha256 is None:
            return self.get(report_id)
        for entry in [*self._state.reports.values(), *self._state.conflicts]:
            if entry.report_id == report_id and entry.sha256 == sha256:
                return entry
        raise AppError("store.unknown_report")

    def original_location(self, entry: IndexEntry) -> tuple[Path, int, int]:
        """(file, offset, length) of an entry's sealed original on disk."""
        if entry.packed is not None:
            return self.originals / entry.packed.pack, entry.packed.offset, entry.packed.length
        path = self.originals / f"{entry.sha256}.bin"
        return path, 0, path.stat().st_size if path.exists() else 0

    def original_bytes(self, entry: IndexEntry) -> bytes:
        """The sealed original of an entry, checked against its SHA-256 (read whole: for
        packed originals, which are at most 16 MiB, and for checks).

        Raises AppError (store.original_missing, store.original_unreadable).
        """
        try:
            if entry.packed is not None:
                data = self.packs.read(entry.packed)
            else:
                with open(self.originals / f"{entry.sha256}.bin", "rb") as handle:
                    data = handle.read()
        except OSError as exc:
            raise AppError("store.original_missing") from exc
        if hashlib.sha256(data).hexdigest() != entry.sha256:
            raise AppError("store.original_unreadable")
        return data

    def _open_original(self, entry: IndexEntry, sinks: Any) -> Manifest:
        try:
            if entry.packed is not None:
                data = self.original_bytes(entry)
                return open_report(io.BytesIO(data), self.keys, sinks).manifest
            with open(self.originals / f"{entry.sha256}.bin", "rb", buffering=0) as handle:
                return open_report(handle, self.keys, sinks).manifest
        except OpenError as exc:
            raise AppError("store.original_unreadable") from exc
        except OSError as exc:
            raise AppError("store.original_missing") from exc

    def read_report(self, report_id: str, *, sha256: str | None = None) -> ReportView:
        """Decrypt a report's original in memory (attachments are counted, not kept).

        ``sha256`` selects one of the id-reused files in ``conflicts``. Raises AppError
        (store.unknown_report, store.original_missing, store.original_unreadable).
        """
        entry = self._entry_for(report_id, sha256)
        return ReportView(entry, self._open_original(entry, discard_attachments))

    def save_attachment_as(self, report_id: str, index: int, destination: Path, *,
                           overwrite: bool = False, sha256: str | None = None) -> SavedAttachment:
        """Stream attachment ``index`` into ``destination`` once the whole report verified.

        The bytes go to a temp file beside ``destination`` that becomes it only after the last
        chunk authenticated; the UI shows ``UNTRUSTED_FILE_WARNING``. Raises AppError
        (store.no_such_attachment, output.exists, io.write_failed, store.*) or Cancelled.
        """
        entry = self._entry_for(report_id, sha256)
        if not 0 <= index < len(entry.attachments):
            raise AppError("store.no_such_attachment")
        if destination.exists() and not overwrite:
            raise AppError("output.exists")
        try:
            with atomic_writer(destination) as handle:
                sink = _WriteAll(handle)

                def sinks(i: int, _entry: AttachmentEntry) -> _WriteAll | _Discard:
                    return sink if i == index else _Discard()

                self._open_original(entry, sinks)
        except (AppError, Cancelled):
            raise
        except OSError as exc:
            raise AppError("io.write_failed") from exc
        return SavedAttachment(destination, sink.size)
