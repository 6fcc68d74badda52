"""Child process of test_kill9_draft_saves: saves one draft in a loop until it is killed.

Usage: draft_saver.py ROOT FIRST STOP — unlocks the vault under ROOT, cleans stale temp files
(prints ``ready N``), then saves versions FIRST..STOP-1 of the draft, printing each index once
its save has returned.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.drafts import DraftStore
from app.paths import AppPaths
from app.report import ConcernForm
from app.vault import Vault
from crypto.keyfile import WEAK_KDF_FOR_TESTS_ONLY

PASSPHRASE = "kill -9 test passphrase"
DRAFT_ID = "c0ffee" + "0" * 26


def version_form(index: int) -> ConcernForm:
    """Save ``index``: version A (even) or B (odd), of different sizes; the title names both."""
    version = "A" if index % 2 == 0 else "B"
    size = 300_000 if version == "A" else 170_000
    return ConcernForm({"title": f"{version}:{index}", "what_happened": version * size,
                        "where": f"save {index}"})


def main(argv: list[str]) -> int:
    root, first, stop = Path(argv[1]), int(argv[2]), int(argv[3])
    paths = AppPaths.under(root)
    vault = Vault.unlock_with_passphrase(paths, PASSPHRASE, WEAK_KDF_FOR_TESTS_ONLY)
    store = DraftStore(paths, vault)
    print(f"ready {store.clean_stale_temp_files()}", flush=True)
    for index in range(first, stop):
        store.save(DRAFT_ID, version_form(index))
        print(index, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
