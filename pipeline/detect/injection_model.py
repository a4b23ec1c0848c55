"""Prompt-injection classifier: hashed character and word n-grams, a linear model.

Inference is plain numpy: a text, lower-cased and each number read as one
digit, becomes the hashed ids of its character
3..5-grams and its word 1..2-grams (each occurrence weighs 1/n**norm, n the
number of n-grams), and the score is the sigmoid of the dot product with the
weights plus the bias. `bench/train_injection.py` fits the weights with
scikit-learn on exactly these features (`features` below) and writes the
artifact beside this file; loading it reads that file only (no network).

Attacks hidden inside ordinary text: the text is cut into sentences and
lines (short pieces merged with the next one), and the score is the highest
of the whole text, each piece and each pair of neighbouring pieces. All of
it comes from one pass over the text: per-position weights summed per piece.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

ARTIFACT = Path(__file__).resolve().parent / "models" / "injection_linear.npz"
CHAR_NGRAMS = (3, 4, 5)
# Pieces shorter than this are merged with the next: a few characters say too little.
MIN_PIECE = 24
# A piece's sum is divided as if it had at least this many n-grams: a short
# piece is little evidence, so its score stays nearer the prior.
PIECE_FLOOR = 250

_U64 = np.uint64
_PRIME = _U64(1_000_003)
_MIX = _U64(0x9E3779B97F4A7C15)  # multiply-shift hashing (Fibonacci constant)
_BIGRAM = _U64(0xC2B2AE3D27D4EB4F)
_WORD_SEED = _U64(0x51ED270B27D4EB2F)  # a word and a character n-gram differ by design

# Lookup table by code point (anything past the table is a letter): which
# characters are part of a word (letters and digits of our languages, not
# ASCII or general punctuation).
_TABLE = 0x2070
_WORD = np.ones(_TABLE, dtype=bool)
_WORD[:128] = False
for _c in "abcdefghijklmnopqrstuvwxyz0123456789_":
    _WORD[ord(_c)] = True
_WORD[0x80:0xC0] = False  # Latin-1 punctuation and signs
_WORD[0x2000:_TABLE] = False  # general punctuation
_WORD[[0xD7, 0xF7]] = False
# Tabs and newlines read as spaces, every digit as 0 (numbers are not
# evidence), and whatever lies past the Basic Multilingual Plane (emoji) as one symbol.
_FOLD = np.arange(0x10000, dtype=np.uint32)
_FOLD[:32] = 32
_FOLD[ord("1") : ord("9") + 1] = ord("0")
# A number reads as one digit, its separators included ("DE44 5001 0517"): how long
# a number is says nothing of intent, and an IBAN's twenty-odd digits would
# outweigh the words around it.
_NUMBER = re.compile(r"\d(?:[ ./-]?\d)*")
_BREAK = re.compile(r"[\n.!?;:]")


@dataclass(frozen=True)
class Featurized:
    """Hashed ids of one text's n-grams and the character position of each."""

    ids: npt.NDArray[np.int64]
    positions: npt.NDArray[np.int64]


def reading(text: str) -> str:
    """The text as the model reads it: lower case, each number one digit."""
    return _NUMBER.sub("0", text.lower())


def _codes(read: str) -> npt.NDArray[np.uint32]:
    return np.frombuffer(read.encode("utf-32-le", "replace"), dtype=np.uint32)


def features(text: str, bits: int) -> Featurized:
    """The hashed n-gram ids of `text` as the model reads it, with their start positions in that reading.

    Character n-grams and words are polynomial hashes from one prefix sum
    (n-grams of different lengths are different polynomials; words are
    seeded apart); one multiply-shift maps every hash to `bits` bits.
    """
    return _features(_codes(reading(text)), bits)


def _features(codes: npt.NDArray[np.uint32], bits: int) -> Featurized:
    chars = _FOLD[np.minimum(codes, 0xFFFF)]
    size = len(chars)
    powers, inverse = _powers(size + 1)
    # prefix[i] = sum of chars[k] * PRIME**k for k < i: any span's hash is
    # (prefix[end] - prefix[start]) * PRIME**-start, in one vector operation.
    prefix = np.zeros(size + 1, dtype=_U64)
    np.cumsum(chars * powers[:size], out=prefix[1:])
    hashes: list[npt.NDArray[np.uint64]] = []
    positions: list[npt.NDArray[np.int64]] = []
    arange = _arange(size)
    for n in CHAR_NGRAMS:
        if size < n:
            break
        count = size - n + 1
        hashes.append((prefix[n:] - prefix[:count]) * inverse[:count])
        positions.append(arange[:count])
    is_word = np.zeros(size + 2, dtype=bool)
    is_word[1:-1] = _WORD[np.minimum(chars, _TABLE - 1)]
    edges = np.nonzero(is_word[1:] != is_word[:-1])[0]  # start, end, start, end, ...
    if len(edges):
        starts = edges[0::2]
        words = (prefix[edges[1::2]] - prefix[starts]) * inverse[starts] + _WORD_SEED
        hashes.append(words)
        positions.append(starts)
        if len(words) > 1:
            hashes.append(words[:-1] * _BIGRAM + words[1:])
            positions.append(starts[:-1])
    if not hashes:
        return Featurized(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
    ids = (np.concatenate(hashes) * _MIX) >> _U64(64 - bits)
    return Featurized(ids.view(np.int64), np.concatenate(positions))  # ids < 2**bits: the view is exact


_POWERS: list[tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]] = []
_ARANGES: list[npt.NDArray[np.int64]] = []
_INVERSE_PRIME = _U64(pow(int(_PRIME), -1, 2**64))


