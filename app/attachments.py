"""Attachments: what each file is, how its metadata is handled, and how its bytes are read.

Images of a cleanable type are cleaned in memory (app.image_metadata): no plaintext copy is ever
written to disk. Other files are streamed from where they are, at any size. When the person keeps
an original as evidence, the report carries both the cleaned copy and the untouched original.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path

from app.errors import AppError
from app.image_metadata import (
    ImageCleaningError,
    MetadataVerdict,
    clean_image,
    is_cleanable,
    sniff_media_type,
)
from crypto.inner import AttachmentEntry
from crypto.stream import Readable

MAX_CLEANABLE_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True, repr=False)
class PreparedAttachment:
    """One attachment ready to seal: its manifest entry and where its bytes come from."""

    name: str
    size: int
    media_type: str
    verdict: MetadataVerdict
    removed: tuple[str, ...]
    source_path: Path
    cleaned: bytes | None = None

    def entry(self) -> AttachmentEntry:
        """The manifest entry."""
        return AttachmentEntry(self.name, self.size, self.media_type, self.verdict.value)

    def open(self) -> Readable:
        """A fresh reader of exactly the bytes to seal. Raises AppError if the file is gone."""
        if self.cleaned is not None:
            return io.BytesIO(self.cleaned)
        try:
            return open(self.source_path, "rb", buffering=0)  # noqa: SIM115 (closed by caller)
        except OSError as exc:
            raise AppError("attachment.unreadable") from exc

    def __repr__(self) -> str:
        return f"PreparedAttachment(<name>, size={self.size}, verdict={self.verdict.value})"


def _read_head(path: Path) -> tuple[bytes, int]:
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            return handle.read(64), size
    except OSError as exc:
        raise AppError("attachment.unreadable") from exc


def prepare_attachment(path: Path, *, keep_original: bool = False) -> list[PreparedAttachment]:
    """Inspect (and for images, clean in memory) one file chosen by the person.

    Returns one entry, or two when ``keep_original`` applies to a cleaned image (the cleaned copy
    first, then the original as evidence). Raises AppError: attachment.unreadable,
    attachment.not_a_file.
    """
    if not path.exists():
        raise AppError("attachment.unreadable")
    if not path.is_file():
        raise AppError("attachment.not_a_file")
    head, size = _read_head(path)
    media_type = sniff_media_type(head, path.name)
    as_is = PreparedAttachment(path.name, size, media_type, MetadataVerdict.NOT_CLEANABLE, (),
                               path)
    if not is_cleanable(media_type) or size > MAX_CLEANABLE_BYTES:
        return [as_is]
    try:
        cleaned = clean_image(path.read_bytes(), media_type)
    except (ImageCleaningError, OSError):
        return [as_is]
    copy = PreparedAttachment(path.name, len(cleaned.data), media_type, cleaned.verdict,
                              cleaned.removed, path, cleaned.data)
    if not keep_original:
        return [copy]
    evidence = PreparedAttachment(path.name, size, media_type, MetadataVerdict.KEPT_BY_CHOICE,
                                  (), path)
    return [copy, evidence]
