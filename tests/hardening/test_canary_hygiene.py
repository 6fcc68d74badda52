"""Process hygiene: report content and passphrases never reach logs, output or reprs
(SECURITY.md, "Traces and hygiene": logs never contain report content, titles, file names or
paths).

A full command-line session runs in-process (``main(argv, stdin, stdout, stderr)`` of both
programs) with every Python log record captured at DEBUG on the root logger and with stdout and
stderr captured: team create (passphrase from a file), card export, seal (a unique canary string
in the title, the text, an attachment's content and the attachment's file name), inspect, open,
and error cases (tampered file, wrong passphrase, a missing attachment and a missing text file
whose paths contain the canary). None of these commands prints report content, so the canary
must appear in NO log record and NOWHERE in stdout/stderr; the passphrase must appear nowhere at
all. The session's scratch folder (TMPDIR) and HOME must not hold the canary either, and the
sealed file holds it in no readable encoding -- while the moderator's opened folder does (so the
canary really went through).

Then the reprs: objects that hold keys or report content must not show them.

Core dumps are covered by tests/app/test_hygiene.py (RLIMIT_CORE=0 and PR_SET_DUMPABLE=0, with a
crash that must leave no core and a control crash that does).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import secrets
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.attachments import prepare_attachment
from app.cli import editor, moderator
from app.opening import OpenedReport, open_file_into_folder
from app.report import ConcernForm
from app.sealing import SealRequest, seal_to_file
from app.team import create_team
from crypto.inner import AttachmentEntry, Manifest
from crypto.keyfile import ModeratorSecrets
from crypto.keys import IdentitySecretKey, SecretKey


def encodings(text: str) -> list[bytes]:
    """How the canary could sit in a file: ASCII/UTF-8 and UTF-16 (both byte orders)."""
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def files_with(root: Path, needle: str, skip: tuple[Path, ...] = ()) -> list[Path]:
    found = []
    if not root.exists():
        return found
    for path in root.rglob("*"):
        if path.is_file() and not any(path.is_relative_to(s) for s in skip):
            data = path.read_bytes()
            if any(e in data for e in encodings(needle)):
                found.append(path)
    return found


class Capture(logging.Handler):
    """Keeps every record, formatted with its exception text."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def texts(self) -> list[str]:
        return [self.format(r) + repr(r.args) for r in self.records]


@pytest.fixture
def captured_logs() -> Iterator[Capture]:
    root = logging.getLogger()
    handler, level = Capture(), root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    logging.disable(logging.NOTSET)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


class Session:
    """Runs both command lines in-process and keeps everything they printed."""

    def __init__(self) -> None:
        self.transcript: list[tuple[list[str], int, str, str]] = []

    def run(self, program: str, argv: list[str]) -> tuple[int, str, str]:
        main = editor.main if program == "editor" else moderator.main
        stdout, stderr = io.StringIO(), io.StringIO()
        status = main(argv, io.StringIO(), stdout, stderr)
        self.transcript.append((argv, status, stdout.getvalue(), stderr.getvalue()))
        return status, stdout.getvalue(), stderr.getvalue()

    def printed(self) -> str:
        return "\n".join(out + err for _, _, out, err in self.transcript)


