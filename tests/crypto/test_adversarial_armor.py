"""Adversarial tests of the text forms: one armored block, or numbered parts."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from crypto.armor import (
    BEGIN,
    END,
    MIN_PART_CHARS,
    armor,
    dearmor,
    join_parts,
    looks_like_parts,
    parts_set_id,
    split_into_parts,
)
from crypto.card import issue_card
from crypto.errors import ArmorError, MissingParts, SealnoteCryptoError
from crypto.keys import IdentitySecretKey, SecretKey


def armor_error(call, *args) -> ArmorError:
    with pytest.raises(SealnoteCryptoError) as info:
        call(*args)
    assert type(info.value) is ArmorError, type(info.value)
    return info.value


@pytest.fixture(scope="module")
def parts(sealed_small) -> list[str]:
    result = split_into_parts(sealed_small, MIN_PART_CHARS)
    assert len(result) >= 5
    assert all(len(p) <= MIN_PART_CHARS for p in result)
    return result


# --- single block --------------------------------------------------------------------------------

def test_control_armor_round_trip(sealed_small):
    text = armor(sealed_small)
    assert dearmor(text) == sealed_small
    quoted = "Hi,\n\n" + "\n".join("> " + line for line in text.splitlines()) + "\n\nBye"
    assert dearmor(quoted) == sealed_small
    assert dearmor(text.replace("\n", "\r\n")) == sealed_small
    assert dearmor("  " + text.replace("\n", " \n  ")) == sealed_small


@pytest.mark.parametrize("damage", ["*", "!", "\u00e9", "=", "-", "\u0661"])
def test_damaged_base64(damage, sealed_small):
    lines = armor(sealed_small).splitlines()
    lines[3] = lines[3][:20] + damage + lines[3][21:]
    armor_error(dearmor, "\n".join(lines))


def test_base64_cut_to_a_wrong_length(sealed_small):
    lines = armor(sealed_small).splitlines()
    lines[3] = lines[3][:-1]
    armor_error(dearmor, "\n".join(lines))


def test_missing_end(sealed_small):
    armor_error(dearmor, armor(sealed_small).replace(END, ""))
    armor_error(dearmor, armor(sealed_small).replace(END, END[:-1]))
    lines = armor(sealed_small).splitlines()
    armor_error(dearmor, "\n".join(lines[:-1]))


def test_missing_begin(sealed_small):
    armor_error(dearmor, armor(sealed_small).replace(BEGIN, ""))


def test_end_before_begin(sealed_small):
    lines = armor(sealed_small).splitlines()
    armor_error(dearmor, "\n".join([lines[-1], *lines[1:-1], lines[0]]))


@pytest.mark.parametrize("text", ["", BEGIN + "\n" + END, BEGIN + "\n\n  \n" + END,
                                  "just some words", BEGIN + "\n====\n" + END])
def test_empty_or_absent_block(text):
    armor_error(dearmor, text)


def test_parts_are_not_a_single_block(parts):
    armor_error(dearmor, "".join(parts))


def test_card_is_not_a_message():
    card = issue_card("T", IdentitySecretKey.generate(), [SecretKey.generate().public],
                      dt.date(2024, 1, 1), dt.date(2030, 1, 1))
    armor_error(dearmor, card.text)
    armor_error(join_parts, [card.text])


# --- parts ---------------------------------------------------------------------------------------

def test_control_parts_in_order(parts, sealed_small):
    assert join_parts(parts) == sealed_small
    assert join_parts(["".join(parts)]) == sealed_small
    assert all(looks_like_parts(p) for p in parts)


@pytest.mark.parametrize("seed", range(5))
def test_parts_out_of_order_reassemble(seed, parts, sealed_small):
    shuffled = list(parts)
    random.Random(seed).shuffle(shuffled)
    assert join_parts(shuffled) == sealed_small
    assert join_parts(["\n\nnoise\n".join(shuffled)]) == sealed_small


def test_duplicate_parts_are_ignored(parts, sealed_small):
    assert join_parts(parts + parts[:2] + [parts[-1]]) == sealed_small


def test_quoted_parts_reassemble(parts, sealed_small):
    quoted = ["\n".join(">> " + line for line in p.splitlines()) for p in parts]
    assert join_parts(quoted) == sealed_small


@pytest.mark.parametrize("drop", [[0], [2], [-1], [0, -1], [1, 2, 3]])
def test_missing_parts_are_named(drop, parts):
    total = len(parts)
    missing = sorted((d % total) + 1 for d in drop)
    kept = [p for i, p in enumerate(parts) if i not in {d % total for d in drop}]
    with pytest.raises(SealnoteCryptoError) as info:
        join_parts(kept)
    assert type(info.value) is MissingParts
    assert info.value.missing == missing
    assert info.value.total == total


def test_parts_of_two_different_messages(parts, moderator, tools):
    other = split_into_parts(tools.seal_bytes([moderator.public]), MIN_PART_CHARS)
    assert parts_set_id(join_parts(other)) != parts_set_id(join_parts(parts))
    # the other message has the same number of parts; only the set id tells them apart
    assert len(other) == len(parts)
    armor_error(join_parts, parts[:2] + other[2:])
    armor_error(join_parts, parts + [other[0]])


def test_damaged_part_fails_the_set_checksum(parts):
    """A base64 character changed in transit: still valid base64, but not the same bytes."""
    lines = parts[1].splitlines()
    body_line = 2
    original = lines[body_line]
    lines[body_line] = original[:5] + ("A" if original[5] != "A" else "B") + original[6:]
    damaged = "\n".join(lines)
    armor_error(join_parts, [parts[0], damaged, *parts[2:]])


def test_two_versions_of_one_part(parts):
    lines = parts[1].splitlines()
    lines[2] = lines[2][:5] + ("A" if lines[2][5] != "A" else "B") + lines[2][6:]
    armor_error(join_parts, [*parts, "\n".join(lines)])


def test_part_without_end_line(parts):
    broken = "\n".join(parts[2].splitlines()[:-1])
    armor_error(join_parts, [*parts[:2], broken, *parts[3:]])


def test_part_without_set_line(parts):
    lines = parts[0].splitlines()
    armor_error(join_parts, ["\n".join([lines[0], *lines[2:]]), *parts[1:]])


def test_part_with_bad_base64(parts):
    lines = parts[0].splitlines()
    lines[3] = "!" + lines[3][1:]
    armor_error(join_parts, ["\n".join(lines), *parts[1:]])


@pytest.mark.parametrize("header", ["0/5", "6/5", "3/0", "00000/00000"])
def test_impossible_part_numbers(header, parts):
    lines = parts[0].splitlines()
    n, total = header.split("/")
    lines[0] = f"-----BEGIN MESSAGE PART {n}/{total}-----"
    lines[-1] = f"-----END MESSAGE PART {int(n)}/{int(total)}-----"
    armor_error(join_parts, ["\n".join(lines), *parts[1:]])


def test_no_parts_at_all(sealed_small):
    for texts in ([], [""], ["hello"], [armor(sealed_small)]):
        armor_error(join_parts, texts)


def test_part_size_limits(sealed_small):
    armor_error(split_into_parts, sealed_small, MIN_PART_CHARS - 1)
    armor_error(split_into_parts, bytes(20_000_000), MIN_PART_CHARS)
