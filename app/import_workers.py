"""Verify sealed reports for an import, in two worker processes when there are many.

Why processes: the Python half of opening a report holds the GIL, so two threads were no faster
than one (10,000 small reports: 2.42 s with one thread, 2.38 s with two), while two processes
share the work. An import of fewer than PROCESS_THRESHOLD reports, and every report larger
than SMALL_JOB_BYTES, is verified by threads of this process instead: starting the workers
costs more than it saves for a few reports, and a large report spends its time in libsodium,
which runs without the GIL, so threads share that work without piping its bytes anywhere.

What crosses the pipes (kernel memory, never disk): to each worker, the moderator's secret keys
once, when it starts, after it has turned core dumps off; then chunks of sealed reports (the
ciphertext bytes, or the path of a large file). Back: per report its SHA-256 and the index entry
(the fields the inbox lists, attachment names and sizes), never attachment bytes. The workers
exit when the import ends.

A worker that dies (killed, out of memory) does not lose an import: its chunk is verified again
in this process, and so is every later chunk.
"""

from __future__ import annotations

import hashlib
import io
import multiprocessing
import os
import pickle
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from app.hygiene import disable_core_dumps
from app.moderator_store import IndexEntry, discard_attachments, entry_from_manifest
from crypto.errors import OpenError
from crypto.keys import SecretKey
from crypto.sealed_report import open_report

PROCESS_THRESHOLD = 256
PROCESSES = 2
THREADS = 2
SMALL_JOB_BYTES = 64 * 1024
_COPY_BYTES = 1 << 20


@dataclass(frozen=True, repr=False)
class Job:
    """One sealed report to verify: its bytes (and their SHA-256, when the caller has it), or
    the path of a file too large to hold in memory."""

    data: bytes | None
    path: Path | None = None
    sha256: str | None = None

    @property
    def small(self) -> bool:
        """Small enough that sending it to a worker process costs less than it saves."""
        return self.data is not None and len(self.data) <= SMALL_JOB_BYTES

    def __repr__(self) -> str:
        return f"Job({'path' if self.data is None else len(self.data)})"


@dataclass(frozen=True, repr=False)
class Verified:
    """A report that verified completely: the SHA-256 of its bytes and its index entry."""

    sha256: str
    entry: IndexEntry

    def __repr__(self) -> str:
        return f"Verified({self.sha256[:12]}…)"


Outcome = Verified | BaseException


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb", buffering=0) as handle:
        while chunk := handle.read(_COPY_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def verify(job: Job, keys: Sequence[SecretKey]) -> Verified:
    """Hash and open the whole report; raises OpenError or OSError."""
    if job.data is not None:
        sha = job.sha256 or hashlib.sha256(job.data).hexdigest()
        content = open_report(io.BytesIO(job.data), keys, discard_attachments)
    else:
        assert job.path is not None
        sha = _hash_file(job.path)
        with open(job.path, "rb", buffering=0) as handle:
            content = open_report(handle, keys, discard_attachments)
    entry = entry_from_manifest(content.report_id.hex(), sha, content.manifest, "")
    return Verified(sha, entry)


def _portable(error: BaseException) -> BaseException:
    """``error`` if it survives pickling (to cross back from a worker), else a plain OpenError
    or OSError of the same kind, so the public code stays the same."""
    try:
        copy: BaseException = pickle.loads(pickle.dumps(error))  # noqa: S301 -- made just now
        return copy
    except Exception:
        return OpenError(str(error)) if isinstance(error, OpenError) else OSError(str(error))


def verify_chunk(jobs: Sequence[Job], keys: Sequence[SecretKey]) -> list[Outcome]:
    """Each job's Verified, or the exception that stopped it (never raises for one job)."""
    outcomes: list[Outcome] = []
    for job in jobs:
        try:
            outcomes.append(verify(job, keys))
        except Exception as exc:  # one bad report never stops the chunk
            outcomes.append(_portable(exc))
    return outcomes


_WORKER_KEYS: tuple[SecretKey, ...] = ()


def _start_worker(raw_keys: tuple[bytes, ...]) -> None:
    """Runs first in each worker process."""
    global _WORKER_KEYS
    disable_core_dumps()
    _WORKER_KEYS = tuple(SecretKey.from_raw(raw) for raw in raw_keys)


def _verify_in_worker(jobs: Sequence[Job]) -> list[Outcome]:
    return verify_chunk(jobs, _WORKER_KEYS)


class Verifier:
    """Verifies chunks of jobs: small reports in worker processes when an import has many of
    them; larger ones in two threads here (their decryption runs in libsodium without the GIL,
    and their bytes need not cross a pipe).

    ``submit`` returns a future of the chunk's outcomes; ``outcomes`` waits for it and, if a
    worker died, verifies the chunk here instead. Use as a context manager.
    """

    def __init__(self, keys: Sequence[SecretKey], expected_jobs: int) -> None:
        self.keys = tuple(keys)
        self._expected_jobs = expected_jobs
        self._threads = ThreadPoolExecutor(THREADS, thread_name_prefix="verify")
        self._processes: ProcessPoolExecutor | None = None
        self._processes_tried = False

    def _process_pool(self) -> ProcessPoolExecutor | None:
        if not self._processes_tried:
            self._processes_tried = True
            if self._expected_jobs >= PROCESS_THRESHOLD and (os.cpu_count() or 1) > 1:
                try:
                    self._processes = ProcessPoolExecutor(
                        PROCESSES, mp_context=multiprocessing.get_context("spawn"),
                        initializer=_start_worker, initargs=(tuple(k.raw for k in self.keys),))
                except (OSError, ValueError, NotImplementedError):
                    self._processes = None  # no processes here (a sandbox): threads do it
        return self._processes

    def submit(self, jobs: list[Job]) -> Future[list[Outcome]]:
        """Start verifying ``jobs`` (all small, or all not)."""
        pool = self._process_pool() if jobs and jobs[0].small else None
        if pool is not None:
            try:
                return pool.submit(_verify_in_worker, jobs)
            except RuntimeError:  # BrokenProcessPool: a worker died earlier
                pool.shutdown(wait=False, cancel_futures=True)
                self._processes = None
        return self._threads.submit(verify_chunk, jobs, self.keys)

    def outcomes(self, future: Future[list[Outcome]], jobs: list[Job]) -> list[Outcome]:
        """The outcomes of a submitted chunk (verified here if its worker died)."""
        try:
            return future.result()
        except Exception:  # a dead worker; the outcomes of single jobs never raise
            return verify_chunk(jobs, self.keys)

    def close(self) -> None:
        """Stop the workers and threads (pending chunks are dropped)."""
        if self._processes is not None:
            self._processes.shutdown(wait=True, cancel_futures=True)
        self._threads.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Verifier:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
