"""A real Secret Service (gnome-keyring in a private D-Bus session) with app.keyring_unlock
(the editor's vault) and app.moderator_keyring (the moderator's key file).

Needs the Debian packages ``dbus`` and ``gnome-keyring`` (installed by .ci/run). Each test runs
``dbus-run-session`` with a throwaway HOME and XDG_RUNTIME_DIR (0700) and no DISPLAY, so nothing
touches a real keyring. A missing tool fails the test with a clear message (no skip).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

_ROUND_TRIP = """
import json, sys, time
from pathlib import Path
import keyring
from app.keyring_unlock import (KeyringUnlock, class_name, disable_keyring_unlock,
                                enable_keyring_unlock, unlock_from_keyring)
from app.paths import AppPaths
from app.vault import Vault
from crypto.keyfile import CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY
out = {"backend": class_name(keyring.get_keyring())}
access = KeyringUnlock(timeout=10)
out["status"] = access.status().reason_code
account, key = "5e" * 16, bytes(range(32))
out["store"] = access.store(account, key).reason_code
fetched = access.fetch(account)
out["fetch_ok"] = fetched.wrapping_key == key
out["raw"] = keyring.get_keyring().get_password("Sealnote", account)
out["delete"] = access.delete(account).reason_code
out["after_delete"] = access.fetch(account).reason_code
paths = AppPaths.under(Path(sys.argv[1]))
vault = Vault.create(paths, "vault pw", CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY)
out["enable"] = enable_keyring_unlock(vault, access).reason_code
again = unlock_from_keyring(paths, access)
out["same_key"] = again.unwrap(vault.wrap(b"x", b"a"), b"a") == b"x"
out["disable"] = disable_keyring_unlock(vault, access).reason_code
out["left"] = keyring.get_keyring().get_password("Sealnote", Vault.keyring_account(paths) or "")
print(json.dumps(out))
"""

_MODERATOR_ROUND_TRIP = """
import base64, datetime as dt, json, sys
from pathlib import Path
import keyring
from app.keyring_unlock import class_name
from app.moderator_keyring import ModeratorKeyring, moderator_keyring_access
from app.team import create_team, save_key_file
from crypto.keyfile import CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY
root = Path(sys.argv[1])
root.mkdir(parents=True, exist_ok=True)
secrets, _card = create_team("Wiki Safety Team", dt.date.today())
key_file = root / "team.key"
save_key_file(key_file, secrets, "key file pw", CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY)
copies = ModeratorKeyring(root / "data", moderator_keyring_access(portable=False))
out = {"backend": class_name(keyring.get_keyring()), "status": copies.status().reason_code}
out["enable"] = copies.enable(key_file, secrets).reason_code
account = copies.copy_path(key_file).read_bytes()[5:21].hex()
raw = keyring.get_keyring().get_password("Sealnote Moderator", account) or ""
out["raw_is_a_key"] = len(base64.b64decode(raw)) == 32
out["same_secrets"] = copies.unlock(key_file).to_bytes() == secrets.to_bytes()
out["disable"] = copies.disable(key_file).reason_code
out["left"] = keyring.get_keyring().get_password("Sealnote Moderator", account)
out["copy_left"] = copies.enabled_for(key_file)
print(json.dumps(out))
"""

_LOCKED = """
import json, time
from app.keyring_unlock import KeyringUnlock
access = KeyringUnlock(timeout=3)
start = time.monotonic()
result = access.fetch("5e" * 16)
print(json.dumps({"reason": result.reason_code, "seconds": time.monotonic() - start}))
"""


def _require_tools() -> None:
    missing = [t for t in ("dbus-run-session", "gnome-keyring-daemon") if not shutil.which(t)]
    if missing:
        pytest.fail(f"missing {missing}: apt-get install --no-install-recommends dbus "
                    "gnome-keyring (.ci/run installs them)")


def _session(tmp_path: Path, daemon: str, script: str) -> dict[str, object]:
    """Run ``script`` in a private D-Bus session after ``daemon``; return its JSON line.

    The throwaway HOME persists across calls of one test; the runtime folder is new each time.
    """
    _require_tools()
    home, runtime = tmp_path / "home", tmp_path / "run"
    home.mkdir(exist_ok=True)
    shutil.rmtree(runtime, ignore_errors=True)
    runtime.mkdir(mode=0o700)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home),
           "XDG_RUNTIME_DIR": str(runtime), "PYTHONPATH": str(REPO), "LANG": "C.UTF-8"}
    (tmp_path / "script.py").write_text(script)
    command = (f"{daemon} >/dev/null 2>&1; exec {sys.executable} {tmp_path / 'script.py'} "
               f"{tmp_path / 'app'}")
    result = subprocess.run(["dbus-run-session", "--", "sh", "-c", command], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


@pytest.mark.keyring_service
def test_real_secret_service_round_trip(tmp_path: Path) -> None:
    out = _session(tmp_path, "printf pw | gnome-keyring-daemon --unlock --components=secrets",
                   _ROUND_TRIP)
    assert out["backend"] == "keyring.backends.SecretService.Keyring"
    assert out["status"] == "keyring.available"
    assert out["store"] == "keyring.ok" and out["fetch_ok"] is True
    assert out["raw"] == "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="  # base64, a key only
    assert out["delete"] == "keyring.ok" and out["after_delete"] == "keyring.not_found"
    assert out["enable"] == "keyring.ok" and out["same_key"] is True
    assert out["disable"] == "keyring.ok" and out["left"] is None


@pytest.mark.keyring_service
def test_real_secret_service_unlocks_the_moderator_key_file(tmp_path: Path) -> None:
    out = _session(tmp_path, "printf pw | gnome-keyring-daemon --unlock --components=secrets",
                   _MODERATOR_ROUND_TRIP)
    assert out["backend"] == "keyring.backends.SecretService.Keyring"
    assert out["status"] == "keyring.available" and out["enable"] == "keyring.ok"
    assert out["raw_is_a_key"] is True and out["same_secrets"] is True
    assert out["disable"] == "keyring.ok" and out["left"] is None
    assert out["copy_left"] is False


@pytest.mark.keyring_service
def test_real_locked_keyring_is_a_typed_result_within_the_timeout(tmp_path: Path) -> None:
    """A login keyring that exists but is locked, with no display to prompt on."""
    unlock = "printf pw | gnome-keyring-daemon --unlock --components=secrets"
    _session(tmp_path, unlock, "print('{}')")  # creates the login keyring in the throwaway HOME
    assert (tmp_path / "home" / ".local" / "share" / "keyrings" / "login.keyring").exists()
    out = _session(tmp_path, "gnome-keyring-daemon --start --components=secrets", _LOCKED)
    assert out["reason"] in ("keyring.locked", "keyring.timeout")
    assert float(out["seconds"]) < 6  # type: ignore[arg-type]
