"""The pack of originals and the worker processes: nothing is lost or half-kept when an import
crashes, fails to write, or loses a worker; every stored original stays readable."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import io
import os
import resource
import signal
import sys
from pathlib import Path

import pytest

from app import import_workers, moderator_store
from app.errors import AppError
from app.hygiene import is_dumpable
from app.import_workers import Job, Verified, Verifier
from app.importing import Outcome, import_items, import_paths, item_from_file
from app.moderator_store import ModeratorStore, PackedAt, ensure_store_key
from app.paths import AppPaths
from app.team import create_team
from crypto.card import TeamCard
from crypto.errors import NoMatchingKey, NotASealedReport, PayloadTampered
from crypto.inner import Manifest
from crypto.keyfile import ModeratorSecrets
from crypto.padding import PaddingProfile
from crypto.seal import seal_report

Team = tuple[ModeratorSecrets, TeamCard]


def seal(card: TeamCard, title: str) -> bytes:
    manifest = Manifest(fields={"title": title, "category": "arrest", "urgency": "low",
                                "what_happened": "x"}, sealed_on="2026-03-01")
    sink = io.BytesIO()
    seal_report(sink, list(card.moderators), manifest, [], profile=PaddingProfile.COMPACT)
    return sink.getvalue()


@pytest.fixture()
def team() -> Team:
    secrets, card = create_team("Pack Team", dt.date(2026, 1, 1))
    return ensure_store_key(secrets)[0], card


@pytest.fixture()
def other_team() -> Team:
    secrets, card = create_team("Other Team", dt.date(2026, 1, 1))
    return ensure_store_key(secrets)[0], card


def paths_of(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "app")


def write_reports(folder: Path, card: TeamCard, titles: list[str]) -> list[bytes]:
    folder.mkdir(exist_ok=True)
    sealed = [seal(card, title) for title in titles]
    for title, data in zip(titles, sealed, strict=True):
        (folder / f"{title}.bin").write_bytes(data)
    return sealed


def assert_all_readable(store: ModeratorStore) -> None:
    for entry in store.entries():
        assert store.read_report(entry.report_id).fields["title"] == entry.title
        assert hashlib.sha256(store.original_bytes(entry)).hexdigest() == entry.sha256


def test_bytes_a_crash_left_after_the_last_commit_are_cut_off(tmp_path: Path,
                                                               team: Team) -> None:
    write_reports(tmp_path / "in", team[1], ["a", "b"])
    with ModeratorStore.open(paths_of(tmp_path), team[0]) as store:
        import_paths(store, [tmp_path / "in"])
        pack, _, _ = store.original_location(store.entries()[0])
        committed = pack.stat().st_size
    with open(pack, "ab") as handle:  # what an import that crashed before its commit leaves
        handle.write(os.urandom(5000))
    with ModeratorStore.open(paths_of(tmp_path), team[0]) as store:
        assert pack.stat().st_size == committed
        write_reports(tmp_path / "more", team[1], ["c"])
        import_paths(store, [tmp_path / "more"])
    with ModeratorStore.open(paths_of(tmp_path), team[0]) as store:
        assert sorted(e.title for e in store.entries()) == ["a", "b", "c"]
        assert_all_readable(store)


def test_a_failed_index_write_forgets_everything_since_the_last_commit(
        tmp_path: Path, team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    write_reports(tmp_path / "in", team[1], ["r0", "r1", "r2", "r3", "r4"])
    real_write = moderator_store.atomic_write
    writes: list[int] = []

    def full_disk_on_second_write(path: Path, data: bytes) -> None:
        writes.append(1)
        if len(writes) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(path, data)

    monkeypatch.setattr(moderator_store, "atomic_write", full_disk_on_second_write)
    with ModeratorStore.open(paths_of(tmp_path), team[0]) as store:
        with pytest.raises(AppError) as info:
            import_paths(store, [tmp_path / "in"], commit_every=2)
        assert info.value.code == "io.write_failed"
        assert sorted(e.title for e in store.entries()) == ["r0", "r1"]
        pack, _, _ = store.original_location(store.entries()[0])
        assert pack.stat().st_size == sum(len(store.original_bytes(e)) for e in store.entries())
        monkeypatch.setattr(moderator_store, "atomic_write", real_write)
        again = import_paths(store, [tmp_path / "in"])
        assert [r.outcome for r in again.results] == [Outcome.DUPLICATE] * 2 + \
            [Outcome.IMPORTED] * 3
    with ModeratorStore.open(paths_of(tmp_path), team[0]) as store:
        assert len(store.entries()) == 5
        assert_all_readable(store)


def test_a_missing_pack_is_named_and_never_appended_to(tmp_path: Path, team: Team) -> None:
    write_reports(tmp_path / "in", team[1], ["gone"])
    with ModeratorStore.open(paths_of(tmp_path), team[0]) as store:
        import_paths(store, [tmp_path / "in"])
        gone = store.entries()[0]
    store.original_location(gone)[0].unlink()
    with ModeratorStore.open(paths_of(tmp_path), team[0]) as store:
        with pytest.raises(AppError) as info:
            store.read_report(gone.report_id)
        assert info.value.code == "store.original_missing"
        write_reports(tmp_path / "later", team[1], ["later"])
        import_paths(store, [tmp_path / "later"])
        later = next(e for e in store.entries() if e.title == "later")
        assert later.packed is not None and later.packed.pack == "pack-000002.bin"
        assert store.read_report(later.report_id).fields["title"] == "later"
    assert not (store.originals / "pack-000001.bin").exists()


def test_packs_roll_over_and_stay_readable(tmp_path: Path, team: Team,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    sealed = write_reports(tmp_path / "in", team[1], [f"r{i}" for i in range(5)])
    monkeypatch.setattr(moderator_store, "PACK_LIMIT", 2 * len(sealed[0]) + 10)
    with ModeratorStore.open(paths_of(tmp_path), team[0]) as store:
        import_paths(store, [tmp_path / "in"])
    (store.originals / "pack-000004.bin").write_bytes(b"left by a crash, unknown to the index")
    with ModeratorStore.open(paths_of(tmp_path), team[0]) as store:
        assert sorted(p.name for p in store.originals.iterdir()) == [
            "pack-000001.bin", "pack-000002.bin", "pack-000003.bin", "pack-000004.bin"]
        assert_all_readable(store)
        write_reports(tmp_path / "more", team[1], ["m0", "m1"])
        import_paths(store, [tmp_path / "more"])
    with ModeratorStore.open(paths_of(tmp_path), team[0]) as store:
        assert len(store.entries()) == 7
        assert_all_readable(store)
        newest = max(e.packed.pack for e in store.entries() if e.packed is not None)
        assert newest == "pack-000004.bin"


@pytest.mark.parametrize("location", [["../index.bin", 0, 10], ["pack-000001.bin", -1, 10],
                                      ["pack-000001.bin", 0, 0], ["pack-1.bin", 0, 10]])
def test_an_index_location_outside_the_packs_is_refused(location: list[object]) -> None:
    with pytest.raises(ValueError):
        PackedAt.from_json(location)


def test_many_reports_verify_in_worker_processes_with_the_same_results(
        tmp_path: Path, team: Team, other_team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    good = write_reports(folder, team[1], ["g0", "g1", "g2"])
    tampered = bytearray(good[0])
    tampered[-40] ^= 1
    (folder / "t.bin").write_bytes(bytes(tampered))
    (folder / "w.bin").write_bytes(seal(other_team[1], "wrong team"))
    (folder / "x.bin").write_bytes(b"\x01 not a report")
    monkeypatch.setattr(import_workers, "PROCESS_THRESHOLD", 2)
    pools = []
    real_pool = Verifier._process_pool

    def recording_pool(self: Verifier) -> object:
        pool = real_pool(self)
        pools.append(pool)
        return pool

    monkeypatch.setattr(Verifier, "_process_pool", recording_pool)
    with ModeratorStore.open(paths_of(tmp_path), team[0]) as store:
        summary = import_paths(store, [folder])
        assert_all_readable(store)
    assert pools and all(pool is not None for pool in pools)
    results = {r.label: r for r in summary.results}
    assert {label: r.outcome for label, r in results.items()} == {
        "g0.bin": Outcome.IMPORTED, "g1.bin": Outcome.IMPORTED, "g2.bin": Outcome.IMPORTED,
        "t.bin": Outcome.FAILED, "w.bin": Outcome.FAILED, "x.bin": Outcome.FAILED}
    assert {results[n].code for n in ("t.bin", "w.bin", "x.bin")} == {"open.failed"}
    assert isinstance(results["t.bin"].error, PayloadTampered)
    assert isinstance(results["w.bin"].error, NoMatchingKey)
    assert isinstance(results["x.bin"].error, NotASealedReport)


def _jobs(sealed: list[bytes]) -> list[Job]:
    return [Job(data) for data in sealed]


def test_a_dead_worker_loses_nothing(tmp_path: Path, team: Team,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_workers, "PROCESS_THRESHOLD", 1)
    sealed = [seal(team[1], f"r{i}") for i in range(6)]
    with Verifier(team[0].encryption_keys, 100) as verifier:
        pool = verifier._process_pool()
        assert pool is not None
        assert pool.submit(os.getpid).result() != os.getpid()  # the workers are running
        for pid in list(pool._processes):  # type: ignore[attr-defined]
            os.kill(pid, signal.SIGKILL)
        first = verifier.submit(_jobs(sealed[:3]))
        outcomes = verifier.outcomes(first, _jobs(sealed[:3]))
        later = verifier.submit(_jobs(sealed[3:]))
        outcomes += verifier.outcomes(later, _jobs(sealed[3:]))
    assert all(isinstance(o, Verified) for o in outcomes)
    assert [o.entry.title for o in outcomes if isinstance(o, Verified)] == [
        f"r{i}" for i in range(6)]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux-only")
def test_worker_processes_cannot_dump_core(team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_workers, "PROCESS_THRESHOLD", 1)
    with Verifier(team[0].encryption_keys, 100) as verifier:
        pool = verifier._process_pool()
        assert pool is not None
        assert pool.submit(is_dumpable).result() is False
        assert pool.submit(resource.getrlimit, resource.RLIMIT_CORE).result() == (0, 0)


def test_few_reports_do_not_start_processes(tmp_path: Path, team: Team) -> None:
    with Verifier(team[0].encryption_keys, import_workers.PROCESS_THRESHOLD - 1) as verifier:
        assert verifier._process_pool() is None
    with Verifier(team[0].encryption_keys, import_workers.PROCESS_THRESHOLD) as verifier:
        big = Job(b"\x01" * (import_workers.SMALL_JOB_BYTES + 1))
        future = verifier.submit([big])
        assert not verifier._processes_tried  # large reports stay in this process's threads
        assert isinstance(verifier.outcomes(future, [big])[0], NotASealedReport)


def test_job_and_result_reprs_carry_no_content(team: Team) -> None:
    data = seal(team[1], "secret title")
    job = Job(data, sha256=hashlib.sha256(data).hexdigest())
    outcome = import_workers.verify(job, team[0].encryption_keys)
    assert "secret" not in repr(job) and "secret" not in repr(outcome)
    assert data.hex()[:40] not in repr(job)


def test_import_items_of_one_file_uses_no_process(tmp_path: Path, team: Team,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    write_reports(tmp_path, team[1], ["only"])

    def no_processes(*args: object, **kwargs: object) -> None:
        raise AssertionError("a process pool for one report")

    monkeypatch.setattr(import_workers, "ProcessPoolExecutor", no_processes)
    with ModeratorStore.open(paths_of(tmp_path), team[0]) as store:
        summary = import_items(store, [item_from_file(tmp_path / "only.bin")])
    assert summary.results[0].outcome is Outcome.IMPORTED
