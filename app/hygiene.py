"""Process hygiene: no core dumps (a dump of an unlocked app would hold keys and report text).

Call :func:`disable_core_dumps` first thing in ``main``, before any secret is in memory.
``RLIMIT_CORE = 0`` stops dumps written to a file; ``PR_SET_DUMPABLE = 0`` also stops dumps piped
to a crash collector (systemd-coredump, apport ignore the size limit) and keeps other processes of
the same user from attaching a debugger or reading ``/proc/<pid>/mem``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from dataclasses import dataclass

PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4


@dataclass(frozen=True)
class HygieneReport:
    """What disable_core_dumps managed to do on this platform."""

    core_limit_zeroed: bool
    dumpable_cleared: bool


def _zero_core_limit() -> bool:
    try:
        import resource
    except ImportError:  # Windows
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        return False
    return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    except OSError:
        return None


def _clear_dumpable() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    libc = _libc()
    if libc is None:
        return False
    if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        return False
    return is_dumpable() is False


def is_dumpable() -> bool | None:
    """PR_GET_DUMPABLE on Linux (None elsewhere or when it cannot be asked)."""
    if not sys.platform.startswith("linux"):
        return None
    libc = _libc()
    if libc is None:
        return None
    value = libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)
    return None if value < 0 else bool(value)


def disable_core_dumps() -> HygieneReport:
    """Set RLIMIT_CORE to (0, 0) and, on Linux, PR_SET_DUMPABLE to 0.

    Each step that is not available on this platform is skipped (a no-op). Raises nothing.
    """
    return HygieneReport(core_limit_zeroed=_zero_core_limit(), dumpable_cleared=_clear_dumpable())
