"""app.drafts: encrypted drafts, streamed attachments, deletion order, damage, RAM-only."""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import stat
import tracemalloc
from pathlib import Path

import pytest

import app.drafts as drafts_module
from app.attachments import PreparedAttachment, prepare_attachment
from app.demo_team import demo_card, demo_moderator_keys
from app.drafts import DraftAttachment, DraftStore
from app.errors import AppError
from app.image_metadata import MetadataVerdict
from app.paths import AppPaths
from app.report import ConcernForm
from app.sealing import SealRequest, seal_to_bytes
from app.vault import Vault
from crypto.errors import Cancelled
from crypto.keyfile import CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY
from crypto.sealed_report import open_report

CANARY = "Canary-7f3a9e-Zebra"
PASS = "draft tests passphrase"


def _form(text: str = "What happened, in detail.") -> ConcernForm:
    return ConcernForm({"title": f"Arrest {CANARY}", "category": "arrest",
                        "what_happened": text, "safe_now": "unsure", "consent": "team_only",
                        "urgency": "high"})


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "root")


@pytest.fixture
def vault(paths: AppPaths) -> Vault:
    return Vault.create(paths, PASS, CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY)


@pytest.fixture
def store(paths: AppPaths, vault: Vault) -> DraftStore:
    return DraftStore(paths, vault)


