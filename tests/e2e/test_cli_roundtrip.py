"""End to end with the installed console scripts, in subprocesses: the README round trip.

team create (passphrase through --passphrase-fd) -> seal with a GPS-tagged photo -> open; the
text and the cleaned photo come back and exiftool finds no GPS. Binary output to a terminal is
refused.
"""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

BIN = Path(sys.executable).parent
SEALNOTE = BIN / "sealnote"
MODERATOR = BIN / "sealnote-moderator"
PASSPHRASE = "a long and memorable team passphrase"
TITLE = "CANARY-e2e-5c1d Editor detained"
TEXT = "An editor was detained on Monday after editing the protest article.\n"


def run(args: list[str | Path], *, passphrase: str | None = None,
        **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run a console script; a passphrase goes through a pipe on --passphrase-fd."""
    argv = [str(a) for a in args]
    if passphrase is None:
        return subprocess.run(argv, capture_output=True, text=True, timeout=180,
                              stdin=subprocess.DEVNULL, **kwargs)  # type: ignore[call-overload]
    read_end, write_end = os.pipe()
    try:
        os.write(write_end, passphrase.encode() + b"\n")
        os.close(write_end)
        return subprocess.run([*argv, "--passphrase-fd", str(read_end)], pass_fds=(read_end,),
                              capture_output=True, text=True, timeout=180,
                              stdin=subprocess.DEVNULL, **kwargs)  # type: ignore[call-overload]
    finally:
        os.close(read_end)


def gps_photo(path: Path) -> Path:
    exif = Image.Exif()
    exif[0x010F] = "CanaryCam"
    exif.get_ifd(0x8825).update({1: "S", 2: (33.0, 52.0, 4.2), 3: "W", 4: (151.0, 12.0, 30.0)})
    Image.new("RGB", (64, 48), (90, 160, 30)).save(path, "JPEG", exif=exif.tobytes())
    return path


def exiftool_gps(path: Path) -> list[str]:
    result = subprocess.run(["exiftool", "-j", "-a", "-G1", "-gps:all", str(path)],
                            capture_output=True, text=True, check=True, timeout=60)
    return [key for key in json.loads(result.stdout)[0] if key.startswith("GPS")]


def tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_console_scripts_are_installed() -> None:
    for script in (SEALNOTE, MODERATOR):
        assert script.is_file() and os.access(script, os.X_OK), script


def test_readme_round_trip(tmp_path: Path, _isolated_home: Path) -> None:
    home_before = tree(_isolated_home)
    moderator, editor = tmp_path / "moderator", tmp_path / "editor"
    moderator.mkdir()
    editor.mkdir()
    key_file, card_out = moderator / "team.key", moderator / "card.txt"

    created = run([MODERATOR, "team", "create", "--name", "Wiki Safety Team", "--key-file",
                   key_file, "--card-out", card_out], passphrase=PASSPHRASE)
    assert created.returncode == 0, created.stderr
    fingerprint = next(line.split(":", 1)[1].strip() for line in created.stdout.splitlines()
                       if line.startswith("fingerprint:"))

    card = editor / "team-card.txt"
    card.write_bytes(card_out.read_bytes())
    shown = run([SEALNOTE, "card", "show", card])
    assert shown.returncode == 0, shown.stderr
    assert f"fingerprint: {fingerprint}" in shown.stdout

    photo = gps_photo(editor / "photo.jpg")
    assert exiftool_gps(photo), "the photo must carry GPS before sealing"
    concern = editor / "concern.txt"
    concern.write_text(TEXT, encoding="utf-8")
    report = editor / "r.bin"
    sealed = run([SEALNOTE, "seal", "--card", card, "--title", TITLE, "--text-file", concern,
                  "--attach", photo, "-o", report])
    assert sealed.returncode == 0, sealed.stderr
    assert sealed.stdout == ""
    assert f"sealed {report.stat().st_size} bytes" in sealed.stderr
    assert sorted(p.name for p in editor.iterdir()) == ["concern.txt", "photo.jpg", "r.bin",
                                                        "team-card.txt"]
    assert TITLE.encode() not in report.read_bytes()

    inspected = run([MODERATOR, "inspect", report])
    assert inspected.returncode == 0, inspected.stderr
    assert TITLE not in inspected.stdout and "Wiki Safety Team" not in inspected.stdout

    out = tmp_path / "out"
    opened = run([MODERATOR, "open", report, "--into", out, "--key-file", key_file],
                 passphrase=PASSPHRASE)
    assert opened.returncode == 0, opened.stderr
    assert "(1 attachments)" in opened.stdout
    (folder,) = out.iterdir()
    text = (folder / "report.txt").read_text(encoding="utf-8")
    assert TITLE in text and TEXT.strip() in text
    assert "metadata: cleaned" in text
    (returned,) = (folder / "attachments").iterdir()
    assert returned.name == "photo.jpg"
    assert exiftool_gps(returned) == []
    assert b"CanaryCam" not in returned.read_bytes()
    with Image.open(returned) as image:
        assert image.size == (64, 48)

    assert tree(_isolated_home) == home_before, "the command line wrote under HOME"


def test_open_with_a_wrong_passphrase_leaves_nothing(tmp_path: Path) -> None:
    key_file = tmp_path / "team.key"
    card_out = tmp_path / "card.txt"
    created = run([MODERATOR, "team", "create", "--name", "T", "--key-file", key_file,
                   "--card-out", card_out], passphrase=PASSPHRASE)
    assert created.returncode == 0, created.stderr
    concern = tmp_path / "c.txt"
    concern.write_text("text")
    report = tmp_path / "r.bin"
    sealed = run([SEALNOTE, "seal", "--card", card_out, "--title", "t", "--text-file", concern,
                  "-o", report])
    assert sealed.returncode == 0, sealed.stderr
    out = tmp_path / "out"
    out.mkdir()
    opened = run([MODERATOR, "open", report, "--into", out, "--key-file", key_file],
                 passphrase="not the passphrase")
    assert opened.returncode == 5, opened.stderr
    assert "sealnote-moderator: error: wrong passphrase" in opened.stderr
    assert list(out.iterdir()) == []


def test_armored_text_through_a_pipe(tmp_path: Path) -> None:
    sealed = run([SEALNOTE, "--demo", "seal", "--title", "Workshop", "--text-file", "-",
                  "--armor"])
    # stdin is /dev/null here: an empty concern is refused as an incomplete form
    assert sealed.returncode == 2
    assert "what_happened" in sealed.stderr
    piped = subprocess.run([str(SEALNOTE), "--demo", "seal", "--title", "Workshop",
                            "--text-file", "-", "--armor"], input="typed text",
                           capture_output=True, text=True, timeout=120)
    assert piped.returncode == 0, piped.stderr
    pasted = tmp_path / "pasted.txt"
    pasted.write_text(piped.stdout)
    out = tmp_path / "out"
    opened = run([MODERATOR, "--demo", "open", pasted, "--into", out])
    assert opened.returncode == 0, opened.stderr
    (folder,) = out.iterdir()
    assert "typed text" in (folder / "report.txt").read_text(encoding="utf-8")


def test_binary_output_to_a_terminal_is_refused(tmp_path: Path) -> None:
    concern = tmp_path / "c.txt"
    concern.write_text("text")
    master, slave = pty.openpty()
    try:
        result = subprocess.run([str(SEALNOTE), "--demo", "seal", "--title", "t",
                                 "--text-file", str(concern)],
                                stdin=subprocess.DEVNULL, stdout=slave, stderr=subprocess.PIPE,
                                text=True, timeout=120)
        os.close(slave)
        slave = -1
        written = b""
        while select.select([master], [], [], 0.2)[0]:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO once the terminal has no writer left
                break
            if not chunk:
                break
            written += chunk
    finally:
        if slave != -1:
            os.close(slave)
        os.close(master)
    assert result.returncode == 2, result.stderr
    assert "sealnote: error: refusing to write binary data to a terminal" in result.stderr
    assert "sealnote: hint: use -o FILE or --armor" in result.stderr
    assert written == b""


@pytest.mark.parametrize("program", [SEALNOTE, MODERATOR])
def test_help_exits_0_with_examples(program: Path) -> None:
    result = run([program, "--help"])
    assert result.returncode == 0, result.stderr
    assert f"usage: {program.name}" in result.stdout
    assert f"{program.name} " in result.stdout.split("\n\n", 2)[-1]


def test_demo_roundtrip_script() -> None:
    result = run([MODERATOR, "demo-roundtrip"])
    assert result.returncode == 0, result.stderr
    assert "metadata cleaned" in result.stdout
