"""Demo mode for trainers: the public demo team, a throwaway folder, and sample reports.

Everything lives in ``<data>/demo-session``: wiped when demo mode starts, on "Reset demo" and when
the window closes. The sample reports are sealed here, on the spot, to the public demo card (so
they carry the demo flag), some with the sample photo (its GPS data removed, as the editor does)
and some with a reply key, then imported like any report from outside.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

from app.attachments import prepare_attachment
from app.demo_team import (
    DEMO_TEAM_NAME,
    SAMPLE_PHOTO,
    demo_card,
    demo_identity,
    demo_moderator_keys,
    sample_form,
)
from app.fs import private_dir, remove_tree
from app.importing import ImportSummary, import_paths
from app.paths import AppPaths
from app.report import ConcernForm
from app.sealing import SealRequest, seal_into_folder
from crypto.keyfile import ModeratorSecrets
from crypto.keys import SecretKey
from ui.moderator.session import ModeratorSession, open_with_secrets
from ui.workers import CancelFn, ProgressFn

DEMO_FOLDER = "demo-session"
_SAMPLES: tuple[tuple[str, str, str, str, bool, bool], ...] = (
    # title, category, urgency, safe_now, with photo, with reply key
    ("DEMO: editor questioned about protest article", "threat", "high", "unsure", True, True),
    ("DEMO: article on the dam project blocked", "censorship", "medium", "safe", False, False),
    ("DEMO: home address of an editor posted", "doxxing", "critical", "not_safe", True, True),
    ("DEMO: editor detained after a talk page post", "arrest", "critical", "not_safe", False,
     True),
    ("DEMO: lawsuit threat over a biography", "legal", "low", "safe", False, False),
    ("DEMO: no coverage of the river pollution", "content_gap", "low", "safe", False, False),
)


def demo_secrets() -> ModeratorSecrets:
    """The demo team's keys (public knowledge: they are in app/demo_team.py)."""
    return ModeratorSecrets(DEMO_TEAM_NAME, demo_moderator_keys(), (demo_identity(),),
                            demo_card().text)


def sample_forms() -> list[tuple[ConcernForm, bool, bool]]:
    """Fictional concerns: (form, attach the sample photo, ask for a reply)."""
    forms = []
    for title, category, urgency, safe_now, photo, reply in _SAMPLES:
        form = sample_form()
        values = dict(form.values, title=title, category=category, urgency=urgency,
                      safe_now=safe_now, contact="reply_in_app" if reply else "no_contact")
        forms.append((ConcernForm(values), photo, reply))
    return forms


def seal_samples(folder: Path, today: dt.date) -> list[Path]:
    """Seal the sample concerns to the demo team into ``folder``; returns the files."""
    photo = prepare_attachment(SAMPLE_PHOTO)
    sealed = []
    for number, (form, with_photo, with_reply) in enumerate(sample_forms()):
        request = SealRequest(demo_card(), form, photo if with_photo else (), demo_mode=True,
                              reply_key=SecretKey.generate().public if with_reply else None,
                              today=today - dt.timedelta(days=number * 3))
        sealed.append(seal_into_folder(request, folder).path)
    return sealed


class DemoWorkspace:
    """Creates, fills, resets and removes the demo folder."""

    def __init__(self, base: AppPaths) -> None:
        self.root = base.data / DEMO_FOLDER
        self._base = base
        self._created_data = not base.data.exists()

    @property
    def incoming(self) -> Path:
        """Where the sample reports are sealed to (like a USB stick's folder)."""
        return self.root / "incoming"

    def start(self) -> AppPaths:
        """A fresh, empty demo folder; the paths demo mode uses."""
        remove_tree(self.root)
        private_dir(self._base.data)
        private_dir(self.root)
        return AppPaths.under(self.root).ensure()

    def open_session(self) -> ModeratorSession:
        """A fresh folder and a demo session over an empty store."""
        return open_with_secrets(self.start(), demo_secrets(), demo=True)

    def fill(self, session: ModeratorSession, today: dt.date, progress: ProgressFn,
             should_cancel: CancelFn) -> ImportSummary:
        """Seal the samples and import them (runs in a worker)."""
        files = seal_samples(private_dir(self.incoming), today)
        with session.locked() as store:
            return import_paths(store, files, progress=progress, should_cancel=should_cancel)

    def close(self) -> None:
        """Remove the demo folder (and the data folder, if demo mode made it)."""
        remove_tree(self.root)
        if self._created_data:
            with contextlib.suppress(OSError):
                self._base.data.rmdir()  # only succeeds when empty
