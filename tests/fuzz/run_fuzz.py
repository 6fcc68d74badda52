"""Run every atheris fuzz target for a bounded time; save crash inputs; fail on any finding.

    .venv/bin/python tests/fuzz/run_fuzz.py                  # 30 s per target (``make fuzz``)
    .venv/bin/python tests/fuzz/run_fuzz.py --seconds 60 --targets header,stream-remac

Each target runs in its own subprocess (libFuzzer's ``-max_total_time``), two at a time by
default. New interesting inputs go to a temporary folder, so the seed corpus in
tests/fuzz/corpus/ stays small. Every crash, timeout or out-of-memory input is copied to
tests/fuzz/regressions/<target>/ (tests/fuzz/test_fuzz_short.py replays that folder in CI) and
makes the run fail. The summary prints the executions run per target and the findings.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

FUZZ_DIR = Path(__file__).resolve().parent
ROOT = FUZZ_DIR.parents[1]
CORPUS_DIR = FUZZ_DIR / "corpus"
REGRESSIONS_DIR = FUZZ_DIR / "regressions"
DEFAULT_SECONDS = 30

# target name -> (script, mode flags, extra libFuzzer options)
TARGETS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "header": ("fuzz_header.py", (), ()),
    "stream": ("fuzz_stream.py", ("--raw",), ()),
    "stream-remac": ("fuzz_stream.py", ("--remac",), ()),
    "stream-forge": ("fuzz_stream.py", ("--forge",), ("-max_len=512",)),
    "inner": ("fuzz_inner.py", (), ()),
    "card": ("fuzz_card.py", (), ()),
    "keyfile": ("fuzz_keyfile.py", (), ()),
    "armor": ("fuzz_armor.py", (), ()),
    "reply": ("fuzz_reply.py", (), ("-max_len=16500",)),
    "vault": ("fuzz_vault.py", (), ()),
}
FINDING_PREFIXES = ("crash-", "timeout-", "oom-", "leak-")
_EXECUTED = re.compile(r"stat::number_of_executed_units:\s*(\d+)")
_DONE = re.compile(r"Done (\d+) runs in (\d+) second")
_COVERAGE = re.compile(r"\bcov: (\d+) ft: (\d+)")


@dataclass
class Result:
    """What one target's run produced."""

    target: str
    seconds: float
    returncode: int
    executions: int
    coverage: int
    features: int
    findings: list[Path] = field(default_factory=list)
    slow_units: int = 0
    log_tail: str = ""

    @property
    def failed(self) -> bool:
        return bool(self.findings) or self.returncode != 0 or self.executions == 0


def run_target(target: str, seconds: int, save_to: Path = REGRESSIONS_DIR,
               python: str = sys.executable) -> Result:
    """Fuzz one target for ``seconds``; copy findings into ``save_to/target``."""
    script, modes, options = TARGETS[target]
    with tempfile.TemporaryDirectory(prefix=f"sealnote-fuzz-{target}-") as scratch:
        work = Path(scratch)
        new_units, artifacts = work / "corpus", work / "artifacts"
        new_units.mkdir()
        artifacts.mkdir()
        command = [python, str(FUZZ_DIR / script), *modes,
                   f"-max_total_time={seconds}", "-print_final_stats=1", "-timeout=20",
                   "-rss_limit_mb=2048", f"-artifact_prefix={artifacts}/", *options,
                   str(new_units), str(CORPUS_DIR / target)]
        started = time.monotonic()
        process = subprocess.run(command, cwd=ROOT, capture_output=True, text=True,
                                 timeout=seconds + 120, check=False)
        elapsed = time.monotonic() - started
        log = process.stdout + process.stderr
        executed = _EXECUTED.findall(log) or [m[0] for m in _DONE.findall(log)]
        coverage = _COVERAGE.findall(log)
        saved = []
        slow = 0
        for artifact in sorted(artifacts.iterdir()):
            if artifact.name.startswith("slow-unit-"):
                slow += 1
            elif artifact.name.startswith(FINDING_PREFIXES):
                folder = save_to / target
                folder.mkdir(parents=True, exist_ok=True)
                destination = folder / artifact.name
                shutil.copyfile(artifact, destination)
                saved.append(destination)
    return Result(target, elapsed, process.returncode, int(executed[-1]) if executed else 0,
                  int(coverage[-1][0]) if coverage else 0,
                  int(coverage[-1][1]) if coverage else 0, saved, slow,
                  "\n".join(log.splitlines()[-40:]))


def run_all(targets: list[str], seconds: int, jobs: int,
            save_to: Path = REGRESSIONS_DIR) -> list[Result]:
    """Run the targets, ``jobs`` at a time, in the order given."""
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(lambda t: run_target(t, seconds, save_to), targets))


def summary(results: list[Result]) -> str:
    """A table of executions and findings."""
    lines = [f"{'target':<14} {'seconds':>7} {'executions':>11} {'exec/s':>8} {'cov':>5} "
             f"{'ft':>6}  findings"]
    for r in results:
        rate = r.executions / r.seconds if r.seconds else 0.0
        found = ", ".join(str(p.relative_to(ROOT)) for p in r.findings) or "none"
        if r.returncode != 0 and not r.findings:
            found = f"exit status {r.returncode}"
        lines.append(f"{r.target:<14} {r.seconds:7.1f} {r.executions:11d} {rate:8.0f} "
                     f"{r.coverage:5d} {r.features:6d}  {found}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=DEFAULT_SECONDS,
                        help=f"fuzzing time per target (default {DEFAULT_SECONDS})")
    parser.add_argument("--targets", default=",".join(TARGETS),
                        help="comma-separated targets (default: all)")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1),
                        help="targets run at once (default: 2, or 1 on one core)")
    args = parser.parse_args(argv)
    targets = [t for t in args.targets.split(",") if t]
    unknown = [t for t in targets if t not in TARGETS]
    if unknown:
        parser.error(f"unknown targets: {', '.join(unknown)} (known: {', '.join(TARGETS)})")
    results = run_all(targets, args.seconds, args.jobs)
    print(summary(results))
    failed = [r for r in results if r.failed]
    for r in failed:
        print(f"\n--- {r.target}: last lines of the fuzzer's output ---\n{r.log_tail}",
              file=sys.stderr)
    if failed:
        print(f"\nFAILED: {', '.join(r.target for r in failed)}; crash inputs are under "
              f"{REGRESSIONS_DIR.relative_to(ROOT)}/", file=sys.stderr)
        return 1
    print(f"\nno findings in {len(results)} targets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
