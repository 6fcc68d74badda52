"""Packaging (packaging/README.md), checked without building anything.

- Desktop entries and AppStream metadata validate (desktop-file-validate, appstreamcli; Debian
  packages desktop-file-utils and appstream, which .ci/run installs: a missing tool fails).
- The PyInstaller specs and entry scripts match pyproject.toml; entry scripts call
  multiprocessing.freeze_support() first.
- Every file the apps load at run time is in the specs' manifest (packaging/pyinstaller/
  sealnote_bundle.py): our own data files, and the data files of every runtime dependency.
- Release tarballs and SHA256SUMS are byte for byte reproducible (packaging/release.py).
`make package` builds, checks and runs the real programs; it is not part of the test suite.
"""

from __future__ import annotations

import ast
import configparser
import datetime as dt
import gzip
import hashlib
import importlib.metadata
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path, PurePosixPath
from types import ModuleType

import pytest
from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
PYINSTALLER = REPO / "packaging" / "pyinstaller"
ENTRIES = sorted(LINUX.glob("*.desktop"))
METAINFO = sorted(LINUX.glob("*.metainfo.xml"))
APP_IDS = ["org.sealnote.Sealnote", "org.sealnote.SealnoteModerator"]
# Words that would tell a searcher of a seized laptop what the apps are for (threat model:
# device searcher, shared-device user). Installed metadata stays as plain as the menu entries.
TELLTALE_WORDS = ("human rights", "report", "arrest", "activist", "journalist", "threat",
                  "police", "wiki", "censor", "dox", "persecut", "abuse", "whistle", "dissident",
                  "harass", "concern")
# Qt's own files are collected by PyInstaller's PySide6 hooks, not by our manifest.
QT_DISTRIBUTIONS = {"pyside6-essentials", "shiboken6"}
CODE_SUFFIXES = {".py", ".pyc", ".pyi", ".so", ".pyd"}


