"""The outbox: sealed files (ciphertext only) the person kept, with "sent" marks.

Files live in ``AppPaths.data / "outbox"`` under their neutral random names. The "sent" marks
live in ``outbox-state.json`` in the same folder and hold only file names and dates: never a
title or anything else from a report. Keeping sealed files is itself a trace (a kept file links
this device to a report), so the person can delete them at any time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from app.errors import AppError
from app.fs import TEMP_SUFFIX, atomic_write_text, atomic_writer, private_dir
from app.paths import AppPaths

OUTBOX_FOLDER = "outbox"
STATE_FILE = "outbox-state.json"
_COPY_CHUNK = 1 << 20


@dataclass(frozen=True)
class OutboxItem:
    """One sealed file in the outbox."""

    name: str
    size: int
    created: dt.datetime
    sent: bool
    sent_on: dt.date | None = None


def outbox_folder(paths: AppPaths) -> Path:
    """The outbox folder (created, private to the owner)."""
    return private_dir(paths.data / OUTBOX_FOLDER)


def _checked_name(name: str) -> str:
    bad = (not name or name in (".", "..") or name.startswith(".") or name == STATE_FILE
           or any(sep in name for sep in ("/", "\\", "\x00")) or name != name.strip())
    if bad:
        raise AppError("outbox.invalid_name")
    return name


def _item_path(paths: AppPaths, name: str) -> Path:
    path = outbox_folder(paths) / _checked_name(name)
    if not path.is_file() or path.is_symlink():
        raise AppError("outbox.not_found")
    return path


def _load_state(folder: Path) -> dict[str, str]:
    try:
        raw = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}
    sent = raw.get("sent") if isinstance(raw, dict) else None
    if not isinstance(sent, dict):
        return {}
    return {k: v for k, v in sent.items() if isinstance(k, str) and isinstance(v, str)}


def _save_state(folder: Path, sent: dict[str, str]) -> None:
    try:
        atomic_write_text(folder / STATE_FILE, json.dumps({"sent": sent}, sort_keys=True))
    except OSError as exc:
        raise AppError("io.write_failed") from exc


def _parse_date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _is_sealed_file(entry: Path) -> bool:
    return (entry.is_file() and not entry.is_symlink() and not entry.name.startswith(".")
            and entry.name != STATE_FILE and not entry.name.endswith(TEMP_SUFFIX))


def list_outbox(paths: AppPaths) -> list[OutboxItem]:
    """The sealed files in the outbox, newest first. Raises AppError (io.failed)."""
    folder = outbox_folder(paths)
    sent = _load_state(folder)
    items = []
    try:
        for entry in folder.iterdir():
            if not _is_sealed_file(entry):
                continue
            info = entry.stat()
            created = dt.datetime.fromtimestamp(info.st_mtime).replace(microsecond=0)
            items.append(OutboxItem(entry.name, info.st_size, created, entry.name in sent,
                                    _parse_date(sent.get(entry.name))))
    except OSError as exc:
        raise AppError("io.failed") from exc
    return sorted(items, key=lambda item: (item.created, item.name), reverse=True)


def mark_sent(paths: AppPaths, name: str, today: dt.date | None = None) -> None:
    """Mark a sealed file as sent. Raises AppError (outbox.invalid_name, outbox.not_found,
    io.write_failed)."""
    _item_path(paths, name)
    folder = outbox_folder(paths)
    sent = _load_state(folder)
    sent[name] = (today or dt.date.today()).isoformat()
    _save_state(folder, sent)


def delete(paths: AppPaths, name: str) -> None:
    """Delete a sealed file and its mark. Raises AppError (outbox.invalid_name,
    outbox.not_found, io.failed)."""
    path = _item_path(paths, name)
    try:
        path.unlink()
    except OSError as exc:
        raise AppError("io.failed") from exc
    folder = outbox_folder(paths)
    sent = _load_state(folder)
    if sent.pop(name, None) is not None:
        _save_state(folder, sent)


def save_copy(paths: AppPaths, name: str, destination: Path) -> None:
    """Copy a sealed file (ciphertext) to ``destination`` atomically.

    Raises AppError (outbox.invalid_name, outbox.not_found, io.write_failed).
    """
    source = _item_path(paths, name)
    try:
        with open(source, "rb") as reader, atomic_writer(destination) as writer:
            while chunk := reader.read(_COPY_CHUNK):
                writer.write(chunk)
    except OSError as exc:
        raise AppError("io.write_failed") from exc


def clear(paths: AppPaths) -> int:
    """Delete every sealed file and the marks (demo reset); return how many files went."""
    folder = outbox_folder(paths)
    removed = 0
    for entry in list(folder.iterdir()):
        if not (entry.is_file() or entry.is_symlink()):
            continue
        counted = _is_sealed_file(entry)
        with contextlib.suppress(OSError):
            os.unlink(entry)
            removed += 1 if counted else 0
    return removed
