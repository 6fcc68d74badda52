"""kill -9 at random moments during 1,000 draft saves: always the old or the new draft.

A child process (draft_saver.py) saves one draft in a loop, alternating versions A and B whose
content names the save's index. The parent lets it run a random number of saves, waits a random
few milliseconds more (so the kill lands inside a save: encrypting, writing, fsync, rename) and
sends SIGKILL; then it restarts the child after the interrupted save, until saves 1..1000 have
all been attempted. After every kill the draft must load, authenticate and be exactly the
version of the last completed save or of the interrupted one; the temp files a kill left behind
must be gone once the next child has started.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.drafts import DraftStore
from app.fs import TEMP_SUFFIX
from app.paths import AppPaths
from app.vault import Vault
from crypto.keyfile import CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY

sys.path.insert(0, str(Path(__file__).parent))
import draft_saver  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
SAVER = Path(__file__).with_name("draft_saver.py")
TOTAL_SAVES = 1000
MIN_KILLS = 30


def _temp_files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob(f"*{TEMP_SUFFIX}")}


def _check_draft(paths: AppPaths, allowed: tuple[int, int], seed: int) -> int:
    vault = Vault.unlock_with_passphrase(paths, draft_saver.PASSPHRASE, WEAK_KDF_FOR_TESTS_ONLY)
    draft = DraftStore(paths, vault).load(draft_saver.DRAFT_ID)
    index = int(draft.form.get("title").split(":")[1])
    assert index in allowed, f"seed {seed}: found save {index}, expected one of {allowed}"
    assert draft.form.values == draft_saver.version_form(index).values, f"seed {seed}"
    return index


def _run_child(paths_root: Path, first: int, rng: random.Random,
               env: dict[str, str]) -> tuple[int | None, bool, str]:
    """Start a child at save ``first``, kill it at a random moment; return (the last save it
    completed, or None; whether the kill hit it; its ready line)."""
    child = subprocess.Popen([sys.executable, str(SAVER), str(paths_root), str(first),
                              str(TOTAL_SAVES + 1)], stdout=subprocess.PIPE, text=True,
                             env=env, cwd=paths_root)
    assert child.stdout is not None
    ready = child.stdout.readline().strip()
    done: int | None = None
    for _ in range(rng.randint(0, 40)):
        line = child.stdout.readline()
        if not line:
            break
        done = int(line)
    time.sleep(rng.uniform(0, 0.006))
    child.send_signal(signal.SIGKILL)
    rest = child.stdout.read().split()
    child.wait(timeout=30)
    child.stdout.close()
    if rest:
        done = int(rest[-1])
    return done, child.returncode == -signal.SIGKILL, ready


@pytest.mark.slow
def test_kill9_during_1000_saves_leaves_old_or_new(tmp_path: Path) -> None:
    seed = int(os.environ.get("SEALNOTE_CRASH_SEED", random.SystemRandom().randrange(1 << 32)))
    rng = random.Random(seed)
    root = tmp_path / "root"
    paths = AppPaths.under(root)
    vault = Vault.create(paths, draft_saver.PASSPHRASE, CHEAP_FOR_TESTS_ONLY,
                         WEAK_KDF_FOR_TESTS_ONLY)
    DraftStore(paths, vault).save(draft_saver.DRAFT_ID, draft_saver.version_form(0))
    env = dict(os.environ, PYTHONPATH=str(REPO))
    first, on_disk, kills, kills_leaving_temp, runs = 1, 0, 0, 0, 0
    left_behind: set[Path] = set()
    while first <= TOTAL_SAVES:
        done, killed, ready = _run_child(root, first, rng, env)
        runs += 1
        assert ready.startswith("ready"), f"seed {seed}: child failed to start: {ready!r}"
        assert not (left_behind & _temp_files(root)), f"seed {seed}: stale temp not cleaned"
        if killed and (done or 0) < TOTAL_SAVES:
            kills += 1
        # The last completed save, or the one the kill interrupted (if its rename happened).
        allowed = (done, done + 1) if done is not None else (on_disk, first)
        on_disk = _check_draft(paths, allowed, seed)
        left_behind = _temp_files(root)
        kills_leaving_temp += bool(left_behind)
        first = (done if done is not None else first - 1) + 2
        assert runs < 500, f"seed {seed}: too many runs"
    DraftStore(paths, Vault.unlock_with_passphrase(
        paths, draft_saver.PASSPHRASE, WEAK_KDF_FOR_TESTS_ONLY)).clean_stale_temp_files()
    assert _temp_files(root) == set()
    print(f"kill -9 test: seed {seed}, {runs} runs, {kills} kills, {kills_leaving_temp} left temp")
    assert kills >= MIN_KILLS, f"seed {seed}: only {kills} kills in {runs} runs"
    assert kills_leaving_temp >= 1, f"seed {seed}: no kill landed inside a write"
