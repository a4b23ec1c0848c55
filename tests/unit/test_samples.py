"""The sample generator: deterministic, valid card checksums, seeded values present."""

import json

from pipeline.fakepii import luhn_complete
from pipeline.samples import generate


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def test_luhn_complete_makes_valid_numbers():
    import random

    rng = random.Random(1)
    assert all(luhn_ok(luhn_complete("4111", 16, rng)) for _ in range(200))


def test_generation_is_deterministic_and_seeds_its_values():
    a, b = generate(120, seed=3), generate(120, seed=3)
    assert [s.payload for s in a] == [s.payload for s in b]
    kinds = {s.kind for s in a}
    assert {"ticket", "secret", "malformed"} <= kinds
    for s in a:
        if s.kind == "ticket":
            text = json.loads(s.payload)["text"]
            assert all(v in text for v in s.seeded)
    assert sum(1 for s in a if s.seeded) > len(a) * 0.7
