"""Adversarial tests of the outer header (SECURITY.md, "Adversarial test plan": Outer header, Key
commitment). Every case asserts the exact OpenError subclass and that no attachment sink opened.
"""

from __future__ import annotations

import io
import os
import tempfile

import nacl.bindings
import pytest

from crypto import errors, primitives
from crypto.errors import (
    HeaderTampered,
    NoMatchingKey,
    NotASealedReport,
    OpenError,
    PayloadTampered,
    Truncated,
)
from crypto.header import HEADER_BYTES, SLOT_COUNT, build_header, parse_header
from crypto.keys import PublicKey, SecretKey
from crypto.sealed_report import inspect_report, open_report, read_header, unlock_header
from crypto.stream import seal_stream

SLOT = 80
PREFIX = 2 + SLOT_COUNT * SLOT
MAC_AT = PREFIX


def slot_range(i: int) -> range:
    return range(2 + i * SLOT, 2 + (i + 1) * SLOT)


def replace(data: bytes, start: int, new: bytes) -> bytes:
    return data[:start] + new + data[start + len(new):]


def get_slot(data: bytes, i: int) -> bytes:
    return data[2 + i * SLOT: 2 + (i + 1) * SLOT]


def put_slot(data: bytes, i: int, slot: bytes) -> bytes:
    assert len(slot) == SLOT
    return replace(data, 2 + i * SLOT, slot)


def assert_open_error(data: bytes, keys: list[SecretKey], expected: type[OpenError]) -> None:
    """open_report raises exactly ``expected`` and never opens an attachment sink."""
    opened: list[int] = []

    def open_sink(index: int, entry: object) -> io.BytesIO:
        opened.append(index)
        return io.BytesIO()

    with pytest.raises(OpenError) as info:
        open_report(io.BytesIO(data), keys, open_sink)
    assert type(info.value) is expected, (type(info.value), expected)
    assert opened == []


def test_control_small_report_opens(sealed_small, moderator, small_manifest, tools):
    opened = tools.open_bytes(sealed_small, [moderator])
    assert opened.manifest == small_manifest


def test_empty_file(moderator):
    assert_open_error(b"", [moderator], NotASealedReport)
    with pytest.raises(OpenError) as info:
        inspect_report(io.BytesIO(b""))
    assert type(info.value) is NotASealedReport


def test_cut_at_every_header_byte(sealed_small, moderator, tools):
    wrong = {}
    for cut in range(0, HEADER_BYTES + 1):
        expected = NotASealedReport if cut == 0 else Truncated
        got = tools.open_outcome(sealed_small[:cut], [moderator])
        if got is not expected:
            wrong[cut] = got
        try:
            read_header(io.BytesIO(sealed_small[:cut]))
        except OpenError as exc:
            if cut < HEADER_BYTES and type(exc) is not expected:
                wrong[("read_header", cut)] = type(exc)
        else:
            if cut < HEADER_BYTES:
                wrong[("read_header", cut)] = "parsed"
    assert wrong == {}


def test_cut_inside_header_is_truncated_for_inspect(sealed_small):
    for cut in (1, 2, 100, PREFIX, HEADER_BYTES - 1):
        with pytest.raises(OpenError) as info:
            inspect_report(io.BytesIO(sealed_small[:cut]))
        assert type(info.value) is Truncated


def test_unknown_version(sealed_small, moderator, tools):
    wrong = {}
    for version in range(256):
        if version == sealed_small[0]:
            continue
        data = bytes([version]) + sealed_small[1:]
        got = tools.open_outcome(data, [moderator])
        if got is not NotASealedReport:
            wrong[version] = got
        # even a one-byte file with a wrong version is "not a sealed report", not "truncated"
        if tools.open_outcome(bytes([version]), [moderator]) is not NotASealedReport:
            wrong[(version, "alone")] = True
    assert wrong == {}


def test_nonzero_flags(sealed_small, moderator, tools):
    assert sealed_small[1] == 0
    wrong = {}
    for flags in range(1, 256):
        data = sealed_small[:1] + bytes([flags]) + sealed_small[2:]
        for candidate in (data, data[:2], data[:HEADER_BYTES]):
            got = tools.open_outcome(candidate, [moderator])
            if got is not NotASealedReport:
                wrong[(flags, len(candidate))] = got
    assert wrong == {}


REGIONS = ["version", "flags", *[f"slot{i}" for i in range(SLOT_COUNT)], "mac"]


