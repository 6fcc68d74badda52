"""Tests for app.fs: private folders, atomic writes, and what a failed write leaves behind.

The promise (SECURITY.md, "Keys at rest" and "Crash safety"): a write either fully replaces the
destination or leaves it exactly as it was, and never leaves a temp file behind.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.fs import (
    TEMP_SUFFIX,
    atomic_write,
    atomic_write_text,
    atomic_writer,
    create_private_file,
    private_dir,
    remove_stale_temp_files,
    remove_tree,
    temp_path_for,
)
from app.paths import AppPaths


class Boom(Exception):
    """An error raised inside a write, standing for a crash or a cancel."""


@pytest.fixture(autouse=True)
def _permissive_umask() -> Iterator[None]:
    """Run with umask 0, so modes come from the code under test and not from the umask."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(TEMP_SUFFIX))


# ------------------------------------------------------------------ private folders and files

def test_private_dir_creates_parents_with_mode_0700(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "c"
    assert private_dir(target) == target
    assert target.is_dir()
    assert mode_of(target) == 0o700


def test_private_dir_tightens_an_existing_open_folder(tmp_path: Path) -> None:
    target = tmp_path / "shared"
    target.mkdir(mode=0o777)
    os.chmod(target, 0o777)
    private_dir(target)
    assert mode_of(target) == 0o700


def test_app_paths_ensure_makes_every_folder_private(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "root").ensure()
    for folder in (paths.data, paths.config, paths.temp):
        assert folder.is_dir()
        assert mode_of(folder) == 0o700
        assert folder.resolve().is_relative_to((tmp_path / "root").resolve())


def test_atomic_write_creates_a_file_readable_by_the_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "secret.bin"
    atomic_write(target, b"data")
    assert target.read_bytes() == b"data"
    assert mode_of(target) == 0o600


def test_create_private_file_is_0600_and_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "0.part"
    with create_private_file(target) as handle:
        handle.write(b"abc")
    assert target.read_bytes() == b"abc"
    assert mode_of(target) == 0o600
    with pytest.raises(FileExistsError):
        create_private_file(target)
    assert target.read_bytes() == b"abc"


def test_create_private_file_does_not_follow_a_planted_symlink(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"keep me")
    planted = tmp_path / "0.part"
    planted.symlink_to(victim)
    with pytest.raises(FileExistsError):
        create_private_file(planted)
    assert victim.read_bytes() == b"keep me"


# ------------------------------------------------------------------ atomic replacement

def test_atomic_write_replaces_the_old_content_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "draft.bin"
    target.write_bytes(b"old content " * 1000)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["draft.bin"]


def test_atomic_write_handles_large_data(tmp_path: Path) -> None:
    data = os.urandom(3 * 1024 * 1024 + 7)
    target = tmp_path / "big.bin"
    atomic_write(target, data)
    assert target.read_bytes() == data
    assert temp_files(tmp_path) == []


def test_atomic_write_text_is_utf8(tmp_path: Path) -> None:
    target = tmp_path / "note.txt"
    atomic_write_text(target, "Zürich — 東京")
    assert target.read_bytes() == "Zürich — 東京".encode()


def test_atomic_replace_swaps_the_inode(tmp_path: Path) -> None:
    """The destination is replaced by rename, never truncated and rewritten in place."""
    target = tmp_path / "file.bin"
    target.write_bytes(b"old")
    reader = open(target, "rb")  # noqa: SIM115 -- kept open across the replace on purpose
    try:
        atomic_write(target, b"new")
        assert reader.read() == b"old"  # the old inode is untouched
    finally:
        reader.close()
    assert target.read_bytes() == b"new"


def test_temp_path_is_hidden_in_the_same_folder(tmp_path: Path) -> None:
    destination = tmp_path / "report-title-here.bin"
    temp = temp_path_for(destination)
    assert temp.parent == destination.parent
    assert temp.name.startswith(".") and temp.name.endswith(TEMP_SUFFIX)
    assert "report" not in temp.name and "title" not in temp.name
    assert temp_path_for(destination) != temp


def test_the_temp_file_exists_only_while_writing(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    with atomic_writer(target) as handle:
        handle.write(b"partial")
        assert not target.exists()
        during = temp_files(tmp_path)
        assert len(during) == 1
        assert mode_of(tmp_path / during[0]) == 0o600
    assert target.read_bytes() == b"partial"
    assert temp_files(tmp_path) == []


@pytest.mark.parametrize("exception", [Boom("crash"), KeyboardInterrupt(), OSError("io")],
                         ids=["error", "keyboard-interrupt", "oserror"])
def test_an_exception_inside_the_writer_keeps_the_old_file(tmp_path: Path,
                                                           exception: BaseException) -> None:
    target = tmp_path / "keys.bin"
    target.write_bytes(b"the old, good file")
    with pytest.raises(type(exception)):
        with atomic_writer(target) as handle:
            handle.write(b"half of the new file")
            raise exception
    assert target.read_bytes() == b"the old, good file"
    assert temp_files(tmp_path) == []
    assert [p.name for p in tmp_path.iterdir()] == ["keys.bin"]


def test_an_exception_inside_the_writer_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "new.bin"
    with pytest.raises(Boom):
        with atomic_writer(target) as handle:
            handle.write(b"x" * 100_000)
            raise Boom
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ fault injection (disk full)

def _raise_enospc(*_args: Any, **_kwargs: Any) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_disk_full_at_fsync_keeps_the_old_file(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "draft.bin"
    target.write_bytes(b"old draft")
    monkeypatch.setattr(os, "fsync", _raise_enospc)
    with pytest.raises(OSError) as caught:
        atomic_write(target, b"new draft")
    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"old draft"
    assert temp_files(tmp_path) == []


class _DiskFullHandle:
    """Wraps a real unbuffered file: accepts ``budget`` bytes, then fails with ENOSPC."""

    def __init__(self, inner: Any, budget: int) -> None:
        self._inner = inner
        self._budget = budget

    def write(self, data: Any) -> int:
        if self._budget <= 0:
            _raise_enospc()
        piece = bytes(data)[:self._budget]
        written = int(self._inner.write(piece))
        self._budget -= written
        return written

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def __enter__(self) -> _DiskFullHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self._inner.close()


def test_disk_full_while_writing_keeps_the_old_file(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "draft.bin"
    old = b"old draft " * 5000
    target.write_bytes(old)
    real_fdopen = os.fdopen

    def full_disk_fdopen(fd: int, *args: Any, **kwargs: Any) -> _DiskFullHandle:
        return _DiskFullHandle(real_fdopen(fd, *args, **kwargs), budget=4096)

    monkeypatch.setattr(os, "fdopen", full_disk_fdopen)
    with pytest.raises(OSError) as caught:
        atomic_write(target, os.urandom(1 << 20))
    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == old
    assert temp_files(tmp_path) == []


def test_failed_replace_removes_the_temp_file(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "draft.bin"
    target.write_bytes(b"old")
    monkeypatch.setattr(os, "replace", _raise_enospc)
    with pytest.raises(OSError):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert temp_files(tmp_path) == []


# ------------------------------------------------------------------ cleaning up after a crash

def test_remove_stale_temp_files_removes_only_our_temp_files(tmp_path: Path) -> None:
    stale = [tmp_path / f".{n:016x}{TEMP_SUFFIX}" for n in range(3)]
    for path in stale:
        path.write_bytes(b"leftover")
    keep = [tmp_path / "report.partial", tmp_path / ".hidden", tmp_path / "a.bin",
            tmp_path / ".x.partial.bak"]
    for path in keep:
        path.write_bytes(b"keep")
    assert remove_stale_temp_files(tmp_path) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in keep)
    assert remove_stale_temp_files(tmp_path) == 0


def test_remove_stale_temp_files_after_a_simulated_crash(tmp_path: Path) -> None:
    """A temp file left by a write that never finished is found and removed."""
    target = tmp_path / "draft.bin"
    target.write_bytes(b"old")
    leftover = temp_path_for(target)
    leftover.write_bytes(b"half-written")
    assert remove_stale_temp_files(tmp_path) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["draft.bin"]


def test_remove_stale_temp_files_on_a_missing_folder(tmp_path: Path) -> None:
    assert remove_stale_temp_files(tmp_path / "nope") == 0


def test_remove_tree_does_not_follow_symlinks_out_of_the_tree(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "precious.txt").write_bytes(b"precious")
    tree = tmp_path / "quarantine"
    (tree / "sub").mkdir(parents=True)
    (tree / "sub" / "f").write_bytes(b"x")
    (tree / "link-to-outside").symlink_to(outside, target_is_directory=True)
    remove_tree(tree)
    assert not tree.exists()
    assert (outside / "precious.txt").read_bytes() == b"precious"


def test_remove_tree_on_a_symlink_removes_only_the_link(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "precious.txt").write_bytes(b"precious")
    link = tmp_path / "link"
    link.symlink_to(outside, target_is_directory=True)
    remove_tree(link)
    assert not link.exists() and not link.is_symlink()
    assert (outside / "precious.txt").read_bytes() == b"precious"

