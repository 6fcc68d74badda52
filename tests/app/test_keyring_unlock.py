"""app.keyring_unlock: only real OS backends, timeouts, typed results, the vault flow."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.backends.null
import keyring.core
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from memory_keyring import MemoryKeyring

from app.errors import AppError
from app.keyring_unlock import (
    SERVICE,
    KeyringUnlock,
    class_name,
    disable_keyring_unlock,
    enable_keyring_unlock,
    keyring_status,
    unlock_from_keyring,
)
from app.paths import AppPaths
from app.vault import Vault
from crypto.keyfile import CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY

REPO = Path(__file__).resolve().parents[2]
ACCOUNT = "0123456789abcdef" * 2


class BlockingKeyring(MemoryKeyring):
    """Every call blocks until released (a locked keyring waiting for a prompt)."""

    release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait()
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait()


class RaisingKeyring(MemoryKeyring):
    """Raises the exception it is given on every call."""

    error: BaseException = RuntimeError("dbus exploded")

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error


PlaintextKeyring = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})
FakeSecretService = type("Keyring", (MemoryKeyring,),
                         {"__module__": "keyring.backends.SecretService", "priority": 0.5})
for _cls in (MemoryKeyring, BlockingKeyring, RaisingKeyring, PlaintextKeyring, FakeSecretService):
    KeyringBackend._classes.discard(_cls)  # type: ignore[attr-defined]  # keep keyring's registry clean

TRUSTED = frozenset({class_name(MemoryKeyring()), class_name(BlockingKeyring()),
                     class_name(RaisingKeyring())})


def _access(backend: KeyringBackend, timeout: float = 5.0) -> KeyringUnlock:
    return KeyringUnlock(backend_source=lambda: backend, timeout=timeout,
                         trusted_for_tests_only=TRUSTED)


@pytest.fixture
def default_backend(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """keyring.set_keyring(...) for one test, restored afterwards."""
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "root")


def test_round_trip_through_set_keyring(default_backend: MemoryKeyring) -> None:
    access = KeyringUnlock(trusted_for_tests_only=TRUSTED)
    assert keyring_status(access).available
    key = os.urandom(32)
    assert access.store(ACCOUNT, key).ok
    assert default_backend.items == {(SERVICE, ACCOUNT): base64.b64encode(key).decode()}
    fetched = access.fetch(ACCOUNT)
    assert fetched.ok and fetched.wrapping_key == key
    assert key.hex() not in repr(fetched) and str(key) not in repr(fetched)
    assert access.delete(ACCOUNT).reason_code == "keyring.ok"
    assert access.delete(ACCOUNT).reason_code == "keyring.absent"
    assert access.fetch(ACCOUNT).reason_code == "keyring.not_found"


def test_bad_requests_and_bad_items() -> None:
    backend = MemoryKeyring()
    access = _access(backend)
    assert access.store("../x", os.urandom(32)).reason_code == "keyring.bad_request"
    assert access.store(ACCOUNT, b"passphrase").reason_code == "keyring.bad_request"
    assert access.fetch("not-hex").reason_code == "keyring.bad_request"
    for bad in ("***", base64.b64encode(b"short").decode(), "ü"):
        backend.items[(SERVICE, ACCOUNT)] = bad
        assert access.fetch(ACCOUNT).reason_code == "keyring.bad_item"


def test_vault_flow_enable_unlock_disable(paths: AppPaths) -> None:
    backend = MemoryKeyring()
    access = _access(backend)
    vault = Vault.create(paths, "pw", CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY)
    assert enable_keyring_unlock(vault, access).ok
    account = Vault.keyring_account(paths)
    assert account is not None and list(backend.items) == [(SERVICE, account)]
    stored = base64.b64decode(backend.items[(SERVICE, account)])
    assert len(stored) == 32 and b"pw" not in stored
    again = unlock_from_keyring(paths, access)
    assert again.unwrap(vault.wrap(b"x", b"a"), b"a") == b"x"
    assert disable_keyring_unlock(vault, access).ok
    assert backend.items == {}
    with pytest.raises(AppError) as caught:
        unlock_from_keyring(paths, access)
    assert caught.value.code == "keyring.not_enabled"
    assert Vault.unlock_with_passphrase(paths, "pw", WEAK_KDF_FOR_TESTS_ONLY).is_unlocked


def test_failed_store_rolls_the_vault_back(paths: AppPaths) -> None:
    vault = Vault.create(paths, "pw", CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY)
    RaisingKeyring.error = keyring.errors.PasswordSetError("no")
    result = enable_keyring_unlock(vault, _access(RaisingKeyring()))
    assert not result.ok and result.reason_code == "keyring.failed"
    assert Vault.keyring_account(paths) is None


@pytest.mark.parametrize("backend,code", [
    (PlaintextKeyring(), "keyring.insecure_backend"),
    (keyring.backends.fail.Keyring(), "keyring.no_backend"),
    (keyring.backends.null.Keyring(), "keyring.no_backend"),
    (FakeSecretService(), "keyring.no_backend"),  # a real name but priority < 1
    (MemoryKeyring(), "keyring.unsupported_backend"),  # not trusted without the test seam
])
def test_refused_backends(monkeypatch: pytest.MonkeyPatch, backend: KeyringBackend,
                          code: str) -> None:
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    keyring.set_keyring(backend)
    trusted = TRUSTED | {class_name(PlaintextKeyring())} if code != "keyring.unsupported_backend" \
        else frozenset()
    access = KeyringUnlock(trusted_for_tests_only=trusted)  # even "trusted", alt is refused
    assert keyring_status(access) == type(keyring_status(access))(False, code)
    result = access.store(ACCOUNT, os.urandom(32))
    assert not result.ok and result.reason_code == code
    assert getattr(backend, "items", {}) == {}


def test_chainer_uses_only_a_real_member(monkeypatch: pytest.MonkeyPatch) -> None:
    chainer = ChainerBackend()
    real, alt = MemoryKeyring(), PlaintextKeyring()
    monkeypatch.setattr(ChainerBackend, "backends", [alt])
    assert _access(chainer).status().reason_code == "keyring.insecure_backend"
    monkeypatch.setattr(ChainerBackend, "backends", [])
    assert _access(chainer).status().reason_code == "keyring.no_backend"
    monkeypatch.setattr(ChainerBackend, "backends", [alt, real])
    assert _access(chainer).store(ACCOUNT, os.urandom(32)).ok
    assert list(real.items) == [(SERVICE, ACCOUNT)] and alt.items == {}


def test_a_blocked_keyring_times_out() -> None:
    access = _access(BlockingKeyring(), timeout=0.5)
    try:
        for call in (lambda: access.fetch(ACCOUNT), lambda: access.store(ACCOUNT, bytes(32)),
                     lambda: access.delete(ACCOUNT)):
            start = time.monotonic()
            assert call().reason_code == "keyring.timeout"
            assert time.monotonic() - start < 2.0
    finally:
        BlockingKeyring.release.set()


@pytest.mark.parametrize("error,code", [
    (keyring.errors.KeyringLocked("locked"), "keyring.locked"),
    (keyring.errors.NoKeyringError("none"), "keyring.no_backend"),
    (keyring.errors.InitError("init"), "keyring.no_backend"),
    (keyring.errors.KeyringError("other"), "keyring.failed"),
    (RuntimeError("dbus"), "keyring.failed"),
    (OSError("socket"), "keyring.failed"),
])
def test_exceptions_become_typed_results(error: BaseException, code: str) -> None:
    RaisingKeyring.error = error
    assert _access(RaisingKeyring()).fetch(ACCOUNT).reason_code == code


def test_portable_mode_keeps_the_keyring_off() -> None:
    backend = MemoryKeyring()
    access = KeyringUnlock(backend_source=lambda: backend, portable=True,
                           trusted_for_tests_only=TRUSTED)
    assert access.status().reason_code == "keyring.portable_mode"
    assert access.store(ACCOUNT, bytes(32)).reason_code == "keyring.portable_mode"
    assert backend.items == {}


def _clean_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND", "DISPLAY")}
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env.update(PYTHONPATH=str(REPO), HOME=str(tmp_path / "home"), XDG_RUNTIME_DIR=str(runtime),
               XDG_CONFIG_HOME=str(tmp_path / "home" / ".config"),
               XDG_DATA_HOME=str(tmp_path / "home" / ".local" / "share"))
    return env


_NO_DBUS_SCRIPT = """
import json, sys, time
from pathlib import Path
start = time.monotonic()
from app.keyring_unlock import KeyringUnlock, enable_keyring_unlock, keyring_status
from app.paths import AppPaths
from app.vault import Vault
from crypto.keyfile import CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY
status = keyring_status()
paths = AppPaths.under(Path(sys.argv[1]))
vault = Vault.create(paths, "pw", CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY)
enabled = enable_keyring_unlock(vault, KeyringUnlock())
reopened = Vault.unlock_with_passphrase(paths, "pw", WEAK_KDF_FOR_TESTS_ONLY)
print(json.dumps({"available": status.available, "reason": status.reason_code,
                  "enabled": enabled.ok, "enable_reason": enabled.reason_code,
                  "account": Vault.keyring_account(paths), "passphrase_ok": reopened.is_unlocked,
                  "seconds": time.monotonic() - start}))
