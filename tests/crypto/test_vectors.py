"""The frozen test vectors in tests/vectors/ (see its README.md and docs/FORMAT.md).

Table-driven over tests/vectors/vectors.json: every success vector opens and yields exactly the
listed values; every failure vector raises exactly the listed error class (not a subclass, not a
parent). The generator must reproduce the frozen files byte for byte.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import io
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from crypto import armor, card, errors, keyfile, primitives
from crypto.header import HEADER_BYTES
from crypto.inner import AttachmentEntry
from crypto.keys import SecretKey
from crypto.padding import is_bucket_length
from crypto.sealed_report import inspect_report, open_report
from crypto.stream import sealed_payload_length

VECTORS_DIR = Path(__file__).resolve().parents[1] / "vectors"
DOCUMENT: dict[str, Any] = json.loads((VECTORS_DIR / "vectors.json").read_text("ascii"))
VECTORS: list[dict[str, Any]] = DOCUMENT["vectors"]
LONG_FIELD_CHARS = 1000
POLICIES = {"production": keyfile.PRODUCTION_KDF, "tests-only": keyfile.WEAK_KDF_FOR_TESTS_ONLY}
KINDS = ("report", "card", "keyfile", "armor", "parts")
NOT_VECTOR_FILES = {"generate.py", "README.md", "vectors.json"}


def _of_kind(kind: str) -> list[Any]:
    return [pytest.param(v, id=v["name"]) for v in VECTORS if v["kind"] == kind]


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read(rel: str, sha256: str) -> bytes:
    data = (VECTORS_DIR / rel).read_bytes()
    assert _sha(data) == sha256, f"frozen file {rel} was changed"
    return data


def _data(entry: dict[str, Any]) -> bytes:
    data = _read(entry["file"], entry["file_sha256"])
    return data[:entry["truncate_to"]] if "truncate_to" in entry else data


def _texts(entry: dict[str, Any]) -> list[str]:
    if "files" in entry:
        return [_read(f, s).decode("utf-8")
                for f, s in zip(entry["files"], entry["files_sha256"], strict=True)]
    return [_data(entry).decode("utf-8")]


def _error_class(entry: dict[str, Any]) -> type[errors.SealnoteCryptoError]:
    cls = getattr(errors, entry["expect"])
    assert isinstance(cls, type) and issubclass(cls, errors.SealnoteCryptoError)
    return cls


def _raises_exactly(entry: dict[str, Any], action: Any) -> BaseException:
    cls = _error_class(entry)
    with pytest.raises(cls) as info:
        action()
    assert type(info.value) is cls, f"{type(info.value).__name__}: {info.value}"
    return info.value


def _expected_manifest(doc: dict[str, Any]) -> dict[str, Any]:
    fields = {k: v if len(v) <= LONG_FIELD_CHARS else
              {"chars": len(v), "sha256": _sha(v.encode("utf-8"))}
              for k, v in doc["fields"].items()}
    return {**doc, "fields": fields}


# --- Reports ---------------------------------------------------------------------------------

class _Sinks:
    """Collects attachment bytes in memory; on failure the caller just drops them."""

    def __init__(self) -> None:
        self.opened: list[tuple[AttachmentEntry, io.BytesIO]] = []

    def __call__(self, index: int, entry: AttachmentEntry) -> io.BytesIO:
        assert index == len(self.opened)
        self.opened.append((entry, io.BytesIO()))
        return self.opened[-1][1]


@pytest.mark.parametrize("entry", _of_kind("report"))
def test_report_vector(entry: dict[str, Any]) -> None:
    data = _data(entry)
    keys = [SecretKey.decode(k) for k in entry["keys"]]
    sinks = _Sinks()
    if entry["expect"] != "success":
        error = _raises_exactly(entry, lambda: open_report(io.BytesIO(data), keys, sinks))
        assert isinstance(error, errors.OpenError)
        return
    content = open_report(io.BytesIO(data), keys, sinks)
    assert content.report_id.hex() == entry["report_id"]
    assert _expected_manifest(json.loads(content.manifest.to_bytes())) == entry["manifest"]
    assert [e for e, _ in sinks.opened] == list(content.manifest.attachments)
    assert [_sha(s.getvalue()) for _, s in sinks.opened] == entry["attachment_sha256"]
    assert len(data) == entry["file_length"]
    assert len(data) == HEADER_BYTES + sealed_payload_length(content.total_length)
    assert is_bucket_length(content.manifest.content_length(), content.total_length)


def _hkdf(file_key: bytes, info: bytes) -> bytes:
    """HKDF-SHA-256 as docs/FORMAT.md states it (32 zero bytes of salt, one output block)."""
    prk = hmac.new(bytes(32), file_key, hashlib.sha256).digest()
    return hmac.new(prk, info + b"\x01", hashlib.sha256).digest()


@pytest.mark.parametrize("entry", [p for p in _of_kind("report")
                                   if "intermediate" in p.values[0]])
def test_report_intermediate_values(entry: dict[str, Any]) -> None:
    data, steps = _data(entry), entry["intermediate"]
    (key,) = [SecretKey.decode(k) for k in entry["keys"]]
    slot = data[2 + 80 * steps["slot_index"]:2 + 80 * (steps["slot_index"] + 1)]
    file_key = bytes.fromhex(steps["file_key"])
    assert primitives.open_file_key(slot, key.public.raw, key.raw) == file_key
    assert _hkdf(file_key, b"sealnote v1 header mac").hex() == steps["mac_key"]
    assert hmac.new(bytes.fromhex(steps["mac_key"]), data[:642],
                    hashlib.sha256).hexdigest() == steps["header_mac"] == data[642:674].hex()
    count = len(steps["segment_keys"])
    for index, (seg_key, stream_header) in enumerate(zip(steps["segment_keys"],
                                                         steps["stream_headers"], strict=True)):
        info = b"sealnote v1 segment" + index.to_bytes(8, "big") + bytes([index == count - 1])
        assert _hkdf(file_key, info).hex() == seg_key
        start = 674 + index * (24 + 64 * (65536 + 17))
        assert data[start:start + 24].hex() == stream_header


def _vector(name: str) -> dict[str, Any]:
    (entry,) = (v for v in VECTORS if v["name"] == name)
    return entry


def test_one_byte_and_900k_text_reports_have_the_same_size() -> None:
    small, large = _vector("ok-text-standard-1-byte"), _vector("ok-text-standard-900k")
    assert small["file_length"] == large["file_length"] == 1_049_546
    assert len(_data(small)) == len(_data(large))


def test_multisegment_vector_has_two_segments() -> None:
    outline = inspect_report(io.BytesIO(_data(_vector("ok-multisegment"))))
    assert outline.segments == 2
    assert outline.file_length == 674 + 24 + 64 * (65536 + 17) + 24 + 2 * (65536 + 17)


# --- Cards -----------------------------------------------------------------------------------

def _card_summary(c: card.TeamCard) -> dict[str, Any]:
    return {"team": c.team, "identity": c.identity.encode(), "fingerprint": c.fingerprint,
            "moderators": [m.encode() for m in c.moderators],
            "created": c.created.isoformat(), "expires": c.expires.isoformat(),
            "previous_identity": c.previous_identity.encode() if c.previous_identity else None,
            "demo": c.demo}


@pytest.mark.parametrize("entry", _of_kind("card"))
def test_card_vector(entry: dict[str, Any]) -> None:
    (text,) = _texts(entry)
    today = dt.date.fromisoformat(entry["check_date"])
    if entry["expect"] != "success":
        _raises_exactly(entry, lambda: card.load_trusted_card(text, today))
        return
    parsed = card.load_trusted_card(text, today)
    assert _card_summary(parsed) == entry["card"]
    if "trusted_card" in entry:
        trusted = card.parse_card(_read(entry["trusted_card"],
                                        entry["trusted_card_sha256"]).decode())
        assert parsed.is_rotation_of(trusted) is entry["is_rotation"]


def test_fingerprint_layout() -> None:
    """Six 5-byte big-endian windows of SHA-256("sealnote fingerprint v1" || identity)."""
    entry = _vector("card-a")
    identity = card.parse_card(_texts(entry)[0]).identity
    digest = hashlib.sha256(b"sealnote fingerprint v1" + identity.raw).digest()
    groups = [int.from_bytes(digest[5 * i:5 * i + 5], "big") % 100_000 for i in range(6)]
    assert entry["card"]["fingerprint"] == " ".join(f"{g:05d}" for g in groups)


# --- Key files -------------------------------------------------------------------------------

@pytest.mark.parametrize("entry", _of_kind("keyfile"))
def test_keyfile_vector(entry: dict[str, Any]) -> None:
    data = _data(entry)
    policy = POLICIES[entry["policy"]]
    if entry["expect"] != "success":
        _raises_exactly(entry, lambda: keyfile.open_key_file(data, entry["passphrase"], policy))
        return
    secrets = keyfile.open_key_file(data, entry["passphrase"], policy)
    expected = entry["secrets"]
    assert secrets.team == expected["team"]
    assert [k.public.encode() for k in secrets.encryption_keys] == expected["encryption_public"]
    assert [k.public.encode() for k in secrets.identity_keys] == expected["identity_public"]
    assert _sha(secrets.card_text.encode()) == expected["card_sha256"]
    if "intermediate" in entry:
        steps = entry["intermediate"]
        key = keyfile.derive_key(entry["passphrase"], data[18:34],
                                 keyfile.read_key_file_params(data), policy)
        assert key.hex() == steps["derived_key"]
        assert primitives.aead_decrypt(key, data[34:58], data[58:], data[:58]) == (
            steps["payload"].encode())


@pytest.mark.parametrize("entry", [p for p in _of_kind("keyfile")
                                   if p.values[0]["expect"] == "KdfParametersRefused"])
def test_refused_kdf_parameters_never_reach_argon2id(entry: dict[str, Any],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def spy(*args: object) -> bytes:
        calls.append(1)
        return bytes(32)

    monkeypatch.setattr(primitives, "argon2id_derive", spy)
    start = time.perf_counter()
    _raises_exactly(entry, lambda: keyfile.open_key_file(_data(entry), entry["passphrase"],
                                                         POLICIES[entry["policy"]]))
    assert calls == []
    assert time.perf_counter() - start < 0.1


# --- Armored text and parts ------------------------------------------------------------------

@pytest.mark.parametrize("entry", _of_kind("armor"))
def test_armor_vector(entry: dict[str, Any]) -> None:
    (text,) = _texts(entry)
    if entry["expect"] != "success":
        _raises_exactly(entry, lambda: armor.dearmor(text))
        return
    assert armor.dearmor(text) == (VECTORS_DIR / entry["sealed_file"]).read_bytes()


@pytest.mark.parametrize("entry", _of_kind("parts"))
def test_parts_vector(entry: dict[str, Any]) -> None:
    texts = _texts(entry)
    if entry["expect"] != "success":
        error = _raises_exactly(entry, lambda: armor.join_parts(texts))
        if isinstance(error, errors.MissingParts):
            assert (error.missing, error.total) == (entry["missing"], entry["total"])
        return
    assert armor.join_parts(texts) == (VECTORS_DIR / entry["sealed_file"]).read_bytes()


# --- The vector set itself -------------------------------------------------------------------

def test_vector_set_is_complete_and_consistent() -> None:
    names = [v["name"] for v in VECTORS]
    assert len(names) == len(set(names))
    assert {v["kind"] for v in VECTORS} == set(KINDS)
    for entry in VECTORS:
        if entry["expect"] != "success":
            _error_class(entry)
    expected_classes = {"NotASealedReport", "Truncated", "HeaderTampered", "NoMatchingKey",
                        "PayloadTampered", "TrailingData", "InnerFormatError", "CardError",
                        "CardExpired", "WrongPassphrase", "KdfParametersRefused", "KeyFileError",
                        "MissingParts", "ArmorError"}
    assert {v["expect"] for v in VECTORS} == expected_classes | {"success"}
    referenced = {f for v in VECTORS for f in [v.get("file"), v.get("trusted_card"),
                                                v.get("sealed_file"), *v.get("files", [])] if f}
    on_disk = {p.relative_to(VECTORS_DIR).as_posix() for p in VECTORS_DIR.rglob("*")
               if p.is_file() and p.name not in NOT_VECTOR_FILES and "__pycache__" not in p.parts}
    assert referenced == on_disk
    assert sum((VECTORS_DIR / f).stat().st_size for f in on_disk) < 9_000_000


def test_generator_reproduces_the_frozen_vectors(tmp_path: Path) -> None:
    out = tmp_path / "vectors"
    subprocess.run([sys.executable, str(VECTORS_DIR / "generate.py"), "--out", str(out)],
                   check=True, capture_output=True, timeout=300)
    generated = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*")
                 if p.is_file()}
    frozen = {p.relative_to(VECTORS_DIR).as_posix(): p.read_bytes()
              for p in VECTORS_DIR.rglob("*") if p.is_file()
              and p.name not in {"generate.py", "README.md"} and "__pycache__" not in p.parts}
    assert sorted(generated) == sorted(frozen)
    for name, data in frozen.items():
        assert generated[name] == data, f"{name} differs from the generator's output"
