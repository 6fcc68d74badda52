"""Open a sealed report into a chosen folder, through a quarantine.

Attachment bytes are streamed into a private quarantine folder inside the destination; only after
the whole report verified (last FINAL chunk, padding, sizes) are the files given safe names and
the quarantine renamed, in one step, to the report's folder. On any failure the quarantine is
removed: nothing half-decrypted is ever left or shown.
"""

from __future__ import annotations

import io
import json
import os
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from app.errors import AppError
from app.fs import (
    atomic_write_text,
    create_private_file,
    fsync_dir,
    private_dir,
    remove_tree,
    start_writeback,
)
from app.names import unique_names
from app.report import FIELD_ORDER
from crypto.armor import dearmor, join_parts, looks_like_parts
from crypto.errors import Cancelled, NotASealedReport, OpenError
from crypto.header import FLAGS, VERSION
from crypto.inner import AttachmentEntry, Manifest
from crypto.keys import SecretKey
from crypto.sealed_report import open_report
from crypto.stream import Readable

QUARANTINE_PREFIX = ".quarantine-"
_WRITEBACK_MIN = 1 << 20
SEALED_FILE_START = bytes([VERSION, FLAGS])
MAX_TEXT_FILE_BYTES = 256 * 1024 * 1024

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True, repr=False)
class OpenedReport:
    """A verified report written to ``folder``."""

    report_id: str
    manifest: Manifest
    folder: Path
    attachment_files: tuple[Path, ...]

    def __repr__(self) -> str:
        return f"OpenedReport(id={self.report_id[:8]}…, attachments={len(self.attachment_files)})"


class _WritebackSink:
    """An attachment file in quarantine whose pages go to disk as they are written (see
    app.fs.start_writeback), so the fsync before publishing is short."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self._position = 0

    def write(self, data: memoryview, /) -> int:
        written = self.handle.write(data)
        if len(data) >= _WRITEBACK_MIN:
            self.handle.flush()
            start_writeback(self.handle.fileno(), self._position, len(data))
        self._position += len(data)
        return written


class _QuarantineSinks:
    """Creates one quarantine file per attachment and closes them all at the end."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.handles: list[BinaryIO] = []
        self.paths: list[Path] = []

    def __call__(self, index: int, entry: AttachmentEntry) -> _WritebackSink:
        # The previous attachment is complete when the next one starts: close it, so a report
        # with 1,000 attachments never holds more than one file open.
        self.close_all()
        path = self.folder / f"{index}.part"
        handle = create_private_file(path)
        self.handles.append(handle)
        self.paths.append(path)
        return _WritebackSink(handle)

    def close_all(self) -> None:
        for handle in self.handles:
            if not handle.closed:
                handle.close()

    def persist_all(self) -> None:
        """fsync every attachment before the folder is published: a crash right after the
        rename must not leave a report whose attachments are empty."""
        for path in self.paths:
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())


def load_sealed_bytes_from_text(text: str) -> bytes:
    """The sealed file inside pasted armored text or a set of parts; raises ArmorError."""
    return join_parts([text]) if looks_like_parts(text) else dearmor(text)


def render_text(report_id: str, manifest: Manifest, names: Sequence[str]) -> str:
    """A plain-text rendering of the report for the moderator's folder."""
    lines = []
    if manifest.demo:
        lines += ["*** DEMO REPORT: sealed with the public demo team key; not a real concern ***",
                  ""]
    lines += [f"report id: {report_id}", f"sealed on: {manifest.sealed_on}",
              "sender: unknown (sealed reports are anonymous)", ""]
    for key in FIELD_ORDER:
        if key in manifest.fields:
            lines += [f"{key}:", manifest.fields[key], ""]
    for key in sorted(set(manifest.fields) - set(FIELD_ORDER)):
        lines += [f"{key}:", manifest.fields[key], ""]
    for name, entry in zip(names, manifest.attachments, strict=True):
        lines.append(f"attachment: attachments/{name} ({entry.size} bytes, {entry.media_type}, "
                     f"metadata: {entry.metadata})")
    return "\n".join(lines) + "\n"