def _arange(n: int) -> npt.NDArray[np.int64]:
    if not _ARANGES or len(_ARANGES[0]) < n:
        _ARANGES[:] = [np.arange(max(n, 4096), dtype=np.int64)]
    return _ARANGES[0]


def _powers(n: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    """PRIME**k and its inverse mod 2**64 for k < n (grown and kept)."""
    if not _POWERS or len(_POWERS[0][0]) < n:
        size = max(n, 4096)
        powers = np.concatenate(([_U64(1)], np.cumprod(np.full(size - 1, _PRIME, dtype=_U64), dtype=_U64)))
        inverse = np.concatenate(([_U64(1)], np.cumprod(np.full(size - 1, _INVERSE_PRIME, dtype=_U64), dtype=_U64)))
        _POWERS[:] = [(powers, inverse)]
    return _POWERS[0]


def pieces(text: str) -> list[int]:
    """Start positions of the sentences and lines of `text` (after the first), short ones merged."""
    if len(text) < 2 * MIN_PIECE:
        return []
    kept: list[int] = []
    last = 0
    for found in _BREAK.finditer(text):
        at = found.end()
        if at - last >= MIN_PIECE and len(text) - at >= MIN_PIECE:
            kept.append(at)
            last = at
    return kept


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-min(max(x, -30.0), 30.0)))


class InjectionModel:
    """The linear classifier: `score(text)` in [0, 1]."""

    def __init__(
        self, weights: npt.NDArray[np.floating], bias: float, bits: int, version: str, norm: float = 0.5
    ) -> None:
        if weights.shape != (2**bits,):
            raise ValueError(f"weights have shape {weights.shape}, expected ({2**bits},)")
        self.weights = weights.astype(np.float32)
        self.bias = float(bias)
        self.bits = bits
        self.version = version
        self.norm = norm  # each n-gram weighs 1 / n**norm, n the number of n-grams of the text

    @classmethod
    def load(cls, path: Path = ARTIFACT) -> InjectionModel:
        """Read the artifact (no network); its version is a digest of the file."""
        raw = path.read_bytes()
        with np.load(path) as npz:
            weights, bias, bits, norm = npz["weights"], float(npz["bias"]), int(npz["bits"]), float(npz["norm"])
        return cls(weights, bias, bits, "linear-" + hashlib.sha256(raw).hexdigest()[:12], norm)

    def score_whole(self, text: str) -> float:
        """The score of the whole text, as in training."""
        ids = features(text, self.bits).ids
        if not len(ids):
            return _sigmoid(self.bias)
        return _sigmoid(self.bias + float(self.weights[ids].sum()) / len(ids) ** self.norm)

    def score(self, text: str) -> float:
        """The highest score of the whole text, its pieces and pairs of neighbouring pieces."""
        read = reading(text)
        feats = _features(_codes(read), self.bits)
        n = len(feats.ids)
        if not n:
            return _sigmoid(self.bias)
        contributions = self.weights[feats.ids]
        best = float(contributions.sum()) / n**self.norm
        starts = pieces(read)
        if starts:
            piece = np.searchsorted(np.array(starts), feats.positions, side="right")
            count = np.bincount(piece, minlength=len(starts) + 1)
            total = np.bincount(piece, weights=contributions, minlength=len(starts) + 1)
            # Each piece, then each pair of neighbours.
            best = max(
                best,
                float((total / np.maximum(count, PIECE_FLOOR) ** self.norm).max()),
                float(((total[1:] + total[:-1]) / np.maximum(count[1:] + count[:-1], PIECE_FLOOR) ** self.norm).max()),
            )
        return _sigmoid(self.bias + best)


@cache
def default_model() -> InjectionModel:
    """The committed model, loaded once per process."""
    return InjectionModel.load()


def metadata(path: Path = ARTIFACT) -> dict[str, object]:
    """The JSON written beside the artifact: training-data digest, metrics."""
    loaded: dict[str, object] = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return loaded
