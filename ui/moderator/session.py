"""The unlocked moderator: the secrets, the key file they came from, and the store behind a lock.

Plain Python, no widgets: the window runs these functions in workers (ui.workers). The store is
used from one thread at a time (``locked``); the GUI thread only ever sees snapshots (lists of
immutable IndexEntry objects) that jobs return.

The key file is re-saved after every team change (add or remove a moderator, rotate keys) with
the parameters it was opened with. To do that without asking again, the session keeps the
passphrase while unlocked (as KeePassXC keeps its composite key); "Lock" drops it together with
the secrets.

Unlocked through the OS keyring (app.moderator_keyring), the session has no passphrase: the
keyring copy holds the secrets, never the passphrase. The first team change then asks for it
(``needs_passphrase``); it is checked against the key file (Argon2id) before anything is saved,
so a typing mistake can never re-save the keys under a passphrase nobody knows, and kept from
then on like one typed at unlock. Every save of the key file brings its keyring copy up to date
(or deletes it), under one lock with turning keyring unlock on and off.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from app.errors import AppError, public_code
from app.keyring_unlock import KeyringResult, KeyringStatus
from app.moderator_keyring import ModeratorKeyring
from app.moderator_store import IndexEntry, ModeratorStore, ensure_store_key, store_key_of
from app.paths import AppPaths
from app.team import card_of, create_team, load_key_file, save_key_file
from crypto.card import TeamCard
from crypto.errors import Cancelled, MissingParts
from crypto.keyfile import (
    MODERATE,
    PRODUCTION_KDF,
    KdfParams,
    KdfPolicy,
    ModeratorSecrets,
    calibrate,
    read_key_file_params,
)

T = TypeVar("T")
MAX_SMALL_FILE_BYTES = 1 << 20
TEAMS_FOLDER = "teams"
DEFAULT_KEY_FILE = "team.key"


@dataclass(frozen=True)
class KdfChoice:
    """Argon2id choices. Production uses the defaults; tests pass cheap ones explicitly."""

    policy: KdfPolicy = PRODUCTION_KDF
    new_key_file: KdfParams | None = None  # None: calibrated on this machine
    backup: KdfParams = MODERATE


class _Passphrase:
    """Holds the key file passphrase while unlocked; never printed."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "<passphrase>"


@dataclass(frozen=True)
class JobError:
    """A failure returned as a result, so its parameters ("share 2", "at most 16") survive
    the trip to the GUI thread (a worker's ``failed`` signal carries only the code)."""

    code: str
    params: dict[str, object] = field(default_factory=dict)


def errors_as_results(work: Callable[[], T]) -> T | JobError:
    """Run ``work``; an error becomes a JobError (Cancelled still propagates)."""
    try:
        return work()
    except Cancelled:
        raise
    except Exception as exc:  # every failure becomes a code, never a traceback
        params: dict[str, object] = dict(getattr(exc, "params", {}))
        if isinstance(exc, MissingParts):
            params.update(missing=", ".join(map(str, exc.missing)), total=exc.total)
        return JobError(public_code(exc), params)


def read_small_file(path: Path, limit: int = MAX_SMALL_FILE_BYTES) -> bytes:
    """A key, backup or card file; raises AppError (input.unreadable, input.too_large)."""
    try:
        if path.stat().st_size > limit:
            raise AppError("input.too_large")
        return path.read_bytes()
    except OSError as exc:
        raise AppError("input.unreadable") from exc


def store_paths(base: AppPaths, secrets: ModeratorSecrets) -> AppPaths:
    """One store per team key file: a folder named by a hash of the store key (not the name)."""
    tag = hashlib.sha256(b"sealnote moderator store folder\x00" + store_key_of(secrets))
    return AppPaths(data=base.data / TEAMS_FOLDER / tag.hexdigest()[:20], config=base.config,
                    temp=base.temp)


