"""Sealing and opening a large attachment, whole process, side by side with ``age``.

Run by ``make bench`` (``.venv/bin/python bench/seal_bench.py``). See bench/README.md.

What it does (docs: /work/shared/design/PERFORMANCE.md, "Targets" 1 and 2):

* set-up, once, reused by later runs: a random file of ``--size`` bytes (os.urandom in 1 MiB
  blocks), an ``age-keygen`` identity, a Sealnote team made with the CLI
  (``sealnote-moderator team create ... --passphrase-file``) and a short concern text;
* ``--runs`` rounds, the tools alternated inside every round (age encrypt, sealnote seal,
  age decrypt, sealnote open; every other round each pair in the opposite order, so neither tool
  always runs first), after one untimed warm-up round that also checks that both round trips
  give back the input byte for byte;
* every job is one whole process: wall time with ``time.perf_counter`` around
  ``subprocess.run``, peak RSS from GNU time (``/usr/bin/time -f %M``); outputs are deleted and
  ``sync`` is called (untimed) before each job, so one job's write-back never lands in the next,
  and the job waits (up to ``--quiet-wait`` s) until other processes leave the CPUs idle: the
  machine is shared, and jobs that still started on a busy machine are counted in the report;
* a table of medians, MB/s (size / 1e6 / median), throughput ratios against age and the verdicts
  for the targets (>= 1.25x age, <= 80 MiB peak RSS);
* peak RSS flatness: seal and open once at each of ``--rss-sizes`` (sizes above
  ``--sparse-above`` are sparse files made with ``truncate``: the same code path, less set-up).

Diagnostic rows (not targets, ``--no-diagnostics`` to skip) separate the fixed costs from the
payload: sealing/opening a text-only report (start-up; opening also unlocks the key file with
Argon2id), and a seal/open with the built-in demo team, whose keys need no passphrase, i.e. the
same payload path without the Argon2id unlock.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
MIB = 1 << 20
GNU_TIME = "/usr/bin/time"
AGE = shutil.which("age") or "/usr/bin/age"
AGE_KEYGEN = shutil.which("age-keygen") or "/usr/bin/age-keygen"
TARGET_RATIO = 1.25
TARGET_RSS_MIB = 80.0
FLAT_MIB = 8.0
PASSPHRASE = "bench only: correct horse battery staple 42"
CONCERN_TEXT = "Benchmark report. The attachment is random bytes.\n"

_UNITS = {"": 1, "b": 1, "k": 1 << 10, "kib": 1 << 10, "m": 1 << 20, "mib": 1 << 20,
          "g": 1 << 30, "gib": 1 << 30, "t": 1 << 40, "tib": 1 << 40,
          "kb": 10**3, "mb": 10**6, "gb": 10**9, "tb": 10**12}


def parse_size(text: str) -> int:
    """``64MiB``, ``1GiB``, ``4G`` (binary), ``500MB`` (decimal) or a byte count."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", text)
    if not match or match.group(2).lower() not in _UNITS:
        raise argparse.ArgumentTypeError(f"not a size: {text!r}")
    size = int(float(match.group(1)) * _UNITS[match.group(2).lower()])
    if size < 1:
        raise argparse.ArgumentTypeError("size must be at least 1 byte")
    return size


def parse_sizes(text: str) -> list[int]:
    """A comma-separated list of sizes."""
    return [parse_size(part) for part in text.split(",") if part.strip()]


