"""Release tarballs of the frozen programs and their SHA256SUMS, byte for byte reproducible.

    python3 packaging/release.py tarballs dist    # dist/<program>/ -> dist/<program>-<version>-
                                                  # linux-<arch>.tar.gz, then dist/SHA256SUMS
    python3 packaging/release.py checksums dist   # only SHA256SUMS, of dist/*.tar.gz
    python3 packaging/release.py epoch            # the SOURCE_DATE_EPOCH of this version

The same folders give the same bytes: names sorted, every time stamp SOURCE_DATE_EPOCH (else the
date of this version's <release> in the editor's AppStream metadata), owner and group 0 with no
names, permissions reduced to 755/644, GNU tar headers (no pax records: no atime, ctime or
extended attributes), and a gzip header without file name or time. SHA256SUMS lists the
tarballs sorted by name in the format ``sha256sum -c`` reads.

Standard library only (tests/architecture/test_packaging.py imports it).
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import os
import platform
import sys
import tarfile
import tomllib
import xml.etree.ElementTree as ET  # noqa: S405 -- our own metadata file, not untrusted input
from collections.abc import Iterator
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
PROGRAMS = ("sealnote", "sealnote-moderator")
METAINFO = REPOSITORY / "packaging" / "linux" / "org.sealnote.Sealnote.metainfo.xml"
CHECKSUMS = "SHA256SUMS"


def project_version() -> str:
    """The version in pyproject.toml."""
    with (REPOSITORY / "pyproject.toml").open("rb") as stream:
        return str(tomllib.load(stream)["project"]["version"])


def release_epoch(version: str, environ: dict[str, str] | None = None,
                  metainfo: Path = METAINFO) -> int:
    """SOURCE_DATE_EPOCH if set, else midnight UTC of ``version``'s release in the metainfo.

    Raises LookupError if neither gives a time.
    """
    env = os.environ if environ is None else environ
    if env.get("SOURCE_DATE_EPOCH", "").strip():
        return int(env["SOURCE_DATE_EPOCH"])
    for release in ET.parse(metainfo).getroot().iter("release"):  # noqa: S314 -- our own file
        if release.get("version") == version and release.get("date"):
            day = dt.date.fromisoformat(str(release.get("date")))
            return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp())
    raise LookupError(f"no <release version={version!r} date=…> in {metainfo} and no "
                      "SOURCE_DATE_EPOCH")


def tarball_name(program: str, version: str, machine: str | None = None) -> str:
    """``<program>-<version>-linux-<arch>.tar.gz``."""
    return f"{program}-{version}-linux-{machine or platform.machine()}.tar.gz"


def _walk(folder: Path) -> Iterator[Path]:
    """``folder`` and everything below it, sorted by name at every level; symlinks not followed."""
    yield folder
    if folder.is_dir() and not folder.is_symlink():
        for child in sorted(folder.iterdir(), key=lambda path: path.name):
            yield from _walk(child)


def _member(path: Path, name: str, epoch: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.mtime = epoch
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    if path.is_symlink():
        info.type, info.linkname, info.mode = tarfile.SYMTYPE, os.readlink(path), 0o777
    elif path.is_dir():
        info.type, info.mode = tarfile.DIRTYPE, 0o755
    else:
        info.size = path.stat().st_size
        info.mode = 0o755 if path.stat().st_mode & 0o111 else 0o644
    return info


def make_tarball(folder: Path, destination: Path, epoch: int) -> Path:
    """Write ``folder`` (as its own top-level folder) into a reproducible ``destination``."""
    with (destination.open("wb") as raw,
          gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as zipped,
          tarfile.open(fileobj=zipped, mode="w", format=tarfile.GNU_FORMAT) as archive):
        for path in _walk(folder):
            info = _member(path, path.relative_to(folder.parent).as_posix(), epoch)
            if info.isreg():
                with path.open("rb") as content:
                    archive.addfile(info, content)
            else:
                archive.addfile(info)
    return destination


def sha256_of(path: Path) -> str:
    """The hex SHA-256 of a file."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def write_checksums(folder: Path) -> Path:
    """Write ``folder/SHA256SUMS`` for ``folder/*.tar.gz``. Raises FileNotFoundError if none."""
    tarballs = sorted(folder.glob("*.tar.gz"), key=lambda path: path.name)
    if not tarballs:
        raise FileNotFoundError(f"no *.tar.gz in {folder}")
    lines = "".join(f"{sha256_of(path)}  {path.name}\n" for path in tarballs)
    destination = folder / CHECKSUMS
    destination.write_text(lines, encoding="ascii")
    return destination


def make_release(dist: Path, version: str, epoch: int) -> list[Path]:
    """Tarballs of every program in ``dist``, then SHA256SUMS; returns the tarballs."""
    made = []
    for program in PROGRAMS:
        if not (dist / program / program).is_file():
            raise FileNotFoundError(f"{dist / program / program} is missing: build it first")
        made.append(make_tarball(dist / program, dist / tarball_name(program, version), epoch))
    write_checksums(dist)
    return made


def main(argv: list[str]) -> int:
    """``tarballs DIST``, ``checksums DIR`` or ``epoch``; returns the exit status."""
    command, *folders = argv or [""]
    if (command, len(folders)) not in (("tarballs", 1), ("checksums", 1), ("epoch", 0)):
        print("usage: release.py tarballs DIST | checksums DIR | epoch", file=sys.stderr)
        return 2
    try:
        if command == "epoch":
            print(release_epoch(project_version()))
            return 0
        folder = Path(folders[0])
        if command == "tarballs":
            version = project_version()
            for path in make_release(folder, version, release_epoch(version)):
                print(f"release: {path} {path.stat().st_size:,} bytes")
        else:
            write_checksums(folder)
    except (OSError, LookupError, ValueError) as error:
        print(f"release: error: {error}", file=sys.stderr)
        return 1
    print((folder / CHECKSUMS).read_text(encoding="ascii"), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
