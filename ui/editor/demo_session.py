"""Demo mode's throwaway folder: everything a workshop writes lives here and is removed.

The folder is ``<data>/demo-session``. It is wiped when demo mode starts (a crashed workshop
leaves nothing for long), on "Reset demo" and when the window closes.
"""

from __future__ import annotations

import contextlib

from app.fs import private_dir, remove_tree
from app.paths import AppPaths

DEMO_FOLDER = "demo-session"


class DemoSession:
    """Creates, resets and removes the demo folder."""

    def __init__(self, base: AppPaths) -> None:
        self.root = base.data / DEMO_FOLDER
        self._base = base
        self._created_data = not base.data.exists()

    def start(self) -> AppPaths:
        """A fresh, empty demo folder; the paths demo mode uses."""
        remove_tree(self.root)
        private_dir(self._base.data)
        private_dir(self.root)
        return AppPaths.under(self.root).ensure()

    def reset(self) -> AppPaths:
        """Back to an empty demo folder (same paths as start())."""
        return self.start()

    def close(self) -> None:
        """Remove the demo folder and all it holds (and the data folder, if demo made it)."""
        remove_tree(self.root)
        if self._created_data:
            with contextlib.suppress(OSError):
                self._base.data.rmdir()  # only succeeds when empty
