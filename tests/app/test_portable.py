"""app.portable: detection, the redirected environment, and nothing written under HOME."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from app.paths import PORTABLE_MARKER
from app.portable import PORTABLE_FOLDER, apply_portable_environment, portable_root

REPO = Path(__file__).resolve().parents[2]
REDIRECTED = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
              "XDG_RUNTIME_DIR", "TMPDIR", "TEMP", "TMP")


def test_detection_by_flag_or_marker(tmp_path: Path) -> None:
    program = tmp_path / "stick"
    program.mkdir()
    assert portable_root(program, ["sealnote"]) is None
    assert portable_root(program, ["--portable"]) is None  # argv[0] is the program itself
    assert portable_root(program, ["sealnote", "--portable"]) == program / PORTABLE_FOLDER
    (program / PORTABLE_MARKER).write_text("")
    assert portable_root(program, ["sealnote"]) == program / PORTABLE_FOLDER


def test_environment_is_redirected_below_the_root(tmp_path: Path) -> None:
    environ = {"HOME": str(tmp_path / "home"), "XDG_DATA_HOME": "/somewhere/else"}
    root = tmp_path / "stick" / PORTABLE_FOLDER
    paths = apply_portable_environment(root, environ)
    assert paths.portable and paths.data == root.resolve() / "data"
    for name in REDIRECTED:
        assert Path(environ[name]).is_relative_to(root.resolve()), name
        assert Path(environ[name]).is_dir()
    assert environ["HOME"] == str(tmp_path / "home")  # HOME itself is left alone
    assert stat.S_IMODE(os.stat(environ["XDG_RUNTIME_DIR"]).st_mode) == 0o700
    assert environ["TMPDIR"] == str(paths.temp)


_SCRIPT = """
import json, os, sys, tempfile
from pathlib import Path
from app.portable import apply_portable_environment, portable_root
root = portable_root(Path(sys.argv[1]), ["sealnote", "--portable"])
paths = apply_portable_environment(root, os.environ)
from app.attachments import PreparedAttachment
from app.drafts import DraftStore
from app.image_metadata import MetadataVerdict
from app.keyring_unlock import KeyringUnlock
from app.report import ConcernForm
from app.vault import Vault
from crypto.keyfile import CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY
import platformdirs
vault = Vault.create(paths, "portable pw", CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY)
store = DraftStore(paths, vault)
draft_id = store.new_draft_id()
blob = PreparedAttachment("a.txt", 5, "text/plain", MetadataVerdict.NOT_CLEANABLE, (),
                          Path("/none"), b"hello")
store.save(draft_id, ConcernForm({"title": "t"}), [store.add_attachment(draft_id, blob)])
store.clean_stale_temp_files()
with tempfile.TemporaryFile() as handle:
    handle.write(b"x")
print(json.dumps({"env": {k: os.environ[k] for k in sys.argv[2:]},
                  "tempdir": tempfile.gettempdir(),
                  "platformdirs": platformdirs.user_data_dir("Sealnote"),
                  "keyring": KeyringUnlock(portable=paths.portable).status().reason_code,
                  "loaded": store.load(draft_id).form.get("title")}))
"""


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*")}


def test_nothing_is_written_under_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / ".config").mkdir(parents=True)
    (home / ".config" / "existing.ini").write_text("x")
    stick = tmp_path / "stick"
    stick.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_") and k not in
           ("TMPDIR", "TEMP", "TMP")}
    env.update(HOME=str(home), PYTHONPATH=str(REPO))
    before = _snapshot(home)
    result = subprocess.run([sys.executable, "-c", _SCRIPT, str(stick), *REDIRECTED],
                            env=env, cwd=stick, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert _snapshot(home) == before
    root = (stick / PORTABLE_FOLDER).resolve()
    for value in [*report["env"].values(), report["tempdir"], report["platformdirs"]]:
        assert Path(value).is_relative_to(root), value
    assert report["keyring"] == "keyring.portable_mode" and report["loaded"] == "t"
    assert (root / "data" / "vault-key").is_file()
