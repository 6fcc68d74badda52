"""Uniform failures (SECURITY.md, adversarial plan: "Uniform failure").

Every way a report can fail to open -- each frozen report failure vector of
tests/vectors/vectors.json (kind "report", expect != "success"), the same files armored as
text and cut into numbered parts, and every way a sealed reply can fail -- must show the person
the IDENTICAL error and hint, with exit code 3 on the command line, while the typed error stays
available (exactly the vector's class, and its precise code on the --debug line). A failure
leaves the destination folder empty: no quarantine folder, no partial attachment.

Transport damage of the *text* (armor/parts failures: ArmorError, MissingParts) happens before
any key is used and says nothing about the report; it has its own actionable messages ("copy
everything from BEGIN to END", "parts 2 of 3 are missing"), also with exit code 3. Those are
pinned here too.

Four layers are checked: the typed error from ``app.opening`` (what the GUI and the CLI call),
``app.cli.common.report_error`` (the CLI's text and exit code, with and without debug), the real
``sealnote-moderator open`` command in-process with a key file (production KDF policy), and the
GUI's table ``ui.messages.message_for_error``.
"""

from __future__ import annotations

import io
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

import ui.messages as gui_messages
from app.cli import moderator
from app.cli.common import report_error
from app.cli.messages import EXIT_OPEN, MESSAGES
from app.errors import public_code
from app.opening import open_file_into_folder, open_into_folder
from app.replies import open_reply as app_open_reply
from crypto import errors, primitives
from crypto.armor import armor, join_parts, split_into_parts
from crypto.errors import ArmorError, MissingParts, OpenError
from crypto.keyfile import MODERATE, PRODUCTION_KDF, ModeratorSecrets, write_key_file
from crypto.keys import SecretKey
from crypto.reply import REPLY_BYTES, ReplyContent, seal_reply

VECTORS_DIR = Path(__file__).resolve().parents[1] / "vectors"
DOCUMENT: dict[str, Any] = json.loads((VECTORS_DIR / "vectors.json").read_text("utf-8"))
REPORT_FAILURES = [v for v in DOCUMENT["vectors"]
                   if v["kind"] == "report" and v["expect"] != "success"]
TEXT_FAILURES = [v for v in DOCUMENT["vectors"]
                 if v["kind"] in ("armor", "parts") and v["expect"] != "success"]
PROGRAM = moderator.PROGRAM
UNIFORM_CLI = [f"{PROGRAM}: error: {MESSAGES['open.failed'][0]}",
               f"{PROGRAM}: hint: {MESSAGES['open.failed'][1]}"]
# app.opening decides binary-or-text from the first two bytes before the format reader runs:
# a file that does not start with 01 00 can only be text, and text without a BEGIN line is
# "not a sealed report". For this one vector that changes the typed class (FORMAT.md 4.3 says
# Truncated for the lone version byte); the person sees the same uniform message either way.
APP_CLASSIFIES_AS_TEXT = {"fail-one-byte": "NotASealedReport"}
PASSPHRASE = "uniform failures test passphrase"  # noqa: S105 -- a throwaway test passphrase


def vector_bytes(entry: dict[str, Any]) -> bytes:
    data = (VECTORS_DIR / entry["file"]).read_bytes()
    return data[:entry["truncate_to"]] if "truncate_to" in entry else data


def vector_keys(entry: dict[str, Any]) -> list[SecretKey]:
    return [SecretKey.decode(k) for k in entry["keys"]]


def assert_left_empty(into: Path) -> None:
    """Nothing was written: the folder is missing or empty (no quarantine, no partial file)."""
    assert not into.exists() or sorted(p.name for p in into.iterdir()) == []


def cli_lines(error: BaseException, debug: bool) -> tuple[list[str], int]:
    stderr = io.StringIO()
    status = report_error(PROGRAM, error, stderr, debug=debug)
    return stderr.getvalue().splitlines(), status


def assert_uniform(error: OpenError, expected_class: str) -> None:
    """CLI text and exit code, debug line, GUI text: identical for every OpenError."""
    assert public_code(error) == "open.failed"
    lines, status = cli_lines(error, debug=False)
    assert (lines, status) == (UNIFORM_CLI, EXIT_OPEN)
    lines, status = cli_lines(error, debug=True)
    expected_code = getattr(errors, expected_class, None)
    code = expected_code.code if expected_code is not None else type(error).code
    assert lines == [*UNIFORM_CLI, f"{PROGRAM}: debug: {code}"] and status == EXIT_OPEN
    assert gui_messages.message_for_error(error) == gui_messages.message_for("open.failed")