@pytest.mark.parametrize("region", REGIONS)
def test_every_header_bit_flipped(region, sealed_small, moderator, tools):
    """All 674*8 header bits: version/flags -> NotASealedReport; the moderator's own slot ->
    NoMatchingKey; any other slot or the MAC -> HeaderTampered."""
    mine = tools.moderator_slot(sealed_small, moderator)
    if region == "version":
        positions, expected = range(0, 1), NotASealedReport
    elif region == "flags":
        positions, expected = range(1, 2), NotASealedReport
    elif region == "mac":
        positions, expected = range(MAC_AT, HEADER_BYTES), HeaderTampered
    else:
        index = int(region[4:])
        positions = slot_range(index)
        expected = NoMatchingKey if index == mine else HeaderTampered
    wrong = {}
    for pos in positions:
        for bit in range(8):
            data = bytearray(sealed_small)
            data[pos] ^= 1 << bit
            got = tools.open_outcome(bytes(data), [moderator])
            if got is not expected:
                wrong[(pos, bit)] = got
    assert wrong == {}, f"{len(wrong)} flips gave the wrong outcome (expected {expected})"


def test_header_bit_flips_with_two_moderators(moderator, second_moderator, tools):
    """With a team of two, flipping the other moderator's slot is tampering for me."""
    data = tools.seal_bytes([moderator.public, second_moderator.public])
    mine = tools.moderator_slot(data, moderator)
    theirs = tools.moderator_slot(data, second_moderator)
    assert mine != theirs
    for index, expected in ((mine, NoMatchingKey), (theirs, HeaderTampered)):
        for pos in (slot_range(index)[0], slot_range(index)[31], slot_range(index)[32],
                    slot_range(index)[-1]):
            flipped = bytearray(data)
            flipped[pos] ^= 0x01
            assert tools.open_outcome(bytes(flipped), [moderator]) is expected
    # Both keys given: the flipped slot's owner falls back on nothing else, so the other slot
    # opens and the MAC catches the change.
    flipped = bytearray(data)
    flipped[slot_range(mine)[40]] ^= 0x80
    assert tools.open_outcome(bytes(flipped), [moderator, second_moderator]) is HeaderTampered


@pytest.mark.parametrize("how", ["flip_first", "flip_last", "zeroed", "all_ones", "from_other"])
def test_mac_altered(how, sealed_small, moderator, small_manifest, tools):
    mac = bytearray(sealed_small[MAC_AT:HEADER_BYTES])
    if how == "flip_first":
        mac[0] ^= 1
    elif how == "flip_last":
        mac[-1] ^= 0x80
    elif how == "zeroed":
        mac = bytearray(32)
    elif how == "all_ones":
        mac = bytearray(b"\xff" * 32)
    else:
        other = tools.seal_bytes([moderator.public], small_manifest)
        mac = bytearray(other[MAC_AT:HEADER_BYTES])
    assert_open_error(replace(sealed_small, MAC_AT, bytes(mac)), [moderator], HeaderTampered)


def test_mac_cut(sealed_small, moderator, tools):
    # The file ends inside the MAC: the header is incomplete.
    for keep in range(0, 32):
        assert tools.open_outcome(sealed_small[:MAC_AT + keep], [moderator]) is Truncated
    # The MAC is removed and the payload moves up: the reader takes payload bytes as the MAC.
    assert_open_error(sealed_small[:MAC_AT] + sealed_small[HEADER_BYTES:], [moderator],
                      HeaderTampered)
    # The MAC is cut short by 1 byte and the rest moves up.
    assert_open_error(sealed_small[:HEADER_BYTES - 1] + sealed_small[HEADER_BYTES:],
                      [moderator], HeaderTampered)


def test_slots_reordered(sealed_small, moderator, tools):
    slots = [get_slot(sealed_small, i) for i in range(SLOT_COUNT)]
    orders = [list(reversed(range(SLOT_COUNT))), [1, 2, 3, 4, 5, 6, 7, 0]]
    orders += [[j + 1 if j == i else j - 1 if j == i + 1 else j for j in range(SLOT_COUNT)]
               for i in range(SLOT_COUNT - 1)]
    for order in orders:
        data = sealed_small
        for position, source in enumerate(order):
            data = put_slot(data, position, slots[source])
        assert data != sealed_small
        assert_open_error(data, [moderator], HeaderTampered)


def test_slots_duplicated(sealed_small, moderator):
    mine = next(i for i in range(SLOT_COUNT)
                if _opens(get_slot(sealed_small, i), moderator))
    own = get_slot(sealed_small, mine)
    for other in range(SLOT_COUNT):
        if other == mine:
            continue
        # my slot copied over another one: my slot still opens, the MAC breaks
        assert_open_error(put_slot(sealed_small, other, own), [moderator], HeaderTampered)
        # another slot copied over mine: nothing opens for me
        assert_open_error(put_slot(sealed_small, mine, get_slot(sealed_small, other)),
                          [moderator], NoMatchingKey)


def _opens(slot: bytes, key: SecretKey) -> bool:
    try:
        primitives.open_file_key(slot, key.public.raw, key.raw)
    except primitives.PrimitiveFailure:
        return False
    return True


