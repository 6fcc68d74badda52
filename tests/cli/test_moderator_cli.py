"""The moderators' command line (``sealnote-moderator``), run in-process through ``main``.

The team is created once per module with the real command (production Argon2id, about a second).
Failure tests mostly use ``--demo`` (no passphrase derivation) to stay fast; one repeats the
check with the real key file.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.cli.messages import EXIT_CARD, EXIT_IO, EXIT_KEYS, EXIT_OK, EXIT_OPEN, EXIT_USAGE
from app.cli.moderator import main
from app.demo_team import demo_card, sample_form
from app.report import ConcernForm
from app.sealing import SealRequest, seal_to_bytes
from crypto.armor import armor, split_into_parts
from crypto.card import TeamCard, load_trusted_card
from crypto.header import HEADER_BYTES

TODAY = dt.date.today()
PASSPHRASE = "correct horse battery staple"
TEAM_NAME = "Wiki Safety Team"
TITLE = "CANARY-title-9d41 editor detained"
PROGRAM = "sealnote-moderator"


class Run:
    """One in-process run of the moderator command line."""

    def __init__(self, argv: list[str], stdin: io.StringIO | None = None) -> None:
        self.stdout, self.stderr = io.StringIO(), io.StringIO()
        self.code = main(argv, stdin=stdin or io.StringIO(), stdout=self.stdout,
                         stderr=self.stderr)
        self.out, self.err = self.stdout.getvalue(), self.stderr.getvalue()

    def assert_error(self, code: int, message: str) -> None:
        assert self.code == code, (self.code, self.err)
        errors = [line for line in self.err.splitlines() if line.startswith(f"{PROGRAM}: error: ")]
        hints = [line for line in self.err.splitlines() if line.startswith(f"{PROGRAM}: hint: ")]
        assert errors and message in errors[0], self.err
        assert hints, self.err


@dataclass(frozen=True)
class Team:
    folder: Path
    key_file: Path
    card_file: Path
    passphrase_file: Path
    create_output: str

    @property
    def card(self) -> TeamCard:
        return load_trusted_card(self.card_file.read_text(encoding="utf-8"), TODAY)

    def key_args(self) -> list[str]:
        return ["--key-file", str(self.key_file), "--passphrase-file", str(self.passphrase_file)]


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Team:
    folder = tmp_path_factory.mktemp("moderator-team")
    passphrase_file = folder / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    key_file, card_file = folder / "team.key", folder / "team-card.txt"
    run = Run(["team", "create", "--name", TEAM_NAME, "--key-file", str(key_file),
               "--card-out", str(card_file), "--passphrase-file", str(passphrase_file)])
    assert run.code == EXIT_OK, run.err
    return Team(folder, key_file, card_file, passphrase_file, run.out)


def concern() -> ConcernForm:
    return ConcernForm({"title": TITLE, "category": "arrest", "urgency": "high",
                        "what_happened": "Detained at home.", "safe_now": "unsure",
                        "consent": "team_only"})


@pytest.fixture(scope="module")
def team_report(team: Team) -> bytes:
    return seal_to_bytes(SealRequest(team.card, concern()))


@pytest.fixture(scope="module")
def demo_report() -> bytes:
    return seal_to_bytes(SealRequest(demo_card(), sample_form(), demo_mode=True))


@pytest.fixture
def into(tmp_path: Path) -> Path:
    folder = tmp_path / "opened"
    folder.mkdir()
    return folder


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def flip(data: bytes, index: int) -> bytes:
    changed = bytearray(data)
    changed[index] ^= 0x01
    return bytes(changed)


# ------------------------------------------------------------------ team

def test_team_create(team: Team) -> None:
    card = team.card
    assert card.team == TEAM_NAME
    assert f"fingerprint: {card.fingerprint}" in team.create_output
    assert team.key_file.stat().st_mode & 0o077 == 0
    data = team.key_file.read_bytes()
    assert PASSPHRASE.encode() not in data and TEAM_NAME.encode() not in data


def test_team_create_refuses_to_overwrite_a_key_file(team: Team) -> None:
    before = team.key_file.read_bytes()
    Run(["team", "create", "--name", "Other", "--key-file", str(team.key_file),
         "--passphrase-file", str(team.passphrase_file)]).assert_error(EXIT_IO, "already exists")
    assert team.key_file.read_bytes() == before


def test_team_create_refuses_a_short_passphrase(tmp_path: Path) -> None:
    short = write(tmp_path, "short.txt", b"abc\n")
    key_file = tmp_path / "t.key"
    Run(["team", "create", "--name", "T", "--key-file", str(key_file), "--passphrase-file",
         str(short)]).assert_error(EXIT_USAGE, "too short")
    assert not key_file.exists()


def test_team_create_without_a_passphrase_source(tmp_path: Path) -> None:
    key_file = tmp_path / "t.key"
    Run(["team", "create", "--name", "T", "--key-file", str(key_file)]).assert_error(
        EXIT_USAGE, "no passphrase given")
    assert not key_file.exists()


def test_team_card_to_a_file(team: Team, tmp_path: Path) -> None:
    output = tmp_path / "card.txt"
    run = Run(["team", "card", *team.key_args(), "-o", str(output)])
    assert run.code == EXIT_OK, run.err
    assert output.read_text(encoding="utf-8") == team.card_file.read_text(encoding="utf-8")
    assert f"fingerprint: {team.card.fingerprint}" in run.out


def test_team_card_to_stdout_puts_the_fingerprint_on_the_given_stderr(team: Team) -> None:
    run = Run(["team", "card", *team.key_args()])
    assert run.code == EXIT_OK, run.err
    assert run.out == team.card_file.read_text(encoding="utf-8")
    assert f"fingerprint: {team.card.fingerprint}" in run.err


def test_team_card_with_a_wrong_passphrase(team: Team, tmp_path: Path) -> None:
    wrong = write(tmp_path, "wrong.txt", b"not the passphrase\n")
    run = Run(["team", "card", "--key-file", str(team.key_file), "--passphrase-file", str(wrong)])
    run.assert_error(EXIT_KEYS, "wrong passphrase")
    assert run.out == ""


def test_passphrase_from_a_file_descriptor(team: Team) -> None:
    read_end, write_end = os.pipe()
    try:
        os.write(write_end, PASSPHRASE.encode() + b"\n")
        os.close(write_end)
        run = Run(["team", "card", "--key-file", str(team.key_file), "--passphrase-fd",
                   str(read_end)])
    finally:
        os.close(read_end)
    assert run.code == EXIT_OK, run.err
    assert run.out == team.card_file.read_text(encoding="utf-8")


@pytest.mark.parametrize("option", ["--passphrase", "--password", "-p"])
def test_the_passphrase_is_never_taken_from_the_command_line(team: Team, into: Path,
                                                             option: str) -> None:
    report = write(into.parent, "r.bin", b"x")
    run = Run(["open", str(report), "--into", str(into), "--key-file", str(team.key_file),
               option, PASSPHRASE])
    run.assert_error(EXIT_USAGE, "")
    assert list(into.iterdir()) == []


def test_a_passphrase_on_the_command_line_is_not_echoed(team: Team, into: Path) -> None:
    report = write(into.parent, "r.bin", b"x")
    run = Run(["open", str(report), "--into", str(into), "--key-file", str(team.key_file),
               "--passphrase=Secret-Passphrase-4711"])
    assert run.code == EXIT_USAGE
    assert "Secret-Passphrase-4711" not in run.err + run.out


def test_no_passphrase_source_and_no_terminal(team: Team, team_report: bytes,
                                              into: Path) -> None:
    report = write(into.parent, "r.bin", team_report)
    Run(["open", str(report), "--into", str(into), "--key-file", str(team.key_file)]
        ).assert_error(EXIT_USAGE, "no passphrase given")
    assert list(into.iterdir()) == []


def test_open_without_key_file_or_demo_is_a_usage_error(team_report: bytes, into: Path) -> None:
    report = write(into.parent, "r.bin", team_report)
    Run(["open", str(report), "--into", str(into)]).assert_error(EXIT_USAGE, "--key-file")


# ------------------------------------------------------------------ open

def test_open_a_good_report(team: Team, team_report: bytes, into: Path) -> None:
    report = write(into.parent / "inbox", "r.bin", team_report)
    run = Run(["open", str(report), "--into", str(into), *team.key_args()])
    assert run.code == EXIT_OK, run.err
    (folder,) = into.iterdir()
    assert run.out.startswith(f"opened r.bin -> {folder} (0 attachments)")
    assert "[DEMO REPORT]" not in run.out
    assert TITLE in (folder / "report.txt").read_text(encoding="utf-8")
    assert TITLE not in run.out + run.err


def test_open_armored_text(team: Team, team_report: bytes, into: Path) -> None:
    pasted = write(into.parent / "inbox", "pasted.txt", armor(team_report).encode())
    run = Run(["open", str(pasted), "--into", str(into), *team.key_args()])
    assert run.code == EXIT_OK, run.err
    (folder,) = into.iterdir()
    assert TITLE in (folder / "report.txt").read_text(encoding="utf-8")


def test_open_parts_in_shuffled_order(team: Team, team_report: bytes, into: Path) -> None:
    parts = split_into_parts(team_report, 4000)
    inbox = into.parent / "inbox"
    paths = [write(inbox, f"msg.part{n}.txt", text.encode())
             for n, text in enumerate(parts, start=1)]
    random.Random(11).shuffle(paths)
    run = Run(["open", *map(str, paths), "--into", str(into), *team.key_args()])
    assert run.code == EXIT_OK, run.err
    assert run.out.startswith(f"opened {len(parts)} parts -> ")
    (folder,) = into.iterdir()
    assert TITLE in (folder / "report.txt").read_text(encoding="utf-8")


def test_open_parts_with_one_missing(demo_report: bytes, into: Path) -> None:
    parts = split_into_parts(demo_report, 4000)
    inbox = into.parent / "inbox"
    paths = [write(inbox, f"msg.part{n}.txt", text.encode())
             for n, text in enumerate(parts, start=1) if n != 3]
    run = Run(["--demo", "open", *map(str, paths), "--into", str(into)])
    run.assert_error(EXIT_OPEN, f"parts 3 of {len(parts)} are missing")
    assert list(into.iterdir()) == []


def test_demo_open(demo_report: bytes, into: Path) -> None:
    report = write(into.parent, "demo.bin", demo_report)
    run = Run(["--demo", "open", str(report), "--into", str(into)])
    assert run.code == EXIT_OK, run.err
    assert "[DEMO REPORT]" in run.out
    (folder,) = into.iterdir()
    assert (folder / "report.txt").read_text(encoding="utf-8").startswith("*** DEMO REPORT")


def test_open_continues_past_a_bad_file(demo_report: bytes, into: Path) -> None:
    inbox = into.parent / "inbox"
    bad = write(inbox, "bad.bin", flip(demo_report, HEADER_BYTES + 500))
    good = write(inbox, "good.bin", demo_report)
    run = Run(["--demo", "open", str(bad), str(good), "--into", str(into)])
    assert run.code == EXIT_OPEN
    assert "opened good.bin" in run.out
    assert f"{PROGRAM}: bad.bin:" in run.err
    assert len(list(into.iterdir())) == 1


def test_open_a_missing_file(into: Path) -> None:
    run = Run(["--demo", "open", str(into.parent / "nope.bin"), "--into", str(into)])
    run.assert_error(EXIT_IO, "cannot be read")


# ------------------------------------------------------------------ one message for every failure

FailureMaker = Callable[[bytes, bytes], bytes]
FAILURE_CLASSES: dict[str, tuple[FailureMaker, str]] = {
    # (demo report, report sealed to the real team) -> bad file, and the debug code
    "wrong-key": (lambda demo, other: other, "open.no_matching_key"),
    "tampered-header": (lambda demo, other: flip(demo, HEADER_BYTES - 3), "open.header_mac"),
    "tampered-payload": (lambda demo, other: flip(demo, HEADER_BYTES + 1000),
                         "open.payload_auth"),
    "truncated": (lambda demo, other: demo[:HEADER_BYTES + 24 + 5 * 65553], "open.truncated"),
}


def run_failure(name: str, demo_report: bytes, team_report: bytes, folder: Path,
                *extra: str) -> tuple[Run, Path]:
    make, _ = FAILURE_CLASSES[name]
    report = write(folder / "inbox", "report.bin", make(demo_report, team_report))
    into = folder / "opened"
    into.mkdir()
    (into / "earlier").write_text("keep")
    return Run(["--demo", "open", str(report), "--into", str(into), *extra]), into


@pytest.mark.parametrize("name", sorted(FAILURE_CLASSES))
def test_every_failure_exits_3_and_leaves_nothing(name: str, demo_report: bytes,
                                                  team_report: bytes, tmp_path: Path) -> None:
    run, into = run_failure(name, demo_report, team_report, tmp_path)
    run.assert_error(EXIT_OPEN, "this report cannot be opened")
    assert [p.name for p in into.iterdir()] == ["earlier"]
    assert "debug" not in run.err
    assert run.out == ""


def test_every_failure_shows_the_same_text(demo_report: bytes, team_report: bytes,
                                           tmp_path: Path) -> None:
    texts = {}
    for name in sorted(FAILURE_CLASSES):
        run, _ = run_failure(name, demo_report, team_report, tmp_path / name)
        texts[name] = (run.code, run.err)
    assert len(set(texts.values())) == 1, texts


@pytest.mark.parametrize("name", sorted(FAILURE_CLASSES))
def test_debug_names_the_failure_class(name: str, demo_report: bytes, team_report: bytes,
                                       tmp_path: Path) -> None:
    run, _ = run_failure(name, demo_report, team_report, tmp_path, "--debug")
    assert run.code == EXIT_OPEN
    assert f"{PROGRAM}: debug: {FAILURE_CLASSES[name][1]}" in run.err


def test_a_tampered_file_with_the_real_key_file(team: Team, team_report: bytes,
                                                into: Path) -> None:
    report = write(into.parent / "inbox", "report.bin", flip(team_report, HEADER_BYTES + 1000))
    Run(["open", str(report), "--into", str(into), *team.key_args()]).assert_error(
        EXIT_OPEN, "this report cannot be opened")
    assert list(into.iterdir()) == []


# ------------------------------------------------------------------ inspect, demo-roundtrip

def test_inspect_reveals_nothing_sensitive(team: Team, team_report: bytes, tmp_path: Path) -> None:
    report = write(tmp_path, "r.bin", team_report)
    run = Run(["inspect", str(report)])
    assert run.code == EXIT_OK, run.err
    assert "format:" in run.out
    assert f"{len(team_report)} bytes" in run.out
    for secret in (TITLE, "CANARY", TEAM_NAME, "Detained", team.card.fingerprint,
                   "moderators: 1", "arrest"):
        assert secret not in run.out + run.err


def test_inspect_of_the_same_report_for_teams_of_different_size(team: Team, team_report: bytes,
                                                                demo_report: bytes,
                                                                tmp_path: Path) -> None:
    """A one-moderator team and the two-moderator demo team look alike from outside."""
    one = Run(["inspect", str(write(tmp_path, "a.bin", team_report))])
    two = Run(["inspect", str(write(tmp_path, "b.bin", demo_report))])
    assert one.out == two.out


def test_inspect_of_garbage(tmp_path: Path) -> None:
    Run(["inspect", str(write(tmp_path, "x.bin", b"not a report"))]).assert_error(
        EXIT_OPEN, "cannot be opened")


def test_demo_roundtrip() -> None:
    run = Run(["demo-roundtrip"])
    assert run.code == EXIT_OK, run.err
    assert "DEMO: sealed the sample concern and photo" in run.out
    assert "DEMO: opened with the demo team key: DEMO:" in run.out
    assert "metadata cleaned" in run.out


def test_no_command_prints_help() -> None:
    run = Run([])
    assert run.code == EXIT_OK
    assert "usage: sealnote-moderator" in run.out


def test_team_card_of_a_missing_key_file(team: Team, tmp_path: Path) -> None:
    Run(["team", "card", "--key-file", str(tmp_path / "nope.key"), "--passphrase-file",
         str(team.passphrase_file)]).assert_error(EXIT_IO, "cannot be read")


def test_card_errors_map_to_exit_4(team: Team, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A key file whose stored card is damaged is a card error, not a crash."""
    import app.cli.moderator as moderator
    from crypto.errors import CardError

    def broken_card(_secrets: object) -> TeamCard:
        raise CardError("damaged")

    monkeypatch.setattr(moderator, "card_of", broken_card)
    Run(["team", "card", *team.key_args()]).assert_error(EXIT_CARD, "not a valid team card")


@pytest.mark.parametrize("argv", [["--help"], ["open", "--help"]])
def test_help_is_returned_in_process(argv: list[str]) -> None:
    """main() must return (not raise SystemExit) and print help to the stdout it was given."""
    run = Run(argv)
    assert run.code == EXIT_OK
    assert "usage: sealnote-moderator" in run.out
