"""What both command-line programs share: passphrase input, error output, the run wrapper."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TextIO

from app.cli.messages import EXIT_USAGE, describe
from app.errors import AppError, debug_code, public_code
from crypto.errors import Cancelled, MissingParts, SealnoteCryptoError

MAX_PASSPHRASE_BYTES = 4096


class UsageError(Exception):
    """Bad command-line usage (argparse's own errors are turned into this)."""


class HelpShown(Exception):
    """--help was printed; the command ends with status 0."""


class ArgumentParser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so ``main`` stays callable in-process."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        if "passphrase" in message:
            # argparse would quote the argument, and it may be the passphrase itself.
            raise UsageError("a passphrase is never accepted on the command line; use "
                             "--passphrase-file FILE or --passphrase-fd N")
        raise UsageError(message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if status == 0:
            raise HelpShown()
        raise UsageError(message or "invalid usage")


def global_options() -> ArgumentParser:
    """--demo and --debug, accepted before or after the command."""
    parent = ArgumentParser(add_help=False)
    parent.add_argument("--demo", action="store_true", default=argparse.SUPPRESS,
                        help="use the built-in demo team (workshops)")
    parent.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help="also print which check failed")
    return parent


def program_parser(program: str, description: str, epilog: str | None
                   ) -> tuple[ArgumentParser, Any, ArgumentParser]:
    """The top-level parser with --demo/--debug, its sub-command group, and the parent parser
    that lets every sub-command accept --demo/--debug too."""
    parser = ArgumentParser(prog=program, description=description, epilog=epilog,
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--demo", action="store_true", help="use the built-in demo team")
    parser.add_argument("--debug", action="store_true", help="also print which check failed")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    return parser, commands, global_options()


def add_passphrase_options(parser: argparse.ArgumentParser) -> None:
    """--passphrase-file and --passphrase-fd; never the passphrase itself on the command line."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--passphrase-file", type=Path, metavar="FILE",
                       help="read the passphrase from the first line of FILE")
    group.add_argument("--passphrase-fd", type=int, metavar="N",
                       help="read the passphrase from file descriptor N")


def _first_line(raw: bytes) -> str:
    if len(raw) > MAX_PASSPHRASE_BYTES:
        raise AppError("passphrase.unavailable")
    return raw.decode("utf-8", errors="strict").splitlines()[0] if raw.strip() else ""


def read_passphrase(args: argparse.Namespace, stdin: TextIO, prompt: str,
                    confirm: bool = False) -> str:
    """The passphrase from --passphrase-file/-fd, or a hidden prompt on a terminal.

    Raises AppError (passphrase.unavailable, passphrase.mismatch).
    """
    try:
        if args.passphrase_file is not None:
            return _first_line(args.passphrase_file.read_bytes()[:MAX_PASSPHRASE_BYTES + 1])
        if args.passphrase_fd is not None:
            with os.fdopen(args.passphrase_fd, "rb", closefd=False) as handle:
                return _first_line(handle.read(MAX_PASSPHRASE_BYTES + 1))
    except (OSError, UnicodeDecodeError) as exc:
        raise AppError("passphrase.unavailable") from exc
    if not stdin.isatty():
        raise AppError("passphrase.unavailable")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("repeat: ") != first:
        raise AppError("passphrase.mismatch")
    return first


def report_error(program: str, error: BaseException, stderr: TextIO, debug: bool) -> int:
    """Print ``program: error:`` and ``program: hint:`` lines; return the exit code."""
    code = public_code(error)
    params: dict[str, object] = dict(getattr(error, "params", {}))
    if isinstance(error, MissingParts):
        params.update(missing=", ".join(map(str, error.missing)), total=error.total)
    message, hint, status = describe(code, params)
    print(f"{program}: error: {message}", file=stderr)
    if hint:
        print(f"{program}: hint: {hint}", file=stderr)
    if debug:
        print(f"{program}: debug: {debug_code(error)}", file=stderr)
    return status


def run(program: str, body: Callable[[], int], stdout: TextIO, stderr: TextIO,
        debug: bool) -> int:
    """Run a command body, turning every expected error into error/hint lines.

    argparse prints help to sys.stdout: it is redirected to ``stdout`` so that ``main`` works
    in-process with the streams it was given.
    """
    try:
        with contextlib.redirect_stdout(stdout):
            return body()
    except HelpShown:
        return 0
    except UsageError as exc:
        print(f"{program}: error: {exc}", file=stderr)
        print(f"{program}: hint: run '{program} --help' for usage and examples", file=stderr)
        return EXIT_USAGE
    except (AppError, SealnoteCryptoError, OSError, MemoryError) as exc:
        return report_error(program, exc, stderr, debug)
    except KeyboardInterrupt:
        return report_error(program, Cancelled("interrupted"), stderr, debug)


def is_terminal(stream: object) -> bool:
    """True when ``stream`` is an interactive terminal."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def default_streams() -> tuple[TextIO, TextIO, TextIO]:
    """The process's stdin, stdout and stderr."""
    return sys.stdin, sys.stdout, sys.stderr
