"""The editor's vault, unlocked or not: the only place the window gets a Vault or a DraftStore.

No widgets here. Every call that derives a key (Argon2id) or touches the OS keyring runs off the
GUI thread; results come back as signals. Jobs that use the vault go through one serial queue
(``run``), so the last autosave always happens before the lock that follows it, and a lock never
pulls the key from under a save that is still running.

Test seam: ``VaultOptions`` carries the KDF parameters and policy. Production leaves them at their
defaults (calibrated parameters, PRODUCTION_KDF); tests pass crypto.keyfile's explicitly named
CHEAP_FOR_TESTS_ONLY and WEAK_KDF_FOR_TESTS_ONLY, which the production policy refuses.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.drafts import DraftStore
from app.errors import AppError
from app.keyring_unlock import (
    KeyringResult,
    KeyringStatus,
    KeyringUnlock,
    disable_keyring_unlock,
    enable_keyring_unlock,
    unlock_from_keyring,
)
from app.paths import AppPaths
from app.reply_keys import ReplyKeyKeeper
from app.vault import Vault
from app.wipe import WipeSummary, quick_wipe, reset_after_forgotten_passphrase
from crypto.keyfile import PRODUCTION_KDF, KdfParams, KdfPolicy
from ui.workers import CancelFn, Job, ProgressFn, TaskRunner

LAST_JOBS_TIMEOUT_MS = 15_000


@dataclass(frozen=True)
class VaultOptions:
    """How the vault is protected. The defaults are production's; see the module docstring."""

    kdf_params: KdfParams | None = None  # None: calibrated on this machine (1-2 s)
    kdf_policy: KdfPolicy = PRODUCTION_KDF
    keyring: KeyringUnlock | None = None  # None: the OS keyring (refused in portable mode)
    autosave_ms: int = 1500