class ModeratorSession:
    """Everything the unlocked window holds. ``key_file`` is None in demo mode."""

    def __init__(self, secrets: ModeratorSecrets, store: ModeratorStore, *,
                 key_file: Path | None = None, passphrase: str = "",
                 params: KdfParams | None = None, kdf: KdfChoice | None = None,
                 demo: bool = False, keyring: ModeratorKeyring | None = None) -> None:
        self.secrets = secrets
        self.key_file = key_file
        self.kdf = kdf or KdfChoice()
        self.demo = demo
        self._store = store
        self._passphrase = _Passphrase(passphrase)
        self._params = params
        self._keyring = keyring
        self._lock = threading.Lock()
        self._key_file_lock = threading.Lock()  # saves and keyring copy changes, one at a time

    def __repr__(self) -> str:
        return f"ModeratorSession(demo={self.demo}, <secrets>)"

    @property
    def card(self) -> TeamCard:
        """The current team card (from the key file)."""
        return card_of(self.secrets)

    @contextlib.contextmanager
    def locked(self) -> Iterator[ModeratorStore]:
        """The store, for one job at a time."""
        with self._lock:
            yield self._store

    def entries(self) -> list[IndexEntry]:
        """A snapshot of the inbox."""
        with self.locked() as store:
            return store.entries()

    def flagged(self) -> list[IndexEntry]:
        """A snapshot of the flagged files (different files reusing an inbox report's id)."""
        with self.locked() as store:
            return store.conflicts()

    def needs_passphrase(self) -> bool:
        """True when a team change must be given the key file's passphrase (keyring unlock)."""
        return self.key_file is not None and not self._passphrase.reveal()

    def save_secrets(self, secrets: ModeratorSecrets, passphrase: str = "") -> TeamCard:
        """Keep ``secrets`` and re-save the key file (not in demo mode); returns the new card.

        ``passphrase`` is needed only when ``needs_passphrase()``: it is checked against the key
        file first. The keyring copy, if any, is brought up to date (or deleted).
        Raises AppError (keyfile.passphrase_needed, io.write_failed, passphrase.too_short) or
        KeyFileError (WrongPassphrase).
        """
        with self._key_file_lock:
            if self.key_file is not None:
                held = self._passphrase_for_save(self.key_file, passphrase)
                save_key_file(self.key_file, secrets, held, self._params, self.kdf.policy)
                self._sync_keyring(self.key_file, secrets)
            self.secrets = secrets
        return self.card

    def _passphrase_for_save(self, key_file: Path, passphrase: str) -> str:
        held = self._passphrase.reveal()
        if held:
            return held
        if not passphrase:
            raise AppError("keyfile.passphrase_needed")
        load_key_file(key_file, passphrase, self.kdf.policy)  # WrongPassphrase: nothing saved
        if self._params is None:
            self._params = read_key_file_params(read_small_file(key_file))
        self._passphrase = _Passphrase(passphrase)
        return passphrase

    def _sync_keyring(self, key_file: Path, secrets: ModeratorSecrets) -> None:
        if self._keyring is not None:
            with contextlib.suppress(AppError):  # the copy is then deleted or stays unusable
                self._keyring.sync(key_file, secrets)

    def check_passphrase(self, passphrase: str) -> bool:
        """True if ``passphrase`` is the key file's (asked before risky actions)."""
        held = self._passphrase.reveal()
        return self.demo or (bool(held) and passphrase == held)

    # --------------------------------------------------------------- keyring

    def keyring_enabled(self) -> bool:
        """True when this key file can also be unlocked from the OS keyring."""
        return (self._keyring is not None and self.key_file is not None
                and self._keyring.enabled_for(self.key_file))

    def keyring_status(self) -> KeyringStatus:
        """Can keyring unlock be offered (blocks up to the keyring timeout: use a worker)?"""
        if self.key_file is None:
            return KeyringStatus(False, "keyring.demo_mode")
        if self._keyring is None:
            return KeyringStatus(False, "keyring.no_backend")
        return self._keyring.status()

    def set_keyring(self, on: bool) -> KeyringResult:
        """Turn keyring unlock on or off (blocks: use a worker). Raises AppError."""
        if self._keyring is None or self.key_file is None:
            return KeyringResult(False, self.keyring_status().reason_code)
        with self._key_file_lock:
            if on:
                return self._keyring.enable(self.key_file, self.secrets)
            return self._keyring.disable(self.key_file)

    def close(self) -> None:
        """Stop the store's threads and forget the passphrase (the window drops the rest)."""
        with self._lock:
            self._store.close()
        self._passphrase = _Passphrase("")