def test_slots_taken_from_another_file(sealed_small, moderator, small_manifest, tools):
    other = tools.seal_bytes([moderator.public], small_manifest)
    mine = tools.moderator_slot(sealed_small, moderator)
    theirs = tools.moderator_slot(other, moderator)
    # my slot from the other file: it opens (to the other file key) but the MAC does not verify
    assert_open_error(put_slot(sealed_small, mine, get_slot(other, theirs)), [moderator],
                      HeaderTampered)
    # a dummy slot from the other file
    dummy = next(i for i in range(SLOT_COUNT) if i != theirs)
    for position in range(SLOT_COUNT):
        if position != mine:
            assert_open_error(put_slot(sealed_small, position, get_slot(other, dummy)),
                              [moderator], HeaderTampered)
    # every slot from the other file but the MAC of this one
    data = other[:MAC_AT] + sealed_small[MAC_AT:]
    assert_open_error(data, [moderator], HeaderTampered)


def test_wrong_length_input(sealed_small, moderator, tools):
    # header complete, payload shorter than a stream header plus one authenticated byte
    for extra in range(0, 42):
        data = sealed_small[:HEADER_BYTES + extra]
        assert tools.open_outcome(data, [moderator]) is Truncated, extra


def test_wrong_length_slot_refused_before_opening(sealed_small, moderator):
    mine = next(i for i in range(SLOT_COUNT) if _opens(get_slot(sealed_small, i), moderator))
    slot = get_slot(sealed_small, mine)
    for bad in (slot[:79], slot + b"\x00", b"", slot[:32], slot * 2):
        with pytest.raises(primitives.PrimitiveFailure):
            primitives.open_file_key(bad, moderator.public.raw, moderator.raw)


def _small_order_points() -> list[bytes]:
    p = 2**255 - 19
    order8_a = 325606250916557431795983626356110631294008115727848805560023387167927233504
    order8_b = 39382357235489614581723060781553021112529911719440698176882885853963445705823
    values = [0, 1, order8_a, order8_b, p - 1, p, p + 1]
    points = [v.to_bytes(32, "little") for v in values]
    # the same u-coordinates with the (ignored) top bit set
    points += [p_[:31] + bytes([p_[31] | 0x80]) for p_ in points]
    return points


SMALL_ORDER = _small_order_points()


def test_small_order_list_is_small_order():
    """Guard for the list itself: libsodium refuses a shared secret with each point, while it
    accepts an ordinary public key."""
    scalar = os.urandom(32)
    for point in SMALL_ORDER:
        with pytest.raises(Exception):  # noqa: B017 - PyNaCl raises a bare RuntimeError
            nacl.bindings.crypto_scalarmult(scalar, point)
    nacl.bindings.crypto_scalarmult(scalar, SecretKey.generate().public.raw)


@pytest.mark.parametrize("point", SMALL_ORDER, ids=lambda p: p.hex()[:8] + p.hex()[-2:])
def test_small_order_ephemeral_key_in_my_slot(point, sealed_small, moderator):
    mine = next(i for i in range(SLOT_COUNT) if _opens(get_slot(sealed_small, i), moderator))
    forged = point + get_slot(sealed_small, mine)[32:]
    assert_open_error(put_slot(sealed_small, mine, forged), [moderator], NoMatchingKey)
    with pytest.raises(primitives.PrimitiveFailure):
        primitives.open_file_key(point + os.urandom(48), moderator.public.raw, moderator.raw)


def test_every_slot_small_order(sealed_small, moderator):
    data = sealed_small
    for i in range(SLOT_COUNT):
        data = put_slot(data, i, SMALL_ORDER[i % len(SMALL_ORDER)] + os.urandom(48))
    assert_open_error(data, [moderator], NoMatchingKey)
    zeroed = sealed_small[:2] + bytes(SLOT_COUNT * SLOT) + sealed_small[PREFIX:]
    assert_open_error(zeroed, [moderator], NoMatchingKey)


def test_small_order_dummy_slot_is_tampering(sealed_small, moderator):
    mine = next(i for i in range(SLOT_COUNT) if _opens(get_slot(sealed_small, i), moderator))
    other = (mine + 1) % SLOT_COUNT
    forged = put_slot(sealed_small, other, SMALL_ORDER[0] + get_slot(sealed_small, other)[32:])
    assert_open_error(forged, [moderator], HeaderTampered)


def test_wrong_team_key(sealed_small, outsider):
    assert_open_error(sealed_small, [outsider], NoMatchingKey)


def test_random_keys(sealed_small):
    assert_open_error(sealed_small, [SecretKey.generate() for _ in range(5)], NoMatchingKey)


def test_no_keys(sealed_small):
    assert_open_error(sealed_small, [], NoMatchingKey)


