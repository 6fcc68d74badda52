"""crypto.vault_format: the vault key file, blobs and streamed files, including forgeries."""

from __future__ import annotations

import hashlib
import io

import pytest

from crypto import primitives
from crypto import vault_format as vf
from crypto.keyfile import CHEAP_FOR_TESTS_ONLY, WEAK_KDF_FOR_TESTS_ONLY, KdfParams

C = vf.STREAM_CHUNK_BYTES
KEY = bytes(range(32))
AD = b"draft 1 attachment 2"


def _encrypt(plain: bytes, key: bytes = KEY, ad: bytes = AD) -> bytes:
    sink = io.BytesIO()
    assert vf.encrypt_stream(key, io.BytesIO(plain), sink, ad) == len(plain)
    return sink.getvalue()


def _decrypt(data: bytes, key: bytes = KEY, ad: bytes = AD) -> bytes:
    sink = io.BytesIO()
    vf.decrypt_stream(key, io.BytesIO(data), sink, ad)
    return sink.getvalue()


def _forge(chunks: list[tuple[bytes, int]], key: bytes = KEY, ad: bytes = AD) -> bytes:
    """A streamed file pushed chunk by chunk with any tags, with the right key."""
    pusher = primitives.StreamPusher(key)
    full_ad = vf._STREAM_LABEL + bytes([vf.VERSION]) + ad
    out = bytearray(bytes([vf.VERSION]) + pusher.header)
    for message, tag in chunks:
        buffer = bytearray(len(message) + primitives.STREAM_ABYTES)
        pusher.push_into(memoryview(buffer), memoryview(message), full_ad, tag)
        out += buffer
    return bytes(out)


# --- streamed files ------------------------------------------------------------------------------

@pytest.mark.parametrize("size", [0, 1, C - 1, C, C + 1, 2 * C, 3 * C + 5])
def test_stream_round_trip_at_boundaries(size: int) -> None:
    plain = primitives.random_bytes(size)
    data = _encrypt(plain)
    assert len(data) == vf.stream_ciphertext_length(size)
    assert _decrypt(data) == plain


def test_stream_reader_hands_out_small_reads() -> None:
    plain = primitives.random_bytes(2 * C + 3)
    reader = vf.StreamReader(KEY, io.BytesIO(_encrypt(plain)), AD)
    buffer = memoryview(bytearray(1000))
    got = bytearray()
    while n := reader.readinto(buffer):
        got += buffer[:n]
    assert bytes(got) == plain


@pytest.mark.parametrize("size", [C, 2 * C, 3 * C + 5])
def test_truncation_at_every_chunk_boundary_is_typed(size: int) -> None:
    data = _encrypt(primitives.random_bytes(size))
    for cut in range(vf.STREAM_PREFIX_BYTES, len(data), vf.STREAM_CHUNK_CT_BYTES):
        with pytest.raises(vf.StreamTruncated):
            _decrypt(data[:cut])


@pytest.mark.parametrize("cut", [0, 1, vf.STREAM_PREFIX_BYTES - 1, vf.STREAM_PREFIX_BYTES + 1,
                                 vf.STREAM_PREFIX_BYTES + 16])
def test_truncation_inside_header_or_chunk(cut: int) -> None:
    data = _encrypt(b"x" * 100)
    with pytest.raises(vf.StreamCorrupt):
        _decrypt(data[:cut])


@pytest.mark.parametrize("size", [0, 5, C, 2 * C])
@pytest.mark.parametrize("extra", [1, 17, vf.STREAM_CHUNK_CT_BYTES])
def test_bytes_after_final_are_rejected(size: int, extra: int) -> None:
    data = _encrypt(primitives.random_bytes(size))
    with pytest.raises(vf.StreamCorrupt) as caught:
        _decrypt(data + primitives.random_bytes(extra))
    if size in (C, 2 * C):  # the FINAL chunk is full: the extra bytes are seen as trailing data
        assert isinstance(caught.value, vf.StreamTrailing)


def test_appended_valid_chunk_after_final_is_trailing() -> None:
    pieces = [(b"a" * C, primitives.TAG_FINAL), (b"b" * 10, primitives.TAG_MESSAGE)]
    with pytest.raises(vf.StreamTrailing):
        _decrypt(_forge(pieces))


def test_every_byte_flipped_in_small_stream_is_rejected() -> None:
    data = _encrypt(b"secret draft attachment")
    for index in range(len(data)):
        mutated = bytearray(data)
        mutated[index] ^= 0x01
        with pytest.raises(vf.StreamCorrupt):
            _decrypt(bytes(mutated))