def _open_store(base: AppPaths, secrets: ModeratorSecrets) -> ModeratorStore:
    return ModeratorStore.open(store_paths(base, secrets), secrets)


def unlock(base: AppPaths, key_file: Path, passphrase: str,
           kdf: KdfChoice | None = None,
           keyring: ModeratorKeyring | None = None) -> ModeratorSession:
    """Open the key file (Argon2id) and the store; adds a store key on first use. A keyring
    copy that is out of date is brought up to date (or deleted).

    Raises AppError (keyfile.not_found, input.unreadable, store.*) or KeyFileError subclasses
    (wrong passphrase, altered file, refused parameters).
    """
    kdf = kdf or KdfChoice()
    if not key_file.is_file():
        raise AppError("keyfile.not_found")
    data = read_small_file(key_file)
    params = read_key_file_params(data)
    secrets = load_key_file(key_file, passphrase, kdf.policy)
    secrets, added = ensure_store_key(secrets)
    if added:
        save_key_file(key_file, secrets, passphrase, params, kdf.policy)
    session = ModeratorSession(secrets, _open_store(base, secrets), key_file=key_file,
                               passphrase=passphrase, params=params, kdf=kdf, keyring=keyring)
    session._sync_keyring(key_file, secrets)
    return session


def unlock_with_keyring(base: AppPaths, key_file: Path, keyring: ModeratorKeyring,
                        kdf: KdfChoice | None = None) -> ModeratorSession:
    """Open the key file's keyring copy with the key in the OS keyring, and the store.

    The session has no passphrase (team changes ask for it). Raises AppError
    (keyring.not_enabled, keyring.copy_outdated, keyring.locked, keyring.timeout, ...,
    keyfile.not_found, store.no_key, store.*) or KeyringCopyError.
    """
    secrets = keyring.unlock(key_file)
    params = read_key_file_params(read_small_file(key_file))
    secrets, added = ensure_store_key(secrets)
    if added:  # never for a copy the app made: it copies secrets that have a store key
        raise AppError("store.no_key")
    return ModeratorSession(secrets, _open_store(base, secrets), key_file=key_file,
                            params=params, kdf=kdf, keyring=keyring)


def save_new_key_file(base: AppPaths, key_file: Path, secrets: ModeratorSecrets,
                      passphrase: str, kdf: KdfChoice | None = None,
                      keyring: ModeratorKeyring | None = None) -> ModeratorSession:
    """Write ``secrets`` (new or restored) to a new key file and open their store.

    Raises AppError (output.exists, passphrase.too_short, io.write_failed, store.*).
    """
    kdf = kdf or KdfChoice()
    if key_file.exists():
        raise AppError("output.exists")
    secrets, _added = ensure_store_key(secrets)
    params = kdf.new_key_file or calibrate()
    save_key_file(key_file, secrets, passphrase, params, kdf.policy)
    return ModeratorSession(secrets, _open_store(base, secrets), key_file=key_file,
                            passphrase=passphrase, params=params, kdf=kdf, keyring=keyring)


def create(base: AppPaths, key_file: Path, team_name: str, passphrase: str, today: dt.date,
           kdf: KdfChoice | None = None,
           keyring: ModeratorKeyring | None = None) -> ModeratorSession:
    """A new team, its key file and an empty store.

    Raises AppError (team.invalid_name, output.exists, passphrase.too_short, io.write_failed).
    """
    if key_file.exists():
        raise AppError("output.exists")
    secrets, _card = create_team(team_name, today)
    return save_new_key_file(base, key_file, secrets, passphrase, kdf, keyring)


def open_with_secrets(paths: AppPaths, secrets: ModeratorSecrets, *, demo: bool,
                      kdf: KdfChoice | None = None) -> ModeratorSession:
    """A session without a key file (demo mode): the store lives under ``paths``."""
    secrets, _added = ensure_store_key(secrets)
    return ModeratorSession(secrets, ModeratorStore.open(paths, secrets), kdf=kdf, demo=demo)

