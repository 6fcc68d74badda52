"""Optional unlock through the OS keyring: it holds a random 32-byte wrapping key, never a
passphrase.

Only real OS backends with priority >= 1 are accepted: Secret Service (directly or through
libsecret), KWallet, the macOS Keychain and the Windows Credential Locker. ``keyrings.alt`` (a
plaintext or weakly encrypted file), the ``fail`` and ``null`` backends, a chainer without a real
backend and anything unknown are refused with a reason code the UI turns into a sentence.

Every backend call runs in its own daemon thread and is waited for with a timeout (a locked
keyring with no display can block forever). A plain ``ThreadPoolExecutor`` is not used on
purpose: its worker threads are joined at interpreter exit, so one stuck call would hang the
app's exit. Every outcome, including exceptions, comes back as a typed result.

The item: service ``Sealnote``, account = the random per-install id stored in the vault key
file, secret = base64 of the wrapping key. In portable mode the option is off: the OS keyring
lives on the host, not on the stick.
"""

from __future__ import annotations

import base64
import binascii
import re
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from app.errors import AppError
from app.paths import AppPaths
from app.vault import Vault
from crypto import primitives

SERVICE = "Sealnote"
DEFAULT_TIMEOUT = 5.0
WRAPPING_KEY_BYTES = 32
REAL_OS_BACKENDS = frozenset({
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
})
_INSECURE_PREFIXES = ("keyrings.alt",)
_ABSENT = ("keyring.backends.fail.", "keyring.backends.null.")
_CHAINER = "keyring.backends.chainer.ChainerBackend"
_ACCOUNT = re.compile(r"^[0-9a-f]{32}$")
T = TypeVar("T")


@dataclass(frozen=True)
class KeyringStatus:
    """Whether the keyring option can be offered, and if not, why (a stable code)."""

    available: bool
    reason_code: str


@dataclass(frozen=True, repr=False)
class KeyringResult:
    """The outcome of one keyring call. ``wrapping_key`` is set only by a successful fetch."""

    ok: bool
    reason_code: str
    wrapping_key: bytes | None = None

    def __repr__(self) -> str:
        return f"KeyringResult(ok={self.ok}, reason_code={self.reason_code!r}, <key redacted>)"


