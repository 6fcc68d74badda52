"""The editor's command line (``sealnote``), run in-process through ``main(argv, ...)``.

Checks exit codes, the ``sealnote: error:`` / ``sealnote: hint:`` lines, that binary data never
goes to a terminal, and that what is written opens with the team's keys.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from app.cli.editor import main
from app.cli.messages import EXIT_CARD, EXIT_IO, EXIT_OK, EXIT_USAGE
from app.demo_team import demo_card, demo_moderator_keys
from app.opening import OpenedReport, load_sealed_bytes_from_text, open_into_folder
from app.team import create_team, export_card
from crypto.armor import BEGIN, END
from crypto.card import TeamCard
from crypto.keyfile import ModeratorSecrets

TODAY = dt.date.today()
TITLE = "Editor detained after protest edits"
TEXT = "An editor was detained on Monday.\nThey are safe now.\n"

Team = tuple[ModeratorSecrets, TeamCard]


class TtyStringIO(io.StringIO):
    """A text stream that claims to be a terminal."""

    def isatty(self) -> bool:
        return True


class Run:
    """The result of one in-process run."""

    def __init__(self, argv: list[str], stdin: str = "", stdout: io.StringIO | None = None):
        self.stdout = stdout if stdout is not None else io.StringIO()
        self.stderr = io.StringIO()
        self.code = main(argv, stdin=io.StringIO(stdin), stdout=self.stdout, stderr=self.stderr)
        self.out = self.stdout.getvalue()
        self.err = self.stderr.getvalue()

    def assert_error(self, code: int, message: str) -> None:
        assert self.code == code, (self.code, self.err)
        lines = self.err.splitlines()
        assert lines[0].startswith("sealnote: error: "), self.err
        assert message in lines[0], self.err
        assert len(lines) >= 2 and lines[1].startswith("sealnote: hint: "), self.err


@pytest.fixture(scope="module")
def team() -> Team:
    return create_team("Wiki Safety Team", TODAY)


@pytest.fixture
def card_file(team: Team, tmp_path: Path) -> Path:
    path = tmp_path / "team-card.txt"
    export_card(team[1], path)
    return path


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "concern.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def seal_args(card_file: Path, text_file: Path, *extra: str) -> list[str]:
    return ["seal", "--card", str(card_file), "--title", TITLE, "--text-file", str(text_file),
            *extra]


def open_bytes(data: bytes, team: Team, into: Path) -> OpenedReport:
    return open_into_folder(io.BytesIO(data), team[0].encryption_keys, into)


def gps_jpeg(path: Path) -> Path:
    exif = Image.Exif()
    exif.get_ifd(0x8825).update({1: "N", 2: (52.0, 31.0, 12.5), 3: "E", 4: (13.0, 24.0, 1.0)})
    Image.new("RGB", (16, 16), (10, 120, 200)).save(path, "JPEG", exif=exif.tobytes())
    return path


# ------------------------------------------------------------------ seal

def test_seal_to_a_binary_file(team: Team, card_file: Path, text_file: Path,
                               tmp_path: Path) -> None:
    output = tmp_path / "report.bin"
    run = Run(seal_args(card_file, text_file, "--category", "arrest", "--urgency", "high",
                        "--when", "last week", "-o", str(output)))
    assert run.code == EXIT_OK, run.err
    assert run.out == ""
    assert re.fullmatch(rf"sealed {output.stat().st_size} bytes to .*report\.bin\n", run.err)
    opened = open_bytes(output.read_bytes(), team, tmp_path / "opened")
    fields = opened.manifest.fields
    assert fields["title"] == TITLE
    assert fields["what_happened"] == TEXT.strip()
    assert (fields["category"], fields["urgency"], fields["when"]) == ("arrest", "high",
                                                                       "last week")
    assert opened.manifest.demo is False
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_seal_with_attachments(team: Team, card_file: Path, text_file: Path,
                               tmp_path: Path) -> None:
    photo = gps_jpeg(tmp_path / "photo.jpg")
    doc = tmp_path / "letter.pdf"
    doc.write_bytes(b"%PDF-1.5\n" + bytes(3000))
    output = tmp_path / "report.bin"
    run = Run(seal_args(card_file, text_file, "--attach", str(photo), "--attach", str(doc),
                        "-o", str(output)))
    assert run.code == EXIT_OK, run.err
    opened = open_bytes(output.read_bytes(), team, tmp_path / "opened")
    assert [(a.name, a.metadata) for a in opened.manifest.attachments] == [
        ("photo.jpg", "cleaned"), ("letter.pdf", "not-cleanable")]
    assert opened.attachment_files[1].read_bytes() == doc.read_bytes()
    result = subprocess.run(["exiftool", "-j", "-gps:all", str(opened.attachment_files[0])],
                            capture_output=True, text=True, check=True, timeout=60)
    assert not [k for k in json.loads(result.stdout)[0] if k.startswith("GPS")]


def test_keep_original_adds_the_original(team: Team, card_file: Path, text_file: Path,
                                         tmp_path: Path) -> None:
    photo = gps_jpeg(tmp_path / "photo.jpg")
    output = tmp_path / "report.bin"
    run = Run(seal_args(card_file, text_file, "--attach", str(photo), "--keep-original",
                        "-o", str(output)))
    assert run.code == EXIT_OK, run.err
    opened = open_bytes(output.read_bytes(), team, tmp_path / "opened")
    assert [a.metadata for a in opened.manifest.attachments] == ["cleaned", "kept-by-choice"]
    assert opened.attachment_files[1].read_bytes() == photo.read_bytes()
    assert opened.attachment_files[0].name != opened.attachment_files[1].name


def test_text_from_stdin(team: Team, card_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "r.bin"
    run = Run(["seal", "--card", str(card_file), "--title", TITLE, "--text-file", "-",
               "-o", str(output)], stdin="typed into the pipe")
    assert run.code == EXIT_OK, run.err
    opened = open_bytes(output.read_bytes(), team, tmp_path / "opened")
    assert opened.manifest.fields["what_happened"] == "typed into the pipe"


def test_armor_to_stdout(team: Team, card_file: Path, text_file: Path, tmp_path: Path) -> None:
    run = Run(seal_args(card_file, text_file, "--armor"))
    assert run.code == EXIT_OK, run.err
    assert run.out.startswith(BEGIN + "\n")
    assert run.out.rstrip("\n").endswith(END)
    assert re.fullmatch(r"sealed \d+ bytes\n", run.err)
    opened = open_bytes(load_sealed_bytes_from_text(run.out), team, tmp_path / "opened")
    assert opened.manifest.fields["title"] == TITLE


def test_armor_to_stdout_is_fine_on_a_terminal(card_file: Path, text_file: Path) -> None:
    run = Run(seal_args(card_file, text_file, "--armor"), stdout=TtyStringIO())
    assert run.code == EXIT_OK, run.err
    assert run.out.startswith(BEGIN)


def test_armor_to_a_file(team: Team, card_file: Path, text_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "report.txt"
    run = Run(seal_args(card_file, text_file, "--armor", "-o", str(output)))
    assert run.code == EXIT_OK, run.err
    assert run.out == ""
    text = output.read_text(encoding="ascii")
    assert text.startswith(BEGIN)
    assert max(len(line) for line in text.splitlines()) <= 64
    opened = open_bytes(load_sealed_bytes_from_text(text), team, tmp_path / "opened")
    assert opened.manifest.fields["title"] == TITLE


def test_parts_to_files(team: Team, card_file: Path, text_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "msg"
    run = Run(seal_args(card_file, text_file, "--parts-size", "4000", "-o", str(output)))
    assert run.code == EXIT_OK, run.err
    parts = sorted(tmp_path.glob("msg.part*.txt"))
    assert len(parts) > 3
    assert not output.exists()
    texts = [p.read_text(encoding="ascii") for p in parts]
    assert all(len(t) <= 4000 for t in texts)
    random.Random(5).shuffle(texts)
    opened = open_bytes(load_sealed_bytes_from_text("\n".join(texts)), team,
                        tmp_path / "opened")
    assert opened.manifest.fields["title"] == TITLE


def test_parts_to_stdout(team: Team, card_file: Path, text_file: Path, tmp_path: Path) -> None:
    run = Run(seal_args(card_file, text_file, "--parts-size", "4000"))
    assert run.code == EXIT_OK, run.err
    assert run.out.startswith("-----BEGIN MESSAGE PART 1/")
    opened = open_bytes(load_sealed_bytes_from_text(run.out), team, tmp_path / "opened")
    assert opened.manifest.fields["title"] == TITLE


def test_parts_size_below_the_minimum_is_a_usage_error(card_file: Path, text_file: Path,
                                                       tmp_path: Path) -> None:
    """A bad --parts-size is the person's command line, not a damaged message to open."""
    run = Run(seal_args(card_file, text_file, "--parts-size", "100", "-o",
                        str(tmp_path / "msg")))
    assert run.code == EXIT_USAGE, run.err
    assert "BEGIN line" not in run.err
    assert list(tmp_path.glob("msg*")) == []


