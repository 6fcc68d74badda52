"""A multi-GB attachment round trip with bounded memory (SECURITY.md, "Boundaries").

A sparse file of 2 GiB + 1 byte is sealed by ``sealnote`` and opened by ``sealnote-moderator``,
each in its own process under GNU time, which reports the child's peak resident memory. Demo mode
is used on purpose: opening with a key file would run Argon2id at 256 MiB, which says nothing
about streaming. The opened attachment is checked in chunks (never loaded whole).

Disk: about 4.3 GB while it runs (the sealed file and the opened copy are not sparse); both are
deleted at the end, also on failure. Time here: about 20 s.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
GNU_TIME = Path("/usr/bin/time")
SIZE = 2 * 1024 ** 3 + 1
PEAK_RSS_LIMIT_KIB = 80 * 1024
CHUNK = 8 * 1024 * 1024


@pytest.fixture
def work(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "large"
    folder.mkdir()
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run_measured(work: Path, name: str, args: list[str]) -> tuple[str, int]:
    """Run a console script under GNU time; return its stderr and peak RSS in KiB."""
    report = work / f"{name}.rss"
    result = subprocess.run([str(GNU_TIME), "-f", "%M", "-o", str(report), str(BIN / args[0]),
                             *args[1:]], capture_output=True, text=True, timeout=300,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    return result.stderr, int(report.read_text().split()[-1])


def zero_count_and_length(path: Path) -> tuple[int, int]:
    """Bytes that are zero, and all bytes, read chunk by chunk."""
    zeros = bytes(CHUNK)
    buffer = bytearray(CHUNK)
    view = memoryview(buffer)
    total = zero_total = 0
    with open(path, "rb", buffering=0) as handle:
        while got := handle.readinto(buffer):
            total += got
            if view[:got] == zeros[:got]:
                zero_total += got
            else:
                zero_total += got - sum(1 for b in view[:got] if b)
    return zero_total, total


@pytest.mark.slow
def test_two_gib_attachment_round_trip_with_bounded_memory(work: Path) -> None:
    assert GNU_TIME.is_file(), "GNU time (package 'time') is needed to measure peak memory"
    free = shutil.disk_usage(work).free
    assert free > 5 * 1024 ** 3, f"needs about 5 GB free, {free} bytes available"

    big = work / "recording.bin"
    with open(big, "wb") as handle:
        handle.truncate(SIZE)
    assert big.stat().st_blocks * 512 < 1024 * 1024, "the source must be sparse"
    concern = work / "concern.txt"
    concern.write_text("A long recording of the hearing.\n", encoding="utf-8")
    sealed = work / "r.bin"

    seal_err, seal_rss = run_measured(work, "seal", [
        "sealnote", "--demo", "seal", "--title", "Hearing recording", "--text-file",
        str(concern), "--attach", str(big), "-o", str(sealed)])
    match = re.search(r"sealed (\d+) bytes", seal_err)
    assert match, seal_err
    assert int(match[1]) == sealed.stat().st_size > SIZE
    big.unlink()

    out = work / "out"
    open_err, open_rss = run_measured(work, "open", [
        "sealnote-moderator", "--demo", "open", str(sealed), "--into", str(out)])
    sealed.unlink()

    (folder,) = out.iterdir()
    (opened,) = (folder / "attachments").iterdir()
    assert opened.name == "recording.bin"
    assert opened.stat().st_size == SIZE
    assert zero_count_and_length(opened) == (SIZE, SIZE)
    assert f"({SIZE} bytes" in (folder / "report.txt").read_text(encoding="utf-8")

    assert seal_rss <= PEAK_RSS_LIMIT_KIB, f"sealing peaked at {seal_rss} KiB"
    assert open_rss <= PEAK_RSS_LIMIT_KIB, f"opening peaked at {open_rss} KiB"
    assert not os.path.exists(sealed)
