"""Seal a concern to a team card and write the sealed file atomically.

A sealed file gets a neutral random name. Sealing streams (attachments of any size), reports
progress through a plain callback, and stops when the cancel callback says so; a cancelled or
failed seal leaves no file behind (app.fs.atomic_writer removes its temp file).
"""

from __future__ import annotations

import datetime as dt
import io
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.attachments import PreparedAttachment
from app.errors import AppError
from app.fs import atomic_writer, private_dir
from app.report import ConcernForm, validate
from crypto.card import TeamCard
from crypto.errors import SealError
from crypto.inner import Manifest
from crypto.keys import PublicKey
from crypto.padding import PaddingProfile
from crypto.seal import seal_report, sealed_report_length

SEALED_SUFFIX = ".bin"
COMPACT_MAX_CONTENT = 2048

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True, repr=False)
class SealRequest:
    """Everything needed to seal one report."""

    card: TeamCard
    form: ConcernForm
    attachments: Sequence[PreparedAttachment] = ()
    demo_mode: bool = False
    reply_key: PublicKey | None = None
    compact: bool = False
    today: dt.date = field(default_factory=dt.date.today)

    def manifest(self) -> Manifest:
        """The manifest of this report."""
        return Manifest(fields=self.form.manifest_fields(),
                        attachments=tuple(a.entry() for a in self.attachments),
                        demo=self.card.demo, sealed_on=self.today.isoformat(),
                        reply_key=self.reply_key.encode() if self.reply_key else None)

    def profile(self) -> PaddingProfile:
        """COMPACT only when asked for and the report is short and text-only."""
        if self.compact and compact_allowed(self):
            return PaddingProfile.COMPACT
        return PaddingProfile.STANDARD

    def __repr__(self) -> str:
        return f"SealRequest(<form>, attachments={len(self.attachments)})"


def compact_allowed(request: SealRequest) -> bool:
    """True for a text-only report short enough for the QR export."""
    manifest = Manifest(fields=request.form.manifest_fields(), demo=request.card.demo,
                        sealed_on=request.today.isoformat(),
                        reply_key=request.reply_key.encode() if request.reply_key else None)
    return not request.attachments and manifest.content_length() <= COMPACT_MAX_CONTENT


def sealed_size(request: SealRequest) -> int:
    """The exact size of the sealed file (shown on the review screen)."""
    return sealed_report_length(request.manifest(), request.profile())


def check_request(request: SealRequest) -> None:
    """Refuse what must never be sealed. Raises AppError (form.invalid, card.*)."""
    if request.card.demo and not request.demo_mode:
        raise AppError("card.demo_refused")
    if request.demo_mode and not request.card.demo:
        raise AppError("card.real_in_demo")
    if request.card.is_expired(request.today):
        raise AppError("card.expired", expires=request.card.expires.isoformat())
    problems = validate(request.form, request.today)
    if problems:
        raise AppError("form.invalid", fields=sorted(problems))


def neutral_file_name() -> str:
    """A random name that says nothing about the content or its purpose."""
    return secrets.token_hex(6) + SEALED_SUFFIX


@dataclass(frozen=True)
class SealOutcome:
    """Where the sealed file went and how big it is."""

    path: Path
    size: int


def seal_to_file(request: SealRequest, destination: Path, *, progress: Progress | None = None,
                 should_cancel: CancelCheck | None = None) -> SealOutcome:
    """Seal ``request`` into ``destination`` atomically.

    Raises AppError (form.invalid, card.*, seal.failed, attachment.unreadable, io.failed) or
    crypto.errors.Cancelled; on any of them no file is left behind.
    """
    check_request(request)
    total = sealed_size(request)
    try:
        with atomic_writer(destination) as sink:
            info = seal_report(sink, list(request.card.moderators), request.manifest(),
                               [a.open for a in request.attachments], profile=request.profile(),
                               progress=(lambda done: progress(done, total))
                               if progress else None,
                               should_cancel=should_cancel)
    except SealError as exc:
        raise AppError(exc.code) from exc
    except OSError as exc:
        raise AppError("io.write_failed") from exc
    return SealOutcome(destination, info.sealed_length)


def seal_to_bytes(request: SealRequest, *, progress: Progress | None = None,
                  should_cancel: CancelCheck | None = None) -> bytes:
    """Seal into memory, for the text, QR and parts exports (no file at all).

    Raises what seal_to_file raises.
    """
    check_request(request)
    sink = io.BytesIO()
    total = sealed_size(request)
    try:
        seal_report(sink, list(request.card.moderators), request.manifest(),
                    [a.open for a in request.attachments], profile=request.profile(),
                    progress=(lambda done: progress(done, total)) if progress else None,
                    should_cancel=should_cancel)
    except SealError as exc:
        raise AppError(exc.code) from exc
    return sink.getvalue()


def seal_into_folder(request: SealRequest, folder: Path, **kwargs: object) -> SealOutcome:
    """Seal into ``folder`` under a neutral random name (see seal_to_file)."""
    private_dir(folder)
    return seal_to_file(request, folder / neutral_file_name(), **kwargs)  # type: ignore[arg-type]
