"""The independent Node.js reader (tests/independent/, written from docs/FORMAT.md alone) must give
the listed outcome for every frozen vector in tests/vectors/vectors.json.

Needs Node.js and the locked npm packages: `npm ci --prefix tests/independent` (CI does this).
A missing installation is a failure, never a skip.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
INSTALL_HINT = "run `npm ci --prefix tests/independent` (from the repository root) first"


def test_node_reader_agrees_with_every_vector() -> None:
    node = shutil.which("node")
    assert node is not None, f"Node.js (`node`) is not on PATH: install Node.js 20+, {INSTALL_HINT}"
    installed = all((HERE / "node_modules" / p).is_dir() for p in ("libsodium-wrappers",
                                                                    "libsodium-wrappers-sumo"))
    assert installed, f"tests/independent/node_modules is missing: {INSTALL_HINT}"
    vectors = json.loads((ROOT / "tests" / "vectors" / "vectors.json").read_text("utf-8"))
    expected = len(vectors["vectors"])

    proc = subprocess.run(
        [node, "tests/independent/check_vectors.mjs"],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=False,
    )
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"node reader disagrees with the vectors:\n{output}"
    assert re.search(rf"^{expected} passed, 0 failed$", proc.stdout, re.MULTILINE), (
        f"expected '{expected} passed, 0 failed':\n{output}"
    )