def human(size: int) -> str:
    """1073741824 -> '1GiB'."""
    for unit, factor in (("TiB", 1 << 40), ("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= factor and size % factor == 0:
            return f"{size // factor}{unit}"
    return f"{size}B"


# --- set-up ---------------------------------------------------------------------------------------

def random_file(path: Path, size: int) -> Path:
    """A file of ``size`` random bytes, written once (1 MiB os.urandom blocks) and reused."""
    if path.is_file() and path.stat().st_size == size and not _is_sparse(path):
        return path
    temp = path.with_name(path.name + ".partial")
    with open(temp, "wb") as handle:
        left = size
        while left:
            block = min(left, MIB)
            handle.write(os.urandom(block))
            left -= block
    temp.replace(path)
    return path


def sparse_file(path: Path, size: int) -> Path:
    """A sparse file of ``size`` zero bytes (``truncate -s``): reading it costs no disk I/O."""
    if not (path.is_file() and path.stat().st_size == size):
        path.unlink(missing_ok=True)
        subprocess.run(["truncate", "-s", str(size), str(path)], check=True)
    return path


def _is_sparse(path: Path) -> bool:
    info = path.stat()
    return info.st_blocks * 512 < info.st_size // 2


@dataclass
class Setup:
    """Files and tools shared by every run."""

    workdir: Path
    bin_dir: Path
    age_identity: Path
    age_recipient: str
    key_file: Path
    card: Path
    passphrase_file: Path
    concern: Path

    @property
    def sealnote(self) -> str:
        return str(self.bin_dir / "sealnote")

    @property
    def moderator(self) -> str:
        return str(self.bin_dir / "sealnote-moderator")


def bin_dir() -> Path:
    """The console scripts: the repo's venv, else the running interpreter's bin folder."""
    venv = REPO / ".venv" / "bin"
    return venv if (venv / "sealnote").exists() else Path(sys.executable).parent


def prepare(workdir: Path) -> Setup:
    """Keys, team and concern text under ``workdir`` (reused when already there)."""
    workdir.mkdir(parents=True, exist_ok=True)
    keys = workdir / "keys"
    keys.mkdir(exist_ok=True, mode=0o700)
    identity = keys / "age-identity.txt"
    if not identity.exists():
        subprocess.run([AGE_KEYGEN, "-o", str(identity)], check=True, capture_output=True)
    recipient = subprocess.run([AGE_KEYGEN, "-y", str(identity)], check=True,
                               capture_output=True, text=True).stdout.strip()
    passphrase = keys / "passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    os.chmod(passphrase, 0o600)
    setup = Setup(workdir, bin_dir(), identity, recipient, keys / "team-key.snkey",
                  keys / "team-card.txt", passphrase, workdir / "concern.txt")
    setup.concern.write_text(CONCERN_TEXT, encoding="utf-8")
    if not (setup.key_file.exists() and setup.card.exists()) or _card_expired(setup):
        setup.key_file.unlink(missing_ok=True)
        setup.card.unlink(missing_ok=True)
        subprocess.run([setup.moderator, "team", "create", "--name", "Bench team",
                        "--key-file", str(setup.key_file), "--card-out", str(setup.card),
                        "--passphrase-file", str(passphrase)], check=True, capture_output=True)
    return setup


def _card_expired(setup: Setup) -> bool:
    done = subprocess.run([setup.sealnote, "card", "show", str(setup.card)], capture_output=True)
    return done.returncode != 0


# --- jobs -----------------------------------------------------------------------------------------

@dataclass
class Sample:
    """One whole-process run."""

    seconds: float
    rss_kib: int
    quiet: bool = True


@dataclass
class Job:
    """A named command line, with what it writes (deleted before it runs)."""

    name: str
    argv: list[str]
    outputs: list[Path]
    samples: list[Sample] = field(default_factory=list)

    def median_s(self) -> float:
        return statistics.median(s.seconds for s in self.samples)

    def median_rss_mib(self) -> float:
        return statistics.median(s.rss_kib for s in self.samples) / 1024


def remove(path: Path) -> None:
    """Delete a file or a folder tree if it exists."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def cpu_busy(interval: float = 0.5) -> float:
    """Fraction of all CPUs busy over ``interval`` seconds (from /proc/stat; 0.0 if unknown)."""
    def snapshot() -> tuple[int, int]:
        fields = [int(x) for x in _read("/proc/stat").split("\n", 1)[0].split()[1:]]
        if len(fields) < 5:
            return 0, 0
        return sum(fields), fields[3] + fields[4]  # total, idle + iowait
    total0, idle0 = snapshot()
    time.sleep(interval)
    total1, idle1 = snapshot()
    return 0.0 if total1 == total0 else 1 - (idle1 - idle0) / (total1 - total0)


def wait_until_quiet(max_wait: float, threshold: float = 0.15) -> bool:
    """Wait (up to ``max_wait`` s) until other processes use < 15% of the CPUs; True if quiet.

    The machine is shared: other people's test runs land in the middle of ours. Waiting for a
    quiet moment before each round keeps most rounds clean; the rounds that still were not
    quiet are counted in the report.
    """
    deadline = time.monotonic() + max_wait
    while True:
        if cpu_busy() < threshold:
            return True
        if time.monotonic() >= deadline:
            return False


def run_job(job: Job, workdir: Path, *, keep: bool = True, quiet_wait: float = 0.0) -> Sample:
    """Run ``job`` once as a whole process: wall time and peak RSS. Raises on failure."""
    for output in job.outputs:
        remove(output)
    time_file = workdir / "gnu-time.txt"
    time_file.unlink(missing_ok=True)
    os.sync()  # untimed: earlier jobs' dirty pages are written back now, not during this job
    quiet = wait_until_quiet(quiet_wait) if quiet_wait > 0 else True
    start = time.perf_counter()
    done = subprocess.run([GNU_TIME, "-f", "%M", "-o", str(time_file), *job.argv],
                          stdin=subprocess.DEVNULL, capture_output=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{job.name} failed ({done.returncode}): "
                           f"{done.stderr.decode(errors='replace').strip()}")
    rss_kib = int(time_file.read_text().split()[-1])
    sample = Sample(seconds, rss_kib, quiet)
    if keep:
        job.samples.append(sample)
    return sample


def opened_attachment(into: Path) -> Path:
    """The single attachment of the single report opened into ``into``."""
    found = sorted(into.glob("report-*/attachments/*"))
    if len(found) != 1:
        raise RuntimeError(f"expected one opened attachment under {into}, found {len(found)}")
    return found[0]


def same_content(a: Path, b: Path) -> bool:
    """Byte-for-byte comparison in 4 MiB blocks."""
    if a.stat().st_size != b.stat().st_size:
        return False
    with open(a, "rb") as fa, open(b, "rb") as fb:
        while True:
            block = fa.read(4 * MIB)
            if block != fb.read(4 * MIB):
                return False
            if not block:
                return True


@dataclass
class Pipeline:
    """The commands of one round for one input file."""

    age_encrypt: Job
    seal: Job
    age_decrypt: Job
    open: Job
    into: Path
    age_plain: Path
    extra: list[Job]

    def rounds(self, odd: bool) -> list[Job]:
        pairs = [(self.age_encrypt, self.seal), (self.age_decrypt, self.open)]
        order: list[Job] = []
        for age_job, sealnote_job in pairs:
            order += [sealnote_job, age_job] if odd else [age_job, sealnote_job]
        return order + self.extra


def pipeline(setup: Setup, source: Path, out: Path, *, diagnostics: bool) -> Pipeline:
    """The jobs comparing sealnote with age on ``source``; outputs go under ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    aged, sealed = out / "out.age", out / "out.sealed"
    age_plain, into = out / "age-decrypted", out / "opened"
    seal_args = ["--title", "Benchmark", "--text-file", str(setup.concern)]
    jobs = Pipeline(
        Job("age encrypt", [AGE, "-r", setup.age_recipient, "-o", str(aged), str(source)],
            [aged]),
        Job("sealnote seal", [setup.sealnote, "seal", "--card", str(setup.card), *seal_args,
                              "--attach", str(source), "-o", str(sealed)], [sealed]),
        Job("age decrypt", [AGE, "-d", "-i", str(setup.age_identity), "-o", str(age_plain),
                            str(aged)], [age_plain]),
        Job("sealnote open", [setup.moderator, "open", str(sealed), "--into", str(into),
                              "--key-file", str(setup.key_file),
                              "--passphrase-file", str(setup.passphrase_file)], [into]),
        into, age_plain, [])
    if diagnostics:
        demo_sealed, demo_into = out / "demo.sealed", out / "demo-opened"
        text_sealed, text_into = out / "text.sealed", out / "text-opened"
        jobs.extra = [
            Job("seal, demo team", [setup.sealnote, "--demo", "seal", *seal_args, "--attach",
                                    str(source), "-o", str(demo_sealed)], [demo_sealed]),
            Job("open, demo key (no Argon2id)", [setup.moderator, "--demo", "open",
                                                 str(demo_sealed), "--into", str(demo_into)],
                [demo_into]),
            Job("seal, text only (fixed cost)", [setup.sealnote, "seal", "--card",
                                                 str(setup.card), *seal_args, "-o",
                                                 str(text_sealed)], [text_sealed]),
            Job("open, text only (fixed cost)", [setup.moderator, "open", str(text_sealed),
                                                 "--into", str(text_into), "--key-file",
                                                 str(setup.key_file), "--passphrase-file",
                                                 str(setup.passphrase_file)], [text_into]),
        ]
    return jobs


def cleanup(jobs: Pipeline) -> None:
    for job in [jobs.age_encrypt, jobs.seal, jobs.age_decrypt, jobs.open, *jobs.extra]:
        for output in job.outputs:
            remove(output)


# --- measurements ---------------------------------------------------------------------------------

def measure(setup: Setup, source: Path, runs: int, *, diagnostics: bool, quiet_wait: float,
            log: bool = True) -> Pipeline:
    """One checked warm-up round, then ``runs`` alternated rounds."""
    jobs = pipeline(setup, source, setup.workdir / "run", diagnostics=diagnostics)
    try:
        for job in jobs.rounds(odd=False):
            run_job(job, setup.workdir, keep=False)
        if not same_content(source, jobs.age_plain):
            raise RuntimeError("age round trip differs from the input")
        if not same_content(source, opened_attachment(jobs.into)):
            raise RuntimeError("sealnote round trip differs from the input")
        if log:
            print("warm-up round done; both round trips give back the input", file=sys.stderr)
        for index in range(runs):
            for job in jobs.rounds(odd=index % 2 == 1):
                sample = run_job(job, setup.workdir, quiet_wait=quiet_wait)
                if log:
                    print(f"  run {index + 1}/{runs}  {job.name:<30} {sample.seconds:7.3f} s "
                          f"{sample.rss_kib / 1024:7.1f} MiB"
                          f"{'' if sample.quiet else '  (machine busy)'}", file=sys.stderr)
    finally:
        cleanup(jobs)
    return jobs


@dataclass
class RssPoint:
    size: int
    sparse: bool
    seal_mib: float
    open_mib: float
    open_demo_mib: float | None


def rss_flatness(setup: Setup, sizes: Sequence[int], main_size: int, main_file: Path,
                 sparse_above: int, *, diagnostics: bool) -> list[RssPoint]:
    """Peak RSS of one seal and one open at each size."""
    points = []
    for size in sizes:
        if size == main_size:
            source, sparse = main_file, False
        elif size > sparse_above:
            source, sparse = sparse_file(setup.workdir / f"sparse-{human(size)}.bin", size), True
        else:
            source = random_file(setup.workdir / f"random-{human(size)}.bin", size)
            sparse = False
        jobs = pipeline(setup, source, setup.workdir / "rss", diagnostics=diagnostics)
        try:
            seal = run_job(jobs.seal, setup.workdir)
            opened = run_job(jobs.open, setup.workdir)
            remove(jobs.into)
            demo: float | None = None
            if diagnostics:
                run_job(jobs.extra[0], setup.workdir, keep=False)
                demo = run_job(jobs.extra[1], setup.workdir).rss_kib / 1024
        finally:
            cleanup(jobs)
        points.append(RssPoint(size, sparse, seal.rss_kib / 1024, opened.rss_kib / 1024, demo))
        print(f"  rss {human(size):>6}{' (sparse)' if sparse else '':9}  seal "
              f"{seal.rss_kib / 1024:6.1f} MiB  open {opened.rss_kib / 1024:6.1f} MiB"
              + (f"  open demo {demo:6.1f} MiB" if demo is not None else ""), file=sys.stderr)
    return points


def flat(values: Sequence[float]) -> bool:
    """The target: max - min <= 8 MiB and every value <= 80 MiB."""
    return max(values) - min(values) <= FLAT_MIB and max(values) <= TARGET_RSS_MIB


# --- report ---------------------------------------------------------------------------------------

def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def machine_info() -> dict[str, Any]:
    """Enough to tell two result tables apart."""
    cpuinfo = _read("/proc/cpuinfo")
    model = re.search(r"^model name\s*:\s*(.*)$", cpuinfo, re.M)
    flags = re.search(r"^flags\s*:\s*(.*)$", cpuinfo, re.M)
    flag_set = set(flags.group(1).split()) if flags else set()
    mem = re.search(r"^MemTotal:\s*(\d+)", _read("/proc/meminfo"), re.M)
    age_version = subprocess.run([AGE, "--version"], capture_output=True, text=True).stdout.strip()
    try:
        pynacl = importlib.metadata.version("PyNaCl")
    except importlib.metadata.PackageNotFoundError:
        pynacl = "?"
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "nproc": len(os.sched_getaffinity(0)),
        "cpu_model": model.group(1).strip() if model else platform.processor(),
        "cpu_flags": sorted(flag_set & {"avx2", "avx512f", "sse4_1", "ssse3"}),
        "mem_total_gib": round(int(mem.group(1)) / (1 << 20), 1) if mem else None,
        "kernel": platform.release(),
        "python": platform.python_version(),
        "pynacl": pynacl,
        "age": age_version,
        "loadavg": _read("/proc/loadavg").split()[:3],
    }


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def report(jobs: Pipeline, size: int, runs: int, points: list[RssPoint],
           machine: dict[str, Any]) -> dict[str, Any]:
    """Print the table; return everything for --json."""
    def mbs(job: Job) -> float:
        return size / 1e6 / job.median_s()

    def paired(ours: Job, theirs: Job) -> float:
        return statistics.median(t.seconds / o.seconds
                                 for o, t in zip(ours.samples, theirs.samples, strict=True))

    ratios = {"seal": jobs.age_encrypt.median_s() / jobs.seal.median_s(),
              "open": jobs.age_decrypt.median_s() / jobs.open.median_s()}
    paired_ratios = {"seal": paired(jobs.seal, jobs.age_encrypt),
                     "open": paired(jobs.open, jobs.age_decrypt)}
    print()
    print(f"Sealnote vs age, {human(size)} random attachment, {runs} runs alternated, "
          "whole process, page cache warm; medians")
    print(f"machine: {machine['nproc']} CPUs, {machine['cpu_model']} "
          f"({', '.join(machine['cpu_flags'])}), {machine['mem_total_gib']} GiB, "
          f"kernel {machine['kernel']}, Python {machine['python']}, PyNaCl {machine['pynacl']}, "
          f"age {machine['age']}; {machine['date']}; load {' '.join(machine['loadavg'])}")
    print()
    header = (f"{'job':<31}{'median s':>9}{'MB/s':>8}{'vs age':>8}{'paired':>8}"
              f"{'RSS MiB':>9}  verdict")
    print(header)
    print("-" * len(header))
    rows: list[tuple[Job, str | None]] = [(jobs.age_encrypt, None), (jobs.seal, "seal"),
                                          (jobs.age_decrypt, None), (jobs.open, "open")]
    for job, key in rows:
        line = f"{job.name:<31}{job.median_s():9.3f}{mbs(job):8.0f}"
        if key is None:
            line += f"{'':>8}{'':>8}{job.median_rss_mib():9.1f}"
        else:
            speed_ok = ratios[key] >= TARGET_RATIO
            rss_ok = job.median_rss_mib() <= TARGET_RSS_MIB
            line += (f"{ratios[key]:7.2f}x{paired_ratios[key]:7.2f}x{job.median_rss_mib():9.1f}"
                     f"  speed {verdict(speed_ok)} (>= {TARGET_RATIO}x), "
                     f"RSS {verdict(rss_ok)} (<= {TARGET_RSS_MIB:.0f} MiB)")
        print(line)
    if jobs.extra:
        print("diagnostics (not targets):")
        for job in jobs.extra:
            fixed = "fixed cost" in job.name
            print(f"  {job.name:<29}{job.median_s():9.3f}"
                  f"{'' if fixed else format(mbs(job), '8.0f'):>8}{'':>16}"
                  f"{job.median_rss_mib():9.1f}")
    print("vs age = age's median time / sealnote's median time (throughput ratio); paired = "
          "median of the per-round ratios")
    busy = sum(not s.quiet for job in [jobs.age_encrypt, jobs.seal, jobs.age_decrypt, jobs.open]
               for s in job.samples)
    total = sum(len(job.samples) for job in [jobs.age_encrypt, jobs.seal, jobs.age_decrypt,
                                             jobs.open])
    if busy:
        print(f"note: {busy} of {total} timed jobs started while other processes kept the "
              "machine busy (shared machine); compare the paired ratios")
    result: dict[str, Any] = {
        "machine": machine, "size_bytes": size, "runs": runs,
        "jobs": {job.name: {"seconds": [s.seconds for s in job.samples],
                            "rss_kib": [s.rss_kib for s in job.samples],
                            "started_quiet": [s.quiet for s in job.samples],
                            "median_s": job.median_s(),
                            "mb_per_s": size / 1e6 / job.median_s(),
                            "median_rss_mib": job.median_rss_mib()}
                 for job in [jobs.age_encrypt, jobs.seal, jobs.age_decrypt, jobs.open,
                             *jobs.extra]},
        "ratio_vs_age": ratios, "paired_ratio_vs_age": paired_ratios,
        "targets": {"seal_speed": ratios["seal"] >= TARGET_RATIO,
                    "open_speed": ratios["open"] >= TARGET_RATIO,
                    "seal_rss": jobs.seal.median_rss_mib() <= TARGET_RSS_MIB,
                    "open_rss": jobs.open.median_rss_mib() <= TARGET_RSS_MIB},
    }
    if points:
        print()
        print(f"Peak RSS by attachment size (one run each; flat = max-min <= {FLAT_MIB:.0f} MiB "
              f"and all <= {TARGET_RSS_MIB:.0f} MiB)")
        demo = all(p.open_demo_mib is not None for p in points)
        print(f"{'size':<18}{'seal MiB':>9}{'open MiB':>9}"
              + (f"{'open demo':>11}" if demo else ""))
        for p in points:
            label = human(p.size) + (" (sparse)" if p.sparse else "")
            print(f"{label:<18}{p.seal_mib:9.1f}{p.open_mib:9.1f}"
                  + (f"{p.open_demo_mib:11.1f}" if demo else ""))
        seal_flat = flat([p.seal_mib for p in points])
        open_flat = flat([p.open_mib for p in points])
        spread = {"seal": max(p.seal_mib for p in points) - min(p.seal_mib for p in points),
                  "open": max(p.open_mib for p in points) - min(p.open_mib for p in points)}
        print(f"seal: spread {spread['seal']:.1f} MiB, {verdict(seal_flat)};  "
              f"open: spread {spread['open']:.1f} MiB, {verdict(open_flat)}")
        if any(p.sparse for p in points):
            print("(sparse) = a sparse file made with truncate: all zeros, read without disk I/O;"
                  " the sealed output and the opened file are real files")
        result["rss_flatness"] = {
            "points": [vars(p) for p in points], "spread_mib": spread,
            "seal_flat": seal_flat, "open_flat": open_flat}
        if demo:
            result["rss_flatness"]["open_demo_flat"] = flat(
                [p.open_demo_mib for p in points if p.open_demo_mib is not None])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=parse_size, default=None,
                        help="attachment size for the timed runs (default 1GiB)")
    parser.add_argument("--runs", type=int, default=None, help="timed rounds (default 5)")
    parser.add_argument("--workdir", type=Path, default=REPO / "bench" / "out",
                        help="scratch folder, inputs kept for reuse (default bench/out/)")
    parser.add_argument("--rss-sizes", type=parse_sizes, default=None,
                        help="sizes for the RSS flatness check (default 64MiB,1GiB,4GiB; "
                             "empty string to skip)")
    parser.add_argument("--sparse-above", type=parse_size, default=parse_size("1GiB"),
                        help="RSS inputs larger than this are sparse files (default 1GiB)")
    parser.add_argument("--quick", action="store_true",
                        help="smoke run: 32MiB, 2 runs, RSS at 8MiB,32MiB,64MiB")
    parser.add_argument("--quiet-wait", type=float, default=20.0, metavar="SECONDS",
                        help="before each timed job wait up to this long for the other "
                             "processes to use < 15%% CPU (default 20; 0 = never wait)")
    parser.add_argument("--no-diagnostics", action="store_true",
                        help="skip the demo-key and text-only rows")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the numbers here")
    parser.add_argument("--strict", action="store_true",
                        help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    size = args.size or (parse_size("32MiB") if args.quick else parse_size("1GiB"))
    runs = args.runs or (2 if args.quick else 5)
    rss_sizes = args.rss_sizes if args.rss_sizes is not None else (
        parse_sizes("8MiB,32MiB,64MiB") if args.quick else parse_sizes("64MiB,1GiB,4GiB"))
    for tool in (GNU_TIME, AGE, AGE_KEYGEN):
        if not os.access(tool, os.X_OK):
            parser.error(f"{tool} is needed (Debian packages: time, age)")
    diagnostics = not args.no_diagnostics

    machine = machine_info()
    setup = prepare(args.workdir.resolve())
    main_file = random_file(setup.workdir / f"random-{human(size)}.bin", size)
    print(f"input {main_file} ({size} bytes); sealnote from {setup.bin_dir}", file=sys.stderr)
    jobs = measure(setup, main_file, runs, diagnostics=diagnostics, quiet_wait=args.quiet_wait)
    points = rss_flatness(setup, rss_sizes, size, main_file, args.sparse_above,
                          diagnostics=diagnostics) if rss_sizes else []
    machine["loadavg_end"] = _read("/proc/loadavg").split()[:3]
    result = report(jobs, size, runs, points, machine)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}")
    targets = dict(result["targets"])
    flatness = result.get("rss_flatness", {})
    ok = all(targets.values()) and all(
        flatness.get(k, True) for k in ("seal_flat", "open_flat"))
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