def _final_folder(into: Path, report_id: str) -> Path:
    candidate, counter = into / f"report-{report_id[:12]}", 2
    while candidate.exists():
        candidate = into / f"report-{report_id[:12]}-{counter}"
        counter += 1
    return candidate


def _publish(quarantine: Path, sinks: _QuarantineSinks, into: Path, report_id: str,
             manifest: Manifest) -> OpenedReport:
    names = unique_names([a.name for a in manifest.attachments])
    attachments_dir = private_dir(quarantine / "attachments")
    final_paths = []
    for part, name in zip(sinks.paths, names, strict=True):
        part.rename(attachments_dir / name)
        final_paths.append(attachments_dir / name)
    document = {"report_id": report_id, "kind": manifest.kind, "demo": manifest.demo,
                "sealed_on": manifest.sealed_on, "fields": manifest.fields,
                "reply_key": manifest.reply_key, "in_reply_to": manifest.in_reply_to,
                "attachments": [dict(a.to_json(), file=f"attachments/{n}", original_name=a.name)
                                for a, n in zip(manifest.attachments, names, strict=True)]}
    atomic_write_text(quarantine / "report.json",
                      json.dumps(document, ensure_ascii=False, indent=2))
    atomic_write_text(quarantine / "report.txt", render_text(report_id, manifest, names))
    final = _final_folder(into, report_id)
    quarantine.rename(final)
    fsync_dir(into)
    return OpenedReport(report_id, manifest, final,
                        tuple(final / "attachments" / n for n in names))


def open_into_folder(source: Readable, keys: Sequence[SecretKey], into: Path, *,
                     progress: Callable[[int], None] | None = None,
                     should_cancel: CancelCheck | None = None) -> OpenedReport:
    """Open a sealed report from ``source`` into a new folder under ``into``.

    Raises crypto OpenError subclasses (shown as one message), Cancelled, or AppError
    (io.write_failed). Leaves nothing behind on failure.
    """
    private_dir(into)
    quarantine = private_dir(into / f"{QUARANTINE_PREFIX}{secrets.token_hex(8)}")
    sinks = _QuarantineSinks(quarantine)
    try:
        try:
            content = open_report(source, keys, sinks, progress=progress,
                                  should_cancel=should_cancel)
        finally:
            sinks.close_all()
        sinks.persist_all()
        return _publish(quarantine, sinks, into, content.report_id.hex(), content.manifest)
    except (OpenError, Cancelled):
        remove_tree(quarantine)
        raise
    except OSError as exc:
        remove_tree(quarantine)
        raise AppError("io.write_failed") from exc
    except BaseException:
        remove_tree(quarantine)
        raise


def open_file_into_folder(path: Path, keys: Sequence[SecretKey], into: Path,
                          **kwargs: object) -> OpenedReport:
    """Open a sealed file or a text file (armored or parts) from disk.

    Raises AppError (input.unreadable), ArmorError, OpenError subclasses or Cancelled.
    """
    try:
        handle = open(path, "rb", buffering=0)  # noqa: SIM115
    except OSError as exc:
        raise AppError("input.unreadable") from exc
    with handle:
        head = handle.read(2)
        handle.seek(0)
        if head == SEALED_FILE_START:
            return open_into_folder(handle, keys, into, **kwargs)  # type: ignore[arg-type]
        # Anything else can only be text: armored, quoted in a mail, or a set of parts.
        raw = handle.read(MAX_TEXT_FILE_BYTES + 1)
    if len(raw) > MAX_TEXT_FILE_BYTES:
        raise NotASealedReport("neither a sealed file nor a text message")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotASealedReport("neither a sealed file nor a text message") from exc
    if "-----BEGIN" not in text:
        raise NotASealedReport("neither a sealed file nor a text message")
    return open_into_folder(io.BytesIO(load_sealed_bytes_from_text(text)), keys, into,
                            **kwargs)  # type: ignore[arg-type]


def remove_stale_quarantines(into: Path) -> int:
    """Remove quarantine folders left by a crash; return how many."""
    count = 0
    if into.is_dir():
        for entry in into.iterdir():
            if entry.name.startswith(QUARANTINE_PREFIX) and entry.is_dir():
                remove_tree(entry)
                count += 1
    return count