def test_flips_in_first_middle_last_chunk() -> None:
    data = _encrypt(primitives.random_bytes(3 * C + 7))
    step = vf.STREAM_CHUNK_CT_BYTES
    for offset in (vf.STREAM_PREFIX_BYTES + 3, vf.STREAM_PREFIX_BYTES + step + 100,
                   len(data) - 1):
        mutated = bytearray(data)
        mutated[offset] ^= 0x80
        with pytest.raises(vf.StreamCorrupt):
            _decrypt(bytes(mutated))


def test_wrong_key_or_associated_data_is_rejected() -> None:
    data = _encrypt(b"hello")
    with pytest.raises(vf.StreamCorrupt):
        _decrypt(data, key=bytes(32))
    with pytest.raises(vf.StreamCorrupt):
        _decrypt(data, ad=b"draft 1 attachment 3")


def test_chunks_swapped_or_duplicated_are_rejected() -> None:
    data = _encrypt(primitives.random_bytes(3 * C + 1))
    p, s = vf.STREAM_PREFIX_BYTES, vf.STREAM_CHUNK_CT_BYTES
    first, second = data[p:p + s], data[p + s:p + 2 * s]
    for body in (second + first + data[p + 2 * s:], first + first + data[p + s:],
                 first + data[p + 2 * s:]):
        with pytest.raises(vf.StreamCorrupt):
            _decrypt(data[:p] + body)


@pytest.mark.parametrize("chunks", [
    [(b"short", primitives.TAG_MESSAGE), (b"x", primitives.TAG_FINAL)],
    [(b"a" * C, primitives.TAG_MESSAGE), (b"", primitives.TAG_FINAL)],
    [(b"a" * C, primitives.TAG_FINAL), (b"b", primitives.TAG_FINAL)],
    [(b"a" * C, primitives.TAG_MESSAGE)],
    [(b"a", 1)],  # TAG_PUSH
    [(b"a" * C, 2), (b"b", primitives.TAG_FINAL)],  # TAG_REKEY
])
def test_forgeries_with_the_right_key_are_rejected(chunks: list[tuple[bytes, int]]) -> None:
    with pytest.raises(vf.StreamCorrupt):
        _decrypt(_forge(chunks))


def test_forged_empty_final_only_is_the_empty_file() -> None:
    assert _decrypt(_forge([(b"", primitives.TAG_FINAL)])) == b""


def test_unknown_stream_version() -> None:
    data = bytearray(_encrypt(b"x"))
    data[0] = 2
    with pytest.raises(vf.StreamCorrupt):
        _decrypt(bytes(data))


# --- blobs ---------------------------------------------------------------------------------------

def test_blob_round_trip_and_every_bit_flip() -> None:
    blob = vf.wrap_blob(KEY, b"per-draft key material", AD)
    assert vf.unwrap_blob(KEY, blob, AD) == b"per-draft key material"
    for index in range(len(blob)):
        for bit in range(8):
            mutated = bytearray(blob)
            mutated[index] ^= 1 << bit
            with pytest.raises(vf.BlobCorrupt):
                vf.unwrap_blob(KEY, bytes(mutated), AD)


@pytest.mark.parametrize("blob", [b"", b"\x01", b"\x01" + bytes(39), b"\x02" + bytes(60)])
def test_short_or_unknown_blobs(blob: bytes) -> None:
    with pytest.raises(vf.BlobCorrupt):
        vf.unwrap_blob(KEY, blob, AD)


def test_blob_bound_to_associated_data() -> None:
    blob = vf.wrap_blob(KEY, b"x", b"draft a")
    with pytest.raises(vf.BlobCorrupt):
        vf.unwrap_blob(KEY, blob, b"draft b")


# --- vault key file ------------------------------------------------------------------------------

def _key_file(keyring: bool = False) -> tuple[vf.VaultKeyFile, bytes]:
    vault_key = primitives.random_bytes(32)
    file = vf.wrap_with_passphrase(vault_key, "pass phrase", CHEAP_FOR_TESTS_ONLY,
                                   WEAK_KDF_FOR_TESTS_ONLY)
    if keyring:
        file = vf.with_keyring_wrap(file, vault_key, KEY, bytes(16))
    return file, vault_key


def test_key_file_layout_and_sizes() -> None:
    plain, _ = _key_file()
    data = plain.to_bytes()
    assert len(data) == vf.PLAIN_FILE_BYTES == 139
    assert data[:6] == b"SNVK\x01\x00" and data[6] == vf.KDF_ARGON2ID
    assert int.from_bytes(data[7:11], "big") == CHEAP_FOR_TESTS_ONLY.opslimit
    assert int.from_bytes(data[11:19], "big") == CHEAP_FOR_TESTS_ONLY.memlimit
    assert data[-32:] == hashlib.sha256(data[:-32]).digest()
    with_keyring, _ = _key_file(keyring=True)
    assert len(with_keyring.to_bytes()) == vf.KEYRING_FILE_BYTES == 227
    assert vf.VaultKeyFile.parse(with_keyring.to_bytes()) == with_keyring


