"""app.hygiene: after disable_core_dumps a crashing process leaves no core dump.

Each child first raises its own RLIMIT_CORE to the hard limit, so that without the call a dump
*would* be written (the control run proves the check can fail), then crashes with SIGSEGV in a
throwaway working folder. The raw wait status tells whether the kernel dumped core.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import app.hygiene as hygiene
from app.hygiene import is_dumpable

REPO = Path(__file__).resolve().parents[2]

_CHILD = """
import json, os, resource, signal, sys
soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
from app.hygiene import disable_core_dumps, is_dumpable
report = disable_core_dumps() if sys.argv[1] == "protected" else None
print(json.dumps({"limit": list(resource.getrlimit(resource.RLIMIT_CORE)),
                  "dumpable": is_dumpable(),
                  "report": None if report is None else [report.core_limit_zeroed,
                                                         report.dumpable_cleared]}), flush=True)
os.kill(os.getpid(), signal.SIGSEGV)
"""


def _crash(tmp_path: Path, mode: str) -> tuple[dict[str, object], int, list[str]]:
    cwd = tmp_path / mode
    cwd.mkdir()
    child = subprocess.Popen([sys.executable, "-c", _CHILD, mode], cwd=cwd,
                             stdout=subprocess.PIPE, text=True,
                             env=dict(os.environ, PYTHONPATH=str(REPO)))
    assert child.stdout is not None
    line = child.stdout.readline()
    _, status = os.waitpid(child.pid, 0)  # the raw status, with the core-dump bit
    child.returncode = -signal.SIGSEGV
    child.stdout.close()
    return json.loads(line), status, sorted(p.name for p in cwd.iterdir())


def test_protected_crash_leaves_no_core(tmp_path: Path) -> None:
    info, status, files = _crash(tmp_path, "protected")
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGSEGV
    assert info["limit"] == [0, 0]
    assert info["dumpable"] is False
    assert info["report"] == [True, True]
    assert not os.WCOREDUMP(status), "the kernel dumped core despite disable_core_dumps()"
    assert [f for f in files if f.startswith("core")] == []


def test_control_crash_does_dump(tmp_path: Path) -> None:
    """Without the call the same crash dumps core here (core_pattern and hard limit allow it):
    the test above is able to fail."""
    pattern = Path("/proc/sys/kernel/core_pattern").read_text().strip()
    info, status, files = _crash(tmp_path, "control")
    assert info["dumpable"] is True and info["limit"][0] != 0  # type: ignore[index]
    dumped = os.WCOREDUMP(status) or any(f.startswith("core") for f in files)
    assert dumped, f"no core dump even without protection (core_pattern {pattern!r})"


def test_prctl_is_a_no_op_off_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the platform check runs in-process: the real calls would also strip this test
    process (and every later child) of core dumps."""
    monkeypatch.setattr(hygiene.sys, "platform", "win32")
    assert hygiene.is_dumpable() is None
    assert hygiene._clear_dumpable() is False


def test_dumpable_can_be_read_here() -> None:
    assert is_dumpable() is True
