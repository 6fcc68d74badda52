"""The triage log is tamper-evident: deletion, reordering, edits and cut tails are found, and
``verify`` names the first broken seq."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import AppError
from app.triage_log import (
    FILE_HEADER,
    GENESIS_HASH,
    LogVerdict,
    TriageLog,
    canonical,
    entry_hash,
    split_records,
)
from crypto import primitives

LOG_KEY = bytes(range(32))
VALUE_KEY = bytes(range(1, 33))
REPORT = "ab" * 16


@pytest.fixture()
def log(tmp_path: Path) -> tuple[TriageLog, tuple[int, str]]:
    log = TriageLog(tmp_path / "triage-log.bin", LOG_KEY, VALUE_KEY)
    head = (0, GENESIS_HASH)
    for i, (action, value) in enumerate([("status", "in_review"), ("note", "secret note"),
                                         ("tag_add", "legal"), ("status", "waiting"),
                                         ("tag_remove", "legal"), ("status", "closed")]):
        head = log.append(REPORT, action, value, f"2026-03-0{i + 1}T00:00:00Z")
    return log, head


def records(log: TriageLog) -> list[bytes]:
    found, clean = split_records(log.path.read_bytes())
    assert clean
    return found


def rewrite(log: TriageLog, new_records: list[bytes]) -> None:
    log.path.write_bytes(FILE_HEADER + b"".join(len(r).to_bytes(4, "big") + r
                                                for r in new_records))


def decrypt(record: bytes) -> dict[str, object]:
    plain = primitives.aead_decrypt(LOG_KEY, record[:24], record[24:], FILE_HEADER)
    return json.loads(plain)  # type: ignore[no-any-return]


def encrypt(document: dict[str, object]) -> bytes:
    nonce = primitives.random_bytes(24)
    return nonce + primitives.aead_encrypt(LOG_KEY, nonce, canonical(document), FILE_HEADER)


def verdict(log: TriageLog, head: tuple[int, str]) -> tuple[bool, int | None, str | None]:
    result = log.verify(head)
    return result.ok, result.first_broken, result.reason


def test_an_untouched_log_verifies(log: tuple[TriageLog, tuple[int, str]]) -> None:
    triage, head = log
    assert triage.verify(head) == LogVerdict(True, 6)
    assert head[0] == 6 and [e.seq for e in triage.entries()] == [1, 2, 3, 4, 5, 6]
    assert b"secret note" not in triage.path.read_bytes()


@pytest.mark.parametrize("deleted", [1, 3, 5])
def test_deleting_an_entry_is_found(log: tuple[TriageLog, tuple[int, str]], deleted: int) -> None:
    triage, head = log
    found = records(triage)
    rewrite(triage, found[:deleted - 1] + found[deleted:])
    assert verdict(triage, head) == (False, deleted, "sequence")


def test_deleting_the_last_entry_is_found_through_the_anchor(
        log: tuple[TriageLog, tuple[int, str]]) -> None:
    triage, head = log
    rewrite(triage, records(triage)[:-1])
    assert verdict(triage, head) == (False, 6, "missing")


def test_reordering_entries_is_found(log: tuple[TriageLog, tuple[int, str]]) -> None:
    triage, head = log
    found = records(triage)
    found[2], found[3] = found[3], found[2]
    rewrite(triage, found)
    assert verdict(triage, head) == (False, 3, "sequence")


def test_an_entry_altered_without_the_key_is_found(
        log: tuple[TriageLog, tuple[int, str]]) -> None:
    triage, head = log
    found = records(triage)
    altered = bytearray(found[1])
    altered[40] ^= 0x01
    found[1] = bytes(altered)
    rewrite(triage, found)
    assert verdict(triage, head) == (False, 2, "unreadable")


def test_an_entry_edited_with_the_key_is_found(log: tuple[TriageLog, tuple[int, str]]) -> None:
    triage, head = log
    found = records(triage)
    document = decrypt(found[3])
    entry = dict(document["entry"])  # type: ignore[call-overload]
    entry["value_hash"] = triage.value_hash("status", "closed")
    found[3] = encrypt({"entry": entry, "hash": document["hash"]})
    rewrite(triage, found)
    assert verdict(triage, head) == (False, 4, "edited")


def test_an_edit_that_also_rehashes_breaks_the_next_link(
        log: tuple[TriageLog, tuple[int, str]]) -> None:
    triage, head = log
    found = records(triage)
    entry = dict(decrypt(found[3])["entry"])  # type: ignore[call-overload]
    entry["action"] = "note"
    found[3] = encrypt({"entry": entry, "hash": entry_hash(entry)})
    rewrite(triage, found)
    assert verdict(triage, head) == (False, 5, "link")


def test_rehashing_the_last_entry_is_caught_by_the_anchor(
        log: tuple[TriageLog, tuple[int, str]]) -> None:
    triage, head = log
    found = records(triage)
    entry = dict(decrypt(found[-1])["entry"])  # type: ignore[call-overload]
    entry["time"] = "2030-01-01T00:00:00Z"
    found[-1] = encrypt({"entry": entry, "hash": entry_hash(entry)})
    rewrite(triage, found)
    assert verdict(triage, head) == (False, 6, "anchor")


def test_a_cut_record_and_a_wrong_key(log: tuple[TriageLog, tuple[int, str]]) -> None:
    triage, head = log
    data = triage.path.read_bytes()
    triage.path.write_bytes(data[:-10])
    assert verdict(triage, head) == (False, 6, "unreadable")
    triage.path.write_bytes(data)
    other = TriageLog(triage.path, VALUE_KEY, LOG_KEY)
    assert verdict(other, head) == (False, 1, "unreadable")
    with pytest.raises(AppError) as info:
        other.entries()
    assert info.value.code == "triage.log_damaged"


def test_entries_newer_than_the_anchor_are_counted(
        log: tuple[TriageLog, tuple[int, str]]) -> None:
    triage, head = log
    triage.append(REPORT, "status", "new", "2026-04-01T00:00:00Z")
    result = triage.verify(head)
    assert result.ok and result.unanchored == 1


def test_not_a_log_and_unknown_actions(tmp_path: Path) -> None:
    path = tmp_path / "log.bin"
    path.write_bytes(b"something else")
    with pytest.raises(AppError) as info:
        TriageLog(path, LOG_KEY, VALUE_KEY).verify((0, GENESIS_HASH))
    assert info.value.code == "triage.log_unreadable"
    with pytest.raises(AppError) as info:
        TriageLog(tmp_path / "new.bin", LOG_KEY, VALUE_KEY).append(REPORT, "delete", "", "t")
    assert info.value.code == "triage.unknown_action"