def test_cli_session_never_logs_or_prints_the_canary_or_passphrase(
        tmp_path: Path, captured_logs: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    canary = f"CANARY-{secrets.token_hex(8)}"
    passphrase = f"pass-{secrets.token_hex(12)}"
    scratch = tmp_path / "tmpdir"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    inputs, work = tmp_path / "inputs", tmp_path / "work"
    inputs.mkdir()
    work.mkdir()
    passphrase_file = inputs / "passphrase.txt"
    passphrase_file.write_text(passphrase + "\n", encoding="utf-8")
    wrong_file = inputs / "wrong.txt"
    wrong_file.write_text("not-the-passphrase\n", encoding="utf-8")
    text_file = inputs / "concern.txt"
    text_file.write_text(f"What happened: {canary} was seen at the gate.\n", encoding="utf-8")
    attachment = inputs / f"{canary}.txt"
    attachment.write_text(f"attachment content {canary}\n", encoding="utf-8")
    key_file, card, sealed = work / "team.key", work / "card.txt", work / "report.bin"
    opened = work / "opened"
    logging.getLogger("sealnote.test").debug("control record %s", "visible")
    session = Session()
    ok = [
        ("moderator", ["team", "create", "--name", "Hygiene Team", "--key-file", str(key_file),
                       "--card-out", str(card), "--passphrase-file", str(passphrase_file)]),
        ("moderator", ["team", "card", "--key-file", str(key_file),
                       "--passphrase-file", str(passphrase_file)]),
        ("editor", ["card", "show", str(card)]),
        ("editor", ["seal", "--card", str(card), "--title", f"Title {canary}",
                    "--text-file", str(text_file), "--attach", str(attachment),
                    "--where", f"near {canary}", "-o", str(sealed)]),
        ("moderator", ["inspect", str(sealed)]),
        ("moderator", ["open", str(sealed), "--into", str(opened), "--key-file", str(key_file),
                       "--passphrase-file", str(passphrase_file)]),
        ("moderator", ["open", str(sealed), "--into", str(opened), "--key-file", str(key_file),
                       "--passphrase-file", str(passphrase_file), "--debug"]),
    ]
    for program, argv in ok:
        status, _, err = session.run(program, argv)
        assert status == 0, (argv[:2], err)
    tampered = work / "tampered.bin"
    data = bytearray(sealed.read_bytes())
    data[2000] ^= 0x40
    tampered.write_bytes(bytes(data))
    failing = [
        ("moderator", ["open", str(tampered), "--into", str(opened), "--key-file",
                       str(key_file), "--passphrase-file", str(passphrase_file), "--debug"], 3),
        ("moderator", ["open", str(sealed), "--into", str(opened), "--key-file", str(key_file),
                       "--passphrase-file", str(wrong_file)], 5),
        ("editor", ["seal", "--card", str(card), "--title", f"Title {canary}", "--text-file",
                    str(text_file), "--attach", str(inputs / f"missing-{canary}.jpg"),
                    "-o", str(work / "never.bin")], 6),
        ("editor", ["seal", "--card", str(card), "--title", f"Title {canary}", "--text-file",
                    str(inputs / f"missing-{canary}.txt"), "-o", str(work / "never.bin")], 6),
    ]
    for program, argv, expected in failing:
        status, _, err = session.run(program, argv)
        assert status == expected, (argv[:2], status, err)
    # The capture works, and nothing else was logged with the canary or passphrase.
    assert any("control record visible" in t for t in captured_logs.texts())
    leaked = [t for t in captured_logs.texts() if canary in t or passphrase in t]
    assert not leaked, leaked
    printed = session.printed()
    assert "this report cannot be opened" in printed and "wrong passphrase" in printed
    assert canary not in printed, "a command printed report content"
    assert passphrase not in printed
    # Files: readable only in the inputs we wrote and in the moderator's opened folder.
    assert files_with(opened, canary), "the canary did not go through the round trip"
    assert not files_with(sealed, canary)
    assert not files_with(work, canary, skip=(opened,))
    assert not files_with(scratch, canary) and not files_with(scratch, passphrase)
    home = Path.home()
    assert not files_with(home, canary) and not files_with(home, passphrase)
    assert not files_with(work, passphrase) and not files_with(opened, passphrase)


def _leaks(text: str, secrets_: list[str]) -> list[str]:
    return [s for s in secrets_ if s and s in text]


def test_reprs_show_no_key_material_or_report_content(tmp_path: Path) -> None:
    canary = f"CANARY-{secrets.token_hex(8)}"
    key = SecretKey.generate()
    identity = IdentitySecretKey.generate()
    key_material = [key.raw.hex(), key.encode(), repr(key.raw), identity.seed.hex(),
                    identity.encode(), repr(identity.seed)]
    moderator_secrets, card = create_team(f"Team {canary[:20]}", dt.date.today())
    team_keys = [*moderator_secrets.encryption_keys, *moderator_secrets.identity_keys]
    key_material += [k.encode() for k in team_keys] + [repr(k.raw) for k in
                                                        moderator_secrets.encryption_keys]
    form = ConcernForm({"title": f"Title {canary}", "what_happened": f"Body {canary}",
                        "category": "other", "urgency": "low", "safe_now": "safe",
                        "consent": "team_only"})
    attachment_path = tmp_path / f"{canary}.bin"
    attachment_path.write_bytes(f"content {canary}".encode())
    prepared = prepare_attachment(attachment_path)
    request = SealRequest(card, form, prepared)
    outcome = seal_to_file(request, tmp_path / "sealed.bin")
    opened = open_file_into_folder(outcome.path, moderator_secrets.encryption_keys,
                                   tmp_path / "opened")
    assert isinstance(opened, OpenedReport)
    manifest = request.manifest()
    assert canary in manifest.fields["title"] and canary in prepared[0].name
    objects: list[object] = [key, identity, ModeratorSecrets("team", (key,), (identity,)),
                             moderator_secrets, request, form, *prepared, opened,
                             opened.manifest, manifest]
    for obj in objects:
        for text in (repr(obj), str(obj), f"{obj!r}", repr([obj])):
            assert not _leaks(text, [canary, *key_material]), (type(obj).__name__, text)


def test_manifest_entries_redact_their_repr() -> None:
    # Finding (low): AttachmentEntry (crypto.inner) keeps the dataclass repr, so repr() of a
    # manifest entry shows the attachment's file name -- which SECURITY.md wants out of logs.
    # PreparedAttachment and Manifest redact theirs; this one should too.
    canary = f"CANARY-{secrets.token_hex(8)}"
    entry = AttachmentEntry(f"{canary}.jpg", 10, "image/jpeg", "cleaned")
    assert canary not in repr(entry) and canary not in repr(Manifest({}, (entry,)).attachments)
