"""The tamper-evident log of triage actions: hash-chained entries, each encrypted on its own.

File layout (``store/triage-log.bin``)::

    "SNTL" | version 0x01 | record*
    record  = u32be(n) | nonce (24) | XChaCha20-Poly1305(log key, nonce, payload, ad = "SNTL" 0x01)
              (n = 24 + length of the ciphertext)
    payload = canonical JSON {"entry": entry, "hash": hex}
    entry   = {"seq": 1, 2, …, "time": ISO UTC, "report": id, "action": …,
               "value_hash": hex, "prev_hash": hex}
    hash    = SHA-256(canonical JSON of entry); prev_hash of entry 1 = 64 zeros
    value_hash = HMAC-SHA-256(value key, action ‖ 0x00 ‖ UTF-8 value)

The value is never in the log, only a keyed hash of it, so a leaked log key does not let anyone
confirm a guess of a note. Each entry is encrypted separately so ``verify`` can say where the
chain breaks: an entry altered without the key fails authentication; one deleted or moved breaks
the sequence; one rewritten with the key breaks its hash or the next entry's link. The index
keeps the last (seq, hash) as an anchor, so cutting entries off the end is caught too. The file
is rewritten atomically on every append (a triage action is a person's click, not a batch).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import AppError
from app.fs import atomic_write
from crypto import primitives

MAGIC = b"SNTL"
VERSION = 1
FILE_HEADER = MAGIC + bytes([VERSION])
GENESIS_HASH = "0" * 64
MAX_RECORD_BYTES = 64 * 1024
ACTIONS = ("status", "note", "tag_add", "tag_remove")
_ENTRY_KEYS = {"seq", "time", "report", "action", "value_hash", "prev_hash"}


def canonical(document: dict[str, Any]) -> bytes:
    """Sorted keys, no whitespace, UTF-8."""
    return json.dumps(document, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def entry_hash(entry: dict[str, Any]) -> str:
    """SHA-256 (hex) of the canonical entry."""
    return hashlib.sha256(canonical(entry)).hexdigest()


@dataclass(frozen=True)
class LogEntry:
    """One decrypted log entry and its hash."""

    seq: int
    time: str
    report_id: str
    action: str
    value_hash: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class LogVerdict:
    """The result of ``verify``: ``first_broken`` is the seq where the chain first fails."""

    ok: bool
    entries: int
    first_broken: int | None = None
    reason: str | None = None
    unanchored: int = 0


class _Broken(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def split_records(data: bytes) -> tuple[list[bytes], bool]:
    """The records of a log file and whether the file ended cleanly (no cut record).

    Raises AppError (triage.log_unreadable) when the file header is wrong.
    """
    if data[:len(FILE_HEADER)] != FILE_HEADER:
        raise AppError("triage.log_unreadable")
    records: list[bytes] = []
    pos = len(FILE_HEADER)
    while pos < len(data):
        size = int.from_bytes(data[pos:pos + 4], "big")
        if not 40 <= size <= MAX_RECORD_BYTES or pos + 4 + size > len(data):
            return records, False
        records.append(data[pos + 4:pos + 4 + size])
        pos += 4 + size
    return records, True


class TriageLog:
    """The log file of one store. ``log_key`` encrypts entries; ``value_key`` hashes values."""

    def __init__(self, path: Path, log_key: bytes, value_key: bytes) -> None:
        self.path = path
        self._log_key = log_key
        self._value_key = value_key
        self._data: bytes | None = None

    def _read(self) -> bytes:
        if self._data is None:
            self._data = self.path.read_bytes() if self.path.exists() else FILE_HEADER
        return self._data

    def value_hash(self, action: str, value: str) -> str:
        """The keyed hash recorded instead of the value."""
        message = action.encode("utf-8") + b"\x00" + value.encode("utf-8")
        return hmac.new(self._value_key, message, hashlib.sha256).hexdigest()

    def _seal(self, payload: bytes) -> bytes:
        nonce = primitives.random_bytes(primitives.AEAD_NONCE_BYTES)
        body = nonce + primitives.aead_encrypt(self._log_key, nonce, payload, FILE_HEADER)
        return len(body).to_bytes(4, "big") + body

    def _open(self, record: bytes) -> LogEntry:
        nonce = record[:primitives.AEAD_NONCE_BYTES]
        ciphertext = record[primitives.AEAD_NONCE_BYTES:]
        try:
            payload = primitives.aead_decrypt(self._log_key, nonce, ciphertext, FILE_HEADER)
            doc = json.loads(payload.decode("utf-8"))
            entry, stored = doc["entry"], doc["hash"]
            if not isinstance(entry, dict) or set(entry) != _ENTRY_KEYS:
                raise _Broken("unreadable")
            result = LogEntry(int(entry["seq"]), str(entry["time"]), str(entry["report"]),
                              str(entry["action"]), str(entry["value_hash"]),
                              str(entry["prev_hash"]), str(stored))
        except (primitives.PrimitiveFailure, UnicodeDecodeError, ValueError, KeyError,
                TypeError) as exc:
            raise _Broken("unreadable") from exc
        if entry_hash(entry) != result.hash:
            raise _Broken("edited")
        return result

    def entries(self) -> list[LogEntry]:
        """Every entry, in file order; raises AppError (triage.log_damaged) on any bad one."""
        records, clean = split_records(self._read())
        try:
            result = [self._open(record) for record in records]
        except _Broken as exc:
            raise AppError("triage.log_damaged") from exc
        if not clean:
            raise AppError("triage.log_damaged")
        return result

    def head(self) -> tuple[int, str]:
        """(seq, hash) of the last entry; (0, GENESIS_HASH) for an empty log.

        Raises AppError (triage.log_damaged, triage.log_unreadable).
        """
        records, clean = split_records(self._read())
        if not clean:
            raise AppError("triage.log_damaged")
        if not records:
            return 0, GENESIS_HASH
        try:
            last = self._open(records[-1])
        except _Broken as exc:
            raise AppError("triage.log_damaged") from exc
        return last.seq, last.hash

    def append(self, report_id: str, action: str, value: str, time: str) -> tuple[int, str]:
        """Add one entry and rewrite the file atomically; return the new (seq, hash).

        Raises AppError (triage.unknown_action, triage.log_damaged, io.write_failed).
        """
        if action not in ACTIONS:
            raise AppError("triage.unknown_action")
        seq, previous = self.head()
        entry = {"seq": seq + 1, "time": time, "report": report_id, "action": action,
                 "value_hash": self.value_hash(action, value), "prev_hash": previous}
        digest = entry_hash(entry)
        data = self._read() + self._seal(canonical({"entry": entry, "hash": digest}))
        try:
            atomic_write(self.path, data)
        except OSError as exc:
            raise AppError("io.write_failed") from exc
        self._data = data
        return seq + 1, digest

    def verify(self, anchor: tuple[int, str]) -> LogVerdict:
        """Walk the chain from the start; compare its end with the index's ``anchor``.

        Never raises for a damaged log: the verdict says where it breaks. Raises AppError
        (triage.log_unreadable) only when the file is not a log at all.
        """
        self._data = None
        records, clean = split_records(self._read())
        previous, hashes = GENESIS_HASH, [GENESIS_HASH]
        for position, record in enumerate(records, start=1):
            try:
                entry = self._open(record)
            except _Broken as exc:
                return LogVerdict(False, position - 1, position, exc.reason)
            if entry.seq != position:
                return LogVerdict(False, position - 1, position, "sequence")
            if entry.prev_hash != previous:
                return LogVerdict(False, position - 1, position, "link")
            previous = entry.hash
            hashes.append(previous)
        count = len(records)
        if not clean:
            return LogVerdict(False, count, count + 1, "unreadable")
        seq, expected = anchor
        if count < seq:
            return LogVerdict(False, count, count + 1, "missing")
        if hashes[seq] != expected:
            return LogVerdict(False, count, seq, "anchor")
        return LogVerdict(True, count, unanchored=count - seq)
