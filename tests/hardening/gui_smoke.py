"""Start the editor window exactly as ``sealnote [--demo]`` does, and quit after a while.

Used by test_no_network_strace.py (run under strace). ``ui.launch.run_window`` has no option to
quit by itself, so this wraps ``ui.app_setup.create_application`` to arm a single-shot timer on
the application it creates; everything else is the real start-up path.

    QT_QPA_PLATFORM=offscreen python tests/hardening/gui_smoke.py SECONDS [--demo]
"""

from __future__ import annotations

import sys


def main() -> int:
    seconds = float(sys.argv[1])
    from PySide6.QtCore import QTimer

    import ui.app_setup as app_setup
    from ui.launch import run_window

    real = app_setup.create_application

    def create_and_arm(argv: list[str]):  # type: ignore[no-untyped-def]
        app = real(argv)
        QTimer.singleShot(int(seconds * 1000), app.quit)
        return app

    app_setup.create_application = create_and_arm  # run_window imports it at call time
    status = run_window(sys.argv[2:])
    print(f"window closed with status {status}", flush=True)
    return int(status)


if __name__ == "__main__":
    sys.exit(main())
