"""The editor's vault: one random vault key that wraps every per-draft key.

The vault key lives on disk only inside the vault key file (crypto.vault_format), wrapped by the
passphrase (Argon2id) and optionally by a random key held in the OS keyring (app.keyring_unlock).
In memory it is kept in a bytearray that :meth:`Vault.lock` zeroes; copies handed to libsodium
are short-lived ``bytes`` that Python cannot wipe, so locking is best effort against memory
forensics and complete against the app itself (every later use raises ``vault.locked``).

RAM-only mode (:meth:`Vault.ram_only`) uses a random key that is never written anywhere, and the
draft store writes nothing at all: closing the app or locking loses the drafts.

Changing the passphrase re-wraps the same vault key, so drafts are untouched; an attacker who
imaged the disk before the change and knows the old passphrase can still open the old copy of
the key file. A forgotten passphrase means the drafts are gone (:func:`reset_forgotten`).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from app.errors import AppError
from app.fs import atomic_write, fsync_dir, private_dir, remove_tree
from app.paths import AppPaths
from crypto import primitives
from crypto import vault_format as vf
from crypto.keyfile import PRODUCTION_KDF, KdfParams, KdfPolicy, calibrate

VAULT_KEY_FILE = "vault-key"
DRAFTS_FOLDER = "drafts"
ACCOUNT_HEX_CHARS = vf.ACCOUNT_BYTES * 2
_MAX_KEY_FILE_BYTES = 4096


def vault_key_path(paths: AppPaths) -> Path:
    """Where the vault key file lives."""
    return paths.data / VAULT_KEY_FILE


def drafts_folder(paths: AppPaths) -> Path:
    """Where encrypted drafts live."""
    return paths.data / DRAFTS_FOLDER


def _app_error(exc: vf.VaultFormatError) -> AppError:
    error = AppError(exc.code)
    error.__cause__ = exc
    return error


def read_key_file(paths: AppPaths) -> vf.VaultKeyFile:
    """Parse the vault key file. Raises AppError: vault.missing, vault.corrupt,
    vault.unsupported, io.read_failed."""
    try:
        with open(vault_key_path(paths), "rb") as handle:
            data = handle.read(_MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise AppError("vault.missing") from exc
    except OSError as exc:
        raise AppError("io.read_failed") from exc
    try:
        return vf.VaultKeyFile.parse(data)
    except vf.VaultFormatError as exc:
        raise _app_error(exc) from exc


class Vault:
    """An unlocked (or locked) vault. Build one with create, unlock_* or ram_only."""

    def __init__(self, paths: AppPaths | None, key: bytes, file: vf.VaultKeyFile | None,
                 policy: KdfPolicy = PRODUCTION_KDF) -> None:
        self._paths = paths
        self._key: bytearray | None = bytearray(key)
        self._file = file
        self._policy = policy

    # --- construction ----------------------------------------------------------------------

    @classmethod
    def create(cls, paths: AppPaths, passphrase: str, params: KdfParams | None = None,
               policy: KdfPolicy = PRODUCTION_KDF) -> Vault:
        """Make a new vault (first run). ``params`` default to calibrate()'s.

        Raises AppError: vault.exists, vault.empty_passphrase, vault.kdf_refused, io.write_failed.
        """
        if vault_key_path(paths).exists():
            raise AppError("vault.exists")
        key = primitives.random_bytes(vf.KEY_BYTES)
        params = params if params is not None else calibrate()
        try:
            file = vf.wrap_with_passphrase(key, passphrase, params, policy)
        except vf.VaultFormatError as exc:
            raise _app_error(exc) from exc
        vault = cls(paths, key, file, policy)
        vault._store(file)
        return vault

    @classmethod
    def ram_only(cls) -> Vault:
        """A vault whose random key is never written anywhere (nothing is ever saved)."""
        return cls(None, primitives.random_bytes(vf.KEY_BYTES), None)

    @classmethod
    def unlock_with_passphrase(cls, paths: AppPaths, passphrase: str,
                               policy: KdfPolicy = PRODUCTION_KDF) -> Vault:
        """Open the vault with the passphrase (NFC-normalised).

        Raises AppError: vault.missing, vault.corrupt, vault.unsupported, vault.kdf_refused
        (before any derivation), vault.empty_passphrase, vault.wrong_passphrase, io.read_failed.
        """
        file = read_key_file(paths)
        try:
            key = vf.open_with_passphrase(file, passphrase, policy)
        except vf.VaultFormatError as exc:
            raise _app_error(exc) from exc
        return cls(paths, key, file, policy)

    @classmethod
    def unlock_with_keyring_key(cls, paths: AppPaths, wrapping_key: bytes) -> Vault:
        """Open the vault with the wrapping key fetched from the OS keyring.

        Raises AppError: vault.missing, vault.corrupt, vault.unsupported,
        vault.keyring_key_rejected, io.read_failed.
        """
        file = read_key_file(paths)
        try:
            key = vf.open_with_keyring_key(file, wrapping_key)
        except vf.VaultFormatError as exc:
            raise _app_error(exc) from exc
        return cls(paths, key, file)

    @staticmethod
    def exists(paths: AppPaths) -> bool:
        """True when a vault key file is present (False means first run)."""
        return vault_key_path(paths).is_file()

    @staticmethod
    def keyring_account(paths: AppPaths) -> str | None:
        """The keyring account id of this install, or None when keyring unlock is off.

        Reads the key file without deriving anything. Raises AppError like read_key_file.
        """
        wrap = read_key_file(paths).keyring
        return wrap.account.hex() if wrap is not None else None

    # --- state -----------------------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        """False after lock()."""
        return self._key is not None

    @property
    def is_ram_only(self) -> bool:
        """True for a vault that never touches the disk."""
        return self._paths is None

    @property
    def paths(self) -> AppPaths | None:
        """The folders of an on-disk vault (None in RAM-only mode)."""
        return self._paths

    def lock(self) -> None:
        """Forget the vault key (zeroing our copy). In RAM-only mode the drafts are lost."""
        if self._key is not None:
            self._key[:] = bytes(len(self._key))
        self._key = None

    def _require_key(self) -> bytes:
        if self._key is None:
            raise AppError("vault.locked")
        return bytes(self._key)

    def _require_disk(self) -> tuple[AppPaths, vf.VaultKeyFile]:
        if self._paths is None or self._file is None:
            raise AppError("vault.ram_only")
        return self._paths, self._file

    # --- wrapping for the draft store --------------------------------------------------------

    def wrap(self, plaintext: bytes, associated: bytes) -> bytes:
        """Encrypt a small secret (a per-draft key) under the vault key. Raises vault.locked."""
        return vf.wrap_blob(self._require_key(), plaintext, associated)

    def unwrap(self, blob: bytes, associated: bytes) -> bytes:
        """Decrypt what wrap() made. Raises AppError vault.locked or vault.blob_corrupt."""
        try:
            return vf.unwrap_blob(self._require_key(), blob, associated)
        except vf.VaultFormatError as exc:
            raise _app_error(exc) from exc

    # --- changes to the key file -------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str, params: KdfParams | None = None) -> None:
        """Re-wrap the vault key under a new passphrase (drafts untouched; keyring wrap kept).

        The UI asks for the old passphrase first if it wants to. Raises AppError: vault.locked,
        vault.ram_only, vault.empty_passphrase, vault.kdf_refused, io.write_failed.
        """
        _, file = self._require_disk()
        key = self._require_key()
        params = params if params is not None else calibrate()
        try:
            new = vf.wrap_with_passphrase(key, new_passphrase, params, self._policy, file.keyring)
        except vf.VaultFormatError as exc:
            raise _app_error(exc) from exc
        self._store(new)

    def enable_keyring(self, wrapping_key: bytes) -> str:
        """Add a wrap of the vault key by ``wrapping_key``; return the new keyring account id.

        The caller stores the wrapping key in the OS keyring under that account (and calls
        disable_keyring if that fails). Raises AppError: vault.locked, vault.ram_only,
        vault.bad_wrapping_key, io.write_failed.
        """
        _, file = self._require_disk()
        account = primitives.random_bytes(vf.ACCOUNT_BYTES)
        try:
            new = vf.with_keyring_wrap(file, self._require_key(), wrapping_key, account)
        except ValueError as exc:
            raise AppError("vault.bad_wrapping_key") from exc
        self._store(new)
        return account.hex()

    def disable_keyring(self) -> None:
        """Remove the keyring wrap (the caller deletes the keyring item too).

        Raises AppError: vault.ram_only, io.write_failed.
        """
        _, file = self._require_disk()
        if file.keyring is not None:
            self._store(vf.VaultKeyFile(file.params, file.salt, file.nonce, file.wrap))

    @property
    def keyring_enabled(self) -> bool:
        """True when the key file carries a keyring wrap."""
        return self._file is not None and self._file.keyring is not None

    def _store(self, file: vf.VaultKeyFile) -> None:
        paths = self._paths
        if paths is None:
            raise AppError("vault.ram_only")
        try:
            private_dir(paths.data)
            atomic_write(vault_key_path(paths), file.to_bytes())
        except OSError as exc:
            raise AppError("io.write_failed") from exc
        self._file = file

    def __repr__(self) -> str:
        state = "unlocked" if self.is_unlocked else "locked"
        where = "ram-only" if self.is_ram_only else "on-disk"
        return f"Vault(<{state}, {where}, key redacted>)"


def destroy_vault_key_file(paths: AppPaths) -> bool:
    """Delete the only wrapped copy of the vault key (crypto-erase); True if one was there.

    Overwriting in place is pointless on SSDs and journaling or copy-on-write file systems (the
    old blocks stay elsewhere): what makes the drafts unreadable is that no wrap of the vault key
    remains. Raises OSError if the file cannot be removed.
    """
    path = vault_key_path(paths)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    fsync_dir(path.parent)
    return True


def reset_forgotten(paths: AppPaths) -> None:
    """Forgotten passphrase: crypto-erase the vault (key file first, then the drafts).

    The drafts cannot be recovered afterwards (the UI says so plainly before). The keyring item,
    if any, is orphaned and opens nothing; delete it with app.keyring_unlock if you have the
    account id (Vault.keyring_account before calling this). Raises AppError io.write_failed.
    """
    try:
        destroy_vault_key_file(paths)
        remove_tree(drafts_folder(paths))
    except OSError as exc:
        raise AppError("io.write_failed") from exc
    with contextlib.suppress(OSError):
        fsync_dir(paths.data)