# ------------------------------------------------------------------ output safety

def test_existing_output_is_not_replaced(card_file: Path, text_file: Path,
                                         tmp_path: Path) -> None:
    output = tmp_path / "report.bin"
    output.write_bytes(b"an earlier report")
    run = Run(seal_args(card_file, text_file, "-o", str(output)))
    run.assert_error(EXIT_IO, "the output file already exists")
    assert output.read_bytes() == b"an earlier report"


def test_force_replaces_the_output(team: Team, card_file: Path, text_file: Path,
                                   tmp_path: Path) -> None:
    output = tmp_path / "report.bin"
    output.write_bytes(b"an earlier report")
    run = Run(seal_args(card_file, text_file, "-o", str(output), "--force"))
    assert run.code == EXIT_OK, run.err
    assert open_bytes(output.read_bytes(), team, tmp_path / "o").manifest.fields["title"] == TITLE


def test_existing_armor_output_is_not_replaced(card_file: Path, text_file: Path,
                                               tmp_path: Path) -> None:
    output = tmp_path / "report.txt"
    output.write_text("keep")
    Run(seal_args(card_file, text_file, "--armor", "-o", str(output))).assert_error(
        EXIT_IO, "already exists")
    assert output.read_text() == "keep"


def test_existing_part_files_are_not_replaced(card_file: Path, text_file: Path,
                                              tmp_path: Path) -> None:
    existing = tmp_path / "msg.part1.txt"
    existing.write_text("part 1 of an earlier message")
    run = Run(seal_args(card_file, text_file, "--parts-size", "4000", "-o",
                        str(tmp_path / "msg")))
    assert run.code == EXIT_IO, run.err
    assert existing.read_text() == "part 1 of an earlier message"


