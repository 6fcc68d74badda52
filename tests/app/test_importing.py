"""Importing sealed reports: every kind of item ends in the right result; only verified reports
enter the store."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from pathlib import Path

import pytest

from app import import_workers, importing
from app.importing import (
    ImportSummary,
    Outcome,
    import_items,
    import_paths,
    item_from_parts,
    item_from_text,
    items_from_folder,
)
from app.moderator_store import ModeratorStore, ensure_store_key
from app.paths import AppPaths
from app.team import create_team
from crypto.armor import armor, split_into_parts
from crypto.card import TeamCard
from crypto.errors import NoMatchingKey, NotASealedReport, PayloadTampered
from crypto.inner import REPORT_ID_BYTES, Manifest
from crypto.keyfile import ModeratorSecrets
from crypto.padding import PaddingProfile
from crypto.seal import SystemEntropy, seal_report


class FixedReportId(SystemEntropy):
    """Fresh randomness, except the report id (to make a different file reuse an id)."""

    def __init__(self, report_id: bytes) -> None:
        self.report_id = report_id

    def take(self, size: int) -> bytes:
        return self.report_id if size == REPORT_ID_BYTES else super().take(size)


def seal(card: TeamCard, title: str, report_id: bytes | None = None, body: str = "x") -> bytes:
    manifest = Manifest(fields={"title": title, "category": "arrest", "urgency": "low",
                                "what_happened": body}, sealed_on="2026-03-01")
    sink = io.BytesIO()
    seal_report(sink, list(card.moderators), manifest, [], profile=PaddingProfile.COMPACT,
                entropy=FixedReportId(report_id) if report_id else None)
    return sink.getvalue()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture()
def team() -> tuple[ModeratorSecrets, TeamCard]:
    secrets, card = create_team("Import Team", dt.date(2026, 1, 1))
    return ensure_store_key(secrets)[0], card


@pytest.fixture()
def store(tmp_path: Path, team: tuple[ModeratorSecrets, TeamCard]) -> ModeratorStore:
    return ModeratorStore.open(AppPaths.under(tmp_path / "app"), team[0])


def by_label(summary: ImportSummary) -> dict[str, Outcome]:
    return {r.label: r.outcome for r in summary.results}


def test_a_mixed_folder_gives_the_right_result_per_item(
        tmp_path: Path, team: tuple[ModeratorSecrets, TeamCard], store: ModeratorStore) -> None:
    _, card = team
    _, other_card = create_team("Other Team", dt.date(2026, 1, 1))
    shared_id = b"\x11" * 16
    good = seal(card, "good", shared_id)
    reused = seal(card, "same id, other file", shared_id)
    tampered = bytearray(seal(card, "tampered"))
    tampered[-3] ^= 0x01
    in_parts = seal(card, "in parts", body="p" * 2000)
    incomplete = split_into_parts(seal(card, "incomplete", body="q" * 2000), 600)
    assert len(incomplete) >= 3
    folder = tmp_path / "inbox"
    folder.mkdir()
    files = {"a-good.bin": good, "b-copy.bin": good, "c-reused.bin": reused,
             "d-tampered.bin": bytes(tampered), "e-wrong-team.bin": seal(other_card, "other"),
             "f-armored.txt": armor(seal(card, "armored")).encode(), "g-junk.bin": b"\xff" * 900,
             ".hidden.bin": seal(card, "hidden")}
    files |= {f"p{i}.txt": part.encode() for i, part in
              enumerate(reversed(split_into_parts(in_parts, 600)))}
    files |= {f"q{i}.txt": part.encode() for i, part in enumerate(incomplete) if i != 1}
    for name, data in files.items():
        (folder / name).write_bytes(data)

    summary = import_paths(store, [folder])

    results = {r.label: r for r in summary.results}
    outcomes = by_label(summary)
    assert outcomes["a-good.bin"] is Outcome.IMPORTED
    assert outcomes["b-copy.bin"] is Outcome.DUPLICATE
    assert outcomes["c-reused.bin"] is Outcome.ID_REUSED
    assert outcomes["f-armored.txt"] is Outcome.IMPORTED
    for label, error in (("d-tampered.bin", PayloadTampered), ("e-wrong-team.bin", NoMatchingKey),
                         ("g-junk.bin", NotASealedReport)):
        assert outcomes[label] is Outcome.FAILED and results[label].code == "open.failed"
        assert isinstance(results[label].error, error)
    parts_results = [r for r in summary.results if r.label.startswith(("p", "q"))]
    assert len(parts_results) == 2
    complete = next(r for r in parts_results if r.label.startswith("p"))
    missing = next(r for r in parts_results if r.label.startswith("q"))
    assert complete.outcome is Outcome.IMPORTED and complete.sha256 == sha(in_parts)
    assert missing.outcome is Outcome.FAILED and missing.code == "armor.missing_parts"
    assert missing.missing_parts == (2,)
    assert ".hidden.bin" not in outcomes

    assert sorted(e.title for e in store.entries()) == ["armored", "good", "in parts"]
    assert [(e.title, e.report_id) for e in store.conflicts()] == [("same id, other file",
                                                                     shared_id.hex())]
    kept = [*store.entries(), *store.conflicts()]
    assert {sha(store.original_bytes(e)) for e in kept} == {e.sha256 for e in kept}
    assert len({e.sha256 for e in kept}) == 4
    assert [p.name for p in store.originals.iterdir()] == ["pack-000001.bin"]
    pack = (store.originals / "pack-000001.bin").read_bytes()
    assert len(pack) == sum(len(store.original_bytes(e)) for e in kept)
    assert bytes(tampered) not in pack


def test_the_same_file_again_is_already_imported(
        tmp_path: Path, team: tuple[ModeratorSecrets, TeamCard], store: ModeratorStore) -> None:
    data = seal(team[1], "once")
    (tmp_path / "r.bin").write_bytes(data)
    assert by_label(import_paths(store, [tmp_path / "r.bin"])) == {"r.bin": Outcome.IMPORTED}
    again = import_items(store, [item_from_text(armor(data))])
    assert again.results[0].outcome is Outcome.DUPLICATE
    assert again.results[0].sha256 == sha(data)
    assert len(store.entries()) == 1


def test_pasted_text_and_parts(team: tuple[ModeratorSecrets, TeamCard],
                               store: ModeratorStore) -> None:
    data = seal(team[1], "pasted", body="z" * 3000)
    parts = split_into_parts(data, 700)
    summary = import_items(store, [
        item_from_text("Hello team,\n> " + armor(seal(team[1], "quoted")).replace("\n", "\n> ")),
        item_from_text("".join(reversed(parts)), "all parts pasted"),
        item_from_parts(parts[:1] + parts[2:], "one part missing"),
        item_from_text("no armor here")])
    assert [r.outcome for r in summary.results] == [Outcome.IMPORTED, Outcome.IMPORTED,
                                                    Outcome.FAILED, Outcome.FAILED]
    assert summary.results[2].missing_parts == (2,)
    assert summary.results[3].code == "armor.invalid"
    assert sorted(e.title for e in store.entries()) == ["pasted", "quoted"]


def test_large_files_stream_from_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      team: tuple[ModeratorSecrets, TeamCard],
                                      store: ModeratorStore) -> None:
    monkeypatch.setattr(importing, "IN_MEMORY_LIMIT", 64)
    good = seal(team[1], "big")
    bad = bytearray(seal(team[1], "big but tampered"))
    bad[700] ^= 0x80
    (tmp_path / "a.bin").write_bytes(good)
    (tmp_path / "b.bin").write_bytes(bytes(bad))
    (tmp_path / "c.bin").write_bytes(good)
    summary = import_paths(store, [tmp_path / n for n in ("a.bin", "b.bin", "c.bin")])
    assert [r.outcome for r in summary.results] == [Outcome.IMPORTED, Outcome.FAILED,
                                                    Outcome.DUPLICATE]
    assert (store.originals / f"{sha(good)}.bin").read_bytes() == good
    assert store.entries()[0].packed is None and store.original_bytes(store.entries()[0]) == good


def test_a_file_changed_after_verification_is_not_stored(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        team: tuple[ModeratorSecrets, TeamCard], store: ModeratorStore) -> None:
    monkeypatch.setattr(importing, "IN_MEMORY_LIMIT", 64)
    path = tmp_path / "a.bin"
    path.write_bytes(seal(team[1], "first"))
    real_outcomes = import_workers.Verifier.outcomes

    def verify_then_swap(*args: object) -> object:
        result = real_outcomes(*args)  # type: ignore[arg-type]
        path.write_bytes(seal(team[1], "swapped"))
        return result

    monkeypatch.setattr(import_workers.Verifier, "outcomes", verify_then_swap)
    summary = import_paths(store, [path])
    assert summary.results[0].outcome is Outcome.FAILED
    assert summary.results[0].code == "input.changed"
    assert store.entries() == [] and list(store.originals.iterdir()) == []


def test_cancel_keeps_what_was_verified(tmp_path: Path, team: tuple[ModeratorSecrets, TeamCard],
                                        store: ModeratorStore) -> None:
    for i in range(6):
        (tmp_path / f"{i}.bin").write_bytes(seal(team[1], f"r{i}"))
    asked = []

    def cancel_after_three() -> bool:
        asked.append(1)
        return len(asked) > 3

    progress: list[tuple[int, int]] = []
    summary = import_paths(store, [tmp_path], should_cancel=cancel_after_three,
                           progress=lambda done, total: progress.append((done, total)))
    assert summary.cancelled
    assert [r.outcome for r in summary.results] == [Outcome.IMPORTED] * 3 + [Outcome.CANCELLED] * 3
    assert progress[-1] == (6, 6)
    reopened = ModeratorStore.open(AppPaths(store.root.parent, store.root, store.root),
                                   team[0])
    assert sorted(e.title for e in reopened.entries()) == ["r0", "r1", "r2"]


def test_folder_listing(tmp_path: Path) -> None:
    (tmp_path / "sub" / ".hidden").mkdir(parents=True)
    for name in ("b.bin", "a.bin", "sub/c.bin", "sub/.hidden/d.bin", ".x.bin", ".1a2b.partial"):
        (tmp_path / name).write_bytes(b"x")
    assert [i.label for i in items_from_folder(tmp_path)] == ["a.bin", "b.bin"]
    assert [i.label for i in items_from_folder(tmp_path, recursive=True)] == [
        "a.bin", "b.bin", "sub/c.bin"]


def test_commits_in_batches(tmp_path: Path, team: tuple[ModeratorSecrets, TeamCard],
                            store: ModeratorStore, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(5):
        (tmp_path / f"{i}.bin").write_bytes(seal(team[1], f"r{i}"))
    commits = []
    real_commit = ModeratorStore.commit

    def counting_commit(self: ModeratorStore) -> None:
        commits.append(len(self.entries()))
        real_commit(self)

    monkeypatch.setattr(ModeratorStore, "commit", counting_commit)
    import_paths(store, [tmp_path], commit_every=2)
    assert commits == [2, 4, 5]
