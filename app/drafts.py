"""Encrypted drafts: crash-safe saves, attachments stored only as ciphertext.

On disk, under ``<data>/drafts``::

    <id>.key        a random per-draft key, wrapped by the vault key (crypto.vault_format blob)
    <id>/doc        the draft (form, attachment list, own username) as JSON, zero-space padded to
                    a multiple of 4 KiB, in a blob under the per-draft key
    <id>/<blob id>  one attachment, a streamed file under the per-draft key

Ids are 32 random hex digits: no titles, no dates, no counts in any name (the number of
attachment files and the ciphertext sizes do show). Every write is atomic (app.fs.atomic_writer).
Deleting a draft destroys its key file first, so whatever of the content survives (an interrupted
delete, an SSD's spare blocks) is undecryptable. In RAM-only mode nothing is written: the store
keeps wrapped drafts in memory and attachments as references to the person's own files.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import re
import secrets
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.attachments import PreparedAttachment
from app.errors import AppError
from app.fs import (
    TEMP_SUFFIX,
    atomic_write,
    atomic_writer,
    fsync_dir,
    private_dir,
    remove_stale_temp_files,
    remove_tree,
)
from app.image_metadata import MetadataVerdict, removed_code
from app.paths import AppPaths
from app.report import ConcernForm
from app.vault import Vault, drafts_folder
from crypto import primitives
from crypto import vault_format as vf
from crypto.errors import Cancelled
from crypto.stream import CancelCheck, ProgressCallback, Readable

_ID = re.compile(r"^[0-9a-f]{32}$")
_DOC = "doc"
_PAD = 4096


@dataclass(frozen=True, repr=False)
class DraftAttachment:
    """One attachment kept in a draft (its bytes are an encrypted file in the store)."""

    blob_id: str
    name: str
    size: int
    media_type: str
    verdict: str
    removed: tuple[str, ...] = ()
    keep_original: bool = False

    def __repr__(self) -> str:
        return f"DraftAttachment(<name>, size={self.size}, verdict={self.verdict})"


@dataclass(repr=False)
class Draft:
    """A decrypted draft."""

    draft_id: str
    form: ConcernForm
    attachments: list[DraftAttachment] = field(default_factory=list)
    own_username: str = ""

    def __repr__(self) -> str:
        return f"Draft({self.draft_id[:6]}…, <form>, attachments={len(self.attachments)})"


@dataclass(frozen=True)
class DraftInfo:
    """What can be listed without decrypting: the id and when it was last saved."""

    draft_id: str
    modified: dt.datetime


@dataclass(frozen=True, repr=False)
class StoredAttachment(PreparedAttachment):
    """A draft attachment ready to seal: ``open()`` decrypts the stored copy on the fly."""

    opener: Callable[[], Readable] | None = None

    def open(self) -> Readable:
        """A fresh reader of the stored bytes. Raises AppError attachment.unreadable."""
        if self.opener is None:
            raise AppError("attachment.unreadable")
        return self.opener()


class _ClosingReader:
    """A StreamReader that owns (and closes) its file; decryption errors → draft.corrupt."""

    def __init__(self, path: Path, key: bytes, associated: bytes) -> None:
        self._handle = open(path, "rb", buffering=0)  # noqa: SIM115 (closed by close())
        try:
            self._reader = vf.StreamReader(key, self._handle, associated)
        except BaseException as exc:
            self._handle.close()
            if isinstance(exc, vf.VaultFormatError):
                raise AppError("draft.corrupt") from exc
            raise

    def readinto(self, buffer: memoryview, /) -> int:
        try:
            return self._reader.readinto(buffer)
        except vf.VaultFormatError as exc:
            raise AppError("draft.corrupt") from exc

    def close(self) -> None:
        self._handle.close()


class _CancellableSource:
    def __init__(self, source: Readable, should_cancel: CancelCheck | None) -> None:
        self._source, self._should_cancel = source, should_cancel

    def readinto(self, buffer: memoryview, /) -> int | None:
        if self._should_cancel is not None and self._should_cancel():
            raise Cancelled("copy cancelled")
        return self._source.readinto(buffer)


@dataclass
class _MemoryDraft:
    wrapped_key: bytes
    doc: bytes | None = None
    modified: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    files: dict[str, PreparedAttachment] = field(default_factory=dict)
    referenced: set[str] = field(default_factory=set)


def _check_id(value: str) -> str:
    if not _ID.match(value):
        raise AppError("draft.not_found")
    return value


def _save_failed(exc: OSError) -> AppError:
    return AppError("draft.save_failed", disk_full=exc.errno == errno.ENOSPC)


def _encode(draft: Draft) -> bytes:
    doc = {"v": 1, "form": dict(draft.form.values), "own_username": draft.own_username,
           "attachments": [{"blob": a.blob_id, "name": a.name, "size": a.size,
                            "media_type": a.media_type, "verdict": a.verdict,
                            "removed": list(a.removed), "keep_original": a.keep_original}
                           for a in draft.attachments]}
    data = json.dumps(doc, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return data + b" " * (-len(data) % _PAD)


def _decode(draft_id: str, data: bytes) -> Draft:
    try:
        doc = json.loads(data.decode("utf-8"))
        if doc["v"] != 1:
            raise ValueError("version")
        form = ConcernForm({str(k): str(v) for k, v in doc["form"].items()})
        attachments = [DraftAttachment(_check_id(a["blob"]), str(a["name"]), int(a["size"]),
                                       str(a["media_type"]), MetadataVerdict(a["verdict"]).value,
                                       tuple(removed_code(str(r)).value for r in a["removed"]),
                                       bool(a["keep_original"])) for a in doc["attachments"]]
        return Draft(draft_id, form, attachments, str(doc["own_username"]))
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError,
            AppError) as exc:
        raise AppError("draft.corrupt") from exc


class DraftStore:
    """Encrypted drafts of one vault. Every method raises AppError vault.locked when locked."""

    def __init__(self, paths: AppPaths | None, vault: Vault) -> None:
        self._vault = vault
        self._folder = drafts_folder(paths) if paths is not None and not vault.is_ram_only \
            else None
        self._memory: dict[str, _MemoryDraft] = {}
        self._key_lock = threading.Lock()  # two workers must not create two keys for one draft

    def _key_path(self, draft_id: str) -> Path:
        assert self._folder is not None
        return self._folder / f"{draft_id}.key"

    def _content(self, draft_id: str) -> Path:
        assert self._folder is not None
        return self._folder / draft_id

    def _wrapped_key(self, draft_id: str) -> bytes | None:
        if self._folder is None:
            entry = self._memory.get(draft_id)
            return entry.wrapped_key if entry else None
        try:
            with open(self._key_path(draft_id), "rb") as handle:
                return handle.read(1024)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise AppError("draft.unreadable") from exc

    def _draft_key(self, draft_id: str, create: bool = False) -> bytes:
        with self._key_lock:
            return self._draft_key_locked(draft_id, create)

    def _draft_key_locked(self, draft_id: str, create: bool) -> bytes:
        wrapped = self._wrapped_key(draft_id)
        ad = b"sealnote draft key " + draft_id.encode()
        if wrapped is not None:
            try:
                return self._vault.unwrap(wrapped, ad)
            except AppError as exc:
                if exc.code == "vault.locked":
                    raise
                raise AppError("draft.corrupt") from exc
        if not create:
            raise AppError("draft.not_found")
        key = primitives.random_bytes(vf.KEY_BYTES)
        wrapped = self._vault.wrap(key, ad)
        if self._folder is None:
            self._memory[draft_id] = _MemoryDraft(wrapped)
            return key
        try:
            private_dir(self._content(draft_id).parent)
            private_dir(self._content(draft_id))
            atomic_write(self._key_path(draft_id), wrapped)
        except OSError as exc:
            raise _save_failed(exc) from exc
        return key

    @staticmethod
    def new_draft_id() -> str:
        """A fresh random draft id (nothing is stored until the first save or attachment)."""
        return secrets.token_hex(16)

    def save(self, draft_id: str, form: ConcernForm, attachments: Sequence[DraftAttachment] = (),
             own_username: str = "") -> None:
        """Save atomically: afterwards the store holds exactly this version, and a crash at any
        point leaves the previous one. Attachments dropped since the last save are deleted.

        Raises AppError: draft.save_failed (``disk_full`` param), draft.corrupt (a damaged key
        file), vault.locked.
        """
        key = self._draft_key(_check_id(draft_id), create=True)
        draft = Draft(draft_id, form, list(attachments), own_username)
        blob = vf.wrap_blob(key, _encode(draft), b"sealnote draft doc " + draft_id.encode())
        if self._folder is None:
            entry = self._memory[draft_id]
            entry.doc, entry.modified = blob, dt.datetime.now(dt.UTC)
            keep = {a.blob_id for a in attachments}
            for dropped in entry.referenced - keep:
                entry.files.pop(dropped, None)
            entry.referenced = keep
            return
        before = self._referenced_blobs(draft_id, key)
        try:
            atomic_write(self._content(draft_id) / _DOC, blob)
        except OSError as exc:
            raise _save_failed(exc) from exc
        for blob_id in before - {a.blob_id for a in attachments}:
            with contextlib.suppress(OSError):
                (self._content(draft_id) / blob_id).unlink()

    def _read_doc(self, draft_id: str) -> bytes:
        if self._folder is None:
            entry = self._memory.get(draft_id)
            if entry is None or entry.doc is None:
                raise AppError("draft.not_found")
            return entry.doc
        try:
            with open(self._content(draft_id) / _DOC, "rb") as handle:
                return handle.read()
        except FileNotFoundError as exc:
            raise AppError("draft.not_found") from exc
        except OSError as exc:
            raise AppError("draft.unreadable") from exc

    def _load_with(self, draft_id: str, key: bytes) -> Draft:
        data = self._read_doc(draft_id)
        try:
            plain = vf.unwrap_blob(key, data, b"sealnote draft doc " + draft_id.encode())
        except vf.VaultFormatError as exc:
            raise AppError("draft.corrupt") from exc
        return _decode(draft_id, plain)

    def load(self, draft_id: str) -> Draft:
        """Decrypt one draft. Raises AppError: draft.not_found, draft.corrupt (any damage),
        draft.unreadable, vault.locked."""
        return self._load_with(draft_id, self._draft_key(_check_id(draft_id)))

    def _referenced_blobs(self, draft_id: str, key: bytes) -> set[str]:
        try:
            return {a.blob_id for a in self._load_with(draft_id, key).attachments}
        except AppError:
            return set()

    def list_drafts(self) -> list[DraftInfo]:
        """Ids and last-save times, newest first (titles need load()). Raises nothing."""
        if self._folder is None:
            found = [DraftInfo(i, e.modified) for i, e in self._memory.items() if e.doc]
        else:
            found = []
            for key_file in self._folder.glob("*.key") if self._folder.is_dir() else ():
                with contextlib.suppress(OSError):
                    stamp = (self._content(key_file.stem) / _DOC).stat().st_mtime
                    if _ID.match(key_file.stem):
                        found.append(DraftInfo(key_file.stem,
                                               dt.datetime.fromtimestamp(stamp, dt.UTC)))
        return sorted(found, key=lambda info: info.modified, reverse=True)

    def delete(self, draft_id: str) -> None:
        """Destroy the draft's key first, then its content. Raises AppError draft.delete_failed."""
        if self._folder is None:
            self._memory.pop(_check_id(draft_id), None)
            return
        try:
            self._key_path(_check_id(draft_id)).unlink(missing_ok=True)
            fsync_dir(self._folder)
            remove_tree(self._content(draft_id))
        except OSError as exc:
            raise AppError("draft.delete_failed") from exc

    def add_attachment(self, draft_id: str, prepared: PreparedAttachment,
                       keep_original: bool = False, progress: ProgressCallback | None = None,
                       should_cancel: CancelCheck | None = None) -> DraftAttachment:
        """Copy one attachment into the draft as ciphertext, streaming (any size).

        It becomes part of the draft once a save() lists it. Raises AppError:
        attachment.unreadable, draft.save_failed, vault.locked; crypto.errors.Cancelled.
        """
        key = self._draft_key(_check_id(draft_id), create=True)
        blob_id = secrets.token_hex(16)
        if self._folder is None:
            self._memory[draft_id].files[blob_id] = prepared
            size = prepared.size
        else:
            size = self._encrypt_into(draft_id, blob_id, key, prepared, progress, should_cancel)
        return DraftAttachment(blob_id, prepared.name, size, prepared.media_type,
                               prepared.verdict.value, prepared.removed, keep_original)

    def _encrypt_into(self, draft_id: str, blob_id: str, key: bytes,
                      prepared: PreparedAttachment, progress: ProgressCallback | None,
                      should_cancel: CancelCheck | None) -> int:
        source = prepared.open()
        try:
            with atomic_writer(self._content(draft_id) / blob_id) as sink:
                return vf.encrypt_stream(key, _CancellableSource(source, should_cancel), sink,
                                         _blob_ad(draft_id, blob_id), progress)
        except OSError as exc:
            raise _save_failed(exc) from exc
        finally:
            close = getattr(source, "close", None)
            if close is not None:
                close()

    def open_attachment(self, draft_id: str, attachment: DraftAttachment) -> Readable:
        """A reader of the attachment's plaintext (close it with ``.close()`` when present).

        Data is authenticated chunk by chunk; only a read that reaches the end proves the whole.
        Raises AppError: draft.corrupt, draft.not_found, attachment.unreadable, vault.locked.
        """
        key = self._draft_key(_check_id(draft_id))
        blob_id = _check_id(attachment.blob_id)
        if self._folder is None:
            stored = self._memory[draft_id].files.get(blob_id)
            if stored is None:
                raise AppError("draft.corrupt")
            return stored.open()
        try:
            return _ClosingReader(self._content(draft_id) / blob_id, key,
                                  _blob_ad(draft_id, blob_id))
        except FileNotFoundError as exc:
            raise AppError("draft.corrupt") from exc
        except OSError as exc:
            raise AppError("attachment.unreadable") from exc

    def prepared(self, draft_id: str, attachment: DraftAttachment) -> StoredAttachment:
        """The attachment as app.sealing wants it (no plaintext copy is ever written)."""
        return StoredAttachment(attachment.name, attachment.size, attachment.media_type,
                                MetadataVerdict(attachment.verdict), attachment.removed,
                                Path(attachment.blob_id),
                                opener=lambda: self.open_attachment(draft_id, attachment))

    def clean_stale_temp_files(self) -> int:
        """Remove leftovers of interrupted writes (all ciphertext): temp files, key files
        without a saved draft, content without a key and, when unlocked, unreferenced
        attachments. Call it at start-up only (a draft whose attachments were copied but that
        was never saved counts as abandoned). Returns how many entries went. Raises nothing."""
        if self._folder is None or not self._folder.is_dir():
            return 0
        removed = remove_stale_temp_files(self._folder)
        # Key files first (a key without a doc goes), then folders (content without a key goes).
        entries = sorted(self._folder.iterdir(), key=lambda p: not p.name.endswith(".key"))
        for entry in entries:
            removed += self._clean_entry(entry)
        return removed

    def _clean_entry(self, entry: Path) -> int:
        name = entry.name.removesuffix(".key")
        try:
            if entry.is_dir() and _ID.match(name):
                removed = remove_stale_temp_files(entry)
                if not self._key_path(name).exists():
                    remove_tree(entry)
                    return removed + 1
                return removed + self._remove_unreferenced(name)
            if entry.suffix == ".key" and not (self._content(name) / _DOC).exists():
                entry.unlink()
                return 1
        except OSError:
            pass
        return 0

    def _remove_unreferenced(self, draft_id: str) -> int:
        if not self._vault.is_unlocked:
            return 0
        try:  # a draft that does not load keeps all its files
            draft = self._load_with(draft_id, self._draft_key(draft_id))
        except AppError:
            return 0
        keep = {a.blob_id for a in draft.attachments} | {_DOC}
        stale = [p for p in self._content(draft_id).iterdir()
                 if p.name not in keep and not p.name.endswith(TEMP_SUFFIX)]
        for path in stale:
            path.unlink()
        return len(stale)

    def __repr__(self) -> str:
        return f"DraftStore(<{'ram-only' if self._folder is None else 'on-disk'}>)"


def _blob_ad(draft_id: str, blob_id: str) -> bytes:
    return b"sealnote draft attachment " + draft_id.encode() + b" " + blob_id.encode()
