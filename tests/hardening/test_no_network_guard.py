"""The in-process network guard of tests/conftest.py can fail, and does not get in the way.

tests/conftest.py replaces ``socket.socket`` in every test with a subclass that refuses
AF_INET and AF_INET6 (and the no-argument default, which is AF_INET), so the whole suite runs
with internet sockets forbidden (SECURITY.md, adversarial plan: Network). These tests prove the
guard is armed inside an ordinary test: creating an internet socket raises, even to loopback and
even through the standard library's helpers, while local AF_UNIX sockets work (the keyring talks
to D-Bus over one). The guard is Python-level only; test_no_network_strace.py checks whole
processes, libraries included, at the kernel.
"""

from __future__ import annotations

import socket
import urllib.request
from pathlib import Path

import pytest


def test_an_ipv4_socket_raises() -> None:
    with pytest.raises(AssertionError, match="internet socket"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


def test_an_ipv6_socket_raises() -> None:
    with pytest.raises(AssertionError, match="internet socket"):
        socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)


def test_the_default_family_raises() -> None:
    with pytest.raises(AssertionError, match="internet socket"):
        socket.socket()


def test_the_standard_library_helpers_are_caught() -> None:
    with pytest.raises(AssertionError, match="internet socket"):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)
    with pytest.raises(AssertionError, match="internet socket"):
        urllib.request.urlopen("http://127.0.0.1:9/", timeout=0.1)  # noqa: S310


def test_unix_sockets_work(tmp_path: Path) -> None:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    path = tmp_path / "s"
    try:
        server.bind(str(path))
        server.listen(1)
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.connect(str(path))
        peer, _ = server.accept()
        client.sendall(b"local only")
        assert peer.recv(16) == b"local only"
        peer.close()
        client.close()
    finally:
        server.close()
    left, right = socket.socketpair()
    left.sendall(b"x")
    assert right.recv(1) == b"x"
    left.close()
    right.close()


def test_the_guard_is_the_conftest_one() -> None:
    assert socket.socket.__name__ == "_GuardedSocket"
    assert issubclass(socket.socket, socket.SocketType)