class VaultSession(QObject):
    """Create, unlock, lock, change, reset and wipe the vault; hands out the draft store."""

    unlocked = Signal(str)  # how: created, passphrase, keyring, ram_only
    failed = Signal(str, str)  # action, error code
    aboutToLock = Signal()  # the last moment to queue a save (the store still works)
    locked = Signal()
    wiped = Signal(object)  # WipeSummary
    forgotten = Signal()  # the vault was reset after a forgotten passphrase
    passphraseChanged = Signal()
    keyringStatusReady = Signal(object)  # KeyringStatus
    keyringChanged = Signal(object)  # KeyringResult
    busyChanged = Signal(bool)

    def __init__(self, paths: AppPaths, options: VaultOptions | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._options = options or VaultOptions()
        self._access = self._options.keyring or KeyringUnlock(portable=paths.portable)
        self._queue = TaskRunner(self, max_threads=1)
        self._side = TaskRunner(self, max_threads=1)  # keyring status: never delays a save
        self._vault: Vault | None = None
        self._store: DraftStore | None = None
        self._replies: ReplyKeyKeeper | None = None
        self._running = 0
        self._wiping = False
        self._cleaned = False  # leftovers of interrupted writes: removed at the first unlock
        self.failed.connect(self._after_failure)

    # ------------------------------------------------------------------ state

    @property
    def options(self) -> VaultOptions:
        """The options the session was made with."""
        return self._options

    def has_vault(self) -> bool:
        """False on first run (and after a wipe or a reset)."""
        return Vault.exists(self._paths)

    def keyring_unlock_enabled(self) -> bool:
        """True when the vault file carries a keyring wrap (reads it; derives nothing)."""
        try:
            return Vault.keyring_account(self._paths) is not None
        except AppError:
            return False

    def is_unlocked(self) -> bool:
        """True while a vault is open."""
        return self._vault is not None

    def is_ram_only(self) -> bool:
        """True in RAM-only mode (nothing is ever written)."""
        return self._vault is not None and self._vault.is_ram_only

    def store(self) -> DraftStore | None:
        """The draft store of the open vault (None when locked)."""
        return self._store

    def reply_keys(self) -> ReplyKeyKeeper | None:
        """Where one-time reply keys are kept (None when locked)."""
        return self._replies

    def keyring_enabled(self) -> bool:
        """True when the open vault can also be unlocked from the OS keyring."""
        return self._vault is not None and self._vault.keyring_enabled

    def busy(self) -> bool:
        """True while a create, unlock, change, reset or wipe is running."""
        return bool(self._running)

    def run(self, job: Job, on_finished: Callable[[object], None] | None = None,
            on_failed: Callable[[str], None] | None = None) -> None:
        """Queue ``job`` behind every vault job started before it (one at a time, in order)."""
        self._queue.start(job, on_finished=on_finished, on_failed=on_failed)

    def queue_idle(self) -> bool:
        """True when no vault job is queued or running."""
        return not self._queue.busy()

    # ------------------------------------------------------------- opening

    def _finish_one(self) -> None:
        self._running -= 1
        if not self._running:
            self.busyChanged.emit(False)

    def _start(self, action: str, job: Callable[[], object],
               on_done: Callable[[object], None], force: bool = False) -> None:
        if self._running and not force:
            return
        self._running += 1
        if self._running == 1:
            self.busyChanged.emit(True)

        def finished(result: object) -> None:
            self._finish_one()
            on_done(result)

        def failed(code: str) -> None:
            self._finish_one()
            self.failed.emit(action, code)

        self.run(lambda _p, _c: job(), finished, failed)

    def create(self, passphrase: str) -> None:
        """First run: a new vault under ``passphrase`` (calibrating Argon2id takes a moment)."""
        paths, options = self._paths, self._options
        self._start("create", lambda: Vault.create(paths.ensure(), passphrase, options.kdf_params,
                                                   options.kdf_policy),
                    lambda vault: self._open(vault, "created"))

    def unlock(self, passphrase: str) -> None:
        """Open the vault with the passphrase."""
        paths, policy = self._paths, self._options.kdf_policy
        self._start("unlock", lambda: Vault.unlock_with_passphrase(paths, passphrase, policy),
                    lambda vault: self._open(vault, "passphrase"))

    def unlock_with_keyring(self) -> None:
        """Open the vault with the key kept in the OS keyring (fails with a reason code)."""
        paths, access = self._paths, self._access
        self._start("keyring_unlock", lambda: unlock_from_keyring(paths, access),
                    lambda vault: self._open(vault, "keyring"))

    def start_ram_only(self) -> None:
        """A vault that lives in memory only: nothing is written, locking loses everything."""
        if not self._running:
            self._open(Vault.ram_only(), "ram_only")

    def _open(self, vault: object, how: str) -> None:
        assert isinstance(vault, Vault)
        if self._wiping:  # a wipe was asked for while this unlock ran
            vault.lock()
            return
        self._vault = vault
        disk_paths = None if vault.is_ram_only else self._paths
        self._store = DraftStore(disk_paths, vault)
        self._replies = ReplyKeyKeeper(vault, disk_paths)
        if disk_paths is not None and not self._cleaned:
            self._cleaned = True
            store = self._store
            self.run(lambda _p, _c: store.clean_stale_temp_files())
        self.unlocked.emit(how)

    # --------------------------------------------------------------- locking

    def _drop(self) -> Vault | None:
        vault = self._vault
        self._vault, self._store, self._replies = None, None, None
        return vault

    def lock(self) -> None:
        """Forget the vault: the last save is queued first, then the key is zeroed."""
        if self._vault is None:
            return
        self.aboutToLock.emit()
        vault = self._drop()
        assert vault is not None
        self.run(lambda _p, _c: vault.lock())
        self.locked.emit()

    def shut_down(self) -> None:
        """Window closing: the last save, the lock, then wait for both (no cancelling)."""
        self.lock()
        self._queue.drain(LAST_JOBS_TIMEOUT_MS)
        self._side.shut_down(1000)

    # ------------------------------------------------------------ changes

    def change_passphrase(self, current: str, new: str) -> None:
        """Check ``current``, then re-wrap the vault key under ``new`` (drafts untouched)."""
        vault, paths, options = self._vault, self._paths, self._options
        if vault is None or vault.is_ram_only:
            self.failed.emit("change", "vault.ram_only" if vault else "vault.locked")
            return

        def job() -> None:
            Vault.unlock_with_passphrase(paths, current, options.kdf_policy).lock()
            vault.change_passphrase(new, options.kdf_params)

        self._start("change", job, lambda _result: self.passphraseChanged.emit())

    def check_keyring(self) -> None:
        """Ask whether the keyring option can be offered (keyringStatusReady follows)."""
        access = self._access
        self._side.start(lambda _p, _c: access.status(),
                         on_finished=self.keyringStatusReady.emit,
                         on_failed=lambda code: self.keyringStatusReady.emit(
                             KeyringStatus(False, "keyring.failed")))

    def set_keyring(self, enabled: bool) -> None:
        """Turn keyring unlock on or off (keyringChanged follows with the result)."""
        vault, access = self._vault, self._access
        if vault is None or vault.is_ram_only:
            self.keyringChanged.emit(KeyringResult(False, "vault.ram_only"))
            return

        def job(_progress: ProgressFn, _cancel: CancelFn) -> KeyringResult:
            if enabled:
                return enable_keyring_unlock(vault, access)
            return disable_keyring_unlock(vault, access)

        self.run(job, on_finished=self.keyringChanged.emit,
                 on_failed=lambda code: self.keyringChanged.emit(KeyringResult(False, code)))

    # ------------------------------------------------------- starting over

    def reset_forgotten(self) -> None:
        """Forgotten passphrase: crypto-erase the vault and remove the drafts (and reply keys)."""
        paths, access = self._paths, self._access

        def job() -> None:
            account = None
            with contextlib.suppress(AppError):
                account = Vault.keyring_account(paths)
            try:
                reset_after_forgotten_passphrase(paths)
            finally:
                if account is not None:
                    access.delete(account)

        self._start("reset", job, lambda _result: self.forgotten.emit())

    def wipe(self) -> None:
        """Quick wipe: the vault key first, then everything else (wiped follows)."""
        if self._wiping:
            return
        self._wiping = True
        paths, access = self._paths, self._access
        vault = self._drop()  # no last save: the drafts are about to go
        if vault is not None:
            self.locked.emit()
        self._start("wipe", lambda: quick_wipe(paths, vault, access), self._wiped, force=True)

    def _after_failure(self, action: str, _code: str) -> None:
        if action == "wipe":
            self._wiping = False

    def _wiped(self, summary: object) -> None:
        assert isinstance(summary, WipeSummary)
        self._wiping = False
        self.wiped.emit(summary)

    def __repr__(self) -> str:
        return f"VaultSession(<{'unlocked' if self._vault else 'locked'}>)"
