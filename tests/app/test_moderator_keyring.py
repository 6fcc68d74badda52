"""app.moderator_keyring and crypto.keyring_copy: keyring unlock of the moderator's key file.

A fake backend stands in for a real OS keyring (trusted only through the explicit test seam);
the refusal cases use keyring's own fail/null backends and a stand-in for keyrings.alt.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
from pathlib import Path

import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from memory_keyring import MemoryKeyring

from app.errors import AppError, public_code
from app.keyring_unlock import KeyringUnlock, class_name
from app.moderator_keyring import SERVICE, ModeratorKeyring, moderator_keyring_access
from app.moderator_store import ensure_store_key
from app.team import create_team, save_key_file
from app.team_admin import rotate_keys
from crypto import keyring_copy
from crypto.keyfile import CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY, ModeratorSecrets

PASSPHRASE = "orchard lantern violet pebble"


class FailingStore(MemoryKeyring):
    """Answers, but cannot store anything."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("no")


PlaintextKeyring = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})
LowPriority = type("Keyring", (MemoryKeyring,),
                   {"__module__": "keyring.backends.SecretService", "priority": 0.5})
for _cls in (MemoryKeyring, FailingStore, PlaintextKeyring, LowPriority):
    KeyringBackend._classes.discard(_cls)  # type: ignore[attr-defined]  # keep the registry clean
TRUSTED = frozenset({class_name(MemoryKeyring()), class_name(FailingStore()),
                     class_name(PlaintextKeyring()), class_name(LowPriority())})


def access(backend: KeyringBackend, portable: bool = False) -> KeyringUnlock:
    return KeyringUnlock(backend_source=lambda: backend, timeout=5.0, portable=portable,
                         service=SERVICE, trusted_for_tests_only=TRUSTED)


def make_key_file(folder: Path) -> tuple[Path, ModeratorSecrets]:
    secrets, _card = create_team("Wiki Safety Team", dt.date.today())
    secrets, _added = ensure_store_key(secrets)
    key_file = folder / "team.key"
    save_key_file(key_file, secrets, PASSPHRASE, CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY)
    return key_file, secrets


@pytest.fixture
def setup(tmp_path: Path) -> tuple[ModeratorKeyring, MemoryKeyring, Path, ModeratorSecrets]:
    backend = MemoryKeyring()
    key_file, secrets = make_key_file(tmp_path)
    return ModeratorKeyring(tmp_path / "data", access(backend)), backend, key_file, secrets


def test_enable_unlock_disable(setup: tuple[ModeratorKeyring, MemoryKeyring, Path,
                                            ModeratorSecrets]) -> None:
    copies, backend, key_file, secrets = setup
    assert not copies.enabled_for(key_file)
    assert copies.enable(key_file, secrets).ok
    assert copies.enabled_for(key_file)
    [(service, account)] = backend.items
    assert service == "Sealnote Moderator" and len(account) == 32
    assert len(base64.b64decode(backend.items[(service, account)])) == 32  # a key, nothing else
    copy = copies.copy_path(key_file)
    assert copy.parent == key_file.parent / "data" / "keyring-copies"
    assert "team" not in copy.name and copy.stat().st_mode & 0o077 == 0
    data = copy.read_bytes()
    assert data[:5] == b"SNKC\x01" and data[5:21].hex() == account
    assert PASSPHRASE.encode() not in data and secrets.to_bytes()[:40] not in data
    assert copies.unlock(key_file).to_bytes() == secrets.to_bytes()
    assert copies.disable(key_file).ok
    assert backend.items == {} and not copy.exists()
    with pytest.raises(AppError) as caught:
        copies.unlock(key_file)
    assert caught.value.code == "keyring.not_enabled"


def test_enabling_again_replaces_the_old_item(setup: tuple[ModeratorKeyring, MemoryKeyring,
                                                           Path, ModeratorSecrets]) -> None:
    copies, backend, key_file, secrets = setup
    assert copies.enable(key_file, secrets).ok
    first = set(backend.items)
    assert copies.enable(key_file, secrets).ok
    assert len(backend.items) == 1 and set(backend.items) != first
    assert copies.unlock(key_file).to_bytes() == secrets.to_bytes()


def test_a_changed_key_file_makes_the_copy_outdated_until_synced(
        setup: tuple[ModeratorKeyring, MemoryKeyring, Path, ModeratorSecrets]) -> None:
    copies, backend, key_file, secrets = setup
    assert copies.enable(key_file, secrets).ok
    rotated = rotate_keys(secrets, dt.date.today()).secrets
    save_key_file(key_file, rotated, PASSPHRASE, CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY)
    with pytest.raises(AppError) as caught:
        copies.unlock(key_file)  # never the old keys
    assert caught.value.code == "keyring.copy_outdated"
    items = dict(backend.items)
    assert copies.sync(key_file, rotated).ok
    assert backend.items == items  # same wrapping key and account
    assert copies.unlock(key_file).to_bytes() == rotated.to_bytes()
    calls = backend.calls
    assert copies.sync(key_file, rotated).reason_code == "keyring.ok"
    assert backend.calls == calls  # in step: the keyring is not even asked


