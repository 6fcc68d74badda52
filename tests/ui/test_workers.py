"""ui.workers: jobs run off the GUI thread; progress, finished, failed and cancel are signals."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from app.errors import AppError
from crypto.errors import Cancelled
from ui.workers import CancelFn, ProgressFn, TaskRunner


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    owner = TaskRunner()
    yield owner
    assert owner.shut_down(5000)
    shiboken6.delete(owner)


class Outcome:
    """Collects what a task reported (connected before the task starts: no race)."""

    def __init__(self) -> None:
        self.finished: list[object] = []
        self.failed: list[str] = []
        self.progress: list[tuple[int, int]] = []

    def start(self, runner: TaskRunner, job: object) -> object:
        return runner.start(job, on_finished=self.finished.append,  # type: ignore[arg-type]
                            on_failed=self.failed.append,
                            on_progress=lambda d, t: self.progress.append((d, t)))

    def done(self) -> bool:
        return bool(self.finished or self.failed)


def test_finished_with_result_off_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    threads: list[threading.Thread] = []

    def job(progress: ProgressFn, _cancel: CancelFn) -> int:
        threads.append(threading.current_thread())
        progress(5_000_000_000, 5_000_000_000)  # more than 2**31: a 64-bit signal
        return 42

    outcome = Outcome()
    outcome.start(runner, job)
    qtbot.waitUntil(outcome.done, timeout=5000)
    assert outcome.finished == [42] and outcome.failed == []
    assert threads and threads[0] is not threading.main_thread()
    assert outcome.progress == [(5_000_000_000, 5_000_000_000)]
    assert not runner.busy()


@pytest.mark.parametrize(("error", "code"), [
    (AppError("io.write_failed", path="/secret/place"), "io.write_failed"),
    (ValueError("report text must never reach a message"), "internal"),
    (OSError("disk"), "io.failed"),
])
def test_failures_become_stable_codes(qtbot: QtBot, runner: TaskRunner, error: Exception,
                                      code: str) -> None:
    def job(_progress: ProgressFn, _cancel: CancelFn) -> None:
        raise error

    outcome = Outcome()
    outcome.start(runner, job)
    qtbot.waitUntil(outcome.done, timeout=5000)
    assert outcome.failed == [code] and outcome.finished == []


def test_cancel_reaches_the_job(qtbot: QtBot, runner: TaskRunner) -> None:
    started = threading.Event()

    def job(_progress: ProgressFn, should_cancel: CancelFn) -> None:
        started.set()
        while not should_cancel():
            threading.Event().wait(0.01)
        raise Cancelled("stopped")

    outcome = Outcome()
    task = outcome.start(runner, job)
    assert started.wait(5)
    assert runner.busy()
    task.cancel()  # type: ignore[attr-defined]
    qtbot.waitUntil(outcome.done, timeout=5000)
    assert outcome.failed == ["cancelled"]
