"""Keyring unlock of the moderator's key file: optional, real OS keyrings only.

The key file stays what it is: the secrets under the passphrase (Argon2id, crypto.keyfile).
Turning keyring unlock on adds a *keyring copy* (crypto.keyring_copy, docs/FORMAT.md section 16)
of the same secrets in the app's own data folder, encrypted under a random 32-byte wrapping key
that only the OS keyring holds. The keyring never holds a passphrase. Keyring access goes through
app.keyring_unlock: refused backends (keyrings.alt, fail, null, unknown), every call in its own
thread with a timeout, typed results; in portable mode it is off.

The copy is tied to the exact bytes of its key file (a SHA-256 in its header):

- whenever the app saves the key file again (a team change, a store key added at unlock), it
  brings the copy up to date with the same wrapping key (:meth:`ModeratorKeyring.sync`); if the
  keyring cannot be reached then, the copy is deleted rather than left with old keys;
- a key file changed elsewhere (another program, a restore) makes the copy out of date: keyring
  unlock refuses it (``keyring.copy_outdated``) and the next passphrase unlock brings it up to
  date.

One copy per key file, named by a hash of the key file's absolute path (no name or path in clear
on disk): ``<data>/keyring-copies/<20 hex digits>.snkc``. Keyring items: service
``Sealnote Moderator``, account = the copy's random account id in hex, secret = the base64 key.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from app.errors import AppError
from app.fs import atomic_write, fsync_dir, private_dir
from app.keyring_unlock import KeyringResult, KeyringStatus, KeyringUnlock, new_wrapping_key
from crypto import primitives
from crypto.keyfile import MAX_KEY_FILE_BYTES, ModeratorSecrets
from crypto.keyring_copy import (
    ACCOUNT_BYTES,
    MAX_COPY_BYTES,
    KeyringCopyDamaged,
    open_keyring_copy,
    read_header,
    seal_keyring_copy,
)

SERVICE = "Sealnote Moderator"
COPIES_FOLDER = "keyring-copies"
COPY_SUFFIX = ".snkc"
_NAME_LABEL = b"sealnote moderator keyring copy\x00"


def moderator_keyring_access(*, portable: bool) -> KeyringUnlock:
    """The OS keyring as the moderator uses it (its own service name; off when portable)."""
    return KeyringUnlock(portable=portable, service=SERVICE)


def _read(path: Path, limit: int, missing_code: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError as exc:
        raise AppError(missing_code) from exc
    except OSError as exc:
        raise AppError("input.unreadable") from exc
    if len(data) > limit:
        raise AppError("input.too_large")
    return data


def read_key_file_bytes(key_file: Path) -> bytes:
    """The key file's bytes; raises AppError (keyfile.not_found, input.unreadable,
    input.too_large)."""
    return _read(key_file, MAX_KEY_FILE_BYTES, "keyfile.not_found")


class ModeratorKeyring:
    """Keyring copies under ``data`` and the keyring that holds their wrapping keys.

    Every method that calls the keyring blocks for at most the access's timeout: call them off
    the GUI thread.
    """

    def __init__(self, data: Path, access: KeyringUnlock) -> None:
        self._folder = data / COPIES_FOLDER
        self._access = access

    def __repr__(self) -> str:
        return f"ModeratorKeyring({self._access!r})"

    def copy_path(self, key_file: Path) -> Path:
        """Where the copy of ``key_file`` lives (whether or not there is one)."""
        where = os.fsencode(str(key_file.expanduser().resolve()))
        name = hashlib.sha256(_NAME_LABEL + where).hexdigest()[:20]
        return self._folder / f"{name}{COPY_SUFFIX}"

    def enabled_for(self, key_file: Path) -> bool:
        """True when ``key_file`` has a keyring copy here (reads nothing, calls no keyring)."""
        return self.copy_path(key_file).is_file()

    def status(self) -> KeyringStatus:
        """Can keyring unlock be offered? Never raises."""
        return self._access.status()

    def enable(self, key_file: Path, secrets: ModeratorSecrets) -> KeyringResult:
        """Turn keyring unlock on for ``key_file`` (whose secrets are ``secrets``): a fresh
        wrapping key in the keyring, then the copy. A copy made before is replaced.

        Raises AppError (keyfile.not_found, input.unreadable, io.write_failed).
        """
        status = self._access.status()
        if not status.available:
            return KeyringResult(False, status.reason_code)
        key_bytes = read_key_file_bytes(key_file)
        previous = self._account_of(key_file)
        wrapping_key = new_wrapping_key()
        account = primitives.random_bytes(ACCOUNT_BYTES)
        result = self._access.store(account.hex(), wrapping_key)
        if not result.ok:
            return result
        try:
            self._write(key_file, seal_keyring_copy(secrets, wrapping_key, account, key_bytes))
        except AppError:
            self._access.delete(account.hex())
            raise
        if previous is not None:
            self._access.delete(previous)
        return result

    def disable(self, key_file: Path) -> KeyringResult:
        """Delete the copy (first: without it the keyring key opens nothing), then the keyring
        item. Raises AppError (io.write_failed)."""
        account = self._account_of(key_file)
        self._remove(key_file)
        if account is None:
            return KeyringResult(True, "keyring.absent")
        return self._access.delete(account)

    def sync(self, key_file: Path, secrets: ModeratorSecrets) -> KeyringResult:
        """After ``key_file`` was saved or opened with the passphrase: bring its copy up to
        date (same wrapping key and account). Without a copy nothing happens (keyring.absent);
        when the keyring cannot be reached the copy is deleted and the reason returned.

        Raises AppError (keyfile.not_found, input.unreadable, io.write_failed).
        """
        try:
            data = _read(self.copy_path(key_file), MAX_COPY_BYTES, "keyring.not_enabled")
            header = read_header(data)
        except AppError as exc:
            if exc.code == "keyring.not_enabled":
                return KeyringResult(True, "keyring.absent")
            self._remove(key_file)
            return KeyringResult(False, "keyring.copy_damaged")
        except KeyringCopyDamaged:
            self._remove(key_file)
            return KeyringResult(False, "keyring.copy_damaged")
        key_bytes = read_key_file_bytes(key_file)
        if header.matches(key_bytes):
            return KeyringResult(True, "keyring.ok")
        fetched = self._access.fetch(header.account.hex())
        if not fetched.ok or fetched.wrapping_key is None:
            self._remove(key_file)
            return KeyringResult(False, fetched.reason_code)
        self._write(key_file, seal_keyring_copy(secrets, fetched.wrapping_key, header.account,
                                                key_bytes))
        return KeyringResult(True, "keyring.ok")

    def unlock(self, key_file: Path) -> ModeratorSecrets:
        """The secrets of ``key_file`` from its copy and the key in the OS keyring.

        Raises AppError (keyring.not_enabled, keyring.copy_outdated, keyfile.not_found,
        input.unreadable, or a keyring reason: keyring.locked, keyring.timeout,
        keyring.not_found, ...) or KeyringCopyDamaged / KeyringCopyRejected.
        """
        data = _read(self.copy_path(key_file), MAX_COPY_BYTES, "keyring.not_enabled")
        header = read_header(data)
        if not header.matches(read_key_file_bytes(key_file)):
            raise AppError("keyring.copy_outdated")
        fetched = self._access.fetch(header.account.hex())
        if not fetched.ok or fetched.wrapping_key is None:
            raise AppError(fetched.reason_code)
        return open_keyring_copy(data, fetched.wrapping_key)

    # ----------------------------------------------------------------- files

    def _account_of(self, key_file: Path) -> str | None:
        """The keyring account of the copy of ``key_file`` (None: no copy, or unreadable)."""
        try:
            data = _read(self.copy_path(key_file), MAX_COPY_BYTES, "keyring.not_enabled")
            return read_header(data).account.hex()
        except (AppError, KeyringCopyDamaged):
            return None

    def _write(self, key_file: Path, data: bytes) -> None:
        try:
            private_dir(self._folder)
            atomic_write(self.copy_path(key_file), data)
        except OSError as exc:
            raise AppError("io.write_failed") from exc

    def _remove(self, key_file: Path) -> None:
        path = self.copy_path(key_file)
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            raise AppError("io.write_failed") from exc
        with contextlib.suppress(OSError):
            fsync_dir(path.parent)
