"""One-time reply keys the person chose to keep (PRODUCT.md feature 7).

A reply key is OFF unless the person turns it on for a report: a kept key links this computer to
that report. When on, the public half goes into the sealed report and the secret half is kept:

- with an on-disk vault: as a small blob wrapped by the vault key (``Vault.wrap``), in
  ``<data>/reply-keys/<32 random hex digits>`` (no title, date or count in the name). Quick wipe
  and a forgotten-passphrase reset both remove the folder (:func:`destroy_reply_keys`, called by
  app.wipe): the files could not be unwrapped once the vault key is gone, but their presence
  alone is a trace;
- in demo mode: in memory only, for the workshop (demo never touches the vault).

In RAM-only mode the option is off (the key could never be used after locking).
"""

from __future__ import annotations

import contextlib
import re
import secrets
import threading
from pathlib import Path

from app.errors import AppError
from app.fs import atomic_write, private_dir, remove_tree
from app.paths import AppPaths
from app.vault import Vault
from crypto.keys import SecretKey

REPLY_KEYS_FOLDER = "reply-keys"
_ID = re.compile(r"^[0-9a-f]{32}$")
_MAX_BLOB_BYTES = 1024


def reply_keys_folder(paths: AppPaths) -> Path:
    """Where kept reply keys live (on-disk vaults only)."""
    return paths.data / REPLY_KEYS_FOLDER


def destroy_reply_keys(paths: AppPaths) -> None:
    """Remove every kept reply key of this data folder (none kept: nothing to do).

    Raises OSError when the folder cannot be removed.
    """
    remove_tree(reply_keys_folder(paths))


def _associated(key_id: str) -> bytes:
    return b"sealnote reply key " + key_id.encode("ascii")


class ReplyKeyKeeper:
    """Keeps reply secret keys wrapped by the vault (or in memory). Thread-safe."""

    def __init__(self, vault: Vault | None, paths: AppPaths | None) -> None:
        self._vault = vault
        self._folder = reply_keys_folder(paths) if paths is not None else None
        self._memory: dict[str, bytes] = {}
        self._kept: dict[bytes, str] = {}  # public key -> id, so a key is kept only once
        self._lock = threading.Lock()

    @classmethod
    def in_memory(cls) -> ReplyKeyKeeper:
        """A keeper that never writes (demo mode)."""
        return cls(None, None)

    @property
    def writes_to_disk(self) -> bool:
        """True when kept keys survive closing the app."""
        return self._folder is not None

    def keep(self, secret: SecretKey) -> str | None:
        """Keep ``secret``; return its id, or None when it was already kept.

        Raises AppError: io.write_failed, vault.locked.
        """
        with self._lock:
            if secret.public.raw in self._kept:
                return None
            key_id = secrets.token_hex(16)
            if self._folder is None or self._vault is None:
                self._memory[key_id] = secret.raw
            else:
                blob = self._vault.wrap(secret.raw, _associated(key_id))
                try:
                    atomic_write(private_dir(self._folder) / key_id, blob)
                except OSError as exc:
                    raise AppError("io.write_failed") from exc
            self._kept[secret.public.raw] = key_id
            return key_id

    def forget(self, key_id: str) -> None:
        """Remove a kept key (a seal that failed after the key was kept). Raises nothing."""
        with self._lock:
            self._memory.pop(key_id, None)
            self._kept = {public: kid for public, kid in self._kept.items() if kid != key_id}
            if self._folder is not None and _ID.match(key_id):
                with contextlib.suppress(OSError):
                    (self._folder / key_id).unlink()

    def secret_keys(self) -> list[SecretKey]:
        """Every kept key that can be unwrapped (for opening replies). Raises vault.locked."""
        with self._lock:
            if self._folder is None or self._vault is None:
                return [SecretKey.from_raw(raw) for raw in self._memory.values()]
            found = []
            for path in sorted(self._folder.glob("*")) if self._folder.is_dir() else ():
                if _ID.match(path.name):
                    with contextlib.suppress(OSError, AppError):
                        found.append(SecretKey.from_raw(self._vault.unwrap(
                            _read_small(path), _associated(path.name))))
            return found

    def __repr__(self) -> str:
        return f"ReplyKeyKeeper(<{'vault' if self._folder else 'memory'}>)"


def _read_small(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(_MAX_BLOB_BYTES)
