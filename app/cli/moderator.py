"""``sealnote-moderator``: the team's command line.

    sealnote-moderator team create --name "Wiki Safety Team" --key-file team.key \\
        --card-out team-card.txt
    sealnote-moderator team card --key-file team.key -o team-card.txt
    sealnote-moderator open report.bin pasted.txt --into opened/ --key-file team.key
    sealnote-moderator open part1.txt part2.txt part3.txt --into opened/ --key-file team.key
    sealnote-moderator inspect report.bin
    sealnote-moderator --demo open report.bin --into opened/
    sealnote-moderator demo-roundtrip

Without a command the window opens: ``sealnote-moderator`` (``--demo`` for the workshop team,
``--portable`` to keep everything in SealnoteData/moderator next to the program, nothing under
HOME; a sealnote-portable.txt file there does the same).

Passphrases are read from a hidden prompt, --passphrase-file FILE or --passphrase-fd N; never
from the command line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from app.attachments import prepare_attachment
from app.cli.common import (
    ArgumentParser,
    UsageError,
    add_passphrase_options,
    default_streams,
    program_parser,
    read_passphrase,
    report_error,
    run,
)
from app.demo_team import SAMPLE_PHOTO, demo_card, demo_moderator_keys, sample_form
from app.errors import AppError
from app.opening import open_file_into_folder, open_into_folder
from app.sealing import SealRequest, seal_to_file
from app.team import card_of, create_team, export_card, load_key_file, save_key_file
from crypto.armor import join_parts
from crypto.errors import SealnoteCryptoError
from crypto.keys import SecretKey
from crypto.sealed_report import inspect_report

PROGRAM = "sealnote-moderator"
MAX_PART_FILE_BYTES = 64 * 1024 * 1024


def build_parser() -> ArgumentParser:
    """The argument parser."""
    parser, commands, shared = program_parser(PROGRAM, "Open and manage sealed reports.", __doc__)
    team = commands.add_parser("team", parents=[shared], help="create a team or export its card")
    team_commands = team.add_subparsers(dest="team_command", metavar="TEAM_COMMAND")
    create = team_commands.add_parser("create", parents=[shared],
                                      help="new team identity and moderator key")
    create.add_argument("--name", required=True)
    create.add_argument("--key-file", type=Path, required=True)
    create.add_argument("--card-out", type=Path)
    create.add_argument("--valid-days", type=int, default=365)
    add_passphrase_options(create)
    card = team_commands.add_parser("card", parents=[shared],
                                    help="export the team card, print its fingerprint")
    card.add_argument("--key-file", type=Path, required=True)
    card.add_argument("-o", "--output", type=Path)
    add_passphrase_options(card)
    opener = commands.add_parser("open", parents=[shared], help="decrypt reports into a folder")
    opener.add_argument("files", type=Path, nargs="+", metavar="FILE")
    opener.add_argument("--into", type=Path, required=True, metavar="DIR")
    opener.add_argument("--key-file", type=Path)
    add_passphrase_options(opener)
    inspect = commands.add_parser("inspect", parents=[shared],
                                  help="what can be said without the key")
    inspect.add_argument("file", type=Path)
    commands.add_parser("demo-roundtrip", parents=[shared],
                        help="seal the demo sample concern and photo, then open it")
    return parser


def command_team_create(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    """Create the team and write the key file (and the card)."""
    if args.key_file.exists():
        raise AppError("output.exists")
    secrets, card = create_team(args.name, dt.date.today(), args.valid_days)
    passphrase = read_passphrase(args, stdin, "new passphrase for the key file: ", confirm=True)
    save_key_file(args.key_file, secrets, passphrase)
    if args.card_out is not None:
        export_card(card, args.card_out)
    print(f"team:        {card.team}", file=stdout)
    print(f"fingerprint: {card.fingerprint}", file=stdout)
    print(f"expires:     {card.expires.isoformat()}", file=stdout)
    print("publish the fingerprint where editors can check it; keep the key file and its "
          "passphrase safe", file=stdout)
    return 0


def command_team_card(args: argparse.Namespace, stdin: TextIO, stdout: TextIO,
                      stderr: TextIO) -> int:
    """Export the card stored with the keys."""
    passphrase = read_passphrase(args, stdin, "key file passphrase: ")
    card = card_of(load_key_file(args.key_file, passphrase))
    if args.output is None:
        stdout.write(card.text)
    else:
        export_card(card, args.output)
    print(f"fingerprint: {card.fingerprint}", file=stderr if args.output is None else stdout)
    return 0


def _keys(args: argparse.Namespace, stdin: TextIO) -> tuple[SecretKey, ...]:
    if args.demo:
        return demo_moderator_keys()
    if args.key_file is None:
        raise UsageError("--key-file is required (or --demo)")
    passphrase = read_passphrase(args, stdin, "key file passphrase: ")
    return load_key_file(args.key_file, passphrase).encryption_keys


def _is_part_file(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return b"-----BEGIN MESSAGE PART " in handle.read(200)
    except OSError:
        return False


def command_open(args: argparse.Namespace, stdin: TextIO, stdout: TextIO,
                 stderr: TextIO) -> int:
    """Open every file; parts among them are reassembled first. Continues past failures."""
    keys = _keys(args, stdin)
    parts = [p for p in args.files if _is_part_file(p)]
    singles = [p for p in args.files if p not in parts]
    worst = 0
    if parts:
        worst = _open_parts(parts, keys, args, stdout, stderr)
    for path in singles:
        try:
            opened = open_file_into_folder(path, keys, args.into)
        except (AppError, SealnoteCryptoError, OSError) as exc:
            print(f"{PROGRAM}: {path.name}:", file=stderr)
            worst = max(worst, report_error(PROGRAM, exc, stderr, args.debug))
            continue
        _print_opened(path.name, opened.folder, len(opened.attachment_files),
                      opened.manifest.demo, stdout)
    return worst


def _open_parts(parts: list[Path], keys: tuple[SecretKey, ...], args: argparse.Namespace,
                stdout: TextIO, stderr: TextIO) -> int:
    try:
        texts = []
        for path in parts:
            if path.stat().st_size > MAX_PART_FILE_BYTES:
                raise AppError("input.unreadable")
            texts.append(path.read_text(encoding="utf-8"))
        opened = open_into_folder(io.BytesIO(join_parts(texts)), keys, args.into)
    except (AppError, SealnoteCryptoError, OSError, UnicodeDecodeError) as exc:
        error = AppError("input.unreadable") if isinstance(exc, UnicodeDecodeError) else exc
        return report_error(PROGRAM, error, stderr, args.debug)
    _print_opened(f"{len(parts)} parts", opened.folder, len(opened.attachment_files),
                  opened.manifest.demo, stdout)
    return 0


def _print_opened(label: str, folder: Path, attachments: int, demo: bool, stdout: TextIO) -> None:
    mark = " [DEMO REPORT]" if demo else ""
    print(f"opened {label} -> {folder} ({attachments} attachments){mark}", file=stdout)


def command_inspect(args: argparse.Namespace, stdout: TextIO) -> int:
    """Describe the outer structure; says nothing about content or recipients."""
    try:
        handle = open(args.file, "rb", buffering=0)  # noqa: SIM115
    except OSError as exc:
        raise AppError("input.unreadable") from exc
    with handle:
        outline = inspect_report(handle)
    print(f"format:      sealed report, version {outline.version}", file=stdout)
    print(f"size:        {outline.file_length} bytes ({outline.segments} segments)", file=stdout)
    print(f"recipients:  {outline.slot_count} slots (the team size is not recorded)",
          file=stdout)
    print("content:     unreadable without a team key; the sender is not recorded", file=stdout)
    return 0


def command_demo_roundtrip(stdout: TextIO) -> int:
    """Seal the sample concern with the GPS-tagged photo to the demo team, then open it.

    Everything here is the public, fictional demo sample: the temporary folder holds no real
    report.
    """
    request = SealRequest(demo_card(), sample_form(), prepare_attachment(SAMPLE_PHOTO),
                          demo_mode=True)
    with tempfile.TemporaryDirectory(prefix="sealnote-demo-") as scratch:
        folder = Path(scratch)
        sealed = seal_to_file(request, folder / "sealed.bin")
        print(f"DEMO: sealed the sample concern and photo: {sealed.size} bytes", file=stdout)
        opened = open_file_into_folder(sealed.path, demo_moderator_keys(), folder / "opened")
        print(f"DEMO: opened with the demo team key: {opened.manifest.fields['title']}",
              file=stdout)
        for entry in opened.manifest.attachments:
            print(f"DEMO: attachment {entry.name}: {entry.size} bytes, metadata {entry.metadata}",
                  file=stdout)
    return 0


def main(argv: list[str] | None = None, stdin: TextIO | None = None,
         stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the moderator command line; returns the exit code. Callable in-process."""
    default_in, default_out, default_err = default_streams()
    stdin, stdout, stderr = stdin or default_in, stdout or default_out, stderr or default_err
    parser = build_parser()
    argv = sys.argv[1:] if argv is None else argv

    def body() -> int:
        args = parser.parse_args(argv)
        if args.command == "team" and args.team_command == "create":
            return command_team_create(args, stdin, stdout)
        if args.command == "team" and args.team_command == "card":
            return command_team_card(args, stdin, stdout, stderr)
        if args.command == "open":
            return command_open(args, stdin, stdout, stderr)
        if args.command == "demo-roundtrip":
            return command_demo_roundtrip(stdout)
        if args.command == "inspect":
            return command_inspect(args, stdout)
        parser.print_help(stdout)
        return 0

    return run(PROGRAM, body, stdout, stderr, "--debug" in argv)


def entry_point() -> None:
    """Console-script entry."""
    sys.exit(main())
