"""What both screenshot scripts (tests/ui/make_screenshots.py and its moderator twin) share:
letting Qt run until a window gets somewhere, and grabbing a widget into a PNG file."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def wait_for(condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
    """Let Qt run until ``condition`` holds (raises TimeoutError)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def settle() -> None:
    """A few rounds of events so layouts and repaints are done."""
    for _ in range(30):
        QCoreApplication.processEvents()
        time.sleep(0.005)


def save_png(widget: QWidget, path: Path) -> Path:
    """Grab ``widget`` (once it settled) into ``path``; raises OSError if it cannot be saved."""
    settle()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not save {path.name}")
    print(f"wrote {path}")
    return path
