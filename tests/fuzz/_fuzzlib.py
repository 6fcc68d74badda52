"""Shared helpers of the atheris fuzz targets (tests/fuzz/fuzz_*.py).

This module imports only the standard library, so a target can import it first and then import
the code under test inside ``instrumented()``: atheris instruments a module for coverage only when
it is imported inside that context, and only when the target runs as a fuzzer (its file is the
script being run). Imported by pytest (replay of the corpus and regressions), nothing is
instrumented and atheris is not needed.

Each target module exposes ``ENTRY_POINTS``: a mapping from target name to a function taking the
fuzzer's bytes. The function catches exactly the errors the code under test declares and lets
anything else escape: an escaping exception (including an AssertionError from an invariant
check) is a finding.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

FUZZ_DIR = Path(__file__).resolve().parent
ROOT = FUZZ_DIR.parents[1]
VECTORS_DIR = ROOT / "tests" / "vectors"
CORPUS_DIR = FUZZ_DIR / "corpus"
REGRESSIONS_DIR = FUZZ_DIR / "regressions"
INSTRUMENTED_PACKAGES = ("crypto", "app")

EntryPoint = Callable[[bytes], None]


def running_as_fuzzer() -> bool:
    """True when a fuzz_*.py file is the script this interpreter runs."""
    return Path(sys.argv[0]).name.startswith("fuzz_")


def instrumented() -> contextlib.AbstractContextManager[Any]:
    """Instrument crypto/ and app/ as they are imported, when running as a fuzzer."""
    if running_as_fuzzer():
        import atheris

        return atheris.instrument_imports(include=list(INSTRUMENTED_PACKAGES))
    return contextlib.nullcontext()


def vectors() -> list[dict[str, Any]]:
    """Every entry of tests/vectors/vectors.json."""
    document = json.loads((VECTORS_DIR / "vectors.json").read_text("utf-8"))
    return list(document["vectors"])


def vector(name: str) -> dict[str, Any]:
    """One vector by name."""
    for entry in vectors():
        if entry["name"] == name:
            return entry
    raise KeyError(name)


def vector_file(relative: str) -> bytes:
    """The bytes of a frozen vector file."""
    return (VECTORS_DIR / relative).read_bytes()


def fill(label: bytes, size: int) -> bytes:
    """Deterministic filler bytes (plaintext of forged chunks)."""
    out = bytearray()
    counter = 0
    while len(out) < size:
        out += hashlib.sha256(label + counter.to_bytes(4, "big")).digest()
        counter += 1
    return bytes(out[:size])


class ByteReader:
    """Consumes a fuzzer input as small integers; returns zeros once the input is used up.

    Deterministic and independent of atheris, so regression inputs replay identically in pytest.
    """

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pos = 0

    def u8(self) -> int:
        """One byte (0 when exhausted)."""
        if self._pos >= len(self._data):
            return 0
        value = self._data[self._pos]
        self._pos += 1
        return value

    def u16(self) -> int:
        """Two bytes, big-endian."""
        return (self.u8() << 8) | self.u8()

    def take(self, size: int) -> bytes:
        """Up to ``size`` bytes."""
        chunk = self._data[self._pos:self._pos + size]
        self._pos += len(chunk)
        return chunk

    def rest(self) -> bytes:
        """Everything not consumed yet."""
        chunk = self._data[self._pos:]
        self._pos = len(self._data)
        return chunk


class Collector:
    """An attachment sink that keeps the bytes."""

    def __init__(self) -> None:
        self.buffer = bytearray()

    def write(self, data: memoryview) -> int:
        self.buffer += data
        return len(data)


class Sinks:
    """A SinkFactory for open_report/InnerParser that checks the order sinks are opened in."""

    def __init__(self) -> None:
        self.collectors: list[Collector] = []
        self.entries: list[Any] = []

    def __call__(self, index: int, entry: Any) -> Collector:
        assert index == len(self.collectors), f"sink {index} opened out of order"
        collector = Collector()
        self.collectors.append(collector)
        self.entries.append(entry)
        return collector

    def contents(self) -> list[bytes]:
        """The bytes each sink received."""
        return [bytes(c.buffer) for c in self.collectors]


def outcome(action: Callable[[], Any], allowed: tuple[type[BaseException], ...]
            ) -> tuple[str, Any]:
    """("ok", result) or (error class name, None) for a declared error; anything else escapes."""
    try:
        return "ok", action()
    except allowed as exc:
        return type(exc).__name__, None


def parse_mode(argv: list[str], modes: dict[str, str]) -> tuple[str, list[str]]:
    """Pick the target named by ``--MODE`` (keys of ``modes``), remove it from argv.

    ``modes`` maps a flag such as "--remac" to a target name; the first value is the default.
    """
    target = next(iter(modes.values()))
    rest = []
    for arg in argv:
        if arg in modes:
            target = modes[arg]
        else:
            rest.append(arg)
    return target, rest


def fuzz_main(entry_points: dict[str, EntryPoint], modes: dict[str, str]) -> None:
    """Run one entry point under atheris with the remaining (libFuzzer) arguments."""
    import atheris

    target, argv = parse_mode(sys.argv, modes)
    print(f"fuzz target: {target} (pid {os.getpid()})", file=sys.stderr, flush=True)
    atheris.Setup(argv, entry_points[target])
    atheris.Fuzz()


def corpus_inputs(target: str) -> Iterator[Path]:
    """Seed corpus files of a target."""
    folder = CORPUS_DIR / target
    if folder.is_dir():
        yield from sorted(p for p in folder.iterdir() if p.is_file())


def regression_inputs(target: str) -> Iterator[Path]:
    """Saved crash inputs of a target (README files excluded)."""
    folder = REGRESSIONS_DIR / target
    if folder.is_dir():
        yield from sorted(p for p in folder.iterdir()
                          if p.is_file() and not p.name.startswith(".")
                          and p.suffix != ".md")