def test_public_key_as_secret_key(sealed_small, moderator):
    # someone pastes the moderator's public key bytes where the secret belongs
    confused = SecretKey.from_raw(moderator.public.raw)
    assert_open_error(sealed_small, [confused], NoMatchingKey)


def test_wrong_key_then_right_key(sealed_small, moderator, outsider, small_manifest, tools):
    opened = tools.open_bytes(sealed_small, [outsider, SecretKey.generate(), moderator])
    assert opened.manifest == small_manifest


# --- key commitment ------------------------------------------------------------------------------

def _two_key_header(file_key: bytes, other_key: bytes, honest: PublicKey, fooled: PublicKey):
    """A header whose slot for ``fooled`` wraps a different file key than the MAC uses."""

    def seal_slot(key: bytes, recipient: PublicKey) -> bytes:
        return primitives.seal_file_key(other_key if recipient == fooled else key,
                                        recipient.raw)

    dummies = [PublicKey(primitives.x25519_keypair()[0]) for _ in range(SLOT_COUNT - 2)]
    return build_header(file_key, [honest, fooled], seal_slot, dummies, list(range(SLOT_COUNT)))


def _sealed_with(header_bytes: bytes, mac: bytes, file_key: bytes, plaintext: bytes) -> bytes:
    sink = io.BytesIO()
    sink.write(header_bytes)
    seal_stream(io.BytesIO(plaintext), sink, file_key, mac, len(plaintext))
    return sink.getvalue()


@pytest.mark.parametrize("payload_under", ["mac_key", "other_key"])
def test_two_slots_wrapping_different_file_keys(payload_under, moderator, second_moderator,
                                                tools):
    """A malicious sender wraps K1 for one moderator and K2 for the other. Each moderator gets
    an error or the one identical plaintext, never two different reports."""
    k1, k2 = os.urandom(32), os.urandom(32)
    header = _two_key_header(k1, k2, moderator.public, second_moderator.public)
    assert unlock_header(parse_header(header.to_bytes()), [moderator]) == k1
    report_1 = tools.inner_plaintext(tools.make_manifest({"says": "one thing"}), [])
    report_2 = tools.inner_plaintext(tools.make_manifest({"says": "another"}), [])
    data = _sealed_with(header.to_bytes(), header.mac, k1 if payload_under == "mac_key" else k2,
                        report_1 if payload_under == "mac_key" else report_2)
    results = {}
    for who in (moderator, second_moderator):
        results[who.public] = tools.open_outcome(data, [who])
    # the fooled moderator's slot yields K2, which cannot verify a MAC made with K1
    assert results[second_moderator.public] is HeaderTampered
    if payload_under == "mac_key":
        assert results[moderator.public].manifest.fields == {"says": "one thing"}
    else:
        assert results[moderator.public] is PayloadTampered
    readable = [r for r in results.values() if not isinstance(r, type)]
    assert len({r.manifest.to_bytes() for r in readable}) <= 1


def test_mac_made_with_the_other_key(moderator, second_moderator, tools):
    """Same attack with the MAC keyed by K2 (the fooled moderator's key)."""
    k1, k2 = os.urandom(32), os.urandom(32)
    header = _two_key_header(k2, k1, second_moderator.public, moderator.public)
    plain = tools.inner_plaintext(tools.make_manifest({"says": "x"}), [])
    data = _sealed_with(header.to_bytes(), header.mac, k2, plain)
    assert tools.open_outcome(data, [moderator]) is HeaderTampered
    assert tools.open_outcome(data, [second_moderator]).manifest.fields == {"says": "x"}
    # a reader holding both keys still gets an error or that same plaintext
    got = tools.open_outcome(data, [moderator, second_moderator])
    assert got is HeaderTampered or got.manifest.fields == {"says": "x"}


def test_header_only_file(sealed_small, moderator):
    assert_open_error(sealed_small[:HEADER_BYTES], [moderator], Truncated)


def test_open_error_classes_have_distinct_stable_codes():
    """People see one message for every OpenError; the codes still tell them apart in tests."""
    classes = [c for c in vars(errors).values()
               if isinstance(c, type) and issubclass(c, OpenError) and c is not OpenError]
    assert len(classes) >= 7
    codes = [c.code for c in classes]
    assert len(set(codes)) == len(codes)
    assert all(code.startswith("open.") for code in codes)


def test_opening_and_failing_leave_no_files(sealed_small, moderator, tools, tmp_path,
                                            monkeypatch):
    work, temp = tmp_path / "cwd", tmp_path / "tmp"
    work.mkdir()
    temp.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    tools.open_bytes(sealed_small, [moderator])
    for data in (sealed_small[:-1], sealed_small[:700], b"\x01" + sealed_small[1:2]):
        assert isinstance(tools.open_outcome(data, [moderator]), type)
    tools.seal_bytes([moderator.public])
    assert list(work.iterdir()) == [] and list(temp.iterdir()) == []
