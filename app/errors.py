"""Errors of the app layer, each with a stable code.

The CLI (app/cli/messages.py) and the GUI (ui/messages.py) each map codes to text in one table.
Every failure to open a sealed report has the single public code ``open.failed``: the person sees
the same message whatever check failed, and the typed crypto error stays on ``__cause__`` for
tests and the debug flag.
"""

from __future__ import annotations

from crypto.errors import OpenError, SealnoteCryptoError


class AppError(Exception):
    """A failure the person can act on. ``code`` selects the message; ``params`` fill it in."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __repr__(self) -> str:
        # Parameters may hold names or paths: never put them in a repr that could reach a log.
        return f"AppError({self.code!r})"


def public_code(error: BaseException) -> str:
    """The stable code to show for any error the core raises."""
    if isinstance(error, OpenError):
        return "open.failed"
    if isinstance(error, AppError | SealnoteCryptoError):
        return error.code
    if isinstance(error, MemoryError):
        return "system.out_of_memory"
    if isinstance(error, OSError):
        return "io.failed"
    return "internal"


def debug_code(error: BaseException) -> str:
    """The precise code, for tests and ``--debug`` (never shown by default)."""
    cause = error.__cause__ if isinstance(error, AppError) and error.__cause__ else error
    return getattr(cause, "code", type(cause).__name__)
