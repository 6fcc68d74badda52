"""No internet socket, seen by the kernel: both apps' command lines and the editor window run
under ``strace -f -e trace=socket`` (SECURITY.md, adversarial plan: Network).

tests/conftest.py forbids AF_INET/AF_INET6 sockets inside the test process; that guard is Python
level. Here whole processes, their threads and children (``-f``) and every library they load
(Qt, libsodium, the C library) are watched by the kernel: the test fails if any socket() call
names an address family other than

* AF_UNIX (AF_LOCAL) -- local sockets: the X11/Wayland display, D-Bus (the keyring, the
  desktop portal, accessibility) and the C library's nscd lookups; nothing leaves the machine;
* AF_NETLINK -- a kernel interface, not a network: the C library and Qt's network-interface
  code ask the kernel about interfaces and routes through it.

AF_INET and AF_INET6 (and anything else, e.g. AF_PACKET) fail the test. strace must be installed
(.ci/run installs it); if it is missing the test fails rather than skips.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.demo_team import SAMPLE_PHOTO

BIN = Path(sys.executable).parent
ALLOWED_FAMILIES = frozenset({"AF_UNIX", "AF_LOCAL", "AF_NETLINK"})
_SOCKET_CALL = re.compile(r"\bsocket\(([A-Z0-9_]+|\d+)\s*,")
GUI_SECONDS = 2.5


def socket_families(log: str) -> list[str]:
    """The address family of every socket() call in an strace log."""
    return _SOCKET_CALL.findall(log)


def forbidden(log: str) -> list[str]:
    """socket() lines whose family is not allowed."""
    return [line for line in log.splitlines()
            if (match := _SOCKET_CALL.search(line)) and match[1] not in ALLOWED_FAMILIES]


def _strace() -> str:
    path = shutil.which("strace")
    assert path, "strace is not installed (the CI installs it): the network test cannot run"
    return path


def traced(tmp_path: Path, name: str, command: list[str], env: dict[str, str] | None = None,
           timeout: float = 120) -> tuple[subprocess.CompletedProcess[str], str]:
    log = tmp_path / f"{name}.strace"
    process = subprocess.run([_strace(), "-f", "-e", "trace=socket", "-o", str(log), *command],
                             capture_output=True, text=True, timeout=timeout,
                             env=env or dict(os.environ), cwd=tmp_path, check=False)
    assert log.exists(), f"strace wrote no log: {process.stderr[-2000:]}"
    return process, log.read_text(errors="replace")


def test_the_log_parser_sees_an_internet_socket(tmp_path: Path) -> None:
    # A negative control: the parser must flag a real AF_INET socket() (created, never used).
    process, log = traced(tmp_path, "control", [
        sys.executable, "-c",
        "import socket; socket.socket(socket.AF_INET, socket.SOCK_DGRAM).close(); "
        "socket.socket(socket.AF_UNIX).close()"])
    assert process.returncode == 0, process.stderr
    assert "AF_INET" in socket_families(log) and "AF_UNIX" in socket_families(log)
    assert len(forbidden(log)) == 1


def test_command_lines_open_no_internet_socket(tmp_path: Path) -> None:
    text = tmp_path / "concern.txt"
    text.write_text("A demo concern, sealed under strace.\n", encoding="utf-8")
    sealed, opened = tmp_path / "report.bin", tmp_path / "opened"
    runs = {
        "editor-seal": [str(BIN / "sealnote"), "--demo", "seal", "--title", "Strace demo",
                        "--text-file", str(text), "--attach", str(SAMPLE_PHOTO),
                        "-o", str(sealed)],
        "moderator-open": [str(BIN / "sealnote-moderator"), "--demo", "open", str(sealed),
                           "--into", str(opened)],
        "moderator-demo-roundtrip": [str(BIN / "sealnote-moderator"), "demo-roundtrip"],
    }
    problems = []
    for name, command in runs.items():
        process, log = traced(tmp_path, name, command)
        assert process.returncode == 0, f"{name}: {process.stdout}\n{process.stderr}"
        problems += [f"{name}: {line}" for line in forbidden(log)]
    assert sealed.stat().st_size > 0
    assert len(list(opened.iterdir())) == 1  # one opened report folder
    assert not problems, "\n".join(problems)


@pytest.mark.slow
def test_editor_window_opens_no_internet_socket(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    script = Path(__file__).with_name("gui_smoke.py")
    process, log = traced(tmp_path, "editor-window",
                          [sys.executable, str(script), str(GUI_SECONDS), "--demo"], env=env)
    assert process.returncode == 0, process.stdout + process.stderr
    assert "window closed with status 0" in process.stdout
    assert "+++ exited with 0 +++" in log, "strace did not follow the process to its end"
    assert not forbidden(log), "\n".join(forbidden(log))
