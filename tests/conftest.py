"""Suite-wide test set-up.

- Qt runs offscreen (set before anything imports Qt; PLATFORM.md).
- Internet sockets are forbidden: creating an AF_INET/AF_INET6 socket fails the test (Sealnote has
  no network code; local AF_UNIX sockets, e.g. D-Bus for the keyring, stay allowed).
- Every test runs with its own HOME and XDG folders under tmp_path, so nothing touches the real
  home directory and tests cannot see each other's files.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_REAL_SOCKET = socket.socket
_FORBIDDEN_FAMILIES = {socket.AF_INET, socket.AF_INET6}


class NetworkForbidden(AssertionError):
    """Raised when code under test tries to open an internet socket."""


class _GuardedSocket(_REAL_SOCKET):
    def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
        if family in _FORBIDDEN_FAMILIES or (family == -1 and not args and not kwargs):
            raise NetworkForbidden(f"internet socket (family {family}) created during a test")
        super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _no_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "socket", _GuardedSocket)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("home")
    for name, sub in (("HOME", ""), ("XDG_DATA_HOME", ".local/share"),
                      ("XDG_CONFIG_HOME", ".config"), ("XDG_CACHE_HOME", ".cache"),
                      ("XDG_STATE_HOME", ".local/state")):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    yield home
