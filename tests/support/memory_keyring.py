"""An in-memory keyring backend for tests and screenshots, standing in for a real OS keyring.

Importable from any test module (pyproject's pytest ``pythonpath`` adds tests/support; the
suite runs with --import-mode=importlib, so test modules cannot import each other). Its
priority is 1 like a real backend's, and it is taken out of keyring's registry of backends so
it is only ever used where a test hands it over.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """Items in a dict; ``calls`` counts reads and writes (to check when the keyring is asked)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        self.calls = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.calls += 1
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls += 1
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username))


KeyringBackend._classes.discard(MemoryKeyring)  # type: ignore[attr-defined]
