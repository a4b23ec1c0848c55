"""RFC 6962 trees and consistency proofs against vectors built by hand."""

import hashlib

import pytest

from pipeline.evidence.merkle import (
    EMPTY_ROOT,
    CompactRange,
    consistency_proof,
    leaf_hash,
    node_hash,
    root,
    verify_consistency,
)


def H(b: bytes) -> bytes:
    return hashlib.sha256(b).digest()


# The leaves of the RFC 6962 section 2.1.3 example tree: d0..d6.
D = [f"d{i}".encode() for i in range(7)]
a, b, c, d, e, f, d6 = (H(b"\x00" + x) for x in D)
g, h, i, j = H(b"\x01" + a + b), H(b"\x01" + c + d), H(b"\x01" + e + f), d6
k, ll = H(b"\x01" + g + h), H(b"\x01" + i + j)
hash7 = H(b"\x01" + k + ll)
hash3 = H(b"\x01" + g + c)  # hash0 in the RFC: tree of d0..d2
hash4 = k  # hash1: tree of d0..d3
hash6 = H(b"\x01" + k + i)  # hash2: tree of d0..d5
LEAVES = [a, b, c, d, e, f, d6]


@pytest.mark.parametrize(
    "n, expected",
    [
        (0, H(b"")),
        (1, a),
        (2, g),
        (3, hash3),
        (4, hash4),
        (6, hash6),
        (7, hash7),
    ],
)
def test_root_by_hand(n, expected):
    assert root(LEAVES[:n]) == expected


# Published vectors of the certificate-transparency test suite (leaf inputs
# "", 00, 10, 2021, 3031, 40414243, 5051..57, 6061..6f).
CT_INPUTS = [
    b"",
    b"\x00",
    b"\x10",
    b"\x20\x21",
    b"\x30\x31",
    b"\x40\x41\x42\x43",
    bytes(range(0x50, 0x58)),
    bytes(range(0x60, 0x70)),
]
CT_ROOTS = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]


@pytest.mark.parametrize("n", range(1, 9))
def test_root_ct_vectors(n):
    assert root([leaf_hash(x) for x in CT_INPUTS[:n]]).hex() == CT_ROOTS[n - 1]


@pytest.mark.parametrize(
    "m, n, expected",
    [
        (3, 7, [c, d, g, ll]),  # RFC 6962 2.1.3: PROOF(3, D[7])
        (4, 7, [ll]),  # PROOF(4, D[7])
        (6, 7, [i, j, k]),  # PROOF(6, D[7])
        (1, 2, [b]),
        (2, 3, [c]),
        (1, 3, [b, c]),
        (0, 7, []),
        (7, 7, []),
    ],
)
def test_consistency_proof_by_hand(m, n, expected):
    proof = consistency_proof(m, LEAVES[:n])
    assert proof == expected
    assert verify_consistency(m, n, root(LEAVES[:m]), root(LEAVES[:n]), proof)


def test_every_pair_verifies_and_tampering_fails():
    leaves = [leaf_hash(bytes([x])) for x in range(17)]
    for n in range(1, 18):
        for m in range(1, n + 1):
            old, new = root(leaves[:m]), root(leaves[:n])
            proof = consistency_proof(m, leaves[:n])
            assert verify_consistency(m, n, old, new, proof), (m, n)
            if m == n:
                continue
            assert not verify_consistency(m, n, old, H(b"x"), proof)
            assert not verify_consistency(m, n, H(b"x"), new, proof)
            for idx in range(len(proof)):
                bad = list(proof)
                bad[idx] = H(bad[idx])
                assert not verify_consistency(m, n, old, new, bad), (m, n, idx)
            assert not verify_consistency(m, n, old, new, proof[:-1])


@pytest.mark.parametrize(
    "m, n, old, new, proof, ok",
    [
        (3, 7, hash3, hash7, [c, d, g, ll], True),
        (3, 7, hash3, hash7, [d, c, g, ll], False),  # order matters
        (3, 7, hash3, hash7, [], False),  # empty proof between different sizes
        (7, 3, hash7, hash3, [], False),  # shrinking log
        (7, 7, hash7, hash6, [], False),  # same size, different roots
        (0, 7, EMPTY_ROOT, hash7, [a], False),  # nothing proves against the empty tree
    ],
)
def test_verify_consistency_table(m, n, old, new, proof, ok):
    assert verify_consistency(m, n, old, new, proof) is ok


def test_compact_range_matches_root():
    leaves = [leaf_hash(bytes([x])) for x in range(40)]
    cr = CompactRange()
    assert cr.root() == EMPTY_ROOT
    for n, leaf in enumerate(leaves, start=1):
        cr.append(leaf)
        assert cr.size == n
        assert cr.root() == root(leaves[:n])
        assert len(cr.nodes) == bin(n).count("1")
    seven = CompactRange()
    for leaf in LEAVES:
        seven.append(leaf)
    assert seven.nodes == [k, i, j]
    resumed = CompactRange(7, [k, i, j])
    assert resumed.root() == hash7


def test_compact_range_rejects_wrong_node_count():
    with pytest.raises(ValueError):
        CompactRange(7, [k, i])


def test_node_hash_is_domain_separated():
    assert node_hash(a, b) != H(a + b)
    assert leaf_hash(b"x") != H(b"x")


def test_proof_from_compact_range_equals_full_proof():
    from pipeline.evidence.merkle import consistency_proof_from_range

    leaves = [leaf_hash(bytes([x])) for x in range(33)]
    for m in range(0, 33):
        old = CompactRange()
        for leaf in leaves[:m]:
            old.append(leaf)
        for n in range(m, 34):
            assert consistency_proof_from_range(old, leaves[m:n]) == consistency_proof(m, leaves[:n]), (m, n)
    assert consistency_proof_from_range(CompactRange(3, [g, c]), LEAVES[3:7]) == [c, d, g, ll]
