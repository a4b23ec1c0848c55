"""Inclusion proofs from a compact range and the appended leaves, against RFC 6962 roots."""

from __future__ import annotations

import hashlib

import pytest

from pipeline.evidence.merkle import CompactRange, inclusion_proof_from_range, leaf_hash, root, verify_inclusion


def leaves(n: int) -> list[bytes]:
    return [leaf_hash(hashlib.sha256(str(i).encode()).digest()) for i in range(n)]


@pytest.mark.parametrize("old_size, added", [(0, 1), (0, 7), (1, 1), (3, 1), (3, 5), (4, 4), (5, 11), (13, 3), (16, 1)])
def test_every_appended_leaf_is_proved_and_nothing_else_is(old_size, added):
    all_leaves = leaves(old_size + added)
    old = CompactRange()
    for leaf in all_leaves[:old_size]:
        old.append(leaf)
    n, expected = len(all_leaves), root(all_leaves)
    for i in range(old_size, n):
        proof = inclusion_proof_from_range(old, all_leaves[old_size:], i)
        assert verify_inclusion(i, n, all_leaves[i], proof, expected)
        assert not verify_inclusion(i, n, leaf_hash(b"forged"), proof, expected)
        if proof:
            assert not verify_inclusion(i, n, all_leaves[i], proof[:-1], expected)
            assert not verify_inclusion(i, n, all_leaves[i], [leaf_hash(b"x"), *proof[1:]], expected)


def test_a_leaf_before_the_range_cannot_be_proved_from_it():
    old = CompactRange()
    for leaf in leaves(4):
        old.append(leaf)
    with pytest.raises(ValueError, match="not among the appended leaves"):
        inclusion_proof_from_range(old, leaves(2), 1)
