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
from memory_keyring import MemoryKeyring

import app.wipe as wipe_module
from app.drafts import DraftStore
from app.errors import AppError
from app.keyring_unlock import KeyringUnlock, class_name, enable_keyring_unlock
from app.paths import AppPaths
from app.reply_keys import ReplyKeyKeeper, reply_keys_folder
from app.report import ConcernForm
from app.vault import Vault
from app.wipe import quick_wipe, reset_after_forgotten_passphrase
from crypto.keyfile import CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY
from crypto.keys import SecretKey

PASS = "wipe test passphrase"


def _access(backend: MemoryKeyring) -> KeyringUnlock:
    return KeyringUnlock(backend_source=lambda: backend,
                         trusted_for_tests_only=frozenset({class_name(backend)}))


def _populate(paths: AppPaths, backend: MemoryKeyring) -> tuple[Vault, str]:
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
    backend = MemoryKeyring()
    vault, _ = _populate(paths, backend)
    assert backend.items
    summary = quick_wipe(paths, vault, _access(backend))
    assert summary.complete and summary.vault_key_destroyed
    assert [s.name for s in summary.steps] == ["vault_key", "drafts", "outbox", "reply_keys",
                                               "settings", "keyring", "temp", "data"]
    assert not vault.is_unlocked and backend.items == {}
    assert not Vault.exists(paths)
    for folder in (paths.data, paths.config, paths.temp):
        assert not folder.exists()
    Vault.create(paths, "new start", CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY)


def test_restored_draft_files_decrypt_nothing_after_the_wipe(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "root")
    vault, draft_id = _populate(paths, MemoryKeyring())
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
    vault, draft_id = _populate(paths, MemoryKeyring())
    image = tmp_path / "image"
    shutil.copytree(paths.data, image)
    quick_wipe(paths, vault, None)
    shutil.copytree(image, paths.data)
    old = Vault.unlock_with_passphrase(paths, PASS, WEAK_KDF_FOR_TESTS_ONLY)
    assert DraftStore(paths, old).load(draft_id).form.get("title") == "secret title"


def test_partial_failures_are_reported_and_the_wipe_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = AppPaths.under(tmp_path / "root")
    backend = MemoryKeyring()
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


def _keep_reply_key(paths: AppPaths, vault: Vault) -> None:
    ReplyKeyKeeper(vault, paths).keep(SecretKey.generate())
    assert len(list(reply_keys_folder(paths).iterdir())) == 1


def test_quick_wipe_destroys_the_reply_keys_even_if_the_data_folder_stays(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = AppPaths.under(tmp_path / "root")
    vault, _ = _populate(paths, MemoryKeyring())
    _keep_reply_key(paths, vault)
    real_remove = wipe_module.remove_tree

    def data_stays(path: Path) -> None:
        if path == paths.data:
            raise OSError("busy")
        real_remove(path)

    monkeypatch.setattr(wipe_module, "remove_tree", data_stays)
    summary = quick_wipe(paths, vault, None)
    assert {s.name: s.ok for s in summary.steps}["reply_keys"] is True
    assert paths.data.exists() and not reply_keys_folder(paths).exists()


def test_quick_wipe_reports_reply_keys_it_could_not_remove(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = AppPaths.under(tmp_path / "root")
    vault, _ = _populate(paths, MemoryKeyring())

    def refuse(_paths: AppPaths) -> None:
        raise OSError("busy")

    monkeypatch.setattr(wipe_module, "destroy_reply_keys", refuse)
    summary = quick_wipe(paths, vault, None)
    assert {s.name: s.code for s in summary.steps if not s.ok}["reply_keys"] == "io.failed"
    assert summary.vault_key_destroyed


def test_forgotten_passphrase_reset_destroys_the_reply_keys(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "root")
    vault, _ = _populate(paths, MemoryKeyring())
    _keep_reply_key(paths, vault)
    (paths.data / "outbox" / "keep-me.bin").write_bytes(b"sealed")
    reset_after_forgotten_passphrase(paths)
    assert not Vault.exists(paths) and not (paths.data / "drafts").exists()
    assert not reply_keys_folder(paths).exists()
    assert (paths.data / "outbox" / "keep-me.bin").exists()  # a reset is not a wipe


def test_forgotten_passphrase_reset_says_when_reply_keys_stay(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = AppPaths.under(tmp_path / "root")
    _populate(paths, MemoryKeyring())

    def refuse(_paths: AppPaths) -> None:
        raise OSError("busy")

    monkeypatch.setattr(wipe_module, "destroy_reply_keys", refuse)
    with pytest.raises(AppError) as caught:
        reset_after_forgotten_passphrase(paths)
    assert caught.value.code == "io.write_failed" and not Vault.exists(paths)
