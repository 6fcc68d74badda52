"""Tests for app.outbox: sealed files kept with "sent" marks, names and dates only."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.errors import AppError
from app.outbox import (
    STATE_FILE,
    clear,
    delete,
    list_outbox,
    mark_sent,
    outbox_folder,
    save_copy,
)
from app.paths import AppPaths


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path).ensure()


def put(paths: AppPaths, name: str, data: bytes = b"\x01" * 100) -> Path:
    path = outbox_folder(paths) / name
    path.write_bytes(data)
    return path


def test_empty_outbox_is_private(paths: AppPaths) -> None:
    assert list_outbox(paths) == []
    assert outbox_folder(paths).stat().st_mode & 0o077 == 0


def test_lists_sealed_files_only(paths: AppPaths) -> None:
    put(paths, "a1b2c3d4e5f6.bin", b"x" * 1234)
    put(paths, ".0123456789abcdef.partial")
    items = list_outbox(paths)
    assert [(i.name, i.size, i.sent) for i in items] == [("a1b2c3d4e5f6.bin", 1234, False)]
    assert isinstance(items[0].created, dt.datetime)


def test_mark_sent_keeps_only_names_and_dates(paths: AppPaths) -> None:
    put(paths, "a1b2c3d4e5f6.bin")
    mark_sent(paths, "a1b2c3d4e5f6.bin", today=dt.date(2026, 2, 3))
    item = list_outbox(paths)[0]
    assert item.sent and item.sent_on == dt.date(2026, 2, 3)
    state = json.loads((outbox_folder(paths) / STATE_FILE).read_text())
    assert state == {"sent": {"a1b2c3d4e5f6.bin": "2026-02-03"}}
    assert all(i.name != STATE_FILE for i in list_outbox(paths))


def test_delete_removes_file_and_mark(paths: AppPaths) -> None:
    put(paths, "a1b2c3d4e5f6.bin")
    mark_sent(paths, "a1b2c3d4e5f6.bin")
    delete(paths, "a1b2c3d4e5f6.bin")
    assert list_outbox(paths) == []
    assert json.loads((outbox_folder(paths) / STATE_FILE).read_text()) == {"sent": {}}


@pytest.mark.parametrize("name", ["../x.bin", "a/b.bin", "a\\b.bin", "", "..", STATE_FILE,
                                  ".hidden", " a.bin"])
def test_names_with_separators_are_refused(paths: AppPaths, name: str) -> None:
    (paths.data / "x.bin").write_bytes(b"precious")
    for action in (mark_sent, delete):
        with pytest.raises(AppError) as caught:
            action(paths, name)
        assert caught.value.code == "outbox.invalid_name"
    assert (paths.data / "x.bin").exists()


def test_unknown_name(paths: AppPaths) -> None:
    with pytest.raises(AppError) as caught:
        mark_sent(paths, "nothere.bin")
    assert caught.value.code == "outbox.not_found"


def test_save_copy_and_clear(paths: AppPaths, tmp_path: Path) -> None:
    put(paths, "a1b2c3d4e5f6.bin", b"cipher" * 1000)
    save_copy(paths, "a1b2c3d4e5f6.bin", tmp_path / "copy.bin")
    assert (tmp_path / "copy.bin").read_bytes() == b"cipher" * 1000
    mark_sent(paths, "a1b2c3d4e5f6.bin")
    assert clear(paths) == 1
    assert list(outbox_folder(paths).iterdir()) == []


def test_damaged_state_file_is_ignored(paths: AppPaths) -> None:
    put(paths, "a1b2c3d4e5f6.bin")
    (outbox_folder(paths) / STATE_FILE).write_text("{not json")
    assert list_outbox(paths)[0].sent is False
