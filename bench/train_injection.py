"""Train the prompt-injection classifier from the committed data; write the artifact.

    python bench/train_injection.py [--no-eval]

Features are pipeline.detect.injection_model.features (hashed character
2..5-grams and word 1..2-grams); the model is scikit-learn's logistic
regression with a fixed seed; the weights go to
pipeline/detect/models/injection_linear.npz and the training-data digest,
parameters and leave-one-source-out metrics (bench/injection_eval.py) to the
JSON beside it. The same data gives the same artifact, byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import itertools
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.detect.injection_model import (  # noqa: E402 - after sys.path
    ARTIFACT,
    CHAR_NGRAMS,
    PIECE_FLOOR,
    InjectionModel,
    features,
    pieces,
    reading,
)

DATA = ROOT / "bench" / "data" / "injection"
FILES = ("public.jsonl", "own.jsonl", "written_a.jsonl", "written_b.jsonl", "written_c.jsonl")
# Rows written by hand for us, each file by one author who saw neither the
# classifier nor the other data: each file is one source of its own.
WRITTEN = {
    name: "veilstream/" + name.removesuffix(".jsonl").replace("_", "-") for name in FILES if name.startswith("written_")
}
BITS = 18
NORM = float(os.environ.get("INJ_NORM", "0.5"))
ALPHA = float(os.environ.get("INJ_ALPHA", "1e-5"))  # L2 regularisation
EPOCHS = 30
# Share of the total weight per label: attacks are the rarer case, so a text
# the model knows nothing about scores low.
PRIOR = {0: 0.75, 1: 0.25}
SEED = 17


def load_jsonl(path: Path) -> list[dict]:
    """One JSON object per line (split on newlines only: a text may hold other line breaks)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def load_rows(files: Sequence[str] = FILES) -> list[dict]:
    return [{"source": WRITTEN.get(name), **row} for name in files for row in load_jsonl(DATA / name)]


def data_digest(files: Sequence[str] = FILES) -> str:
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode() + b"\0" + (DATA / name).read_bytes())
    return digest.hexdigest()


def matrix(texts: Sequence[str], bits: int = BITS, norm: float = None):
    """The sparse feature matrix, exactly as InjectionModel scores a whole text."""
    from scipy.sparse import csr_matrix

    indptr, indices, values = [0], [], []
    for text in texts:
        ids = features(text, bits).ids
        indices.append(ids)
        values.append(np.full(len(ids), 1.0 / max(len(ids), 1) ** (NORM if norm is None else norm)))
        indptr.append(indptr[-1] + len(ids))
    m = csr_matrix((np.concatenate(values), np.concatenate(indices), indptr), shape=(len(texts), 2**bits))
    m.sum_duplicates()
    return m


def benign_pieces(rows: Sequence[dict]) -> list[dict]:
    """The sentences and lines of benign rows, as benign rows of their own.

    The model also scores pieces of a text (to find an attack inside a
    ticket), so it must learn that a piece of an ordinary text is ordinary.
    Pieces of attacks are not added: a piece of a jailbreak is often harmless.
    """
    out = []
    for r in rows:
        if r["label"] == 0:
            read = reading(r["text"])
            starts = [0, *pieces(read), len(read)]
            for a, b in itertools.pairwise(starts):
                if len(starts) > 2:
                    out.append({**r, "text": read[a:b]})
    return out


class Features:
    """Feature rows of texts, computed once (the evaluation refits many times)."""

    def __init__(self, bits: int = BITS) -> None:
        self.bits = bits
        self._rows: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def matrix(self, texts: Sequence[str]):
        from scipy.sparse import csr_matrix

        for text in texts:
            if text not in self._rows:
                one = matrix([text], self.bits)
                self._rows[text] = (one.indices, one.data)
        indptr = np.cumsum([0] + [len(self._rows[t][0]) for t in texts])
        indices = np.concatenate([self._rows[t][0] for t in texts])
        data = np.concatenate([self._rows[t][1] for t in texts])
        return csr_matrix((data, indices, indptr), shape=(len(texts), 2**self.bits))


def fit(
    rows: Sequence[dict], bits: int = BITS, alpha: float = ALPHA, seed: int = SEED, cache: Features | None = None
) -> InjectionModel:
    """Logistic regression (SGD, fixed seed) on the rows and the pieces of the benign ones.

    Sample weights make each (source, label) group count with the square root
    of its size, so one big source does not drown the others; both labels
    weigh PRIOR in total.
    """
    from sklearn.linear_model import SGDClassifier

    rows = [*rows, *benign_pieces(rows)]
    groups: dict[tuple[str, int], int] = {}
    for r in rows:
        groups[(r["source"], r["label"])] = groups.get((r["source"], r["label"]), 0) + 1
    weight = np.array([np.sqrt(groups[(r["source"], r["label"])]) / groups[(r["source"], r["label"])] for r in rows])
    labels = np.array([r["label"] for r in rows])
    for label in (0, 1):
        weight[labels == label] *= PRIOR[label] * len(rows) / weight[labels == label].sum()
    cache = Features(bits) if cache is None else cache
    model = SGDClassifier(loss="log_loss", alpha=alpha, max_iter=EPOCHS, tol=None, random_state=seed)
    model.fit(cache.matrix([r["text"] for r in rows]), labels, sample_weight=weight)
    return InjectionModel(model.coef_[0].astype(np.float32), float(model.intercept_[0]), bits, "unsaved", NORM)


def save(model: InjectionModel, path: Path, meta: dict) -> InjectionModel:
    buf = io.BytesIO()
    # float16 weights: a quarter of the size, and the scores move by < 1e-3.
    np.savez_compressed(
        buf,
        weights=model.weights.astype(np.float16),
        bias=np.float64(model.bias),
        bits=np.int64(model.bits),
        norm=np.float64(model.norm),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())
    saved = InjectionModel.load(path)
    meta = {"version": saved.version, "sha256": hashlib.sha256(buf.getvalue()).hexdigest(), **meta}
    path.with_suffix(".json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return saved


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-eval", action="store_true", help="skip the leave-one-source-out evaluation")
    args = parser.parse_args(argv)
    rows = load_rows()
    meta: dict = {
        "data": {name: hashlib.sha256((DATA / name).read_bytes()).hexdigest() for name in FILES},
        "data_digest": data_digest(),
        "rows": len(rows),
        "attacks": sum(r["label"] for r in rows),
        "features": {
            "bits": BITS,
            "char_ngrams": list(CHAR_NGRAMS),
            "word_ngrams": [1, 2],
            "lowercase": True,
            "numbers_read_as_one_digit": True,
            "norm": NORM,
            "piece_floor": PIECE_FLOOR,
        },
        "model": {"kind": "logistic_regression", "solver": "sgd", "alpha": ALPHA, "epochs": EPOCHS, "seed": SEED},
    }
    model = fit(rows)
    if not args.no_eval:
        from bench.injection_eval import evaluate, print_report

        report = evaluate(rows, full=model)
        print_report(report)
        meta["metrics"] = report
    model = save(model, ARTIFACT, meta)
    print(f"wrote {ARTIFACT.relative_to(ROOT)} ({ARTIFACT.stat().st_size} bytes), version {model.version}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
