"""Prompt-injection evaluation by source: generalization, not memory.

    python bench/injection_eval.py [--json]

Leave-one-source-out: for each source of bench/data/injection/ (the six
public ones and our own rows), the classifier is trained on all the other
sources and scores the one left out, combined with the rules exactly as the
detector does (pipeline.detect.injection.assess), flagged at the default
policy's `flag_at`. Per left-out source: recall (attack-only sources),
false-positive rate (benign-only) or F1 (mixed). Pooled F1 over every
left-out prediction of the public sources, for English and for DE/FR/ES/IT
(our own rows are reported, never pooled). Ordinary support text: our own
negatives and Banking77 by 3-fold cross-validation within their source, plus
the PII corpus (chats, tickets, emails, clinical notes, EU helpdesk) and the
support rows of bench/data/injection.jsonl, which no model is trained on.
Held out: bench/data/injection_eval14.jsonl, written by someone who never
saw the classifier, its rules or its training rows, frozen before any
tuning and never trained on, scored by the full model per language.
No figure here comes from a row its model was trained on.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.train_injection import Features, fit, load_jsonl, load_rows  # noqa: E402 - after sys.path
from pipeline.detect import injection  # noqa: E402
from pipeline.detect.injection_model import InjectionModel, default_model  # noqa: E402
from pipeline.policy.model import load_policy  # noqa: E402

DATA = ROOT / "bench" / "data"
OURS = "veilstream/"  # our own sources: each left out in its own fold, never pooled
BANKING = "PolyAI-LDN/task-specific-datasets"
EU = ("de", "fr", "es", "it")
FOLDS = 3


def f1(pairs: Sequence[tuple[int, bool]]) -> float:
    tp = sum(label == 1 and flag for label, flag in pairs)
    fp = sum(label == 0 and flag for label, flag in pairs)
    fn = sum(label == 1 and not flag for label, flag in pairs)
    return round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0


def _per_source(rows: list[dict], flags: list[bool]) -> dict:
    labels = {r["label"] for r in rows}
    pairs = [(r["label"], f) for r, f in zip(rows, flags, strict=True)]
    out: dict = {"rows": len(rows), "attacks": sum(r["label"] for r in rows)}
    if labels == {1}:
        out.update(metric="recall", value=round(sum(flags) / len(flags), 4))
    elif labels == {0}:
        out.update(metric="fpr", value=round(sum(flags) / len(flags), 4))
    else:
        out.update(metric="f1", value=f1(pairs))
    return out


def evaluate(rows: list[dict] | None = None, full: InjectionModel | None = None) -> dict:
    """The leave-one-source-out report, and the support-text FP rate of FULL
    (by default the committed model) on the texts no model is trained on."""
    rows = load_rows() if rows is None else rows
    flag_at = load_policy(ROOT / "topologies" / "policies" / "default.yaml").injection.flag_at
    sources = sorted({r["source"] for r in rows})
    per_source: dict[str, dict] = {}
    left_out: list[tuple[dict, bool, bool]] = []  # row, flagged (combined), flagged by the model alone
    cache = Features()  # each text is featurized once for all the folds
    for source in sources:
        model = fit([r for r in rows if r["source"] != source], cache=cache)
        test = [r for r in rows if r["source"] == source]
        scored = [injection.assess(r["text"], model) for r in test]
        flags = [a.score >= flag_at for a in scored]
        model_flags = [a.model_score >= flag_at for a in scored]
        per_source[source] = _per_source(test, flags)
        per_source[source]["model_only"] = _per_source(test, model_flags)["value"]
        per_source[source]["rules_only"] = _per_source(test, [bool(a.rules) and a.score >= flag_at for a in scored])[
            "value"
        ]
        left_out += [(r, f, m) for r, f, m in zip(test, flags, model_flags, strict=True)]

    def pooled(keep, index: int = 1) -> float:
        return f1([(r["label"], item[index]) for item in left_out if keep(r := item[0])])

    def public(r: dict) -> bool:
        return not r["source"].startswith(OURS)

    report: dict = {"flag_at": flag_at, "per_source": per_source}
    report["pooled_f1_en"] = pooled(lambda r: public(r) and r["lang"] == "en")
    report["pooled_f1_eu"] = pooled(lambda r: public(r) and r["lang"] in EU)
    report["pooled_f1_all"] = pooled(public)
    report["model_only_pooled_f1_en"] = pooled(lambda r: public(r) and r["lang"] == "en", 2)
    report["model_only_pooled_f1_eu"] = pooled(lambda r: public(r) and r["lang"] in EU, 2)
    report["pooled_f1_eu_by_lang"] = {lang: pooled(lambda r, lang=lang: public(r) and r["lang"] == lang) for lang in EU}
    report["public_left_out_rows"] = sum(public(item[0]) for item in left_out)

    # Ordinary support text. Our negatives and Banking77 by k-fold within
    # their source (the deployed model is trained on the rest of them: is a
    # new ticket flagged?); the PII corpus and bench support rows, which no
    # model is trained on, by the full model.
    full = default_model() if full is None else full
    support_flags = []
    for source in (OURS + "own", BANKING):
        held = [i for i, r in enumerate(rows) if r["source"] == source]
        for fold in range(FOLDS):
            test_ids = set(held[fold::FOLDS])
            model = fit([r for i, r in enumerate(rows) if i not in test_ids], cache=cache)
            support_flags += [
                injection.assess(rows[i]["text"], model).score >= flag_at
                for i in sorted(test_ids)
                if rows[i]["label"] == 0
            ]
    corpus = [r["text"] for r in load_jsonl(DATA / "corpus.jsonl")]
    bench_rows = load_jsonl(DATA / "injection.jsonl")
    support_texts = corpus + [r["text"] for r in bench_rows if r["kind"] in ("support", "hard_negative")]
    support_flags += [injection.assess(t, full).score >= flag_at for t in support_texts]
    report["fp_support"] = round(sum(support_flags) / len(support_flags), 4)
    report["fp_support_rows"] = len(support_flags)
    attacks = [r["text"] for r in bench_rows if r["label"] == 1]
    report["bench_attacks_recall"] = round(
        sum(injection.assess(t, full).score >= flag_at for t in attacks) / len(attacks), 4
    )
    report["us_per_text"] = round(cost_us(full, corpus), 1)
    report["held_out"] = held_out(full, flag_at)
    return report


def held_out(model: InjectionModel, flag_at: float) -> dict:
    """F1, precision and recall on the frozen evaluation set, per language and overall."""
    rows = load_jsonl(DATA / "injection_eval14.jsonl")
    scored = [injection.assess(r["text"], model) for r in rows]
    out: dict = {}
    for lang in ["all", *sorted({r["lang"] for r in rows})]:
        chosen = [(r, a) for r, a in zip(rows, scored, strict=True) if lang in ("all", r["lang"])]
        flags = [(r["label"], a.score >= flag_at) for r, a in chosen]
        tp = sum(label and flag for label, flag in flags)
        out[lang] = {
            "rows": len(chosen),
            "f1": f1(flags),
            "precision": round(tp / max(1, sum(flag for _, flag in flags)), 4),
            "recall": round(tp / max(1, sum(label for label, _ in flags)), 4),
            "model_only_f1": f1([(r["label"], a.model_score >= flag_at) for r, a in chosen]),
            "rules_only_f1": f1([(r["label"], bool(a.rules) and a.score >= flag_at) for r, a in chosen]),
        }
    return out


def cost_us(model: InjectionModel, texts: Sequence[str], repeats: int = 3) -> float:
    """Classifier CPU time per text (best of a few rounds), in microseconds."""
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        for text in texts:
            model.score(text)
        best = min(best, time.process_time() - start)
    return best / len(texts) * 1e6


def print_report(report: dict) -> None:
    print(f"leave-one-source-out, flagged at {report['flag_at']} (combined rules + model; model alone; rules alone)")
    print(f"{'left-out source':<38}{'rows':>6}{'attacks':>8}{'metric':>8}{'value':>8}{'model':>8}{'rules':>8}")
    for source, m in report["per_source"].items():
        print(
            f"{source:<38}{m['rows']:>6}{m['attacks']:>8}{m['metric']:>8}{m['value']:>8.3f}{m['model_only']:>8.3f}{m['rules_only']:>8.3f}"
        )
    print(
        f"pooled F1 (public sources)   en {report['pooled_f1_en']:.3f}   de/fr/es/it {report['pooled_f1_eu']:.3f}"
        f"   all {report['pooled_f1_all']:.3f}   (model alone: en {report['model_only_pooled_f1_en']:.3f},"
        f" eu {report['model_only_pooled_f1_eu']:.3f})"
    )
    print(f"pooled F1 by EU language: {report['pooled_f1_eu_by_lang']}")
    print(f"false positives on support text: {report['fp_support']:.4f} of {report['fp_support_rows']}")
    print(f"bench/data/injection.jsonl attacks recall (full model): {report['bench_attacks_recall']:.3f}")
    print(f"classifier cost: {report['us_per_text']:.1f} us per text (PII corpus)")
    print("held out (bench/data/injection_eval14.jsonl, full model): F1 / precision / recall; model alone; rules alone")
    for lang, m in report["held_out"].items():
        print(
            f"  {lang:<4}{m['rows']:>5} rows   {m['f1']:.3f} / {m['precision']:.3f} / {m['recall']:.3f}"
            f"   {m['model_only_f1']:.3f}   {m['rules_only_f1']:.3f}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = evaluate()
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_report(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
