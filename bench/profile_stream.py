"""Where sealing and opening spend their time, in process (no start-up, no Argon2id).

    .venv/bin/python bench/profile_stream.py                 # 1 GiB, 5 rounds
    .venv/bin/python bench/profile_stream.py --size 256MiB --rounds 3 --only "open:"
    .venv/bin/python bench/profile_stream.py --variant /tmp/stream_variant.py   # compare a copy

Every component is timed ``--rounds`` times, the components interleaved round by round (odd
rounds in reverse order). The machine is shared and noisy: compare medians of interleaved runs;
``min`` shows what the machine does when nobody else is using it. Outputs go to ``--workdir``
(default bench/out/), are deleted, ``sync`` is called and the script waits for an idle machine
(``--quiet-wait``), all untimed, before each job.

Components (S = the size):
  seal: read only; crypto only (a source that fills nothing, a sink that drops everything);
        read+crypto; crypto+write; read+crypto+write; the same plus fsync; write only (+fsync);
        the whole ``seal_report`` into ``app.fs.atomic_writer`` (what the CLI runs, fsync
        included); the main thread's time inside readinto / write / waiting for the workers.
  open: read only; read+crypto; crypto from memory; open_report into sinks that drop the bytes
        (adds the inner parser and the padding check); into app.fs.create_private_file (what the
        app does: 1 MiB BufferedWriter); into unbuffered files; the main thread's time split.
``--variant FILE`` loads a scratch copy of the module defining ``seal_stream`` and/or
``open_stream`` (never edit the repo's crypto/ for an experiment) and runs the same components
with it, side by side, as ``<component> [variant]``.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import io
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from seal_bench import human, parse_size, random_file, wait_until_quiet  # noqa: E402

import crypto.stream as stream  # noqa: E402
from app.fs import atomic_writer, create_private_file  # noqa: E402
from crypto.inner import AttachmentEntry, Manifest  # noqa: E402
from crypto.keys import SecretKey  # noqa: E402

MIB = 1 << 20
Job = tuple[str, Callable[[], None], bool]


def _module_with(attribute: str, *names: str) -> ModuleType:
    """The first of ``names`` that imports and defines ``attribute`` (the code moves around)."""
    for name in names:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if hasattr(module, attribute):
            return module
    raise ImportError(f"none of {names} defines {attribute}")


# seal_report calls seal_stream and open_report calls open_stream, wherever they live today; a
# variant replaces the function inside the calling module for the duration of one run.
SEAL_CALLER = _module_with("seal_report", "crypto.seal", "crypto.sealed_report")
OPEN_CALLER = _module_with("open_report", "crypto.sealed_report", "crypto.open")
OPEN_STREAM = _module_with("open_stream", "crypto.stream_reader", "crypto.stream")
UNLOCK = _module_with("unlock_header", "crypto.sealed_report", "crypto.header")


class FakeSource:
    """Claims to fill the buffer without touching it: crypto without reading."""

    def __init__(self, size: int) -> None:
        self.left = size

    def readinto(self, buffer: memoryview) -> int:
        got = min(len(buffer), self.left)
        self.left -= got
        return got


class NullSink:
    """Drops everything."""

    def write(self, data: memoryview) -> int:
        return len(data)


class Timed:
    """Wraps a source or sink and adds up the time spent in readinto/write."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.read_s = 0.0
        self.write_s = 0.0

    def readinto(self, buffer: memoryview) -> int:
        start = time.perf_counter()
        try:
            return self.inner.readinto(buffer)  # type: ignore[no-any-return]
        finally:
            self.read_s += time.perf_counter() - start

    def write(self, data: memoryview) -> int:
        start = time.perf_counter()
        try:
            return self.inner.write(data)  # type: ignore[no-any-return]
        finally:
            self.write_s += time.perf_counter() - start

    def tell(self) -> int:
        return self.inner.tell()  # type: ignore[no-any-return]

    def fileno(self) -> int:
        return self.inner.fileno()  # type: ignore[no-any-return]