def _ids(entries: list[dict[str, Any]]) -> list[Any]:
    return [pytest.param(e, id=e["name"]) for e in entries]


def test_the_table_covers_every_failure_class() -> None:
    classes = {v["expect"] for v in REPORT_FAILURES}
    assert classes == {"NotASealedReport", "Truncated", "NoMatchingKey", "HeaderTampered",
                       "PayloadTampered", "TrailingData", "InnerFormatError"}
    assert {v["expect"] for v in TEXT_FAILURES} == {"ArmorError", "MissingParts"}
    # the uniform text names no check that failed
    assert not any(word in " ".join(UNIFORM_CLI).lower()
                   for word in ("mac", "truncat", "header", "padding", "chunk", "tamper"))


@pytest.mark.parametrize("entry", _ids(REPORT_FAILURES))
def test_report_failure_is_uniform(entry: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "input" / f"{entry['name']}.sealed"
    path.parent.mkdir()
    path.write_bytes(vector_bytes(entry))
    into = tmp_path / "opened"
    with pytest.raises(OpenError) as info:
        open_file_into_folder(path, vector_keys(entry), into)
    expected = APP_CLASSIFIES_AS_TEXT.get(entry["name"], entry["expect"])
    assert type(info.value).__name__ == expected
    assert_left_empty(into)
    assert_uniform(info.value, expected)


@pytest.mark.parametrize("entry", _ids([v for v in REPORT_FAILURES
                                        if v["file"] != "reports/fail-empty.sealed"]))
def test_armored_report_failure_is_uniform(entry: dict[str, Any], tmp_path: Path) -> None:
    # The same damaged file pasted as armored text: the format reader gives the vector's class.
    path = tmp_path / f"{entry['name']}.txt"
    path.write_text("Forwarded message:\n\n" + armor(vector_bytes(entry)), encoding="utf-8")
    into = tmp_path / "opened"
    with pytest.raises(OpenError) as info:
        open_file_into_folder(path, vector_keys(entry), into)
    assert type(info.value).__name__ == entry["expect"]
    assert_left_empty(into)
    assert_uniform(info.value, entry["expect"])


def _one_per_class() -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for entry in REPORT_FAILURES:
        if len(vector_bytes(entry)) >= 2:
            seen.setdefault(entry["expect"], entry)
    return list(seen.values())


@pytest.mark.parametrize("entry", _ids(_one_per_class()))
def test_report_failure_in_parts_is_uniform(entry: dict[str, Any], tmp_path: Path) -> None:
    parts = split_into_parts(vector_bytes(entry), 4000)
    into = tmp_path / "opened"
    with pytest.raises(OpenError) as info:
        open_into_folder(io.BytesIO(join_parts(reversed(parts))), vector_keys(entry), into)
    assert type(info.value).__name__ == entry["expect"]
    assert_left_empty(into)
    assert_uniform(info.value, entry["expect"])


def _texts(entry: dict[str, Any]) -> list[Path]:
    return [VECTORS_DIR / f for f in entry.get("files", [entry.get("file")])]


@pytest.mark.parametrize("entry", _ids(TEXT_FAILURES))
def test_text_transport_failures(entry: dict[str, Any], tmp_path: Path) -> None:
    texts = [p.read_text("utf-8") for p in _texts(entry)]
    keys = [SecretKey.generate(b"\x01" * 32)]
    into = tmp_path / "opened"
    with pytest.raises(ArmorError) as info:
        if entry["kind"] == "parts":
            open_into_folder(io.BytesIO(join_parts(texts)), keys, into)
        else:
            open_file_into_folder(_texts(entry)[0], keys, into)
    assert type(info.value).__name__ == entry["expect"]
    assert_left_empty(into)
    lines, status = cli_lines(info.value, debug=False)
    assert status == EXIT_OPEN
    if isinstance(info.value, MissingParts):
        assert lines[0] == f"{PROGRAM}: error: parts 2 of 3 are missing"
        assert gui_messages.message_for_error(info.value) == "Parts 2 of 3 are missing."
    else:
        assert lines == [f"{PROGRAM}: error: {MESSAGES['armor.invalid'][0]}",
                         f"{PROGRAM}: hint: {MESSAGES['armor.invalid'][1]}"]
        assert gui_messages.message_for_error(info.value) == \
            gui_messages.message_for("armor.invalid")


# --- the real command line, one run per key -------------------------------------------------

def _key_file(tmp_path: Path, keys: list[SecretKey]) -> Path:
    path = tmp_path / "team.key"
    path.write_bytes(write_key_file(ModeratorSecrets("Test team", tuple(keys)), PASSPHRASE,
                                    MODERATE, PRODUCTION_KDF))
    return path


def _blocks(stderr: str) -> dict[str, list[str]]:
    """The error lines printed under each ``sealnote-moderator: NAME:`` line."""
    blocks: dict[str, list[str]] = {}
    current = None
    for line in stderr.splitlines():
        if line.endswith(":") and line.startswith(f"{PROGRAM}: ") and line.count(": ") == 1:
            current = line[len(PROGRAM) + 2:-1]
            blocks[current] = []
        elif current is not None:
            blocks[current].append(line)
    return blocks


@pytest.mark.slow
def test_moderator_command_line_prints_one_message_for_every_failure(tmp_path: Path) -> None:
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for entry in REPORT_FAILURES:
        groups[tuple(entry["keys"])].append(entry)
    passphrase_file = tmp_path / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    for number, (key_strings, entries) in enumerate(groups.items()):
        folder = tmp_path / f"group{number}"
        folder.mkdir()
        key_file = _key_file(folder, [SecretKey.decode(k) for k in key_strings])
        files = []
        for entry in entries:
            path = folder / f"{entry['name']}.sealed"
            path.write_bytes(vector_bytes(entry))
            files.append(path)
        into = folder / "opened"
        for debug in ((False, True) if number == 0 else (True,)):
            stdout, stderr = io.StringIO(), io.StringIO()
            argv = ["open", *map(str, files), "--into", str(into), "--key-file", str(key_file),
                    "--passphrase-file", str(passphrase_file), *(["--debug"] if debug else [])]
            status = moderator.main(argv, io.StringIO(), stdout, stderr)
            assert status == EXIT_OPEN, stderr.getvalue()
            assert stdout.getvalue() == ""
            blocks = _blocks(stderr.getvalue())
            assert sorted(blocks) == sorted(p.name for p in files)
            for entry in entries:
                lines = blocks[f"{entry['name']}.sealed"]
                assert lines[:2] == UNIFORM_CLI
                expected = APP_CLASSIFIES_AS_TEXT.get(entry["name"], entry["expect"])
                debug_line = [f"{PROGRAM}: debug: {getattr(errors, expected).code}"]
                assert lines[2:] == (debug_line if debug else [])
            assert_left_empty(into)


# --- replies: the editor's side of "cannot be opened" ----------------------------------------

def _reply_failures() -> dict[str, bytes]:
    secret = SecretKey.generate(b"\x31" * 32)
    content = ReplyContent("0123456789abcdef0123456789abcdef", "closed", "Merci.", "2026-03-01",
                           False)
    good = seal_reply(content, secret.public)
    flipped = bytearray(good)
    flipped[200] ^= 0x01
    # a body that authenticates but is malformed (non-zero padding), sealed per FORMAT.md 14.1
    reply_key, nonce = b"\x45" * 32, b"\x46" * 24
    header = b"\x81\x00" + primitives.seal_file_key(reply_key, secret.public.raw) + nonce
    document = content.to_json()
    body = (len(document).to_bytes(2, "big") + document).ljust(16_384, b"\x00")[:-1] + b"\x01"
    malformed = header + primitives.aead_encrypt(
        primitives.hkdf_sha256(reply_key, b"sealnote v1 reply"), nonce, body, header)
    assert len(malformed) == REPLY_BYTES
    return {"NotAReply": good[:-1], "ReplyNotForThisKey": seal_reply(
        content, SecretKey.generate(b"\x32" * 32).public), "ReplyTampered": bytes(flipped),
        "ReplyFormatError": malformed}


@pytest.mark.parametrize("expected", ["NotAReply", "ReplyNotForThisKey", "ReplyTampered",
                                      "ReplyFormatError"])
def test_reply_failure_is_uniform(expected: str) -> None:
    secret = SecretKey.generate(b"\x31" * 32)
    data = _reply_failures()[expected]
    with pytest.raises(OpenError) as info:
        app_open_reply(data, secret)
    assert type(info.value).__name__ == expected
    assert_uniform(info.value, expected)