def test_each_wrap_opens_independently() -> None:
    file, vault_key = _key_file(keyring=True)
    parsed = vf.VaultKeyFile.parse(file.to_bytes())
    assert vf.open_with_passphrase(parsed, "pass phrase", WEAK_KDF_FOR_TESTS_ONLY) == vault_key
    assert vf.open_with_keyring_key(parsed, KEY) == vault_key
    rewrapped = vf.wrap_with_passphrase(vault_key, "new", CHEAP_FOR_TESTS_ONLY,
                                        WEAK_KDF_FOR_TESTS_ONLY, parsed.keyring)
    assert vf.open_with_keyring_key(rewrapped, KEY) == vault_key
    with pytest.raises(vf.WrongKeyringKey):
        vf.open_with_keyring_key(parsed, bytes(32))


def test_parse_rejects_wrong_lengths_and_flags() -> None:
    data = _key_file()[0].to_bytes()
    for bad in (b"", data[:5], data[:-1], data + b"\x00", b"XXXX" + data[4:]):
        with pytest.raises(vf.VaultCorrupt):
            vf.VaultKeyFile.parse(bad)
    with pytest.raises(vf.VaultUnsupported):
        vf.VaultKeyFile.parse(data[:4] + b"\x02" + data[5:])
    flagged = bytearray(data)
    flagged[5] = 0x02
    with pytest.raises(vf.VaultCorrupt):
        vf.VaultKeyFile.parse(bytes(flagged))


def test_refused_params_never_reach_argon2id(monkeypatch: pytest.MonkeyPatch) -> None:
    good = _key_file()[0]

    def boom(*_: object) -> bytes:
        raise AssertionError("Argon2id must not run")

    monkeypatch.setattr(primitives, "argon2id_derive", boom)
    for params in (KdfParams(11, 8192), KdfParams(1, (1 << 30) + 1), KdfParams(0, 8192),
                   KdfParams(1 << 31, 1 << 62)):
        file = vf.VaultKeyFile(params, bytes(16), bytes(24), bytes(48))
        with pytest.raises(vf.VaultKdfRefused):
            vf.open_with_passphrase(file, "pw", WEAK_KDF_FOR_TESTS_ONLY)
    with pytest.raises(vf.EmptyPassphrase):
        vf.open_with_passphrase(good, "", WEAK_KDF_FOR_TESTS_ONLY)


def _opens(parsed: vf.VaultKeyFile, vault_key: bytes) -> list[bool]:
    """Which of the file's wraps still give the vault key: [passphrase(, keyring)]."""
    opened = []
    for use_keyring in (False, True) if parsed.keyring else (False,):
        try:
            key = (vf.open_with_keyring_key(parsed, KEY) if use_keyring else
                   vf.open_with_passphrase(parsed, "pass phrase", WEAK_KDF_FOR_TESTS_ONLY))
            opened.append(key == vault_key)
        except (vf.WrongPassphrase, vf.WrongKeyringKey, vf.VaultKdfRefused):
            opened.append(False)
    return opened


@pytest.mark.parametrize("keyring", [False, True])
def test_every_bit_flip_is_caught_by_parse_or_a_wrap(keyring: bool,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id is replaced by a fast stand-in (memlimit flips would ask for up to 1 GiB)."""
    monkeypatch.setattr(primitives, "argon2id_derive",
                        lambda p, s, o, m: hashlib.blake2b(p + s + bytes([o % 256]) +
                                                           m.to_bytes(8, "big"),
                                                           digest_size=32).digest())
    file, vault_key = _key_file(keyring)
    data = file.to_bytes()
    for index in range(len(data)):
        for bit in range(8):
            mutated = bytearray(data)
            mutated[index] ^= 1 << bit
            with pytest.raises((vf.VaultCorrupt, vf.VaultUnsupported)):
                vf.VaultKeyFile.parse(bytes(mutated))
            if index >= len(data) - 32:
                continue
            body = bytes(mutated[:-32])
            try:  # an attacker recomputes the checksum: the wraps must still catch it
                parsed = vf.VaultKeyFile.parse(body + hashlib.sha256(body).digest())
            except (vf.VaultCorrupt, vf.VaultUnsupported):
                continue
            assert not all(_opens(parsed, vault_key)), (index, bit)