def load_variant(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"variant_{path.stem}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def attachment_manifest(size: int) -> Manifest:
    return Manifest(fields={"title": "profile"},
                    attachments=(AttachmentEntry("a.bin", size, "application/octet-stream",
                                                 "not_cleanable"),))


class Profile:
    def __init__(self, workdir: Path, size: int, plain: Path, sealed: Path,
                 key: SecretKey) -> None:
        self.workdir, self.size, self.plain, self.sealed, self.key = (workdir, size, plain,
                                                                      sealed, key)
        self.out = workdir / "profile-out.bin"
        with open(sealed, "rb", buffering=0) as handle:
            header = OPEN_CALLER.read_header(handle)
            self.payload_offset = handle.tell()
        self.file_key: bytes = UNLOCK.unlock_header(header, [key])
        self.mac: bytes = header.mac
        self.splits: dict[str, list[tuple[float, float, float]]] = {}

    # --- plain I/O ----------------------------------------------------------------------------
    def read_only(self, path: Path, offset: int = 0) -> None:
        buffer = memoryview(bytearray(4 * MIB))
        with open(path, "rb", buffering=0) as handle:
            handle.seek(offset)
            while stream.read_fully(handle, buffer):
                pass

    def write_only(self, fsync: bool) -> None:
        buffer = memoryview(bytearray(4 * MIB))
        left = self.size
        with open(self.out, "wb", buffering=0) as handle:
            while left:
                piece = buffer[:min(left, len(buffer))]
                handle.write(piece)
                left -= len(piece)
            if fsync:
                os.fsync(handle.fileno())

    # --- seal ---------------------------------------------------------------------------------
    def seal(self, mod: ModuleType, *, read: bool, write: bool, fsync: bool = False,
             split: str | None = None) -> None:
        source_file = open(self.plain, "rb", buffering=0) if read else None  # noqa: SIM115
        sink_file = open(self.out, "wb", buffering=0) if write else None  # noqa: SIM115
        source = Timed(source_file if source_file else FakeSource(self.size))
        sink = Timed(sink_file if sink_file else NullSink())
        start = time.perf_counter()
        try:
            mod.seal_stream(source, sink, os.urandom(32), os.urandom(32), self.size)
            if sink_file and fsync:
                start_sync = time.perf_counter()
                os.fsync(sink_file.fileno())
                sink.write_s += time.perf_counter() - start_sync
        finally:
            for handle in (source_file, sink_file):
                if handle:
                    handle.close()
        if split:
            total = time.perf_counter() - start
            self.splits.setdefault(split, []).append((source.read_s, sink.write_s, total))

    def seal_report_app(self, mod: ModuleType) -> None:
        saved = SEAL_CALLER.seal_stream
        SEAL_CALLER.seal_stream = mod.seal_stream
        try:
            with open(self.plain, "rb", buffering=0) as source, \
                    atomic_writer(self.out) as sink:
                SEAL_CALLER.seal_report(sink, [self.key.public], attachment_manifest(self.size),
                                        [source])
        finally:
            SEAL_CALLER.seal_stream = saved

    # --- open ---------------------------------------------------------------------------------
    def open_payload(self, mod: ModuleType, *, from_memory: bytes | None = None,
                     split: str | None = None) -> None:
        handle = None
        if from_memory is not None:
            source = Timed(io.BytesIO(from_memory))
        else:
            handle = open(self.sealed, "rb", buffering=0)  # noqa: SIM115
            handle.seek(self.payload_offset)
            source = Timed(handle)
        start = time.perf_counter()
        try:
            for _ in mod.open_stream(source, self.file_key, self.mac):
                pass
        finally:
            if handle:
                handle.close()
        if split:
            self.splits.setdefault(split, []).append((source.read_s, 0.0,
                                                      time.perf_counter() - start))

    def open_report(self, mod: ModuleType, sink_kind: str, split: str | None = None) -> None:
        saved = OPEN_CALLER.open_stream
        OPEN_CALLER.open_stream = mod.open_stream
        sinks: list[Timed] = []

        def factory(index: int, entry: AttachmentEntry) -> Any:
            if sink_kind == "null":
                sink: Any = NullSink()
            elif sink_kind == "app":
                self.out.unlink(missing_ok=True)
                sink = create_private_file(self.out)
            else:
                sink = open(self.out, "wb", buffering=0)  # noqa: SIM115
            sinks.append(Timed(sink))
            return sinks[-1]

        start = time.perf_counter()
        try:
            with open(self.sealed, "rb", buffering=0) as handle:
                source = Timed(handle)
                OPEN_CALLER.open_report(source, [self.key], factory)
                for sink in sinks:
                    if hasattr(sink.inner, "close"):
                        start_close = time.perf_counter()
                        sink.inner.close()
                        sink.write_s += time.perf_counter() - start_close
        finally:
            OPEN_CALLER.open_stream = saved
        if split:
            self.splits.setdefault(split, []).append(
                (source.read_s, sum(s.write_s for s in sinks), time.perf_counter() - start))


def build_jobs(prof: Profile, seal_mod: ModuleType | None, open_mod: ModuleType | None,
               suffix: str, payload_in_memory: bytes) -> list[Job]:
    def bind(f: Callable[..., None], m: ModuleType, **kw: Any) -> Callable[[], None]:
        return lambda: f(m, **kw)

    jobs: list[Job] = []
    if seal_mod is not None:
        jobs += [
            (f"seal: crypto only{suffix}", bind(prof.seal, seal_mod, read=False, write=False,
                                                split=f"seal crypto only{suffix}"), False),
            (f"seal: read+crypto{suffix}", bind(prof.seal, seal_mod, read=True, write=False,
                                                split=f"seal read+crypto{suffix}"), False),
            (f"seal: crypto+write{suffix}", bind(prof.seal, seal_mod, read=False, write=True,
                                                 split=f"seal crypto+write{suffix}"), True),
            (f"seal: read+crypto+write{suffix}",
             bind(prof.seal, seal_mod, read=True, write=True, split=f"seal r+c+w{suffix}"),
             True),
            (f"seal: read+crypto+write+fsync{suffix}",
             bind(prof.seal, seal_mod, read=True, write=True, fsync=True,
                  split=f"seal r+c+w+fsync{suffix}"), True),
            (f"seal: seal_report to atomic_writer{suffix}",
             bind(prof.seal_report_app, seal_mod), True),
        ]
    if open_mod is not None:
        jobs += [
            (f"open: crypto from memory{suffix}",
             bind(prof.open_payload, open_mod, from_memory=payload_in_memory,
                  split=f"open crypto from memory{suffix}"), False),
            (f"open: read+crypto{suffix}",
             bind(prof.open_payload, open_mod, split=f"open read+crypto{suffix}"), False),
            (f"open: open_report, null sinks{suffix}",
             bind(prof.open_report, open_mod, sink_kind="null",
                  split=f"open null sinks{suffix}"), False),
            (f"open: open_report, app sinks{suffix}",
             bind(prof.open_report, open_mod, sink_kind="app", split=f"open app sinks{suffix}"),
             True),
            (f"open: open_report, raw sinks{suffix}",
             bind(prof.open_report, open_mod, sink_kind="raw", split=f"open raw sinks{suffix}"),
             True),
        ]
    return jobs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=parse_size, default=parse_size("1GiB"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--workdir", type=Path, default=REPO / "bench" / "out")
    parser.add_argument("--variant", type=Path, action="append", default=[],
                        help="a scratch copy of the module with seal_stream and/or open_stream "
                             "(repeatable)")
    parser.add_argument("--only", default="",
                        help="comma-separated substrings: run only the matching components")
    parser.add_argument("--quiet-wait", type=float, default=20.0, metavar="SECONDS",
                        help="wait up to this long for an idle machine before each job")
    parser.add_argument("--no-baseline", action="store_true",
                        help="with --variant: skip the repo's own stream rows")
    args = parser.parse_args(argv)
    workdir = args.workdir.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    size = args.size
    plain = random_file(workdir / f"random-{human(size)}.bin", size)
    key = SecretKey.generate()
    sealed = workdir / "profile-sealed.bin"
    with open(plain, "rb", buffering=0) as source, open(sealed, "wb") as sink:
        SEAL_CALLER.seal_report(sink, [key.public], attachment_manifest(size), [source])
    try:
        prof = Profile(workdir, size, plain, sealed, key)
        with open(sealed, "rb") as handle:
            handle.seek(prof.payload_offset)
            payload_in_memory = handle.read()
        jobs: list[Job] = [
            ("seal: read only", lambda: prof.read_only(plain), False),
            ("seal: write only", lambda: prof.write_only(False), True),
            ("seal: write only + fsync", lambda: prof.write_only(True), True),
            ("open: read only", lambda: prof.read_only(sealed, prof.payload_offset), False),
        ]
        if not (args.no_baseline and args.variant):
            jobs += build_jobs(prof, stream, OPEN_STREAM, "", payload_in_memory)
        for path in args.variant:
            variant = load_variant(path)
            jobs += build_jobs(prof, variant if hasattr(variant, "seal_stream") else None,
                               variant if hasattr(variant, "open_stream") else None,
                               f" [{path.stem}]", payload_in_memory)
        if args.only:
            wanted = [w.strip() for w in args.only.split(",") if w.strip()]
            jobs = [j for j in jobs if any(w in j[0] for w in wanted)]
        times = run_rounds(jobs, prof, args.rounds, args.quiet_wait)
        report(jobs, times, prof, size, args.rounds)
    finally:
        prof_out = workdir / "profile-out.bin"
        prof_out.unlink(missing_ok=True)
        sealed.unlink(missing_ok=True)
    return 0


def run_rounds(jobs: list[Job], prof: Profile, rounds: int,
               quiet_wait: float) -> dict[str, list[tuple[float, bool]]]:
    times: dict[str, list[tuple[float, bool]]] = {name: [] for name, _, _ in jobs}
    for round_index in range(rounds):
        order = jobs if round_index % 2 == 0 else list(reversed(jobs))
        for name, job, writes in order:
            prof.out.unlink(missing_ok=True)
            os.sync()
            quiet = wait_until_quiet(quiet_wait) if quiet_wait > 0 else True
            start = time.perf_counter()
            job()
            times[name].append((time.perf_counter() - start, quiet))
            if writes:
                prof.out.unlink(missing_ok=True)
            print(f"  round {round_index + 1} {name:<50} {times[name][-1][0]:.3f} s"
                  f"{'' if quiet else '  (machine busy)'}", file=sys.stderr)
    return times


def report(jobs: list[Job], times: dict[str, list[tuple[float, bool]]], prof: Profile,
           size: int, rounds: int) -> None:
    busy = sum(not q for values in times.values() for _, q in values)
    print(f"\nprofile, {human(size)} plaintext, {rounds} interleaved rounds, medians "
          f"({len(os.sched_getaffinity(0))} CPUs; {busy} jobs started on a busy machine)")
    print(f"{'component':<52}{'median s':>9}{'min s':>8}{'MB/s':>8}")
    for name, _, _ in jobs:
        values = [t for t, _ in times[name]]
        med = statistics.median(values)
        print(f"{name:<52}{med:9.3f}{min(values):8.3f}{size / 1e6 / med:8.0f}")
    if prof.splits:
        print("\nmain thread (medians): inside readinto, inside write (+fsync/close), rest "
              "(= waiting for the crypto workers + Python)")
        for name, values in prof.splits.items():
            read = statistics.median(v[0] for v in values)
            write = statistics.median(v[1] for v in values)
            total = statistics.median(v[2] for v in values)
            print(f"  {name:<48} read {read:6.3f}  write {write:6.3f}  rest "
                  f"{total - read - write:6.3f}  total {total:6.3f}")


if __name__ == "__main__":
    sys.exit(main())
