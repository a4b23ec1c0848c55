"""RFC 6962 Merkle trees over leaf hashes: roots, consistency proofs, compact ranges.

The evidence log is one append-only tree whose leaves are the audit objects of
every day in order; each day's checkpoint is a tree head and consecutive
heads are linked by a consistency proof (RFC 6962 section 2.1.2, verified with
the algorithm of RFC 9162 section 2.1.4.2).
"""

from __future__ import annotations

import hashlib

EMPTY_ROOT = hashlib.sha256(b"").digest()


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two strictly smaller than n (n >= 2)."""
    return 1 << ((n - 1).bit_length() - 1)


def root(leaves: list[bytes]) -> bytes:
    """MTH over already hashed leaves."""
    n = len(leaves)
    if n == 0:
        return EMPTY_ROOT
    if n == 1:
        return leaves[0]
    k = _split(n)
    return node_hash(root(leaves[:k]), root(leaves[k:]))


def consistency_proof(m: int, leaves: list[bytes]) -> list[bytes]:
    """PROOF(m, D[n]) of RFC 6962: the old tree of size m is a prefix of this one."""
    n = len(leaves)
    if not 0 <= m <= n:
        raise ValueError(f"old size {m} is not within 0..{n}")
    if m == 0 or m == n:
        return []
    return _subproof(m, leaves, True)


def _subproof(m: int, leaves: list[bytes], complete: bool) -> list[bytes]:
    n = len(leaves)
    if m == n:
        return [] if complete else [root(leaves)]
    k = _split(n)
    if m <= k:
        return _subproof(m, leaves[:k], complete) + [root(leaves[k:])]
    return _subproof(m - k, leaves[k:], False) + [root(leaves[:k])]


def verify_consistency(m: int, n: int, old_root: bytes, new_root: bytes, proof: list[bytes]) -> bool:
    """RFC 9162 section 2.1.4.2."""
    if not 0 <= m <= n:
        return False
    if m == 0:
        return not proof
    if m == n:
        return not proof and old_root == new_root
    if not proof:
        return False
    path = list(proof)
    if m & (m - 1) == 0:  # an exact power of two: the old root is a node of the new tree
        path.insert(0, old_root)
    fn, sn = m - 1, n - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == old_root and sr == new_root and sn == 0


class CompactRange:
    """The roots of the perfect subtrees covering leaves [0, size), largest first.

    A day's manifest stores it so the next day's root can be recomputed from
    the previous one plus the new leaves, without re-reading the whole log.
    """

    def __init__(self, size: int = 0, nodes: list[bytes] | None = None):
        nodes = list(nodes or [])
        if len(nodes) != bin(size).count("1"):
            raise ValueError(f"a range of size {size} has {bin(size).count('1')} nodes, not {len(nodes)}")
        self.size = size
        self.nodes = nodes

    def append(self, leaf: bytes) -> None:
        self.nodes.append(leaf)
        self.size += 1
        # Merge equal-height neighbours: the trailing zero bits of size say how many.
        s = self.size
        while s & 1 == 0:
            right = self.nodes.pop()
            left = self.nodes.pop()
            self.nodes.append(node_hash(left, right))
            s >>= 1

    def root(self) -> bytes:
        if not self.nodes:
            return EMPTY_ROOT
        h = self.nodes[-1]
        for node in reversed(self.nodes[:-1]):
            h = node_hash(node, h)
        return h


def consistency_proof_from_range(old: CompactRange, new_leaves: list[bytes]) -> list[bytes]:
    """PROOF(m, D[n]) from the old tree's compact range and the appended leaves only.

    Every node RFC 6962 puts in the proof is either a node of the old compact
    range or a subtree of the new leaves, so the old leaves are not needed.
    """
    m, n = old.size, old.size + len(new_leaves)
    if m == 0 or m == n:
        return []
    known: dict[tuple[int, int], bytes] = {}
    lo = 0
    for node in old.nodes:
        width = 1 << (len(bin(m - lo)) - 3)  # the largest power of two <= the rest
        known[(lo, lo + width)] = node
        lo += width

    def mth(lo: int, hi: int) -> bytes:
        if (lo, hi) in known:
            return known[(lo, hi)]
        if lo >= m:
            return root(new_leaves[lo - m : hi - m])
        if hi - lo == 1:
            raise ValueError(f"leaf {lo} of the old tree is not in its compact range")
        k = _split(hi - lo)
        return node_hash(mth(lo, lo + k), mth(lo + k, hi))

    def sub(mm: int, lo: int, hi: int, complete: bool) -> list[bytes]:
        size = hi - lo
        if mm == size:
            return [] if complete else [mth(lo, hi)]
        k = _split(size)
        if mm <= k:
            return sub(mm, lo, lo + k, complete) + [mth(lo + k, hi)]
        return sub(mm - k, lo + k, hi, False) + [mth(lo, lo + k)]

    return sub(m, 0, n, True)


def inclusion_proof_from_range(old: CompactRange, new_leaves: list[bytes], index: int) -> list[bytes]:
    """PATH(index, D[n]) (RFC 6962 section 2.1.1) for a leaf appended after OLD, from
    OLD's compact range and the appended leaves only: every left sibling of such a
    leaf's path that lies before OLD is one of OLD's nodes."""
    m, n = old.size, old.size + len(new_leaves)
    if not m <= index < n:
        raise ValueError(f"leaf {index} is not among the appended leaves [{m}, {n})")
    spans, lo = {}, 0
    for bit, node in zip((b for b in range(m.bit_length(), -1, -1) if m >> b & 1), old.nodes, strict=True):
        spans[(lo, lo + (1 << bit))] = node
        lo += 1 << bit

    def mth(lo: int, hi: int) -> bytes:
        if lo >= m:
            return root(new_leaves[lo - m : hi - m])
        if (lo, hi) in spans:
            return spans[(lo, hi)]
        if hi - lo < 2:
            raise ValueError(f"leaves [{lo}, {hi}) are inside an old node")
        k = lo + _split(hi - lo)
        return node_hash(mth(lo, k), mth(k, hi))

    def path(i: int, lo: int, hi: int) -> list[bytes]:
        if hi - lo == 1:
            return []
        k = lo + _split(hi - lo)
        return path(i, lo, k) + [mth(k, hi)] if i < k else path(i, k, hi) + [mth(lo, k)]

    return path(index, 0, n)


def verify_inclusion(index: int, size: int, leaf: bytes, proof: list[bytes], expected_root: bytes) -> bool:
    """RFC 9162 section 2.1.3.2: LEAF is leaf INDEX of the tree of SIZE with EXPECTED_ROOT."""
    if index >= size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while not (fn & 1 or fn == 0):
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == expected_root