def _code(call: object, *args: object) -> str:
    with pytest.raises(AppError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value.code


def _cleaned(data: bytes, name: str = "photo.jpg",
             removed: tuple[str, ...] = ("exif_gps",)) -> PreparedAttachment:
    return PreparedAttachment(name, len(data), "image/jpeg", MetadataVerdict.CLEANED, removed,
                              Path("/nonexistent"), data)


def test_english_metadata_names_of_older_drafts_load_as_codes(store: DraftStore) -> None:
    """Drafts saved before the codes existed hold English names; they load as codes."""
    draft_id = store.new_draft_id()
    old = store.add_attachment(draft_id, _cleaned(b"x", removed=(
        "EXIF (incl. GPS)", "JPEG comment", "APP12 segment", "PNG chunk teXt")))
    store.save(draft_id, _form(), [old])
    assert store.load(draft_id).attachments[0].removed == ("exif_gps", "comment", "app_data",
                                                          "unknown")


def _read_all(reader: object) -> bytes:
    out = bytearray()
    buffer = memoryview(bytearray(1 << 16))
    while n := reader.readinto(buffer):  # type: ignore[attr-defined]
        out += buffer[:n]
    getattr(reader, "close", lambda: None)()
    return bytes(out)


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_round_trip_with_attachments(store: DraftStore, paths: AppPaths, tmp_path: Path) -> None:
    source = tmp_path / f"{CANARY}.pdf"
    source.write_bytes(CANARY.encode() * 5000)
    draft_id = store.new_draft_id()
    kept = store.add_attachment(draft_id, prepare_attachment(source)[0], keep_original=True)
    clean = store.add_attachment(draft_id, _cleaned(CANARY.encode() * 3))
    store.save(draft_id, _form(), [kept, clean], own_username="Editor " + CANARY)
    loaded = store.load(draft_id)
    assert loaded.form.values == _form().values
    assert loaded.own_username == "Editor " + CANARY
    assert loaded.attachments == [kept, clean]
    assert kept.keep_original and kept.name == f"{CANARY}.pdf"
    assert kept.size == source.stat().st_size
    assert clean.verdict == "cleaned" and clean.removed == ("exif_gps",)
    assert _read_all(store.open_attachment(draft_id, kept)) == source.read_bytes()
    assert _read_all(store.open_attachment(draft_id, clean)) == CANARY.encode() * 3
    assert [info.draft_id for info in store.list_drafts()] == [draft_id]
    everything = _all_bytes(paths.data)
    for encoding in ("ascii", "utf-8", "utf-16-le"):
        assert CANARY.encode(encoding) not in everything
    names = [p.relative_to(paths.data).as_posix() for p in paths.data.rglob("*")]
    allowed = re.compile(r"^(vault-key|drafts(/[0-9a-f]{32}(\.key|/doc|/[0-9a-f]{32})?)?)$")
    assert all(allowed.match(n) for n in names), names
    for path in paths.data.rglob("*"):
        expected = 0o700 if path.is_dir() else 0o600
        assert stat.S_IMODE(path.stat().st_mode) == expected, path


def test_twenty_megabyte_attachment_streams_in_bounded_memory(store: DraftStore,
                                                              tmp_path: Path) -> None:
    source = tmp_path / "video.mp4"
    digest = hashlib.sha256()
    with open(source, "wb") as handle:
        for _ in range(20):
            block = os.urandom(1 << 20)
            digest.update(block)
            handle.write(block)
    prepared = prepare_attachment(source)[0]
    draft_id = store.new_draft_id()
    tracemalloc.start()
    try:
        attachment = store.add_attachment(draft_id, prepared)
        store.save(draft_id, _form(), [attachment])
        reader = store.open_attachment(store.load(draft_id).draft_id, attachment)
        check = hashlib.sha256()
        buffer = memoryview(bytearray(1 << 16))
        while n := reader.readinto(buffer):
            check.update(buffer[:n])
        getattr(reader, "close", lambda: None)()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert check.digest() == digest.digest()
    assert attachment.size == 20 << 20
    assert peak < 8 << 20, f"peak {peak} bytes"


def test_delete_destroys_the_key_first(store: DraftStore, paths: AppPaths, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    draft_id = store.new_draft_id()
    attachment = store.add_attachment(draft_id, _cleaned(b"evidence"))
    store.save(draft_id, _form(), [attachment])
    content = paths.data / "drafts" / draft_id
    copy = tmp_path / "copy"
    shutil.copytree(content, copy)
    store.delete(draft_id)
    assert not content.exists() and store.list_drafts() == []
    shutil.copytree(copy, content)  # someone restores the content from a copy
    assert _code(store.load, draft_id) == "draft.not_found"
    assert _code(store.open_attachment, draft_id, attachment) == "draft.not_found"
    # An interrupted delete (content removal fails) still leaves nothing decryptable.
    other = store.new_draft_id()
    store.save(other, _form())

    def fail(_: Path) -> None:
        raise OSError("device went away")

    monkeypatch.setattr(drafts_module, "remove_tree", fail)
    assert _code(store.delete, other) == "draft.delete_failed"
    assert not (paths.data / "drafts" / f"{other}.key").exists()
    assert (paths.data / "drafts" / other / "doc").exists()
    assert _code(store.load, other) == "draft.not_found"


@pytest.mark.parametrize("target", ["doc", "key", "attachment"])
def test_bit_flipped_draft_is_a_clear_error(store: DraftStore, paths: AppPaths,
                                            target: str) -> None:
    draft_id = store.new_draft_id()
    attachment = store.add_attachment(draft_id, _cleaned(b"a" * 70_000))
    store.save(draft_id, _form(), [attachment])
    folder = paths.data / "drafts"
    path = {"doc": folder / draft_id / "doc", "key": folder / f"{draft_id}.key",
            "attachment": folder / draft_id / attachment.blob_id}[target]
    original = path.read_bytes()
    for offset in (0, 1, len(original) // 2, len(original) - 1):
        mutated = bytearray(original)
        mutated[offset] ^= 0x10
        path.write_bytes(bytes(mutated))
        if target == "attachment":
            assert _code(lambda: _read_all(store.open_attachment(draft_id, attachment))) == \
                "draft.corrupt"
        else:
            assert _code(store.load, draft_id) == "draft.corrupt"
    path.write_bytes(original[:-1])
    call = (lambda: _read_all(store.open_attachment(draft_id, attachment))) \
        if target == "attachment" else (lambda: store.load(draft_id))
    assert _code(call) == "draft.corrupt"


def test_drafts_are_bound_to_their_place(store: DraftStore, paths: AppPaths) -> None:
    a, b = store.new_draft_id(), store.new_draft_id()
    store.save(a, _form("A"))
    store.save(b, _form("B"))
    folder = paths.data / "drafts"
    (folder / b / "doc").write_bytes((folder / a / "doc").read_bytes())
    assert _code(store.load, b) == "draft.corrupt"
    (folder / f"{b}.key").write_bytes((folder / f"{a}.key").read_bytes())
    assert _code(store.load, b) == "draft.corrupt"


def test_save_replaces_and_drops_removed_attachments(store: DraftStore, paths: AppPaths) -> None:
    draft_id = store.new_draft_id()
    one = store.add_attachment(draft_id, _cleaned(b"1"))
    two = store.add_attachment(draft_id, _cleaned(b"2"))
    store.save(draft_id, _form("first"), [one, two])
    store.save(draft_id, _form("second"), [two])
    loaded = store.load(draft_id)
    assert loaded.form.get("what_happened") == "second" and loaded.attachments == [two]
    assert not (paths.data / "drafts" / draft_id / one.blob_id).exists()
    assert (paths.data / "drafts" / draft_id / two.blob_id).exists()


def test_clean_stale_files(store: DraftStore, paths: AppPaths) -> None:
    keep = store.new_draft_id()
    used = store.add_attachment(keep, _cleaned(b"kept"))
    unused = store.add_attachment(keep, _cleaned(b"never saved"))
    store.save(keep, _form(), [used])
    folder = paths.data / "drafts"
    (folder / ".0123456789abcdef.partial").write_bytes(b"ciphertext")
    (folder / keep / ".fedcba9876543210.partial").write_bytes(b"ciphertext")
    half_created = store.new_draft_id()
    store.add_attachment(half_created, _cleaned(b"x"))  # key + blob, no doc yet
    orphan = folder / ("ab" * 16)
    orphan.mkdir()
    (orphan / "doc").write_bytes(b"no key for this")
    removed = store.clean_stale_temp_files()
    assert removed >= 5
    assert sorted(p.name for p in folder.iterdir()) == sorted([keep, f"{keep}.key"])
    assert half_created not in store.list_drafts()
    assert sorted(p.name for p in (folder / keep).iterdir()) == sorted(["doc", used.blob_id])
    assert not (folder / keep / unused.blob_id).exists()
    assert store.load(keep).attachments == [used]


def test_cleaning_never_drops_attachments_of_a_damaged_draft(store: DraftStore,
                                                             paths: AppPaths) -> None:
    draft_id = store.new_draft_id()
    attachment = store.add_attachment(draft_id, _cleaned(b"precious"))
    store.save(draft_id, _form(), [attachment])
    doc = paths.data / "drafts" / draft_id / "doc"
    doc.write_bytes(doc.read_bytes()[:-1])
    store.clean_stale_temp_files()
    assert (paths.data / "drafts" / draft_id / attachment.blob_id).exists()


def test_locked_vault_and_bad_ids(store: DraftStore, vault: Vault) -> None:
    draft_id = store.new_draft_id()
    store.save(draft_id, _form())
    for bad in ("../../etc", "A" * 32, "", draft_id + "0"):
        assert _code(store.load, bad) == "draft.not_found"
    vault.lock()
    assert _code(store.load, draft_id) == "vault.locked"
    assert _code(store.save, draft_id, _form()) == "vault.locked"


def test_cancelled_copy_leaves_nothing(store: DraftStore, paths: AppPaths,
                                       tmp_path: Path) -> None:
    source = tmp_path / "big.bin"
    source.write_bytes(os.urandom(1 << 20))
    draft_id = store.new_draft_id()
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        store.add_attachment(draft_id, prepare_attachment(source)[0],
                             should_cancel=lambda: next(calls) > 3)
    assert sorted(p.name for p in (paths.data / "drafts" / draft_id).iterdir()) == []


def test_ram_only_store_writes_nothing(tmp_path: Path) -> None:
    watched = [tmp_path.parent, Path(os.environ["HOME"])]
    before = [sorted(w.rglob("*")) for w in watched]
    source = tmp_path.parent / "outside.txt"
    vault = Vault.ram_only()
    store = DraftStore(None, vault)
    draft_id = store.new_draft_id()
    attachment = store.add_attachment(draft_id, _cleaned(b"in memory"))
    store.save(draft_id, _form(), [attachment], own_username="me")
    assert store.load(draft_id).own_username == "me"
    assert _read_all(store.open_attachment(draft_id, attachment)) == b"in memory"
    assert [i.draft_id for i in store.list_drafts()] == [draft_id]
    assert store.clean_stale_temp_files() == 0
    store.delete(draft_id)
    assert store.list_drafts() == []
    assert [sorted(w.rglob("*")) for w in watched] == before and not source.exists()
    other = store.new_draft_id()
    store.save(other, _form())
    vault.lock()
    assert _code(store.load, other) == "vault.locked"


def test_seal_straight_from_a_draft(store: DraftStore) -> None:
    """A stored attachment feeds app.sealing without any plaintext file."""
    draft_id = store.new_draft_id()
    blob = os.urandom(200_000)
    attachment = store.add_attachment(draft_id, _cleaned(blob))
    store.save(draft_id, _form(), [attachment])
    draft = store.load(draft_id)
    request = SealRequest(demo_card(), draft.form,
                          [store.prepared(draft_id, a) for a in draft.attachments],
                          demo_mode=True)
    sealed = seal_to_bytes(request)
    received: dict[int, io.BytesIO] = {}

    def sink(index: int, _entry: object) -> io.BytesIO:
        received[index] = io.BytesIO()
        return received[index]

    content = open_report(io.BytesIO(sealed), list(demo_moderator_keys()), sink)
    assert received[0].getvalue() == blob
    assert content.manifest.attachments[0].name == "photo.jpg"


def test_draft_attachment_repr_hides_the_name() -> None:
    item = DraftAttachment("0" * 32, CANARY, 1, "text/plain", "none")
    assert CANARY not in repr(item)
