"""PySide6 6.12.0 under Python 3.11 took one reference too few each time a void Qt method
returned None (and Signal.emit/connect returned True): the interpreter aborted with
"none_dealloc" after a few thousand calls. The lock file pins a release without the bug; this
test keeps it that way."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

class Emitter(QObject):
    fired = Signal()

app = QApplication([])
label, emitter = QLabel(), Emitter()
emitter.fired.connect(lambda: None)
before = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(30_000):
    label.setText("x")
    label.setEnabled(True)
    emitter.fired.emit()
after = sys.getrefcount(None), sys.getrefcount(True)
print(after[0] - before[0], after[1] - before[1])
"""


def test_void_qt_calls_keep_none_and_true_alive() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    none_delta, true_delta = map(int, result.stdout.split())
    assert abs(none_delta) < 100 and abs(true_delta) < 100
