"""``sealnote``: the editor's command line (the window comes from ui/ when no command is given).

    sealnote seal --card team-card.txt --title "Arrest of an editor" --text-file concern.txt \\
        --attach photo.jpg -o report.bin
    sealnote seal --card team-card.txt --title "…" --text-file - --armor -o report.txt
    sealnote card show team-card.txt
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TextIO

from app.attachments import PreparedAttachment, prepare_attachment
from app.cli.common import (
    ArgumentParser,
    UsageError,
    default_streams,
    is_terminal,
    program_parser,
    run,
)
from app.demo_team import demo_card
from app.errors import AppError
from app.fs import atomic_write_text
from app.report import CATEGORIES, CONSENT, SAFETY, URGENCY, ConcernForm
from app.sealing import SealRequest, seal_to_bytes, seal_to_file
from crypto.armor import MIN_PART_CHARS, armor, split_into_parts
from crypto.card import TeamCard, load_trusted_card, parse_card

PROGRAM = "sealnote"
MAX_TEXT_BYTES = 4 * 1024 * 1024


def build_parser() -> ArgumentParser:
    """The argument parser (exposed for the help test)."""
    parser, commands, shared = program_parser(
        PROGRAM, "Seal a concern to your team, offline.", __doc__)
    seal = commands.add_parser("seal", parents=[shared], help="seal a report to a team card")
    seal.add_argument("--card", type=Path, help="the team card file (not needed with --demo)")
    seal.add_argument("--title", required=True)
    seal.add_argument("--text-file", type=Path, required=True, help="what happened ('-' = stdin)")
    seal.add_argument("--category", choices=CATEGORIES, default="other")
    seal.add_argument("--urgency", choices=URGENCY, default="medium")
    seal.add_argument("--safe-now", choices=SAFETY, default="unsure")
    seal.add_argument("--consent", choices=CONSENT, default="team_only")
    seal.add_argument("--when", default="")
    seal.add_argument("--where", default="")
    seal.add_argument("--attach", type=Path, action="append", default=[], metavar="FILE")
    seal.add_argument("--keep-original", action="store_true",
                      help="also include the original of cleaned images, as evidence")
    seal.add_argument("-o", "--output", type=Path, help="output file (default: stdout if text)")
    seal.add_argument("--force", action="store_true", help="replace an existing output file")
    seal.add_argument("--armor", action="store_true", help="write armored text")
    seal.add_argument("--parts-size", type=int, metavar="CHARS",
                      help="write numbered text parts of at most CHARS characters")
    card = commands.add_parser("card", parents=[shared], help="team card commands")
    card_commands = card.add_subparsers(dest="card_command", metavar="CARD_COMMAND")
    show = card_commands.add_parser("show", parents=[shared],
                                    help="show a card's team, expiry and fingerprint")
    show.add_argument("card_file", type=Path)
    return parser


def _read_text(path: Path, stdin: TextIO) -> str:
    if str(path) == "-":
        return stdin.read(MAX_TEXT_BYTES)
    try:
        if path.stat().st_size > MAX_TEXT_BYTES:
            raise AppError("form.invalid", fields=["what_happened"])
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise AppError("input.unreadable") from exc


def _load_card(args: argparse.Namespace, today: dt.date) -> TeamCard:
    if args.card is None:
        if args.demo:
            return demo_card()
        raise UsageError("--card is required (or use --demo)")
    try:
        text = args.card.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise AppError("input.unreadable") from exc
    return load_trusted_card(text, today)


def _prepare(paths: list[Path], keep_original: bool) -> list[PreparedAttachment]:
    return [item for path in paths for item in prepare_attachment(path,
                                                                  keep_original=keep_original)]


def _write_output(data: bytes, args: argparse.Namespace, stdout: TextIO) -> None:
    if args.parts_size:
        parts = split_into_parts(data, args.parts_size)
        if args.output is None:
            stdout.write("\n".join(parts))
            return
        names = [args.output.with_name(f"{args.output.name}.part{n}.txt")
                 for n in range(1, len(parts) + 1)]
        if not args.force and any(name.exists() for name in names):
            raise AppError("output.exists")
        for name, text in zip(names, parts, strict=True):
            atomic_write_text(name, text)
        return
    text = armor(data)
    if args.output is None:
        stdout.write(text)
    else:
        atomic_write_text(args.output, text)


def command_seal(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    """Seal one report as the command line describes it."""
    text_output = args.armor or args.parts_size
    if args.parts_size is not None and args.parts_size < MIN_PART_CHARS:
        raise UsageError(f"--parts-size must be at least {MIN_PART_CHARS} characters")
    if args.output is None and not text_output:
        if is_terminal(stdout):
            raise AppError("output.terminal")
        raise UsageError("-o FILE is required for a binary sealed file")
    if args.output is not None and args.output.exists() and not args.force:
        raise AppError("output.exists")
    today = dt.date.today()
    card = _load_card(args, today)
    form = ConcernForm({"title": args.title, "what_happened": _read_text(args.text_file, stdin),
                        "category": args.category, "urgency": args.urgency,
                        "safe_now": args.safe_now, "consent": args.consent,
                        "when": args.when, "where": args.where})
    request = SealRequest(card, form, _prepare(args.attach, args.keep_original),
                          demo_mode=args.demo, today=today)
    if not text_output:
        outcome = seal_to_file(request, args.output)
        print(f"sealed {outcome.size} bytes to {outcome.path}", file=stderr)
        return 0
    data = seal_to_bytes(request)
    _write_output(data, args, stdout)
    print(f"sealed {len(data)} bytes", file=stderr)
    return 0


def command_card_show(args: argparse.Namespace, stdout: TextIO) -> int:
    """Print what a person must check on a card."""
    try:
        text = args.card_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise AppError("input.unreadable") from exc
    card = parse_card(text)
    print(f"team:        {card.team}", file=stdout)
    print(f"moderators:  {len(card.moderators)}", file=stdout)
    print(f"expires:     {card.expires.isoformat()}", file=stdout)
    print(f"fingerprint: {card.fingerprint}", file=stdout)
    if card.demo:
        print("DEMO card: for workshops only", file=stdout)
    if card.previous_identity is not None:
        print("this card replaces an earlier team identity (key rotation)", file=stdout)
    card.check_date(dt.date.today())
    print("compare the fingerprint with the one your team published before using this card",
          file=stdout)
    return 0


def main(argv: list[str] | None = None, stdin: TextIO | None = None,
         stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the editor command line; returns the exit code. Callable in-process by tests."""
    default_in, default_out, default_err = default_streams()
    stdin, stdout, stderr = stdin or default_in, stdout or default_out, stderr or default_err
    parser = build_parser()
    argv = sys.argv[1:] if argv is None else argv
    debug = "--debug" in argv

    def body() -> int:
        args = parser.parse_args(argv)
        if args.command == "seal":
            return command_seal(args, stdin, stdout, stderr)
        if args.command == "card" and args.card_command == "show":
            return command_card_show(args, stdout)
        parser.print_help(stdout)
        return 0

    return run(PROGRAM, body, stdout, stderr, debug)


def entry_point() -> None:
    """Console-script entry."""
    sys.exit(main())