class _Refused(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def class_name(backend: object) -> str:
    """``module.QualName`` of a backend's class (what acceptance is decided on)."""
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _priority(backend: object) -> float:
    try:
        return float(type(backend).priority)  # type: ignore[attr-defined]
    except Exception:  # a backend's priority raises when it is unusable
        return 0.0


class KeyringUnlock:
    """Access to the OS keyring, refusing every backend that is not a real OS store.

    ``backend_source`` defaults to keyring.get_keyring (so keyring.set_keyring works in tests);
    ``service`` names the keyring items (the editor's ``Sealnote``; the moderator has its own);
    ``trusted_for_tests_only`` adds class names to the accepted set and is for the test suite.
    """

    def __init__(self, *, timeout: float = DEFAULT_TIMEOUT,
                 backend_source: Callable[[], KeyringBackend] = keyring.get_keyring,
                 portable: bool = False, service: str = SERVICE,
                 trusted_for_tests_only: frozenset[str] = frozenset()) -> None:
        self._timeout = timeout
        self._service = service
        self._source = backend_source
        self._portable = portable
        self._trusted = REAL_OS_BACKENDS | trusted_for_tests_only

    def _accept(self, backend: object) -> KeyringBackend:
        """The backend to use (a chainer's best real member). Raises _Refused with a code."""
        name = class_name(backend)
        if name == _CHAINER:
            return self._from_chainer(backend)
        if name.startswith(_INSECURE_PREFIXES):
            raise _Refused("keyring.insecure_backend")
        if name.startswith(_ABSENT) or _priority(backend) < 1:
            raise _Refused("keyring.no_backend")
        if name not in self._trusted or not isinstance(backend, KeyringBackend):
            raise _Refused("keyring.unsupported_backend")
        return backend

    def _from_chainer(self, chainer: object) -> KeyringBackend:
        refusals = []
        for member in getattr(type(chainer), "backends", []):
            try:
                return self._accept(member)
            except _Refused as refused:
                refusals.append(refused.code)
        worst = "keyring.insecure_backend" if "keyring.insecure_backend" in refusals \
            else "keyring.no_backend"
        raise _Refused(worst)

    def _run(self, job: Callable[[KeyringBackend], T]) -> T:
        """Select the backend and run ``job`` in a daemon thread; raises _Refused."""
        if self._portable:
            raise _Refused("keyring.portable_mode")
        future: Future[T] = Future()

        def work() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                future.set_result(job(self._accept(self._source())))
            except BaseException as exc:  # handed to the waiting caller
                future.set_exception(exc)

        threading.Thread(target=work, name="sealnote-keyring", daemon=True).start()
        try:
            return future.result(timeout=self._timeout)
        except TimeoutError:
            raise _Refused("keyring.timeout") from None
        except _Refused:
            raise
        except keyring.errors.KeyringLocked:
            raise _Refused("keyring.locked") from None
        except (keyring.errors.NoKeyringError, keyring.errors.InitError):
            raise _Refused("keyring.no_backend") from None
        except Exception:  # D-Bus, jeepney, OS errors: never a traceback
            raise _Refused("keyring.failed") from None

    def status(self) -> KeyringStatus:
        """Can the keyring option be offered? Never raises; returns within the timeout."""
        try:
            self._run(lambda backend: None)
        except _Refused as refused:
            return KeyringStatus(False, refused.code)
        return KeyringStatus(True, "keyring.available")

    def store(self, account: str, wrapping_key: bytes) -> KeyringResult:
        """Store the wrapping key (base64) under ``account``. Never raises."""
        if not _ACCOUNT.match(account) or len(wrapping_key) != WRAPPING_KEY_BYTES:
            return KeyringResult(False, "keyring.bad_request")
        secret = base64.b64encode(wrapping_key).decode("ascii")
        return self._result(lambda backend: backend.set_password(self._service, account, secret))

    def fetch(self, account: str) -> KeyringResult:
        """Fetch the wrapping key of ``account``. Never raises; reason keyring.not_found,
        keyring.bad_item, keyring.locked, keyring.timeout, keyring.no_backend, ..."""
        if not _ACCOUNT.match(account):
            return KeyringResult(False, "keyring.bad_request")
        try:
            secret = self._run(lambda backend: backend.get_password(self._service, account))
        except _Refused as refused:
            return KeyringResult(False, refused.code)
        if secret is None:
            return KeyringResult(False, "keyring.not_found")
        try:
            key = base64.b64decode(secret.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            return KeyringResult(False, "keyring.bad_item")
        if len(key) != WRAPPING_KEY_BYTES:
            return KeyringResult(False, "keyring.bad_item")
        return KeyringResult(True, "keyring.ok", key)

    def delete(self, account: str) -> KeyringResult:
        """Delete the item of ``account`` (ok, reason keyring.absent, when there was none)."""
        if not _ACCOUNT.match(account):
            return KeyringResult(False, "keyring.bad_request")

        def job(backend: KeyringBackend) -> bool:
            if backend.get_password(self._service, account) is None:
                return False
            backend.delete_password(self._service, account)
            return True

        try:
            existed = self._run(job)
        except _Refused as refused:
            return KeyringResult(False, refused.code)
        return KeyringResult(True, "keyring.ok" if existed else "keyring.absent")

    def _result(self, job: Callable[[KeyringBackend], object]) -> KeyringResult:
        try:
            self._run(job)
        except _Refused as refused:
            return KeyringResult(False, refused.code)
        return KeyringResult(True, "keyring.ok")

    def __repr__(self) -> str:
        return f"KeyringUnlock(timeout={self._timeout}, portable={self._portable})"


def keyring_status(access: KeyringUnlock | None = None) -> KeyringStatus:
    """Status of the default keyring (or of ``access``). Never raises."""
    return (access or KeyringUnlock()).status()


def new_wrapping_key() -> bytes:
    """A fresh random 32-byte wrapping key."""
    return primitives.random_bytes(WRAPPING_KEY_BYTES)


def enable_keyring_unlock(vault: Vault, access: KeyringUnlock) -> KeyringResult:
    """Turn keyring unlock on for an unlocked on-disk vault (a fresh wrapping key).

    On a keyring failure the vault's keyring wrap is removed again. Raises AppError from the
    vault (vault.locked, vault.ram_only, io.write_failed).
    """
    status = access.status()
    if not status.available:
        return KeyringResult(False, status.reason_code)
    wrapping_key = new_wrapping_key()
    account = vault.enable_keyring(wrapping_key)
    result = access.store(account, wrapping_key)
    if not result.ok:
        vault.disable_keyring()
    return result


def unlock_from_keyring(paths: AppPaths, access: KeyringUnlock) -> Vault:
    """Open the vault with the key from the OS keyring.

    Raises AppError: keyring.not_enabled, a keyring reason code (keyring.locked,
    keyring.timeout, keyring.not_found, ...), or what Vault.unlock_with_keyring_key raises.
    """
    account = Vault.keyring_account(paths)
    if account is None:
        raise AppError("keyring.not_enabled")
    result = access.fetch(account)
    if not result.ok or result.wrapping_key is None:
        raise AppError(result.reason_code)
    return Vault.unlock_with_keyring_key(paths, result.wrapping_key)


def disable_keyring_unlock(vault: Vault, access: KeyringUnlock) -> KeyringResult:
    """Remove the keyring wrap from the vault file, then the keyring item.

    Raises AppError from the vault (vault.ram_only, io.write_failed, vault.corrupt ...).
    """
    paths = vault.paths
    if paths is None:
        raise AppError("vault.ram_only")
    account = Vault.keyring_account(paths)
    vault.disable_keyring()
    if account is None:
        return KeyringResult(True, "keyring.absent")
    return access.delete(account)
