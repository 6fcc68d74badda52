"""Tests for app.sealing: what may be sealed, exact sizes, and that a failed or cancelled seal
leaves no file (SECURITY.md: "nothing readable of it is left on the editor's device").
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import resource
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.attachments import PreparedAttachment, prepare_attachment
from app.demo_team import demo_card, demo_moderator_keys, sample_form
from app.errors import AppError
from app.image_metadata import MetadataVerdict
from app.opening import open_into_folder
from app.report import ConcernForm
from app.sealing import (
    SealRequest,
    compact_allowed,
    seal_into_folder,
    seal_to_bytes,
    seal_to_file,
    sealed_size,
)
from app.team import create_team
from crypto.card import TeamCard
from crypto.errors import Cancelled, NoMatchingKey, SealError
from crypto.keyfile import ModeratorSecrets
from crypto.padding import STANDARD_FLOOR

TODAY = dt.date.today()
CANARY = "CANARY-7f3a9c-sealing"


def form(**changes: str) -> ConcernForm:
    values = {"title": "Editor questioned by police", "category": "arrest", "urgency": "high",
              "what_happened": "An editor was called in for questioning.", "safe_now": "unsure",
              "consent": "team_only"}
    values.update(changes)
    return ConcernForm(values)


def in_memory(name: str, data: bytes) -> PreparedAttachment:
    return PreparedAttachment(name, len(data), "application/octet-stream",
                              MetadataVerdict.NOT_CLEANABLE, (), Path("/nonexistent"), data)


@pytest.fixture(scope="module")
def team() -> tuple[ModeratorSecrets, TeamCard]:
    return create_team("Wiki Safety Team", TODAY)


@pytest.fixture
def card(team: tuple[ModeratorSecrets, TeamCard]) -> TeamCard:
    return team[1]


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def open_bytes(data: bytes, secrets: ModeratorSecrets, into: Path) -> Path:
    opened = open_into_folder(io.BytesIO(data), secrets.encryption_keys, into)
    return opened.folder


# ------------------------------------------------------------------ success

def test_seal_to_file_writes_exactly_the_announced_size(card: TeamCard, out: Path) -> None:
    request = SealRequest(card, form())
    outcome = seal_to_file(request, out / "r.bin")
    assert outcome.path == out / "r.bin"
    assert outcome.size == sealed_size(request) == (out / "r.bin").stat().st_size
    assert [p.name for p in out.iterdir()] == ["r.bin"]
    assert (out / "r.bin").stat().st_mode & 0o077 == 0


def test_sealed_size_is_exact_with_attachments(card: TeamCard, out: Path, tmp_path: Path) -> None:
    path = tmp_path / "notes.bin"
    path.write_bytes(os.urandom(5 * 1024 * 1024 + 3))
    request = SealRequest(card, form(), [in_memory("a.bin", b"abc"), *prepare_attachment(path)])
    outcome = seal_to_file(request, out / "r.bin")
    assert outcome.size == sealed_size(request) == (out / "r.bin").stat().st_size


def test_seal_to_file_replaces_an_existing_file_only_on_success(card: TeamCard,
                                                                out: Path) -> None:
    target = out / "r.bin"
    target.write_bytes(b"old")
    with pytest.raises(AppError):
        seal_to_file(SealRequest(card, form(title="")), target)
    assert target.read_bytes() == b"old"
    seal_to_file(SealRequest(card, form()), target)
    assert target.read_bytes() != b"old"


def test_seal_into_folder_uses_a_neutral_name(card: TeamCard, tmp_path: Path) -> None:
    folder = tmp_path / "sealed"
    outcome = seal_into_folder(SealRequest(card, form(title=CANARY)), folder)
    assert outcome.path.parent == folder
    assert re.fullmatch(r"[0-9a-f]{12}\.bin", outcome.path.name)
    assert (folder.stat().st_mode & 0o777) == 0o700
    second = seal_into_folder(SealRequest(card, form(title=CANARY)), folder)
    assert second.path != outcome.path


def test_progress_is_monotonic_and_reaches_the_total(card: TeamCard, out: Path) -> None:
    calls: list[tuple[int, int]] = []
    request = SealRequest(card, form(), [in_memory("x.bin", bytes(9 * 1024 * 1024))])
    outcome = seal_to_file(request, out / "r.bin", progress=lambda d, t: calls.append((d, t)))
    assert calls
    assert all(total == outcome.size for _, total in calls)
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert done[-1] == outcome.size, f"progress ends at {done[-1]} of {outcome.size}"


def test_seal_to_bytes_round_trip(team: tuple[ModeratorSecrets, TeamCard],
                                  tmp_path: Path) -> None:
    secrets, card = team
    payload = os.urandom(70_000)
    request = SealRequest(card, form(where="Zürich"), [in_memory("evidence.bin", payload)])
    data = seal_to_bytes(request)
    assert len(data) == sealed_size(request)
    folder = open_bytes(data, secrets, tmp_path / "opened")
    assert (folder / "attachments" / "evidence.bin").read_bytes() == payload
    assert "Zürich" in (folder / "report.txt").read_text(encoding="utf-8")


def test_two_seals_of_the_same_report_differ(card: TeamCard) -> None:
    request = SealRequest(card, form())
    first, second = seal_to_bytes(request), seal_to_bytes(request)
    assert len(first) == len(second)
    assert first != second
    assert first[:64] != second[:64]


def test_the_sealed_file_holds_no_plaintext(card: TeamCard, out: Path, tmp_path: Path,
                                            _isolated_home: Path) -> None:
    request = SealRequest(card, form(title=CANARY, what_happened=CANARY * 10, where=CANARY),
                          [in_memory(f"{CANARY}.txt", CANARY.encode() * 100)])
    seal_to_file(request, out / "r.bin")
    needles = [CANARY.encode(), CANARY.encode("utf-16-le")]
    for root in (tmp_path, _isolated_home):
        for path in root.rglob("*"):
            assert CANARY not in path.name
            if path.is_file():
                content = path.read_bytes()
                assert not any(n in content for n in needles), path


def test_demo_card_in_demo_mode_seals_a_demo_report(tmp_path: Path) -> None:
    request = SealRequest(demo_card(), sample_form(), demo_mode=True)
    data = seal_to_bytes(request)
    opened = open_into_folder(io.BytesIO(data), demo_moderator_keys(), tmp_path / "o")
    assert opened.manifest.demo is True


def test_a_report_sealed_to_the_demo_team_cannot_be_opened_with_other_keys(
        team: tuple[ModeratorSecrets, TeamCard], tmp_path: Path) -> None:
    data = seal_to_bytes(SealRequest(demo_card(), sample_form(), demo_mode=True))
    with pytest.raises(NoMatchingKey):
        open_bytes(data, team[0], tmp_path / "o")


# ------------------------------------------------------------------ refusals

def refused(request: SealRequest, out: Path) -> AppError:
    with pytest.raises(AppError) as caught:
        seal_to_file(request, out / "r.bin")
    assert list(out.iterdir()) == []
    with pytest.raises(AppError) as again:
        seal_to_bytes(request)
    assert again.value.code == caught.value.code
    return caught.value


def test_demo_card_outside_demo_mode_is_refused(out: Path) -> None:
    assert refused(SealRequest(demo_card(), form()), out).code == "card.demo_refused"


def test_real_card_in_demo_mode_is_refused(card: TeamCard, out: Path) -> None:
    assert refused(SealRequest(card, form(), demo_mode=True), out).code == "card.real_in_demo"


def test_expired_card_is_refused(out: Path) -> None:
    _, old_card = create_team("Old Team", TODAY - dt.timedelta(days=400), valid_days=365)
    error = refused(SealRequest(old_card, form()), out)
    assert error.code == "card.expired"
    assert error.params["expires"] == old_card.expires.isoformat()


def test_a_card_is_valid_through_its_expiry_day(card: TeamCard, out: Path) -> None:
    seal_to_file(SealRequest(card, form(), today=card.expires), out / "r.bin")
    with pytest.raises(AppError) as caught:
        seal_to_file(SealRequest(card, form(), today=card.expires + dt.timedelta(days=1)),
                     out / "s.bin")
    assert caught.value.code == "card.expired"


def test_invalid_form_is_refused(card: TeamCard, out: Path) -> None:
    error = refused(SealRequest(card, form(title="", category="nope")), out)
    assert error.code == "form.invalid"
    assert error.params["fields"] == ["category", "title"]


# ------------------------------------------------------------------ cancel and failure

@pytest.fixture
def sparse_200mb(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "big-video.bin"
    path.touch()
    os.truncate(path, 200 * 1024 * 1024)
    yield path
    path.unlink(missing_ok=True)


def test_cancel_leaves_no_file_at_all(card: TeamCard, out: Path, sparse_200mb: Path) -> None:
    progress: list[int] = []
    request = SealRequest(card, form(), prepare_attachment(sparse_200mb))
    with pytest.raises(Cancelled):
        seal_to_file(request, out / "r.bin", progress=lambda done, _total: progress.append(done),
                     should_cancel=lambda: bool(progress))
    assert len(progress) == 1
    assert progress[0] < sealed_size(request) // 4
    assert list(out.iterdir()) == []


def test_cancel_in_seal_to_bytes(card: TeamCard, sparse_200mb: Path) -> None:
    checks: list[int] = []

    def cancel_on_third_check() -> bool:
        checks.append(1)
        return len(checks) >= 3

    with pytest.raises(Cancelled):
        seal_to_bytes(SealRequest(card, form(), prepare_attachment(sparse_200mb)),
                      should_cancel=cancel_on_third_check)
    assert len(checks) == 3


def test_cancel_keeps_an_existing_destination(card: TeamCard, out: Path,
                                              sparse_200mb: Path) -> None:
    target = out / "r.bin"
    target.write_bytes(b"previous export")
    with pytest.raises(Cancelled):
        seal_to_file(SealRequest(card, form(), prepare_attachment(sparse_200mb)), target,
                     should_cancel=lambda: True)
    assert [p.name for p in out.iterdir()] == ["r.bin"]
    assert target.read_bytes() == b"previous export"


@pytest.mark.parametrize("delta", [-1, -70_000, +1, +70_000], ids=["shrink-1", "shrink-much",
                                                                    "grow-1", "grow-much"])
def test_an_attachment_that_changes_size_while_sealing(card: TeamCard, out: Path,
                                                       tmp_path: Path, delta: int,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "doc.bin"
    path.write_bytes(b"d" * 100_000)
    prepared = prepare_attachment(path)
    monkeypatch.setattr(PreparedAttachment, "open",
                        lambda self: io.BytesIO(b"z" * (self.size + delta)))
    with pytest.raises(AppError) as caught:
        seal_to_file(SealRequest(card, form(), prepared), out / "r.bin")
    assert caught.value.code == "seal.source_changed"
    assert isinstance(caught.value.__cause__, SealError)
    assert list(out.iterdir()) == []


def test_a_file_truncated_on_disk_after_preparing(card: TeamCard, out: Path,
                                                  tmp_path: Path) -> None:
    path = tmp_path / "recording.bin"
    path.write_bytes(os.urandom(6 * 1024 * 1024))
    prepared = prepare_attachment(path)
    os.truncate(path, 5 * 1024 * 1024)
    with pytest.raises(AppError) as caught:
        seal_to_file(SealRequest(card, form(), prepared), out / "r.bin")
    assert caught.value.code == "seal.source_changed"
    assert list(out.iterdir()) == []


def test_a_file_removed_after_preparing(card: TeamCard, out: Path, tmp_path: Path) -> None:
    path = tmp_path / "gone.bin"
    path.write_bytes(b"x" * 1000)
    prepared = prepare_attachment(path)
    path.unlink()
    with pytest.raises(AppError) as caught:
        seal_to_file(SealRequest(card, form(), prepared), out / "r.bin")
    assert caught.value.code == "attachment.unreadable"
    assert list(out.iterdir()) == []


def test_seal_to_bytes_reports_a_changed_source(card: TeamCard) -> None:
    bad = PreparedAttachment("x.bin", 10, "application/octet-stream",
                             MetadataVerdict.NOT_CLEANABLE, (), Path("/nonexistent"), b"short")
    with pytest.raises(AppError) as caught:
        seal_to_bytes(SealRequest(card, form(), [bad]))
    assert caught.value.code == "seal.source_changed"


def test_disk_full_leaves_no_file(card: TeamCard, out: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(AppError) as caught:
        seal_to_file(SealRequest(card, form()), out / "r.bin")
    assert caught.value.code == "io.write_failed"
    assert list(out.iterdir()) == []


def test_many_attachments_do_not_need_one_open_file_each(team: tuple[ModeratorSecrets,
                                                                     TeamCard],
                                                         out: Path, tmp_path: Path) -> None:
    """300 files from disk (the format allows 1000) seal with a modest descriptor limit.

    macOS defaults to 256 open files per process: sources must not all be opened up front.
    """
    folder = tmp_path / "documents"
    folder.mkdir()
    prepared = []
    for i in range(300):
        path = folder / f"page-{i}.txt"
        path.write_bytes(b"page %d" % i)
        prepared += prepare_attachment(path)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    in_use = len(os.listdir("/proc/self/fd"))
    resource.setrlimit(resource.RLIMIT_NOFILE, (in_use + 64, hard))
    try:
        outcome = seal_to_file(SealRequest(team[1], form(), prepared), out / "r.bin")
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    opened = open_into_folder(io.BytesIO(outcome.path.read_bytes()), team[0].encryption_keys,
                              tmp_path / "opened")
    assert opened.attachment_files[299].read_bytes() == b"page 299"


# ------------------------------------------------------------------ size buckets

def test_one_byte_and_900_kb_reports_have_the_same_size(card: TeamCard) -> None:
    tiny = SealRequest(card, form(what_happened="x"))
    large = SealRequest(card, form(what_happened="é" * 450_000))  # 900 KB of UTF-8
    assert len(large.form.get("what_happened").encode()) == 900_000
    sizes = {sealed_size(tiny), sealed_size(large), len(seal_to_bytes(tiny)),
             len(seal_to_bytes(large))}
    assert len(sizes) == 1
    assert sizes.pop() > STANDARD_FLOOR


def test_a_two_megabyte_report_is_bigger(card: TeamCard) -> None:
    tiny = SealRequest(card, form(what_happened="x"))
    big = SealRequest(card, form(what_happened="x"), [in_memory("a.bin", bytes(2_000_000))])
    assert len(seal_to_bytes(big)) == sealed_size(big) > sealed_size(tiny)


def test_the_team_size_does_not_change_the_file_size() -> None:
    _, small_team = create_team("One Moderator", TODAY)
    request_small = SealRequest(small_team, form())
    request_demo = SealRequest(demo_card(), form(), demo_mode=True)  # two moderators
    assert len(seal_to_bytes(request_small)) == len(seal_to_bytes(request_demo))


def test_compact_only_for_short_text_reports(card: TeamCard) -> None:
    short = SealRequest(card, form(), compact=True)
    assert compact_allowed(short)
    assert len(seal_to_bytes(short)) == sealed_size(short) < sealed_size(SealRequest(card,
                                                                                     form()))
    with_file = SealRequest(card, form(), [in_memory("a.txt", b"a")], compact=True)
    assert not compact_allowed(with_file)
    long_text = SealRequest(card, form(what_happened="x" * 5000), compact=True)
    assert not compact_allowed(long_text)
    assert sealed_size(with_file) == sealed_size(long_text) == sealed_size(SealRequest(card,
                                                                                       form()))


def test_repr_hides_the_content(card: TeamCard) -> None:
    assert CANARY not in repr(SealRequest(card, form(title=CANARY)))
