"""app.wipe.quick_wipe: crypto-erase first, everything gone, robust to partial failures.

The limit of crypto-erase, stated by a test: the wipe destroys the only wrapped copy of the vault
key on *this* disk. Someone who imaged the disk before the wipe holds a copy of the old vault key
file; with it and the passphrase the old drafts open (test_an_earlier_image_is_the_limit). What
the wipe guarantees is that the files left after it, even with every draft file restored from an
earlier copy, decrypt nothing without that earlier key file.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

import app.wipe as wipe_module
from app.drafts import DraftStore
from app.errors import AppError
from app.keyring_unlock import KeyringUnlock, class_name, enable_keyring_unlock
from app.paths import AppPaths
from app.report import ConcernForm
from app.vault import Vault
from app.wipe import quick_wipe
from crypto.keyfile import CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY

PASS = "wipe test passphrase"


class _Memory(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username))


KeyringBackend._classes.discard(_Memory)  # type: ignore[attr-defined]


def _access(backend: _Memory) -> KeyringUnlock:
    return KeyringUnlock(backend_source=lambda: backend,
                         trusted_for_tests_only=frozenset({class_name(backend)}))


def _populate(paths: AppPaths, backend: _Memory) -> tuple[Vault, str]:
    vault = Vault.create(paths, PASS, CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY)
    assert enable_keyring_unlock(vault, _access(backend)).ok
    store = DraftStore(paths, vault)
    draft_id = store.new_draft_id()
    store.save(draft_id, ConcernForm({"title": "secret title"}))
    (paths.data / "outbox").mkdir()
    (paths.data / "outbox" / "1234.bin").write_bytes(os.urandom(100))
    paths.config.mkdir(parents=True, exist_ok=True)
    (paths.config / "settings.ini").write_text("[ui]\nlanguage=fa\n")
    paths.temp.mkdir(parents=True, exist_ok=True)
    return vault, draft_id


def test_quick_wipe_leaves_first_run_state(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "root")
    backend = _Memory()
    vault, _ = _populate(paths, backend)
    assert backend.items
    summary = quick_wipe(paths, vault, _access(backend))
    assert summary.complete and summary.vault_key_destroyed
    assert [s.name for s in summary.steps] == ["vault_key", "drafts", "outbox", "settings",
                                               "keyring", "temp", "data"]
    assert not vault.is_unlocked and backend.items == {}
    assert not Vault.exists(paths)
    for folder in (paths.data, paths.config, paths.temp):
        assert not folder.exists()
    Vault.create(paths, "new start", CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY)


def test_restored_draft_files_decrypt_nothing_after_the_wipe(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "root")
    vault, draft_id = _populate(paths, _Memory())
    image = tmp_path / "image"
    shutil.copytree(paths.data, image)  # everything, taken before the wipe
    quick_wipe(paths, vault, None)
    shutil.copytree(image / "drafts", paths.data / "drafts")  # restore every draft file
    with pytest.raises(AppError) as caught:
        Vault.unlock_with_passphrase(paths, PASS, WEAK_KDF_FOR_TESTS_ONLY)
    assert caught.value.code == "vault.missing"
    # Even the same passphrase makes a new, unrelated vault key.
    fresh = Vault.create(paths, PASS, CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY)
    with pytest.raises(AppError) as caught:
        DraftStore(paths, fresh).load(draft_id)
    assert caught.value.code == "draft.corrupt"


def test_an_earlier_image_is_the_limit(tmp_path: Path) -> None:
    """Documents the limit: a copy of the key file taken *before* the wipe still opens."""
    paths = AppPaths.under(tmp_path / "root")
    vault, draft_id = _populate(paths, _Memory())
    image = tmp_path / "image"
    shutil.copytree(paths.data, image)
    quick_wipe(paths, vault, None)
    shutil.copytree(image, paths.data)
    old = Vault.unlock_with_passphrase(paths, PASS, WEAK_KDF_FOR_TESTS_ONLY)
    assert DraftStore(paths, old).load(draft_id).form.get("title") == "secret title"


def test_partial_failures_are_reported_and_the_wipe_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = AppPaths.under(tmp_path / "root")
    backend = _Memory()
    vault, _ = _populate(paths, backend)
    real_remove = wipe_module.remove_tree

    def flaky(path: Path) -> None:
        if path.name in ("drafts", "data"):
            raise OSError("busy")
        real_remove(path)

    monkeypatch.setattr(wipe_module, "remove_tree", flaky)
    summary = quick_wipe(paths, vault, None)
    failed = {s.name: s.code for s in summary.steps if not s.ok}
    assert failed == {"drafts": "io.failed", "keyring": "keyring.not_given", "data": "io.failed"}
    assert not summary.complete and summary.vault_key_destroyed
    assert not Vault.exists(paths) and not (paths.data / "outbox").exists()
    assert not paths.config.exists() and not vault.is_unlocked


def test_wipe_of_a_ram_only_vault_and_of_nothing(tmp_path: Path) -> None:
    vault = Vault.ram_only()
    store = DraftStore(None, vault)
    draft_id = store.new_draft_id()
    store.save(draft_id, ConcernForm({"title": "x"}))
    paths = AppPaths.under(tmp_path / "never-created")
    summary = quick_wipe(paths, vault, None)
    assert summary.complete and not vault.is_unlocked
    with pytest.raises(AppError):
        store.load(draft_id)
    assert not (tmp_path / "never-created").exists()