def test_binary_without_output_is_a_usage_error(card_file: Path, text_file: Path) -> None:
    run = Run(seal_args(card_file, text_file))
    run.assert_error(EXIT_USAGE, "-o FILE is required")
    assert run.out == ""


def test_binary_is_never_written_to_a_terminal(card_file: Path, text_file: Path) -> None:
    run = Run(seal_args(card_file, text_file), stdout=TtyStringIO())
    run.assert_error(EXIT_USAGE, "refusing to write binary data to a terminal")
    assert run.out == ""


def test_a_failed_seal_leaves_no_output(card_file: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    output = tmp_path / "report.bin"
    run = Run(seal_args(card_file, empty, "-o", str(output)))
    run.assert_error(EXIT_USAGE, "what_happened")
    assert not output.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt", "team-card.txt"]


def test_attaching_a_folder(card_file: Path, text_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    output = tmp_path / "r.bin"
    Run(seal_args(card_file, text_file, "--attach", str(folder), "-o", str(output))).assert_error(
        EXIT_IO, "not a regular file")
    assert not output.exists()


def test_missing_text_file(card_file: Path, tmp_path: Path) -> None:
    Run(seal_args(card_file, tmp_path / "nope.txt", "-o", str(tmp_path / "r.bin"))).assert_error(
        EXIT_IO, "cannot be read")


def test_missing_card_option_is_a_usage_error(text_file: Path, tmp_path: Path) -> None:
    run = Run(["seal", "--title", TITLE, "--text-file", str(text_file), "-o",
               str(tmp_path / "r.bin")])
    run.assert_error(EXIT_USAGE, "--card is required")


def test_errors_do_not_repeat_the_report_content(card_file: Path, tmp_path: Path) -> None:
    secret_title = "CANARY-title-0b7e"
    text = tmp_path / "t.txt"
    text.write_text("x")
    run = Run(["seal", "--card", str(card_file), "--title", secret_title, "--text-file",
               str(text), "--category", "arrest", "--when", "2999-01-01", "-o",
               str(tmp_path / "r.bin"), "--debug"])
    assert run.code == EXIT_USAGE
    assert "when" in run.err
    assert secret_title not in run.err + run.out


# ------------------------------------------------------------------ cards

def test_card_show_prints_the_fingerprint(team: Team, card_file: Path) -> None:
    run = Run(["card", "show", str(card_file)])
    assert run.code == EXIT_OK, run.err
    assert f"fingerprint: {team[1].fingerprint}" in run.out
    assert "Wiki Safety Team" in run.out
    assert team[1].expires.isoformat() in run.out
    assert "moderators:  1" in run.out
    assert "DEMO" not in run.out


def test_card_show_of_the_demo_card(tmp_path: Path) -> None:
    path = tmp_path / "demo-card.txt"
    export_card(demo_card(), path)
    run = Run(["card", "show", str(path)])
    assert run.code == EXIT_OK, run.err
    assert "DEMO card" in run.out
    assert demo_card().fingerprint in run.out


@pytest.fixture
def expired_card_file(tmp_path: Path) -> Path:
    _, card = create_team("Old Team", TODAY - dt.timedelta(days=400), valid_days=365)
    path = tmp_path / "old-card.txt"
    export_card(card, path)
    return path


@pytest.fixture
def forged_card_file(team: Team, tmp_path: Path) -> Path:
    lines = team[1].text.splitlines()
    line = lines[3]
    lines[3] = line[:20] + ("B" if line[20] != "B" else "C") + line[21:]
    path = tmp_path / "forged-card.txt"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_seal_to_an_expired_card(expired_card_file: Path, text_file: Path,
                                 tmp_path: Path) -> None:
    output = tmp_path / "r.bin"
    Run(seal_args(expired_card_file, text_file, "-o", str(output))).assert_error(
        EXIT_CARD, "this team card has expired")
    assert not output.exists()


def test_card_show_of_an_expired_card(expired_card_file: Path) -> None:
    run = Run(["card", "show", str(expired_card_file)])
    run.assert_error(EXIT_CARD, "expired")


def test_seal_to_a_forged_card(forged_card_file: Path, text_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "r.bin"
    Run(seal_args(forged_card_file, text_file, "-o", str(output))).assert_error(
        EXIT_CARD, "not a valid team card")
    assert not output.exists()


def test_card_show_of_a_forged_card(forged_card_file: Path) -> None:
    run = Run(["card", "show", str(forged_card_file)])
    run.assert_error(EXIT_CARD, "not a valid team card")
    assert "fingerprint" not in run.out


def test_card_show_of_a_file_that_is_not_a_card(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    Run(["card", "show", str(path)]).assert_error(EXIT_CARD, "not a valid team card")


def test_debug_names_the_check(forged_card_file: Path) -> None:
    run = Run(["card", "show", str(forged_card_file), "--debug"])
    assert run.code == EXIT_CARD
    assert "sealnote: debug: card.invalid" in run.err


# ------------------------------------------------------------------ demo mode

def test_demo_seal_without_a_card(text_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "demo.bin"
    run = Run(["--demo", "seal", "--title", "Workshop", "--text-file", str(text_file), "-o",
               str(output)])
    assert run.code == EXIT_OK, run.err
    opened = open_into_folder(io.BytesIO(output.read_bytes()), demo_moderator_keys(),
                              tmp_path / "o")
    assert opened.manifest.demo is True


def test_demo_flag_after_the_command(text_file: Path, tmp_path: Path) -> None:
    run = Run(["seal", "--demo", "--title", "Workshop", "--text-file", str(text_file), "-o",
               str(tmp_path / "demo.bin")])
    assert run.code == EXIT_OK, run.err


def test_demo_card_file_outside_demo_mode(text_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "demo-card.txt"
    export_card(demo_card(), path)
    Run(seal_args(path, text_file, "-o", str(tmp_path / "r.bin"))).assert_error(
        EXIT_CARD, "demo team card can only be used in demo mode")


def test_real_card_in_demo_mode(card_file: Path, text_file: Path, tmp_path: Path) -> None:
    Run(["--demo", *seal_args(card_file, text_file, "-o", str(tmp_path / "r.bin"))]
        ).assert_error(EXIT_CARD, "demo mode only uses the built-in demo team")


# ------------------------------------------------------------------ usage

@pytest.mark.parametrize("argv", [["--help"], ["seal", "--help"]])
def test_help_is_returned_in_process_with_an_example(argv: list[str]) -> None:
    """main() must return (not raise SystemExit) and print help to the stdout it was given."""
    run = Run(argv)
    assert run.code == EXIT_OK
    assert "usage: sealnote" in run.out
    assert "sealnote seal --card" in run.out or "--text-file" in run.out


def test_no_command_prints_help() -> None:
    run = Run([])
    assert run.code == EXIT_OK
    assert "usage: sealnote" in run.out


def test_unknown_option_is_a_usage_error(card_file: Path, text_file: Path) -> None:
    Run(seal_args(card_file, text_file, "--no-such-option")).assert_error(EXIT_USAGE,
                                                                          "unrecognized")


def test_bad_choice_is_a_usage_error(card_file: Path, text_file: Path, tmp_path: Path) -> None:
    Run(seal_args(card_file, text_file, "--category", "gossip", "-o", str(tmp_path / "r.bin"))
        ).assert_error(EXIT_USAGE, "gossip")
