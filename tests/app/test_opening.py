"""Tests for app.opening: decrypt to quarantine, publish only a verified report, sanitise names.

SECURITY.md: every failure is a typed OpenError AND leaves no output and no temp file; files are
only ever written inside the chosen folder.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import random
import resource
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.attachments import PreparedAttachment
from app.demo_team import demo_card, demo_moderator_keys, sample_form
from app.errors import AppError
from app.fs import TEMP_SUFFIX
from app.image_metadata import MetadataVerdict
from app.names import MAX_NAME_CHARS
from app.opening import (
    QUARANTINE_PREFIX,
    OpenedReport,
    load_sealed_bytes_from_text,
    open_file_into_folder,
    open_into_folder,
    remove_stale_quarantines,
)
from app.report import ConcernForm
from app.sealing import SealRequest, seal_to_bytes
from app.team import create_team
from crypto.armor import armor, split_into_parts
from crypto.card import TeamCard
from crypto.errors import (
    ArmorError,
    Cancelled,
    HeaderTampered,
    MissingParts,
    NoMatchingKey,
    NotASealedReport,
    OpenError,
    PayloadTampered,
    TrailingData,
    Truncated,
)
from crypto.header import HEADER_BYTES
from crypto.keyfile import ModeratorSecrets
from crypto.keys import SecretKey
from crypto.stream import CHUNK_CT_BYTES

TODAY = dt.date.today()
STREAM_HEADER = 24

Team = tuple[ModeratorSecrets, TeamCard]


def form(**changes: str) -> ConcernForm:
    values = {"title": "Editor questioned by police", "category": "arrest", "urgency": "high",
              "what_happened": "An editor was called in.\nTwice.", "safe_now": "unsure",
              "consent": "team_only", "where": "Zürich"}
    values.update(changes)
    return ConcernForm(values)


def in_memory(name: str, data: bytes) -> PreparedAttachment:
    return PreparedAttachment(name, len(data), "application/octet-stream",
                              MetadataVerdict.NOT_CLEANABLE, (), Path("/nonexistent"), data)


@pytest.fixture(scope="module")
def team() -> Team:
    return create_team("Wiki Safety Team", TODAY)


@pytest.fixture(scope="module")
def other_team() -> Team:
    return create_team("Another Team", TODAY)


@pytest.fixture(scope="module")
def sealed(team: Team) -> bytes:
    """A report with two attachments, sealed to ``team``."""
    request = SealRequest(team[1], form(), [in_memory("photo.jpg", b"\xff\xd8" + bytes(5000)),
                                            in_memory("notes.txt", b"hello")])
    return seal_to_bytes(request)


@pytest.fixture
def into(tmp_path: Path) -> Path:
    folder = tmp_path / "opened"
    folder.mkdir()
    (folder / "earlier-report.txt").write_text("someone else's file")
    return folder


def snapshot(folder: Path) -> dict[str, bytes | None]:
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
            for p in sorted(folder.rglob("*"))}


def assert_all_inside(report: Path) -> None:
    root = report.resolve()
    for path in report.rglob("*"):
        assert path.resolve().is_relative_to(root), path


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------ round trips

def test_open_file_round_trip(team: Team, sealed: bytes, tmp_path: Path, into: Path) -> None:
    before = snapshot(into)
    opened = open_file_into_folder(write(tmp_path, "r.bin", sealed), team[0].encryption_keys,
                                   into)
    assert isinstance(opened, OpenedReport)
    assert opened.folder.parent == into
    assert opened.folder.name == f"report-{opened.report_id[:12]}"
    assert opened.manifest.fields == form().manifest_fields()
    assert [p.name for p in opened.attachment_files] == ["photo.jpg", "notes.txt"]
    assert opened.attachment_files[0].read_bytes() == b"\xff\xd8" + bytes(5000)
    assert opened.attachment_files[1].read_bytes() == b"hello"
    names = sorted(p.name for p in opened.folder.iterdir())
    assert names == ["attachments", "report.json", "report.txt"]
    after = snapshot(into)
    assert {k: v for k, v in after.items() if k in before} == before
    assert not [k for k in after if QUARANTINE_PREFIX in k or k.endswith(TEMP_SUFFIX)]


def test_report_json_and_txt(team: Team, sealed: bytes, into: Path) -> None:
    opened = open_into_folder(io.BytesIO(sealed), team[0].encryption_keys, into)
    document = json.loads((opened.folder / "report.json").read_text(encoding="utf-8"))
    assert document["report_id"] == opened.report_id
    assert document["fields"] == form().manifest_fields()
    assert document["demo"] is False
    assert document["sealed_on"] == TODAY.isoformat()
    assert [a["file"] for a in document["attachments"]] == ["attachments/photo.jpg",
                                                           "attachments/notes.txt"]
    assert [a["size"] for a in document["attachments"]] == [5002, 5]
    text = (opened.folder / "report.txt").read_text(encoding="utf-8")
    assert "Editor questioned by police" in text
    assert "An editor was called in.\nTwice." in text
    assert "Zürich" in text
    assert "DEMO" not in text
    assert "attachments/notes.txt (5 bytes" in text
    assert "sender: unknown" in text


def test_opened_files_are_private(team: Team, sealed: bytes, into: Path) -> None:
    opened = open_into_folder(io.BytesIO(sealed), team[0].encryption_keys, into)
    for path in [opened.folder, *opened.folder.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), (path, oct(mode))


def test_demo_report_is_marked_in_report_txt(into: Path) -> None:
    data = seal_to_bytes(SealRequest(demo_card(), sample_form(), demo_mode=True))
    opened = open_into_folder(io.BytesIO(data), demo_moderator_keys(), into)
    text = (opened.folder / "report.txt").read_text(encoding="utf-8")
    assert text.startswith("*** DEMO REPORT")
    assert json.loads((opened.folder / "report.json").read_text())["demo"] is True


def test_any_moderator_key_opens(into: Path) -> None:
    data = seal_to_bytes(SealRequest(demo_card(), sample_form(), demo_mode=True))
    for key in demo_moderator_keys():
        open_into_folder(io.BytesIO(data), [key], into)
    assert len([p for p in into.iterdir() if p.name.startswith("report-")]) == 2


def test_opening_twice_gives_two_folders(team: Team, sealed: bytes, into: Path) -> None:
    first = open_into_folder(io.BytesIO(sealed), team[0].encryption_keys, into)
    second = open_into_folder(io.BytesIO(sealed), team[0].encryption_keys, into)
    assert first.folder != second.folder
    assert second.folder.name == first.folder.name + "-2"
    assert (first.folder / "report.json").read_bytes() == (second.folder /
                                                          "report.json").read_bytes()


def test_empty_and_multi_segment_attachments(team: Team, into: Path) -> None:
    big = random.Random(7).randbytes(9 * 1024 * 1024 + 11)  # three 4 MiB segments
    request = SealRequest(team[1], form(), [in_memory("empty.txt", b""),
                                            in_memory("big.bin", big),
                                            in_memory("after.txt", b"after")])
    opened = open_into_folder(io.BytesIO(seal_to_bytes(request)), team[0].encryption_keys, into)
    assert [p.read_bytes() for p in opened.attachment_files] == [b"", big, b"after"]


def test_into_folder_is_created_private(team: Team, sealed: bytes, tmp_path: Path) -> None:
    target = tmp_path / "new" / "nested"
    opened = open_into_folder(io.BytesIO(sealed), team[0].encryption_keys, target)
    assert opened.folder.parent == target
    assert stat.S_IMODE(target.stat().st_mode) == 0o700


def test_many_attachments_do_not_need_one_open_file_each(team: Team, into: Path) -> None:
    """300 attachments (the format allows 1000) must open with a modest descriptor limit.

    macOS defaults to 256 open files per process; the quarantine must not keep every
    attachment's file open until the end.
    """
    request = SealRequest(team[1], form(), [in_memory(f"photo-{i}.jpg", b"%d" % i)
                                            for i in range(300)])
    data = seal_to_bytes(request)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    in_use = len(os.listdir("/proc/self/fd"))
    resource.setrlimit(resource.RLIMIT_NOFILE, (in_use + 64, hard))
    try:
        opened = open_into_folder(io.BytesIO(data), team[0].encryption_keys, into)
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    assert len(opened.attachment_files) == 300
    assert opened.attachment_files[299].read_bytes() == b"299"


# ------------------------------------------------------------------ hostile names

HOSTILE_NAMES = ["../../x", "/abs/path", "C:\\x", "CON", "a\u202egnp.exe", "n" * 10_000,
                 "dup.txt", "DUP.TXT", "dup.txt", "", ".", "..", "nul\x00.txt",
                 "..\\..\\..\\windows\\evil.dll", "report.json", "../report.txt",
                 "x" * 9_996 + ".txt", "attachment-10"]


def test_hostile_names_stay_inside_the_report_folder(team: Team, tmp_path: Path) -> None:
    into = tmp_path / "a" / "b" / "opened"
    into.mkdir(parents=True)
    payloads = [f"payload {i}".encode() for i in range(len(HOSTILE_NAMES))]
    request = SealRequest(team[1], form(),
                          [in_memory(n, p) for n, p in zip(HOSTILE_NAMES, payloads, strict=True)])
    before_outside = sorted(p for p in tmp_path.rglob("*") if not p.is_relative_to(into))
    opened = open_into_folder(io.BytesIO(seal_to_bytes(request)), team[0].encryption_keys, into)

    assert sorted(p for p in tmp_path.rglob("*") if not p.is_relative_to(into)) == before_outside
    assert [p.name for p in into.iterdir()] == [opened.folder.name]
    assert_all_inside(opened.folder)
    attachments = opened.folder / "attachments"
    files = sorted(attachments.iterdir())
    assert len(files) == len(HOSTILE_NAMES)
    names = [p.name for p in opened.attachment_files]
    assert len({n.casefold() for n in names}) == len(names)
    for path, payload in zip(opened.attachment_files, payloads, strict=True):
        assert path.parent == attachments
        assert path.read_bytes() == payload
        assert 1 <= len(path.name) <= MAX_NAME_CHARS
        assert not any(c in path.name for c in "/\\\x00\u202e")
        assert path.name.split(".")[0].casefold() not in ("con", "nul")
        assert not path.name.startswith(".")
    # the report's own files were not overwritten by attachments called report.json/txt
    document = json.loads((opened.folder / "report.json").read_text(encoding="utf-8"))
    assert [a["original_name"] for a in document["attachments"]] == HOSTILE_NAMES
    assert "\u202e" not in (opened.folder / "report.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("char", ["写", "😀"])
def test_long_non_ascii_attachment_names_still_open(team: Team, into: Path, char: str) -> None:
    """A long Japanese (or emoji) file name must not make the whole report unopenable.

    120 such characters are 360 or 480 bytes of UTF-8, over the 255-byte limit of ext4/btrfs.
    """
    request = SealRequest(team[1], form(), [in_memory(char * 200 + ".jpg", b"pixels")])
    opened = open_into_folder(io.BytesIO(seal_to_bytes(request)), team[0].encryption_keys, into)
    (path,) = opened.attachment_files
    assert path.read_bytes() == b"pixels"
    assert path.name.endswith(".jpg")


# ------------------------------------------------------------------ every failure leaves nothing

def flip(data: bytes, index: int) -> bytes:
    changed = bytearray(data)
    changed[index] ^= 0x01
    return bytes(changed)


FAILURES: dict[str, tuple[Callable[[bytes, bytes], bytes], type[OpenError]]] = {
    # name: (make the bad file from (good file, other team's file), expected class)
    "empty-file": (lambda good, other: b"", NotASealedReport),
    "random-bytes": (lambda good, other: random.Random(1).randbytes(len(good)), OpenError),
    "unknown-version": (lambda good, other: flip(good, 0), NotASealedReport),
    "non-zero-flags": (lambda good, other: flip(good, 1), NotASealedReport),
    "header-slot-byte": (lambda good, other: flip(good, 2 + 80 * 3 + 40), OpenError),
    "header-mac-byte": (lambda good, other: flip(good, HEADER_BYTES - 1), HeaderTampered),
    "cut-in-header": (lambda good, other: good[:HEADER_BYTES // 2], Truncated),
    "header-only": (lambda good, other: good[:HEADER_BYTES], Truncated),
    "stream-header-byte": (lambda good, other: flip(good, HEADER_BYTES + 3), PayloadTampered),
    "first-chunk-byte": (lambda good, other: flip(good, HEADER_BYTES + STREAM_HEADER + 100),
                         PayloadTampered),
    "middle-chunk-byte": (lambda good, other: flip(good, len(good) // 2), PayloadTampered),
    "last-byte": (lambda good, other: flip(good, len(good) - 1), PayloadTampered),
    "truncated-at-chunk-boundary": (
        lambda good, other: good[:HEADER_BYTES + STREAM_HEADER + 3 * CHUNK_CT_BYTES], Truncated),
    "truncated-by-one": (lambda good, other: good[:-1], OpenError),
    "one-byte-appended": (lambda good, other: good + b"\x00", TrailingData),
    "chunk-appended": (lambda good, other: good + bytes(CHUNK_CT_BYTES), TrailingData),
    "file-of-another-team": (lambda good, other: other, NoMatchingKey),
    "header-of-other-file": (lambda good, other: other[:HEADER_BYTES] + good[HEADER_BYTES:],
                             NoMatchingKey),
}


@pytest.fixture(scope="module")
def other_teams_file(other_team: Team) -> bytes:
    return seal_to_bytes(SealRequest(other_team[1], form()))


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_every_failure_is_typed_and_leaves_nothing(failure: str, team: Team, sealed: bytes,
                                                   other_teams_file: bytes, tmp_path: Path,
                                                   into: Path) -> None:
    make, expected = FAILURES[failure]
    path = write(tmp_path, "report.bin", make(sealed, other_teams_file))
    before = snapshot(into)
    with pytest.raises(expected):
        open_file_into_folder(path, team[0].encryption_keys, into)
    assert snapshot(into) == before


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(["flip", "cut", "insert"]), where=st.floats(0, 1),
       bit=st.integers(0, 7), extra=st.binary(min_size=1, max_size=40))
def test_any_mutation_is_a_declared_error_and_leaves_nothing(
        team: Team, sealed: bytes, tmp_path: Path, kind: str, where: float, bit: int,
        extra: bytes) -> None:
    position = min(int(where * len(sealed)), len(sealed) - 1)
    if kind == "flip":
        changed = bytearray(sealed)
        changed[position] ^= 1 << bit
        bad = bytes(changed)
    elif kind == "cut":
        bad = sealed[:position]
    else:
        bad = sealed[:position] + extra + sealed[position:]
    into = tmp_path / "fuzz"
    into.mkdir(exist_ok=True)
    before = snapshot(into)
    with pytest.raises(OpenError):
        open_into_folder(io.BytesIO(bad), team[0].encryption_keys, into)
    assert snapshot(into) == before


def test_wrong_key_is_typed_and_leaves_nothing(sealed: bytes, tmp_path: Path,
                                               into: Path) -> None:
    before = snapshot(into)
    with pytest.raises(NoMatchingKey):
        open_file_into_folder(write(tmp_path, "r.bin", sealed), [SecretKey.generate()], into)
    with pytest.raises(NoMatchingKey):
        open_into_folder(io.BytesIO(sealed), [], into)
    assert snapshot(into) == before


def test_header_from_another_report_of_the_same_team(team: Team, sealed: bytes,
                                                     into: Path) -> None:
    """Header of file A with the payload of file B (both for the same team): no output."""
    second = seal_to_bytes(SealRequest(team[1], form()))
    mixed = sealed[:HEADER_BYTES] + second[HEADER_BYTES:]
    before = snapshot(into)
    with pytest.raises(OpenError):
        open_into_folder(io.BytesIO(mixed), team[0].encryption_keys, into)
    assert snapshot(into) == before


def test_failure_after_attachment_bytes_were_streamed_leaves_nothing(team: Team,
                                                                     into: Path) -> None:
    """Attachment bytes reach the quarantine before the last segment fails: all removed."""
    big = bytes(9 * 1024 * 1024)
    good = seal_to_bytes(SealRequest(team[1], form(), [in_memory("big.bin", big)]))
    before = snapshot(into)
    with pytest.raises(PayloadTampered):
        open_into_folder(io.BytesIO(flip(good, len(good) - 5)), team[0].encryption_keys, into)
    assert snapshot(into) == before


def test_cancel_while_opening_leaves_nothing(team: Team, into: Path) -> None:
    good = seal_to_bytes(SealRequest(team[1], form(), [in_memory("big.bin",
                                                                 bytes(20 * 1024 * 1024))]))
    seen: list[int] = []
    before = snapshot(into)
    with pytest.raises(Cancelled):
        open_into_folder(io.BytesIO(good), team[0].encryption_keys, into,
                         progress=seen.append, should_cancel=lambda: len(seen) >= 2)
    assert snapshot(into) == before


def test_a_missing_input_file(team: Team, tmp_path: Path, into: Path) -> None:
    before = snapshot(into)
    with pytest.raises(AppError) as caught:
        open_file_into_folder(tmp_path / "nope.bin", team[0].encryption_keys, into)
    assert caught.value.code == "input.unreadable"
    assert snapshot(into) == before


def test_write_failure_while_publishing_leaves_nothing(team: Team, sealed: bytes, into: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    before = snapshot(into)
    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(AppError) as caught:
        open_into_folder(io.BytesIO(sealed), team[0].encryption_keys, into)
    assert caught.value.code == "io.write_failed"
    assert snapshot(into) == before


# ------------------------------------------------------------------ text forms

def test_armored_text_after_a_greeting_opens(team: Team, sealed: bytes, tmp_path: Path,
                                             into: Path) -> None:
    """crypto.armor finds the block anywhere in pasted text; a saved mail must open too."""
    path = tmp_path / "pasted.txt"
    path.write_text("Hi, here it is:\n\n" + armor(sealed) + "\nbye\n", encoding="utf-8")
    opened = open_file_into_folder(path, team[0].encryption_keys, into)
    assert opened.attachment_files[1].read_bytes() == b"hello"


def test_armored_text_starting_at_the_first_line_opens(team: Team, sealed: bytes,
                                                       tmp_path: Path, into: Path) -> None:
    path = tmp_path / "pasted.txt"
    path.write_text(armor(sealed), encoding="utf-8")
    assert open_file_into_folder(path, team[0].encryption_keys, into).manifest.fields[
        "title"] == "Editor questioned by police"


def test_mail_quoted_armor_text_is_understood(sealed: bytes) -> None:
    quoted = "\n".join("> " + line for line in armor(sealed).splitlines())
    assert load_sealed_bytes_from_text(quoted) == sealed


def test_mail_quoted_armor_file_opens(team: Team, sealed: bytes, tmp_path: Path,
                                      into: Path) -> None:
    """crypto.armor ignores "> " quoting; a file saved from a quoted mail must open too."""
    path = tmp_path / "pasted.txt"
    path.write_text("\n".join("> " + line for line in armor(sealed).splitlines()),
                    encoding="utf-8")
    opened = open_file_into_folder(path, team[0].encryption_keys, into)
    assert opened.attachment_files[1].read_bytes() == b"hello"


def test_damaged_armor_is_an_armor_error_and_leaves_nothing(team: Team, sealed: bytes,
                                                            tmp_path: Path, into: Path) -> None:
    text = armor(sealed)
    lines = text.splitlines()
    lines[5] = lines[5][:-3] + "!!!"
    path = tmp_path / "pasted.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    before = snapshot(into)
    with pytest.raises(ArmorError):
        open_file_into_folder(path, team[0].encryption_keys, into)
    assert snapshot(into) == before


def test_parts_in_shuffled_order_open(team: Team, sealed: bytes, tmp_path: Path,
                                      into: Path) -> None:
    parts = split_into_parts(sealed, 4000)
    assert len(parts) > 3
    random.Random(3).shuffle(parts)
    path = tmp_path / "parts.txt"
    path.write_text("\n\n".join(parts), encoding="utf-8")
    opened = open_file_into_folder(path, team[0].encryption_keys, into)
    assert opened.attachment_files[1].read_bytes() == b"hello"


@pytest.mark.parametrize("missing", [1, 2])
def test_a_missing_part_is_named(team: Team, sealed: bytes, tmp_path: Path, into: Path,
                                 missing: int) -> None:
    parts = split_into_parts(sealed, 4000)
    total = len(parts)
    del parts[missing - 1]
    with pytest.raises(MissingParts) as caught:
        load_sealed_bytes_from_text("\n".join(parts))
    assert caught.value.missing == [missing]
    assert caught.value.total == total
    assert f"[{missing}]" in str(caught.value)
    path = tmp_path / "parts.txt"
    path.write_text("\n".join(parts), encoding="utf-8")
    before = snapshot(into)
    with pytest.raises(MissingParts):
        open_file_into_folder(path, team[0].encryption_keys, into)
    assert snapshot(into) == before


def test_parts_of_a_tampered_file_fail_like_the_file(team: Team, sealed: bytes,
                                                     into: Path) -> None:
    tampered = flip(sealed, len(sealed) // 2)
    data = load_sealed_bytes_from_text("\n".join(split_into_parts(tampered, 4000)))
    before = snapshot(into)
    with pytest.raises(PayloadTampered):
        open_into_folder(io.BytesIO(data), team[0].encryption_keys, into)
    assert snapshot(into) == before


# ------------------------------------------------------------------ crash leftovers

def test_remove_stale_quarantines(tmp_path: Path) -> None:
    into = tmp_path / "opened"
    stale = into / f"{QUARANTINE_PREFIX}0123456789abcdef"
    (stale / "attachments").mkdir(parents=True)
    (stale / "0.part").write_bytes(b"half-decrypted")
    (stale / "attachments" / "x.jpg").write_bytes(b"x")
    second = into / f"{QUARANTINE_PREFIX}fedcba9876543210"
    second.mkdir()
    report = into / "report-0123456789ab"
    report.mkdir()
    (report / "report.txt").write_text("keep")
    lookalike = into / f"{QUARANTINE_PREFIX}file"
    lookalike.write_text("a file, not a folder")
    assert remove_stale_quarantines(into) == 2
    assert sorted(p.name for p in into.iterdir()) == sorted([report.name, lookalike.name])
    assert (report / "report.txt").read_text() == "keep"
    assert remove_stale_quarantines(into) == 0
    assert remove_stale_quarantines(tmp_path / "missing") == 0


def test_remove_stale_quarantines_does_not_follow_symlinks(tmp_path: Path) -> None:
    into = tmp_path / "opened"
    into.mkdir()
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "keep.txt").write_text("keep")
    (into / f"{QUARANTINE_PREFIX}link").symlink_to(precious, target_is_directory=True)
    remove_stale_quarantines(into)
    assert (precious / "keep.txt").read_text() == "keep"
