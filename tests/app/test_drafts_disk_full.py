"""Disk full while saving a draft: a clear error, the old draft intact, no temp file left.

(a) a fault-injecting writer under app.fs (every platform); (b) a real 1 MiB tmpfs (Linux, root:
CI runs as root; without the permission to mount, the test fails and says so).
"""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import app.fs
from app.attachments import prepare_attachment
from app.drafts import DraftStore
from app.errors import AppError
from app.paths import AppPaths
from app.report import ConcernForm
from app.vault import Vault
from crypto.keyfile import CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY


def _form(text: str) -> ConcernForm:
    return ConcernForm({"title": "t", "what_happened": text})


class _FullDisk:
    """A file handle that accepts ``budget`` bytes, then fails like a full disk."""

    def __init__(self, handle: Any, budget: int) -> None:
        self._handle, self._budget = handle, budget

    def write(self, data: Any) -> int:
        room = self._budget
        if room <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written = self._handle.write(memoryview(data)[:room])
        self._budget -= written
        return int(written)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()


def _temp_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.endswith(app.fs.TEMP_SUFFIX)]


def _code(call: object, *args: object) -> AppError:
    with pytest.raises(AppError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value


@pytest.fixture
def setup(tmp_path: Path) -> tuple[AppPaths, DraftStore]:
    paths = AppPaths.under(tmp_path / "root")
    vault = Vault.create(paths, "pw for disk full", CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY)
    return paths, DraftStore(paths, vault)


@pytest.mark.parametrize("budget", [0, 1, 4096, 50_000])
def test_fault_injected_enospc_keeps_the_old_draft(setup: tuple[AppPaths, DraftStore],
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path, budget: int) -> None:
    paths, store = setup
    draft_id = store.new_draft_id()
    store.save(draft_id, _form("old version"))
    real_fdopen = os.fdopen
    monkeypatch.setattr(app.fs.os, "fdopen",
                        lambda *a, **k: _FullDisk(real_fdopen(*a, **k), budget))
    error = _code(store.save, draft_id, _form("new version " + "x" * 100_000))
    assert error.code == "draft.save_failed" and error.params["disk_full"] is True
    assert isinstance(error.__cause__, OSError) and error.__cause__.errno == errno.ENOSPC
    source = tmp_path / "a.bin"
    source.write_bytes(os.urandom(200_000))
    assert _code(store.add_attachment, draft_id, prepare_attachment(source)[0]).code == \
        "draft.save_failed"
    if budget < 4096:  # a new draft's padded doc is 4096 + 41 bytes
        assert _code(store.save, store.new_draft_id(), _form("brand new")).code == \
            "draft.save_failed"
    monkeypatch.undo()
    assert _temp_files(paths.data) == []
    assert store.load(draft_id).form.get("what_happened") == "old version"
    assert [d.draft_id for d in store.list_drafts()] == [draft_id]


def test_other_write_errors_are_not_called_disk_full(setup: tuple[AppPaths, DraftStore],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _, store = setup
    draft_id = store.new_draft_id()
    store.save(draft_id, _form("old"))

    def denied(*_: object, **__: object) -> None:
        raise PermissionError(errno.EACCES, "denied")

    monkeypatch.setattr(app.fs.os, "fdopen", denied)
    error = _code(store.save, draft_id, _form("new"))
    assert error.code == "draft.save_failed" and error.params["disk_full"] is False


@pytest.fixture
def small_tmpfs(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs",
                             str(mount_point)], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.fail("a real disk-full test needs to mount a 1 MiB tmpfs (root with "
                    f"CAP_SYS_ADMIN): {result.stderr.strip()}")
    try:
        yield mount_point
    finally:
        if subprocess.run(["umount", str(mount_point)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def test_real_full_tmpfs_keeps_the_old_draft(small_tmpfs: Path, tmp_path: Path) -> None:
    paths = AppPaths.under(small_tmpfs / "root")
    vault = Vault.create(paths, "pw", CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY)
    store = DraftStore(paths, vault)
    draft_id = store.new_draft_id()
    store.save(draft_id, _form("fits"))
    error = _code(store.save, draft_id, _form("y" * 1_500_000))
    assert error.code == "draft.save_failed" and error.params["disk_full"] is True
    source = tmp_path / "big.bin"
    source.write_bytes(os.urandom(2 << 20))
    error = _code(store.add_attachment, draft_id, prepare_attachment(source)[0])
    assert error.code == "draft.save_failed" and error.params["disk_full"] is True
    assert _temp_files(small_tmpfs) == []
    assert store.load(draft_id).form.get("what_happened") == "fits"
    store.save(draft_id, _form("still works after the failure"))
    assert store.load(draft_id).form.get("what_happened") == "still works after the failure"
    assert Vault.unlock_with_passphrase(paths, "pw", WEAK_KDF_FOR_TESTS_ONLY).is_unlocked
