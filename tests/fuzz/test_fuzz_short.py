"""The fuzz targets in CI: a short bounded run of each, and replay of the corpus and regressions.

* ``test_short_fuzz_run`` runs every target of run_fuzz.py for SECONDS_PER_TARGET seconds under
  atheris (two at a time), fails on any finding and saves the crash input under
  tests/fuzz/regressions/<target>/ (its base64 is also in the failure message, since CI
  workspaces are thrown away).
* ``test_replay`` feeds every seed-corpus file and every saved regression input of a target to
  its entry point in-process: only the declared errors may come out (the entry points catch
  exactly those), and every invariant check must hold.
* The ``test_harness_*`` tests break the code under test on purpose (monkeypatch) and check
  that the harnesses notice: the fuzz targets can fail.
"""

from __future__ import annotations

import base64
import importlib
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

FUZZ_DIR = Path(__file__).resolve().parent
if str(FUZZ_DIR) not in sys.path:
    sys.path.insert(0, str(FUZZ_DIR))

import _fuzzlib  # noqa: E402
import run_fuzz  # noqa: E402

SECONDS_PER_TARGET = 8
MODULES = ("fuzz_header", "fuzz_stream", "fuzz_inner", "fuzz_card", "fuzz_keyfile",
           "fuzz_armor", "fuzz_reply", "fuzz_vault")


def _entry_points() -> dict[str, Callable[[bytes], None]]:
    entries: dict[str, Callable[[bytes], None]] = {}
    for name in MODULES:
        entries.update(importlib.import_module(name).ENTRY_POINTS)
    return entries


def test_every_runner_target_has_an_entry_point_and_seeds() -> None:
    entries = _entry_points()
    assert set(run_fuzz.TARGETS) == set(entries)
    for target in run_fuzz.TARGETS:
        assert list(_fuzzlib.corpus_inputs(target)), f"no seed corpus for {target}"
    total = sum(p.stat().st_size for p in _fuzzlib.CORPUS_DIR.rglob("*") if p.is_file())
    assert total < 2 * 1024 * 1024


@pytest.mark.parametrize("target", sorted(run_fuzz.TARGETS))
def test_replay(target: str) -> None:
    entry = _entry_points()[target]
    inputs = [*_fuzzlib.corpus_inputs(target), *_fuzzlib.regression_inputs(target)]
    assert inputs
    for path in inputs:
        try:
            entry(path.read_bytes())
        except Exception as exc:  # an undeclared error or a broken invariant
            raise AssertionError(f"{target}: {path.relative_to(_fuzzlib.ROOT)}: "
                                 f"{type(exc).__name__}: {exc}") from exc


@pytest.mark.slow
def test_short_fuzz_run() -> None:
    results = run_fuzz.run_all(list(run_fuzz.TARGETS), SECONDS_PER_TARGET, jobs=2)
    report = run_fuzz.summary(results)
    print(report)
    problems = []
    for result in results:
        if not result.failed:
            continue
        problems.append(f"{result.target}: exit {result.returncode}, "
                        f"{result.executions} executions")
        for path in result.findings:
            encoded = base64.b64encode(path.read_bytes()[:4096]).decode("ascii")
            problems.append(f"  saved {path.relative_to(_fuzzlib.ROOT)}; base64: {encoded}")
        problems.append(result.log_tail)
    assert not problems, report + "\n" + "\n".join(problems)
    assert all(r.executions >= 50 for r in results), report


def test_harness_rejects_undeclared_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    fuzz_header = importlib.import_module("fuzz_header")

    def broken(data: bytes) -> object:
        return data[700]  # IndexError: not a declared error

    monkeypatch.setattr(fuzz_header, "parse_header", broken)
    with pytest.raises(IndexError):
        fuzz_header.header_one(b"\x01\x00")


def test_harness_notices_a_header_parser_that_skips_the_flags_check(
        monkeypatch: pytest.MonkeyPatch) -> None:
    fuzz_header = importlib.import_module("fuzz_header")
    real = fuzz_header.parse_header
    monkeypatch.setattr(fuzz_header, "parse_header",
                        lambda data: real(data[:1] + b"\x00" + data[2:]))
    with pytest.raises(AssertionError):
        fuzz_header.header_one(b"\x01\x07" + bytes(700))


def test_harness_notices_a_reader_that_never_sees_final(monkeypatch: pytest.MonkeyPatch) -> None:
    fuzz_stream = importlib.import_module("fuzz_stream")
    seed = (_fuzzlib.CORPUS_DIR / "stream-forge" / "scaled-three-segments").read_bytes()
    fuzz_stream.forge_one(seed)
    monkeypatch.setattr(fuzz_stream.primitives, "TAG_FINAL", 99)
    with pytest.raises(AssertionError, match="valid plan was rejected"):
        fuzz_stream.forge_one(seed)


def test_harness_notices_accepted_nonzero_padding(monkeypatch: pytest.MonkeyPatch) -> None:
    fuzz_inner = importlib.import_module("fuzz_inner")
    import crypto.inner_reader as inner_reader

    seed = (_fuzzlib.CORPUS_DIR / "inner" / "inner-nonzero-padding").read_bytes()
    fuzz_inner.inner_one(seed)
    real = inner_reader.expect_format
    monkeypatch.setattr(inner_reader, "expect_format",
                        lambda ok, what: None if what == "non-zero padding" else real(ok, what))
    with pytest.raises(AssertionError, match="non-zero padding"):
        fuzz_inner.inner_one(seed)