def load(path: Path) -> ModuleType:
    """Import a file of packaging/ (not a package) under its own name."""
    spec = importlib.util.spec_from_file_location(f"_packaging_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bundle() -> ModuleType:
    return load(PYINSTALLER / "sealnote_bundle.py")


@pytest.fixture(scope="module")
def release() -> ModuleType:
    return load(REPO / "packaging" / "release.py")


def pyproject() -> dict[str, object]:
    with (REPO / "pyproject.toml").open("rb") as stream:
        return tomllib.load(stream)


def scripts() -> dict[str, str]:
    table = pyproject()["project"]
    assert isinstance(table, dict)
    return dict(table["scripts"])


# --- desktop entries and AppStream metadata ------------------------------------------------

def test_there_is_an_entry_and_metainfo_for_each_app() -> None:
    assert [p.name for p in ENTRIES] == [f"{app}.desktop" for app in APP_IDS]
    assert [p.name for p in METAINFO] == [f"{app}.metainfo.xml" for app in APP_IDS]


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda p: p.name)
def test_desktop_entry_validates(entry: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    assert tool, "desktop-file-validate is missing: apt-get install desktop-file-utils"
    result = subprocess.run([tool, str(entry)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.parametrize("metainfo", METAINFO, ids=lambda p: p.name)
def test_metainfo_validates(metainfo: Path) -> None:
    """--strict: infos fail too. --no-net: screenshot addresses are not fetched."""
    tool = shutil.which("appstreamcli")
    assert tool, "appstreamcli is missing: apt-get install appstream"
    result = subprocess.run([tool, "validate", "--no-net", "--strict", str(metainfo)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_broken_metainfo_fails_validation(tmp_path: Path) -> None:
    """The validation above can fail: a summary ending in a dot is an 'info' under --strict."""
    tool = shutil.which("appstreamcli")
    assert tool, "appstreamcli is missing: apt-get install appstream"
    broken = tmp_path / METAINFO[0].name
    text = METAINFO[0].read_text(encoding="utf-8")
    broken.write_text(re.sub(r"<summary>(.*)</summary>", r"<summary>\1.</summary>", text),
                      encoding="utf-8")
    result = subprocess.run([tool, "validate", "--no-net", "--strict", str(broken)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0


@pytest.mark.parametrize("app_id", APP_IDS)
def test_metainfo_matches_its_desktop_entry_and_program(app_id: str) -> None:
    root = ET.parse(LINUX / f"{app_id}.metainfo.xml").getroot()
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(LINUX / f"{app_id}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert root.findtext("id") == app_id
    assert root.findtext("launchable") == f"{app_id}.desktop"
    assert root.findtext("name") == desktop["Name"]
    assert root.findtext("summary") == desktop["Comment"]
    binary = root.findtext("provides/binary")
    assert binary in scripts() and desktop["Exec"].split()[0] == binary
    assert root.findtext("project_license") == pyproject()["project"]["license"]["text"]


@pytest.mark.parametrize("path", ENTRIES + METAINFO, ids=lambda p: p.name)
def test_installed_metadata_says_nothing_telltale(path: Path) -> None:
    text = path.read_text(encoding="utf-8").lower()
    assert [word for word in TELLTALE_WORDS if word in text] == []


@pytest.mark.parametrize("metainfo", METAINFO, ids=lambda p: p.name)
def test_metainfo_screenshots_are_in_docs(metainfo: Path) -> None:
    images = [image.text or "" for image in ET.parse(metainfo).getroot().iter("image")]
    assert images
    for image in images:
        assert (REPO / "docs" / "screenshots" / PurePosixPath(image).name).is_file(), image


@pytest.mark.parametrize("metainfo", METAINFO, ids=lambda p: p.name)
def test_metainfo_newest_release_is_this_version(metainfo: Path) -> None:
    releases = list(ET.parse(metainfo).getroot().iter("release"))
    assert releases, "no <release>"
    assert releases[0].get("version") == pyproject()["project"]["version"]
    dt.date.fromisoformat(releases[0].get("date") or "")


def test_both_apps_list_the_same_releases() -> None:
    lists = [[(r.get("version"), r.get("date")) for r in ET.parse(p).getroot().iter("release")]
             for p in METAINFO]
    assert lists[0] == lists[1]


# --- specs and entry scripts ---------------------------------------------------------------

SPECS = {"sealnote": "run_sealnote.py", "sealnote-moderator": "run_sealnote_moderator.py"}


@pytest.mark.parametrize("program", sorted(SPECS))
def test_spec_builds_its_program_from_its_entry_script(program: str) -> None:
    tree = ast.parse((PYINSTALLER / f"{program}.spec").read_text(encoding="utf-8"))
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)
             and isinstance(node.func, ast.Name) and node.func.id == "build_program"]
    assert len(calls) == 1
    name, script, _spec_path = calls[0].args
    assert isinstance(name, ast.Constant) and name.value == program
    assert isinstance(script, ast.Constant) and script.value == SPECS[program]
    assert (PYINSTALLER / script.value).is_file()


def test_specs_cover_every_program_in_pyproject() -> None:
    assert sorted(scripts()) == sorted(SPECS)


@pytest.mark.parametrize("program", sorted(SPECS))
def test_entry_script_freezes_support_first_then_calls_the_console_entry(program: str) -> None:
    """A frozen program is its own Python: a 'spawn' worker re-runs it, and without
    freeze_support() as the first call that worker starts the whole app again, which starts
    workers again (seen here with a probe build: a storm of processes)."""
    tree = ast.parse((PYINSTALLER / SPECS[program]).read_text(encoding="utf-8"))
    main = [node for node in tree.body if isinstance(node, ast.If)]
    assert len(main) == 1 and ast.unparse(main[0].test) == "__name__ == '__main__'"
    body = main[0].body
    assert ast.unparse(body[0]) == "multiprocessing.freeze_support()"
    module, function = scripts()[program].split(":")
    assert ast.unparse(body[1]) == f"from {module} import {function}"
    assert ast.unparse(body[2]) == f"{function}()"
    assert len(body) == 3


def test_qt_modules_are_exactly_those_ui_imports(bundle: ModuleType) -> None:
    imported = set()
    for path in (REPO / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                imported.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                imported |= {a.name.split(".")[1] for a in node.names
                             if a.name.startswith("PySide6.")}
    assert imported == set(bundle.QT_MODULES)
    excluded = bundle.excluded_qt_modules()
    assert "PySide6.QtNetwork" in excluded
    assert not {f"PySide6.{name}" for name in bundle.QT_MODULES} & set(excluded)


def test_left_out_qt_plugins_exist_and_are_dropped(bundle: ModuleType) -> None:
    plugins = Path(importlib.util.find_spec("PySide6").origin).parent / "Qt" / "plugins"
    for pattern in bundle.QT_PLUGINS_LEFT_OUT:
        matches = list(plugins.glob(pattern))
        assert matches, f"{pattern}: no such plugin in this PySide6 (stale entry?)"
        for plugin in matches:
            target = f"PySide6/Qt/plugins/{plugin.parent.name}"
            assert not bundle.keep_qt_file(str(plugin), target)
    assert bundle.keep_qt_file("/x/libqxcb.so", "PySide6/Qt/plugins/platforms")
    assert bundle.keep_qt_file("/x/libqoffscreen.so", "PySide6/Qt/plugins/platforms")
    assert bundle.keep_qt_file("/x/qtbase_ar.qm", "PySide6/Qt/translations")
    assert not bundle.keep_qt_file("/x/qt_ar.qm", "PySide6/Qt/translations")
    assert bundle.keep_qt_file("/x/sealnote_ar.qm", "ui/resources/i18n")


# --- every file loaded at run time is in the manifest --------------------------------------

def _source_data_files() -> list[PurePosixPath]:
    return sorted(PurePosixPath(path.relative_to(REPO).as_posix())
                  for package in ("app", "crypto", "ui")
                  for path in (REPO / package).rglob("*")
                  if path.is_file() and "__pycache__" not in path.parts
                  and path.suffix not in CODE_SUFFIXES)


def test_every_non_python_file_of_our_packages_is_shipped_or_explained(
        bundle: ModuleType) -> None:
    """A new data file fails here until it is in APP_DATA (shipped) or SOURCE_ONLY (why not)."""
    patterns = [pattern for pattern, _target in bundle.APP_DATA] + list(bundle.SOURCE_ONLY)
    files = _source_data_files()
    assert files
    unlisted = [str(f) for f in files if not any(f.match(pattern) for pattern in patterns)]
    assert unlisted == []
    for pattern in patterns:
        assert any(f.match(pattern) for f in files), f"{pattern} matches no file"


def test_shipped_data_land_where_the_code_looks_for_them(bundle: ModuleType) -> None:
    """The code finds its data next to its modules; in the bundle they keep the same places."""
    from app.demo_team import SAMPLE_PHOTO
    from ui.app_setup import I18N_FOLDER

    shipped = {(Path(source).resolve(), target) for source, target in bundle.app_data_files()}
    wanted = [SAMPLE_PHOTO.resolve(), *sorted(I18N_FOLDER.glob("*.qm"))]
    assert len(wanted) > 1
    for path in wanted:
        assert (path.resolve(), path.parent.relative_to(REPO).as_posix()) in shipped, path


def test_every_translation_source_is_compiled() -> None:
    folder = REPO / "ui" / "resources" / "i18n"
    sources = sorted(folder.glob("*.ts"))
    assert sources and all(source.with_suffix(".qm").is_file() for source in sources)


def _runtime_distributions() -> dict[str, importlib.metadata.Distribution]:
    """pyproject's dependencies and theirs, as installed (markers evaluated, no extras)."""
    table = pyproject()["project"]
    assert isinstance(table, dict)
    found: dict[str, importlib.metadata.Distribution] = {}
    pending = [Requirement(text) for text in table["dependencies"]]
    while pending:
        requirement = pending.pop()
        if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
            continue
        name = re.sub(r"[-_.]+", "-", requirement.name).lower()
        if name not in found:
            found[name] = importlib.metadata.distribution(requirement.name)
            pending += [Requirement(text) for text in found[name].requires or []]
    return found


def _dependency_data() -> list[PurePosixPath]:
    files = []
    for name, distribution in _runtime_distributions().items():
        if name in QT_DISTRIBUTIONS:
            continue
        for entry in distribution.files or []:
            path = PurePosixPath(str(entry))
            if (path.parts[0].endswith((".dist-info", ".libs")) or path.parts[0] == ".."
                    or "__pycache__" in path.parts or path.suffix in CODE_SUFFIXES
                    or ".so." in path.name or path.name == "py.typed"):
                continue
            files.append(path)
    return sorted(files)


def test_every_data_file_of_a_runtime_dependency_is_shipped_or_explained(
        bundle: ModuleType) -> None:
    """A dependency (or a new version of one) that reads a data file of its own fails here
    until DEPENDENCY_DATA ships it or DEPENDENCY_DATA_NOT_NEEDED says why not."""
    files = _dependency_data()
    assert PurePosixPath("shamir_mnemonic/wordlist.txt") in files  # the check sees data files

    def covered(path: PurePosixPath) -> bool:
        package, inner = path.parts[0], PurePosixPath(*path.parts[1:])
        return (str(inner) in bundle.DEPENDENCY_DATA.get(package, ())
                or any(inner.match(p) for p in bundle.DEPENDENCY_DATA_NOT_NEEDED.get(package, {})))

    assert [str(path) for path in files if not covered(path)] == []
    for package, patterns in bundle.DEPENDENCY_DATA_NOT_NEEDED.items():
        for pattern in patterns:
            assert any(p.parts[0] == package and PurePosixPath(*p.parts[1:]).match(pattern)
                       for p in files), f"{package}: {pattern} matches nothing (stale entry?)"


def test_dependency_data_files_exist(bundle: ModuleType) -> None:
    shipped = bundle.dependency_data_files()
    assert len(shipped) == sum(len(names) for names in bundle.DEPENDENCY_DATA.values())
    assert all(Path(source).is_file() for source, _target in shipped)


def _pins(path: Path) -> dict[str, str]:
    pins = re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)", path.read_text(encoding="utf-8"), re.M)
    return {re.sub(r"[-_.]+", "-", name).lower(): version for name, version in pins}


def test_build_tools_lock_agrees_with_the_runtime_locks() -> None:
    """make package installs requirements/packaging.txt together with lock.txt and build.txt:
    a package pinned in two of them must have the same version (re-lock packaging.in with the
    command in it when lock.txt changes)."""
    tools = _pins(REPO / "requirements" / "packaging.txt")
    assert "pyinstaller" in tools
    for other in ("lock.txt", "build.txt"):
        pins = _pins(REPO / "requirements" / other)
        assert {name: (version, pins[name]) for name, version in tools.items()
                if name in pins and pins[name] != version} == {}
    assert "pyinstaller" not in _pins(REPO / "requirements" / "lock.txt")


# --- reproducible release tarballs and SHA256SUMS ------------------------------------------

def _program_folder(root: Path, name: str, seed: str) -> Path:
    folder = root / name
    (folder / "_internal" / "ui").mkdir(parents=True)
    (folder / name).write_text(f"#!/bin/sh\necho {seed}\n", encoding="utf-8")
    (folder / name).chmod(0o775)
    (folder / "_internal" / "ui" / "data.qm").write_bytes(seed.encode() * 100)
    (folder / "_internal" / "libx.so.6").symlink_to("ui/data.qm")
    return folder


def _scramble_metadata(folder: Path, stamp: int) -> None:
    for path in folder.rglob("*"):
        if not path.is_symlink():
            os.utime(path, (stamp, stamp))
            path.chmod(path.stat().st_mode | 0o020)


def test_tarballs_are_reproducible(release: ModuleType, tmp_path: Path) -> None:
    epoch = 1_795_651_200
    made = []
    for run, stamp in (("a", 1_000_000_000), ("b", 1_700_000_000)):
        folder = _program_folder(tmp_path / run, "sealnote", "same content")
        _scramble_metadata(folder, stamp)
        made.append(release.make_tarball(folder, tmp_path / f"{run}.tar.gz", epoch).read_bytes())
    assert made[0] == made[1]
    assert gzip.decompress(made[0])  # a plain gzip stream
    with tarfile.open(tmp_path / "a.tar.gz") as archive:
        members = archive.getmembers()
    assert [m.name for m in members] == sorted(m.name for m in members)
    assert {(m.mtime, m.uid, m.gid, m.uname, m.gname) for m in members} == {(epoch, 0, 0, "", "")}
    assert all(not m.pax_headers for m in members)
    modes = {m.name: m.mode for m in members if not m.issym()}
    assert modes["sealnote/sealnote"] == 0o755 and modes["sealnote/_internal/ui/data.qm"] == 0o644
    assert [m.linkname for m in members if m.issym()] == ["ui/data.qm"]


def test_sha256sums_is_deterministic_and_checkable(tmp_path: Path) -> None:
    """The checksum command twice over the same tarballs: the same file, which sha256sum -c
    accepts; and a changed tarball changes it."""
    for name, seed in (("sealnote-0.1.0-linux-x86_64", "e"), ("sealnote-moderator-0.1.0-"
                                                               "linux-x86_64", "m")):
        (tmp_path / f"{name}.tar.gz").write_bytes(gzip.compress(seed.encode() * 999, mtime=0))
    (tmp_path / "notes.txt").write_text("not a tarball", encoding="utf-8")
    command = [sys.executable, str(REPO / "packaging" / "release.py"), "checksums", str(tmp_path)]
    outputs = []
    for _ in range(2):
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        outputs.append((tmp_path / "SHA256SUMS").read_bytes())
    assert outputs[0] == outputs[1]
    lines = outputs[0].decode("ascii").splitlines()
    names = [line.split("  ")[1] for line in lines]
    assert names == sorted(names) and all(name.endswith(".tar.gz") for name in names)
    for line in lines:
        digest, name = line.split("  ")
        assert digest == hashlib.sha256((tmp_path / name).read_bytes()).hexdigest()
    checker = shutil.which("sha256sum")
    assert checker, "sha256sum (coreutils) is missing"
    verified = subprocess.run([checker, "-c", "SHA256SUMS"], cwd=tmp_path, capture_output=True,
                              text=True, timeout=60)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    (tmp_path / f"{names[0]}").write_bytes(b"changed")
    subprocess.run(command, check=True, capture_output=True, timeout=60)
    assert (tmp_path / "SHA256SUMS").read_bytes() != outputs[0]


def test_checksums_of_no_tarball_is_an_error(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, str(REPO / "packaging" / "release.py"),
                             "checksums", str(tmp_path)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 1 and "no *.tar.gz" in result.stderr


def test_release_time_is_the_release_date_unless_source_date_epoch(release: ModuleType) -> None:
    version = pyproject()["project"]["version"]
    date = ET.parse(METAINFO[0]).getroot().find("releases/release").get("date")
    midnight = dt.datetime.fromisoformat(f"{date}T00:00:00+00:00").timestamp()
    assert release.release_epoch(version, environ={}) == int(midnight)
    assert release.release_epoch(version, environ={"SOURCE_DATE_EPOCH": "12345"}) == 12345
    with pytest.raises(LookupError):
        release.release_epoch("0.0.0-never", environ={})
    assert release.tarball_name("sealnote", "1.2.3", "x86_64") == \
        "sealnote-1.2.3-linux-x86_64.tar.gz"


# --- the smoke test of `make package` can fail ---------------------------------------------

def test_smoke_test_fails_a_window_that_dies_or_prints_a_traceback(tmp_path: Path) -> None:
    smoke = load(PYINSTALLER / "smoke_test.py")
    env = smoke.fresh_environment(tmp_path / "home")
    assert env["HOME"] == str(tmp_path / "home") and "DISPLAY" not in env
    with pytest.raises(smoke.SmokeFailure, match="not ready"):
        smoke.run_window([sys.executable, "-c", "raise SystemExit(3)"], env, tmp_path,
                         lambda: False)
    flag = tmp_path / "ready"
    crashes_on_term = ("import pathlib, signal, sys, time\n"
                       "def stop(*_):\n    print('Traceback (most recent call last):', "
                       "file=sys.stderr)\n    sys.exit(0)\n"
                       "signal.signal(signal.SIGTERM, stop)\n"
                       f"pathlib.Path({str(flag)!r}).touch()\ntime.sleep(30)\n")
    with pytest.raises(smoke.SmokeFailure, match="after SIGTERM"):
        smoke.run_window([sys.executable, "-c", crashes_on_term], env, tmp_path, flag.exists)
