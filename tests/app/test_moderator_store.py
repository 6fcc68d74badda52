"""The moderator's store: encrypted index, sealed originals only, reports decrypted on demand."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from app.errors import AppError
from app.importing import Outcome, import_paths
from app.moderator_store import (
    INDEX_MAGIC,
    STORE_KEY_NAME,
    UNTRUSTED_FILE_WARNING,
    ModeratorStore,
    ensure_store_key,
    store_key_of,
)
from app.paths import AppPaths
from app.team import create_team
from app.triage import add_note, add_tag, set_status
from crypto.card import TeamCard
from crypto.inner import AttachmentEntry, Manifest
from crypto.keyfile import ModeratorSecrets
from crypto.padding import PaddingProfile
from crypto.seal import seal_report

CANARY = "Canary-Ülkü-7f3a9"
ATTACHMENT = b"attachment bytes " + CANARY.encode("utf-8") * 50


def make_team() -> tuple[ModeratorSecrets, TeamCard]:
    secrets, card = create_team("Store Test Team", dt.date(2026, 1, 1))
    secrets, added = ensure_store_key(secrets)
    assert added
    return secrets, card


def seal(card: TeamCard, title: str, attachments: tuple[bytes, ...] = ()) -> bytes:
    manifest = Manifest(
        fields={"title": title, "category": "threat", "urgency": "high",
                "what_happened": f"body {CANARY} body"},
        attachments=tuple(AttachmentEntry(f"{CANARY}-{i}.txt", len(blob), "text/plain", "none")
                          for i, blob in enumerate(attachments)),
        sealed_on="2026-02-03", reply_key=None)
    sink = io.BytesIO()
    seal_report(sink, list(card.moderators), manifest, [io.BytesIO(b) for b in attachments],
                profile=PaddingProfile.COMPACT)
    return sink.getvalue()


@pytest.fixture()
def team() -> tuple[ModeratorSecrets, TeamCard]:
    return make_team()


@pytest.fixture()
def filled(tmp_path: Path, team: tuple[ModeratorSecrets, TeamCard]
           ) -> tuple[ModeratorStore, AppPaths, ModeratorSecrets]:
    secrets, card = team
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "one.bin").write_bytes(seal(card, f"Title {CANARY}", (ATTACHMENT, b"second")))
    (inbox / "two.bin").write_bytes(seal(card, "Another title"))
    paths = AppPaths.under(tmp_path / "app")
    store = ModeratorStore.open(paths, secrets)
    summary = import_paths(store, [inbox])
    assert summary.count(Outcome.IMPORTED) == 2
    return store, paths, secrets


def _entry_titled(store: ModeratorStore, prefix: str) -> str:
    return next(e.report_id for e in store.entries() if e.title.startswith(prefix))


def test_store_key_lives_in_the_secrets_and_is_kept() -> None:
    secrets, _ = make_team()
    again, added = ensure_store_key(secrets)
    assert not added and again is secrets
    assert len(store_key_of(secrets)) == 32
    assert STORE_KEY_NAME not in repr(secrets)


def test_store_without_key_is_refused(tmp_path: Path) -> None:
    secrets, _ = create_team("No Key Team", dt.date(2026, 1, 1))
    with pytest.raises(AppError) as info:
        ModeratorStore.open(AppPaths.under(tmp_path), secrets)
    assert info.value.code == "store.no_key"


def test_index_round_trips_through_a_reopen(filled: tuple[ModeratorStore, AppPaths,
                                                          ModeratorSecrets]) -> None:
    store, paths, secrets = filled
    report_id = _entry_titled(store, "Title")
    set_status(store, report_id, "in_review")
    add_tag(store, report_id, "Urgent-Legal")
    store.close()
    reopened = ModeratorStore.open(paths, secrets)
    entry = reopened.get(report_id)
    assert entry.status == "in_review" and entry.tags == ("urgent-legal",)
    assert entry.title == f"Title {CANARY}" and entry.category == "threat"
    assert [a.size for a in entry.attachments] == [len(ATTACHMENT), 6]
    assert entry.sealed_on == "2026-02-03" and not entry.demo and not entry.reply_key_present
    assert CANARY not in repr(entry)


def test_another_store_key_cannot_read_the_index(
        filled: tuple[ModeratorStore, AppPaths, ModeratorSecrets]) -> None:
    store, paths, secrets = filled
    store.close()
    other, _ = ensure_store_key(ModeratorSecrets(secrets.team, secrets.encryption_keys))
    with pytest.raises(AppError) as info:
        ModeratorStore.open(paths, other)
    assert info.value.code == "store.index_unreadable"


def test_no_plaintext_anywhere_under_the_store(
        filled: tuple[ModeratorStore, AppPaths, ModeratorSecrets]) -> None:
    store, paths, _ = filled
    report_id = _entry_titled(store, "Title")
    add_note(store, report_id, f"note mentioning {CANARY}")
    add_tag(store, report_id, CANARY[:20])
    store.read_report(report_id)
    files = [p for p in (paths.data / "store").rglob("*") if p.is_file()]
    assert {p.name for p in files} == {"index.bin", "triage-log.bin", "pack-000001.bin"}
    needles = [n for text in (CANARY, CANARY[:20].lower(), "Title", "what_happened", "threat")
               for n in (text.encode("utf-8"), text.encode("utf-16-le"))]
    assert [p.name for p in files if _holds_any(p.read_bytes(), needles)] == []
    # The scan itself can fail: the same needles are found in a plaintext rendering.
    plain = f"{CANARY} what_happened".encode("utf-16-le")
    assert _holds_any(plain, needles)


def _holds_any(data: bytes, needles: list[bytes]) -> bool:
    return any(needle in data for needle in needles)


def test_index_file_is_an_aead_blob(filled: tuple[ModeratorStore, AppPaths,
                                                  ModeratorSecrets]) -> None:
    store, paths, secrets = filled
    data = store.index_path.read_bytes()
    assert data.startswith(INDEX_MAGIC)
    assert b'"reports"' not in data and b"sha256" not in data
    store.close()
    flipped = bytearray(data)
    flipped[-1] ^= 1
    store.index_path.write_bytes(bytes(flipped))
    with pytest.raises(AppError) as info:
        ModeratorStore.open(paths, secrets)
    assert info.value.code == "store.index_unreadable"


def test_originals_are_the_sealed_files_byte_for_byte(
        filled: tuple[ModeratorStore, AppPaths, ModeratorSecrets]) -> None:
    import hashlib
    store, _, _ = filled
    for entry in store.entries():
        path, offset, length = store.original_location(entry)
        with open(path, "rb") as handle:
            handle.seek(offset)
            data = handle.read(length)
        assert hashlib.sha256(data).hexdigest() == entry.sha256
        assert data[0] == 0x01 and data == store.original_bytes(entry)
    assert not [p for p in store.originals.iterdir() if p.name.startswith(".")]


def test_read_report_decrypts_in_memory(filled: tuple[ModeratorStore, AppPaths,
                                                      ModeratorSecrets]) -> None:
    store, _, _ = filled
    view = store.read_report(_entry_titled(store, "Title"))
    assert view.fields["what_happened"] == f"body {CANARY} body"
    assert view.reply_key is None and not view.demo
    assert CANARY not in repr(view)
    with pytest.raises(AppError) as info:
        store.read_report("00" * 16)
    assert info.value.code == "store.unknown_report"


def test_save_attachment_as_writes_only_that_attachment(
        tmp_path: Path, filled: tuple[ModeratorStore, AppPaths, ModeratorSecrets]) -> None:
    store, _, _ = filled
    report_id = _entry_titled(store, "Title")
    dest = tmp_path / "saved" / "evidence.txt"
    dest.parent.mkdir()
    saved = store.save_attachment_as(report_id, 0, dest)
    assert dest.read_bytes() == ATTACHMENT and saved.size == len(ATTACHMENT)
    assert saved.warning == UNTRUSTED_FILE_WARNING and "macros" in saved.warning
    assert sorted(p.name for p in dest.parent.iterdir()) == ["evidence.txt"]
    with pytest.raises(AppError) as info:
        store.save_attachment_as(report_id, 1, dest)
    assert info.value.code == "output.exists"
    store.save_attachment_as(report_id, 1, dest, overwrite=True)
    assert dest.read_bytes() == b"second"
    with pytest.raises(AppError) as info:
        store.save_attachment_as(report_id, 2, tmp_path / "x")
    assert info.value.code == "store.no_such_attachment"


def test_a_damaged_original_leaves_no_file_behind(
        tmp_path: Path, filled: tuple[ModeratorStore, AppPaths, ModeratorSecrets]) -> None:
    store, _, _ = filled
    report_id = _entry_titled(store, "Title")
    original, offset, length = store.original_location(store.get(report_id))
    data = bytearray(original.read_bytes())
    data[offset + length - 5] ^= 0x40
    original.write_bytes(bytes(data))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(AppError) as info:
        store.save_attachment_as(report_id, 0, out / "evidence.txt")
    assert info.value.code == "store.original_unreadable"
    assert list(out.iterdir()) == []
    with pytest.raises(AppError):
        store.read_report(report_id)


def test_triage_state_is_inside_the_encrypted_index(
        filled: tuple[ModeratorStore, AppPaths, ModeratorSecrets]) -> None:
    from app.moderator_store import decrypt_blob, subkey
    store, _, _ = filled
    report_id = _entry_titled(store, "Another")
    add_note(store, report_id, "call back on Tuesday")
    plain = decrypt_blob(subkey(store.store_key, "index"), INDEX_MAGIC,
                         store.index_path.read_bytes())
    doc = json.loads(plain)
    entry = next(e for e in doc["reports"] if e["id"] == report_id)
    assert entry["notes"][0][1] == "call back on Tuesday"
    assert doc["log_head"][0] == 1