"""


def test_no_dbus_means_unavailable_and_the_passphrase_path_works(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", _NO_DBUS_SCRIPT, str(tmp_path / "app")],
                            env=_clean_env(tmp_path), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["available"] is False and report["reason"] == "keyring.no_backend"
    assert report["enabled"] is False and report["account"] is None
    assert report["passphrase_ok"] is True and report["seconds"] < 10


_FAKE_ALT = '''
from pathlib import Path
from keyring.backend import KeyringBackend
class PlaintextKeyring(KeyringBackend):
    priority = 1
    def get_password(self, service, username):
        Path(MARKER).write_text("read")
    def set_password(self, service, username, password):
        Path(MARKER).write_text(password)
    def delete_password(self, service, username):
        Path(MARKER).write_text("delete")
'''


def test_keyrings_alt_forced_by_environment_is_refused(tmp_path: Path) -> None:
    """PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring (a stand-in module of that
    name, since keyrings.alt is not installed) → refused, and it is never called."""
    package = tmp_path / "site" / "keyrings" / "alt"
    package.mkdir(parents=True)
    marker = tmp_path / "marker"
    (package / "file.py").write_text(f"MARKER = {str(marker)!r}\n" + _FAKE_ALT)
    env = _clean_env(tmp_path)
    env.update(PYTHONPATH=f"{REPO}{os.pathsep}{tmp_path / 'site'}",
               PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring")
    script = ("import keyring, json; from app.keyring_unlock import KeyringUnlock\n"
              "a = KeyringUnlock()\n"
              "print(json.dumps([type(keyring.get_keyring()).__module__, a.status().reason_code,"
              f" a.store({ACCOUNT!r}, bytes(32)).reason_code,"
              f" a.fetch({ACCOUNT!r}).reason_code]))")
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == ["keyrings.alt.file"] + ["keyring.insecure_backend"] * 3
    assert not marker.exists()


_STUCK_SCRIPT = """
import threading, time
from keyring.backend import KeyringBackend
from app.keyring_unlock import KeyringUnlock
class Stuck(KeyringBackend):
    priority = 1
    def get_password(self, s, u):
        threading.Event().wait()
    def set_password(self, s, u, p):
        threading.Event().wait()
    delete_password = get_password
access = KeyringUnlock(backend_source=Stuck, timeout=0.3,
                       trusted_for_tests_only=frozenset({"__main__.Stuck"}))
print(access.fetch("ab" * 16).reason_code, flush=True)
"""


def test_a_stuck_keyring_call_does_not_hang_the_exit(tmp_path: Path) -> None:
    start = time.monotonic()
    result = subprocess.run([sys.executable, "-c", _STUCK_SCRIPT], env=_clean_env(tmp_path),
                            capture_output=True, text=True, timeout=30)
    assert result.stdout.strip() == "keyring.timeout", result.stderr
    assert result.returncode == 0 and time.monotonic() - start < 10
