"""SLIP-39 recovery shares: the reference vectors, our word-level errors, k of n in any order."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from app import recovery_shares as rs
from app.errors import (
    RoundtableError,
    ShareChecksumWrong,
    ShareLengthWrong,
    ShareRepeated,
    SharesInvalidSplit,
    SharesMismatch,
    SharesTooFew,
    ShareWordUnknown,
    ShareWordWrong,
)

VECTORS = json.loads(
    (Path(__file__).parents[1] / "data" / "slip39-vectors.json").read_text(encoding="utf-8")
)


def test_the_vectors_file_is_the_reference_one() -> None:
    assert len(VECTORS) == 45


@pytest.mark.parametrize("vector", VECTORS, ids=[v[0][:60] for v in VECTORS])
def test_reference_vectors(vector: list) -> None:
    """Every valid vector combines to its secret through the library Roundtable uses; every
    invalid one is refused by our own reading of shares with one of our errors."""
    import shamir_mnemonic

    _description, mnemonics, secret_hex, _xprv = vector
    if secret_hex:
        assert shamir_mnemonic.combine_mnemonics(mnemonics, b"TREZOR") == bytes.fromhex(secret_hex)
        single_group = all(
            shamir_mnemonic.Share.from_mnemonic(m).group_count == 1 for m in mnemonics
        )
        if single_group:
            assert rs.combine(mnemonics, slip39_passphrase=b"TREZOR") == bytes.fromhex(secret_hex)
    else:
        with pytest.raises(shamir_mnemonic.MnemonicError):
            shamir_mnemonic.combine_mnemonics(mnemonics)
        with pytest.raises(RoundtableError):
            rs.combine(mnemonics)


def test_any_k_of_n_in_any_order_and_fewer_reveal_only_how_many_more() -> None:
    secret = bytes(range(16))
    shares = rs.make_shares(secret, 3, 5)
    assert len(shares) == 5 and all(len(s.split()) == 20 for s in shares)
    for three in itertools.combinations(shares, 3):
        assert rs.combine(three) == secret
        assert rs.combine(reversed(three)) == secret
    with pytest.raises(SharesTooFew) as too_few:
        rs.combine(shares[3:])
    assert too_few.value.params == {"have": "2", "need": "3", "missing": "1"}
    state = rs.assess(shares[:2])
    assert (state.have, state.need, state.complete, state.error) == (2, 3, False, None)
    assert rs.assess(shares[1:4]).complete
    # Extra shares beyond k are fine.
    assert rs.combine(shares) == secret


def test_a_mistyped_word_is_named_with_its_fix_at_every_position() -> None:
    from shamir_mnemonic.wordlist import WORDLIST

    share = rs.make_shares(b"\x07" * 16, 2, 3)[0]
    words = share.split()
    for position in range(len(words)):
        wrong = list(words)
        wrong[position] = WORDLIST[(WORDLIST.index(words[position]) + 5) % 1024]
        with pytest.raises(ShareWordWrong) as caught:
            rs.parse_share(" ".join(wrong), 2)
        assert caught.value.params == {
            "share": "2",
            "position": str(position + 1),
            "word": wrong[position],
            "fix": words[position],
        }


def test_unknown_words_lengths_repeats_and_mixed_sets() -> None:
    shares = rs.make_shares(b"\x01" * 16, 2, 3)
    words = shares[0].split()
    with pytest.raises(ShareWordUnknown) as unknown:
        rs.combine([" ".join([*words[:4], "qwerty", *words[5:]]), shares[1]])
    assert unknown.value.params == {"share": "1", "position": "5", "word": "qwerty"}
    with pytest.raises(ShareLengthWrong):
        rs.combine([" ".join(words[:-1]), shares[1]])
    two_wrong = list(words)
    two_wrong[2], two_wrong[9] = "academic", "academic"
    if two_wrong != words:
        with pytest.raises((ShareChecksumWrong, ShareWordWrong)):
            rs.combine([" ".join(two_wrong), shares[1]])
    with pytest.raises(ShareRepeated):
        rs.combine([shares[0], shares[0]])
    other = rs.make_shares(b"\x01" * 16, 2, 3)
    with pytest.raises(SharesMismatch):
        rs.combine([shares[0], other[1]])


def test_prefixes_case_and_spacing_are_accepted() -> None:
    shares = rs.make_shares(b"\x02" * 16, 2, 2)
    first = "  ".join(w[:4].upper() for w in shares[0].split())
    assert rs.combine([first + "\n", "\t" + shares[1]]) == b"\x02" * 16


@pytest.mark.parametrize(("k", "n"), [(1, 3), (4, 3), (2, 17), (0, 0)])
def test_bad_split_parameters(k: int, n: int) -> None:
    with pytest.raises(SharesInvalidSplit):
        rs.make_shares(b"\x00" * 16, k, n)
