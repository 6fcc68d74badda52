"""Run core work off the GUI thread and turn its plain callbacks into Qt signals.

A job is any callable ``job(progress, should_cancel) -> result`` from the core's point of view:
``progress(done, total)`` and ``should_cancel()`` are plain functions, so the core never sees Qt.
A Task re-emits ``progress(done, total)``, then exactly one of ``finished(result)`` or
``failed(code)`` (a stable error code from app.errors.public_code; "cancelled" on cancel).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from app.errors import public_code
from crypto.errors import Cancelled

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]
Job = Callable[[ProgressFn, CancelFn], object]
PROGRESS_INTERVAL_S = 0.05


class Task(QObject):
    """One job on a worker thread. Create it on the GUI thread; signals arrive there."""

    # 64-bit on purpose: attachments can be larger than 2 GiB.
    progress = Signal("qlonglong", "qlonglong")  # type: ignore[arg-type]  # stubs want types
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._cancel = threading.Event()
        self._last_progress = 0.0
        self.done = False

    def cancel(self) -> None:
        """Ask the job to stop at its next check (the core raises Cancelled)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """True once cancel() was called."""
        return self._cancel.is_set()

    def _report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_progress >= PROGRESS_INTERVAL_S:
            self._last_progress = now
            self.progress.emit(done, total)

    def run(self) -> None:
        """Runs on a worker thread: never touches widgets."""
        try:
            if self._cancel.is_set():
                raise Cancelled("cancelled before start")
            result = self._job(self._report, self._cancel.is_set)
        except Cancelled:
            self.failed.emit("cancelled")
        except Exception as exc:  # every failure becomes a stable code, never a traceback
            self.failed.emit(public_code(exc))
        else:
            self.finished.emit(result)


class TaskRunner(QObject):
    """Starts tasks on its own thread pool and keeps them alive until they end."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)  # 1: jobs run one after another, in order
        self._tasks: set[Task] = set()

    def start(self, job: Job, on_finished: Callable[[object], None] | None = None,
              on_failed: Callable[[str], None] | None = None,
              on_progress: Callable[[int, int], None] | None = None) -> Task:
        """Run ``job`` off the GUI thread; the callbacks run on the GUI thread."""
        task = Task(job, self)
        if on_progress is not None:
            task.progress.connect(on_progress)
        # One slot per outcome (each queued connection is its own event): the task is
        # forgotten and its callback runs in the same step, so busy() is never half true.
        task.finished.connect(lambda result: self._end(task, on_finished, result))
        task.failed.connect(lambda code: self._end(task, on_failed, code))
        self._tasks.add(task)
        self._pool.start(task.run)
        return task

    def _end(self, task: Task, callback: Callable[[Any], None] | None, value: object) -> None:
        task.done = True
        self._tasks.discard(task)
        if callback is not None:
            callback(value)
        task.deleteLater()  # frees its connections (and the lambdas holding it)

    def busy(self) -> bool:
        """True while any task has not yet reported its end."""
        return bool(self._tasks)

    def cancel_all(self) -> None:
        """Ask every running task to stop."""
        for task in list(self._tasks):
            task.cancel()

    def drain(self, timeout_ms: int = 10_000) -> bool:
        """Wait (without cancelling) until every started job has run; True if they all did.

        For the last save and the lock at exit: cancelling would skip a queued save.
        """
        return self._pool.waitForDone(timeout_ms)

    def shut_down(self, timeout_ms: int = 10_000) -> bool:
        """Cancel everything and wait for the threads; True if they all stopped."""
        self.cancel_all()
        return self._pool.waitForDone(timeout_ms)
