"""Where Sealnote keeps its files. Always passed in, never a module-level global.

Normal mode uses the platform's per-user folders (platformdirs). Portable mode keeps everything
under one folder next to the program (USB stick, Tails persistent volume).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app.fs import private_dir

APP_NAME = "Sealnote"
PORTABLE_MARKER = "sealnote-portable.txt"


@dataclass(frozen=True)
class AppPaths:
    """The folders one app instance uses."""

    data: Path
    config: Path
    temp: Path
    portable: bool = False

    @classmethod
    def for_user(cls, app_name: str = APP_NAME) -> AppPaths:
        """Per-user folders of this platform."""
        data = Path(platformdirs.user_data_dir(app_name, appauthor=False))
        return cls(data=data, config=Path(platformdirs.user_config_dir(app_name, appauthor=False)),
                   temp=data / "tmp")

    @classmethod
    def under(cls, root: Path, portable: bool = False) -> AppPaths:
        """Everything below ``root`` (portable mode and tests)."""
        return cls(data=root / "data", config=root / "config", temp=root / "tmp",
                   portable=portable)

    def ensure(self) -> AppPaths:
        """Create the folders, private to the owner."""
        for folder in (self.data, self.config, self.temp):
            private_dir(folder)
        return self