def test_sync_without_the_keyring_deletes_the_copy(
        setup: tuple[ModeratorKeyring, MemoryKeyring, Path, ModeratorSecrets]) -> None:
    copies, backend, key_file, secrets = setup
    assert copies.enable(key_file, secrets).ok
    backend.items.clear()
    changed = dataclasses.replace(secrets, extra={**secrets.extra, "note": "x"})
    save_key_file(key_file, changed, PASSPHRASE, CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY)
    result = copies.sync(key_file, changed)
    assert not result.ok and result.reason_code == "keyring.not_found"
    assert not copies.enabled_for(key_file)
    assert copies.sync(key_file, changed).reason_code == "keyring.absent"


def test_a_different_key_or_an_altered_copy_is_rejected(
        setup: tuple[ModeratorKeyring, MemoryKeyring, Path, ModeratorSecrets]) -> None:
    copies, backend, key_file, secrets = setup
    assert copies.enable(key_file, secrets).ok
    [item] = backend.items
    backend.items[item] = base64.b64encode(bytes(32)).decode()
    with pytest.raises(keyring_copy.KeyringCopyRejected) as rejected:
        copies.unlock(key_file)
    assert public_code(rejected.value) == "keyring.copy_rejected"
    copy = copies.copy_path(key_file)
    copy.write_bytes(b"SNKC\x02" + copy.read_bytes()[5:])
    with pytest.raises(keyring_copy.KeyringCopyDamaged) as damaged:
        copies.unlock(key_file)
    assert public_code(damaged.value) == "keyring.copy_damaged"


def test_the_header_is_bound_to_the_blob() -> None:
    secrets, _card = create_team("Team", dt.date.today())
    key, account, key_file = bytes(range(32)), bytes(16), b"SNKF key file bytes"
    data = keyring_copy.seal_keyring_copy(secrets, key, account, key_file)
    header = keyring_copy.read_header(data)
    assert header.matches(key_file) and not header.matches(key_file + b"x")
    assert keyring_copy.open_keyring_copy(data, key).to_bytes() == secrets.to_bytes()
    for offset in (5, 21, 52, 53, 60, len(data) - 1):  # account, digest, blob version, body
        altered = bytearray(data)
        altered[offset] ^= 1
        with pytest.raises(keyring_copy.KeyringCopyError):
            keyring_copy.open_keyring_copy(bytes(altered), key)
    for bad in (b"", data[:60], b"XXXX" + data[4:]):
        with pytest.raises(keyring_copy.KeyringCopyDamaged):
            keyring_copy.read_header(bad)
    with pytest.raises(ValueError):
        keyring_copy.seal_keyring_copy(secrets, key[:16], account, key_file)


def test_a_failed_store_leaves_no_copy(tmp_path: Path) -> None:
    key_file, secrets = make_key_file(tmp_path)
    copies = ModeratorKeyring(tmp_path / "data", access(FailingStore()))
    result = copies.enable(key_file, secrets)
    assert not result.ok and result.reason_code == "keyring.failed"
    assert not copies.enabled_for(key_file)


@pytest.mark.parametrize("backend,code", [
    (PlaintextKeyring(), "keyring.insecure_backend"),
    (keyring.backends.fail.Keyring(), "keyring.no_backend"),
    (keyring.backends.null.Keyring(), "keyring.no_backend"),
    (LowPriority(), "keyring.no_backend"),
])
def test_refused_backends_store_nothing(tmp_path: Path, backend: KeyringBackend,
                                        code: str) -> None:
    key_file, secrets = make_key_file(tmp_path)
    copies = ModeratorKeyring(tmp_path / "data", access(backend))
    assert copies.status().reason_code == code
    result = copies.enable(key_file, secrets)
    assert not result.ok and result.reason_code == code
    assert not copies.enabled_for(key_file) and getattr(backend, "items", {}) == {}


def test_portable_mode_and_the_default_access(tmp_path: Path) -> None:
    key_file, secrets = make_key_file(tmp_path)
    backend = MemoryKeyring()
    copies = ModeratorKeyring(tmp_path / "data", access(backend, portable=True))
    assert copies.enable(key_file, secrets).reason_code == "keyring.portable_mode"
    assert backend.items == {}
    assert "portable=True" in repr(moderator_keyring_access(portable=True))
