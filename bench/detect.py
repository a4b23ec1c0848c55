"""Detection benchmark: ours against vanilla Presidio, on one labelled corpus, in one run.

    python bench/detect.py [--docs N] [--vanilla-call-docs N] [--json]

Speed (docs/s and chars/s, same texts, same spaCy model):
  vanilla Presidio AnalyzerEngine per call; its BatchAnalyzerEngine at the best
  of a few batch sizes; AnalyzerEngine with no NLP engine (pattern recognizers
  only); the ceiling, spaCy's NER alone (nlp.pipe with only what NER needs);
  ours with the default policy in one process and in two; ours with a
  pattern-only policy (pci_dss with NER turned off).
Quality: precision, recall and F1 per entity type for vanilla and ours (a
prediction counts when it overlaps a gold span of the same type); ours runs
with every entity type declared (the union of the built-in policies).
Prompt injection: precision and recall on bench/data/injection.jsonl, and the
false-positive rate on ordinary support text; the classifier's
leave-one-source-out F1 (bench/injection_eval.py).
Generalization (bench/data/generalization.jsonl, a held-out corpus written by
someone who did not read the detector), under EVERY shipped policy: per kind
(and subtype) the share of sensitive values missed (a value is missed when any
of its characters is left in clear on the AI path: not covered by a finding
whose entity the policy protects for the AI) and the share of ordinary values
(order ids, versions, amounts, ...) redacted. `--generalization-only` runs
just that part.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.detect.engine import (  # noqa: E402 - after the sys.path line above
    NLP_BATCH_SIZE,
    SPACY_MODEL,
    Detector,
    ParallelDetector,
    load_ner,
)
from pipeline.policy.model import EntityRule, NerRule, Policy, load_policy  # noqa: E402 - after the sys.path line

DATA = ROOT / "bench" / "data"
POLICIES = ROOT / "topologies" / "policies"
BATCH = 256  # what the stream worker hands the detector at most


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# --- speed ----------------------------------------------------------------------


def timed(run: Callable[[], object], texts: Sequence[str]) -> dict:
    """Wall-clock rates, and docs per CPU-second of this process (robust to a
    busy machine, meaningless for the process pool whose work is elsewhere)."""
    start, cpu_start = time.perf_counter(), time.process_time()
    result = run()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    chars = sum(len(t) for t in texts)
    return {
        "docs_s": len(texts) / seconds,
        "chars_s": chars / seconds,
        "cpu_docs_s": len(texts) / cpu,
        "seconds": seconds,
        "result": result,
    }


def batched(detect: Callable[[list[str]], list], texts: Sequence[str]) -> list:
    out: list = []
    for i in range(0, len(texts), BATCH):
        out.extend(detect(list(texts[i : i + BATCH])))
    return out


def _spin(_: int) -> float:
    start = time.perf_counter()
    total = 0
    for i in range(3_000_000):
        total += i
    return time.perf_counter() - start


def parallel_capacity() -> float:
    """How much faster two processes finish two CPU-bound tasks than one does.

    2.0 on two idle cores; less when other work shares the machine. Printed
    next to ours_2proc/ours so the scaling figure can be read in context.
    """
    import multiprocessing

    one = min(_spin(0) for _ in range(2))
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(_spin, [0, 1])
        start = time.perf_counter()
        pool.map(_spin, [0, 1])
        two = time.perf_counter() - start
    return 2 * one / two


def _cpu_seconds(with_children: bool) -> float:
    t = os.times()
    return t.user + t.system + ((t.children_user + t.children_system) if with_children else 0.0)


def pool_cpu_efficiency(policy: Policy, texts: Sequence[str]) -> float:
    """CPU spent by one process / CPU spent by the two-process pool, same texts.

    Independent of what else runs on the machine: 1.0 means the pool adds no
    work (so two idle cores would give 2x), 0.9 means 10% more CPU for pickling
    and coordination. Worker start-up (model loading) is measured with an
    empty run and subtracted.
    """
    single = Detector.for_policy(policy)
    single.detect_batch(list(texts[:32]))
    start = _cpu_seconds(False)
    batched(single.detect_batch, texts)
    one = _cpu_seconds(False) - start

    def pool_run(run_texts: Sequence[str]) -> float:
        start = _cpu_seconds(True)
        with ParallelDetector.for_policy(policy, processes=2) as parallel:
            batched(parallel.detect_batch, run_texts)
        return _cpu_seconds(True) - start  # the workers have exited: their CPU is counted

    two = pool_run(texts) - pool_run([])
    return one / two


def vanilla_engines():
    """Presidio as shipped: default recognizers, NLP engine on our spaCy model."""
    from presidio_analyzer import (
        AnalyzerEngine,
        BatchAnalyzerEngine,
        RecognizerRegistry,
    )
    from presidio_analyzer.nlp_engine import NlpEngineProvider, NoOpNlpEngine

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    provider = NlpEngineProvider(
        nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": SPACY_MODEL}]}
    )
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine())
    no_op = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}])
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(nlp_engine=no_op)
    for recognizer in list(registry.recognizers):
        if recognizer.name in ("SpacyRecognizer", "StanzaRecognizer", "TransformersRecognizer"):
            registry.remove_recognizer(recognizer.name)
    pattern_only = AnalyzerEngine(nlp_engine=no_op, registry=registry)
    return analyzer, BatchAnalyzerEngine(analyzer_engine=analyzer), pattern_only


def vanilla_spans(results) -> list[tuple[str, int, int]]:
    return [(r.entity_type, r.start, r.end) for r in results]


# --- quality ----------------------------------------------------------------------


def score(records: list[dict], predicted: list[list[tuple[str, int, int]]], engine_types: set[str]) -> dict:
    """Per entity type precision/recall/F1, overlap matching.

    A prediction overlapping a gold span of a type the engine cannot produce
    at all is ignored (Presidio has no STREET_ADDRESS: its LOCATION on the
    city inside an address is not held against it).
    """
    gold_types = {s["entity_type"] for r in records for s in r["spans"]}
    counts = {t: [0, 0, 0] for t in gold_types}  # tp, fp, fn
    for record, preds in zip(records, predicted, strict=True):
        gold = [(s["entity_type"], s["start"], s["end"]) for s in record["spans"]]
        matched = [False] * len(gold)
        for etype, start, end in preds:
            if etype not in gold_types:
                continue
            hit = next(
                (i for i, (g, gs, ge) in enumerate(gold) if not matched[i] and g == etype and start < ge and gs < end),
                None,
            )
            if hit is not None:
                matched[hit] = True
                counts[etype][0] += 1
            elif any(g not in engine_types and start < ge and gs < end for g, gs, ge in gold):
                continue
            else:
                counts[etype][1] += 1
        for (etype, _, _), ok in zip(gold, matched, strict=True):
            if not ok:
                counts[etype][2] += 1
    out = {t: prf(*c) for t, c in sorted(counts.items())}
    out["overall"] = prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    return out


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def union_policy() -> Policy:
    """Every entity type the built-in policies declare, at their thresholds."""
    entities: dict[str, EntityRule] = {}
    for name in ("default", "gdpr_eu", "hipaa_us", "pci_dss"):
        for etype, rule in load_policy(POLICIES / f"{name}.yaml").entities.items():
            entities.setdefault(etype, rule)
    return Policy(id="bench_all", entities=entities)


def checksum_audit(records: list[dict], predicted: list[list[tuple[str, int, int]]]) -> dict:
    """Missed checksum-valid cards/SSNs/IBANs, and findings whose value fails its check."""
    from pipeline.detect.recognizers import PATTERN_RECOGNIZERS

    checked = (
        "CREDIT_CARD",
        "US_SSN",
        "IBAN_CODE",
        "UK_NINO",
        "DE_TAX_ID",
        "ES_NIF",
        "IT_FISCAL_CODE",
        "FR_INSEE",
        "NL_BSN",
    )
    missed = {t: 0 for t in ("CREDIT_CARD", "US_SSN", "IBAN_CODE")}
    invalid = {t: 0 for t in checked}
    for record, preds in zip(records, predicted, strict=True):
        for s in record["spans"]:
            if s["entity_type"] in missed and not any(
                e == s["entity_type"] and a < s["end"] and s["start"] < b for e, a, b in preds
            ):
                missed[s["entity_type"]] += 1
        for etype, start, end in preds:
            if etype in invalid:
                value = record["text"][start:end]
                rec = PATTERN_RECOGNIZERS[etype][0]()
                ok = rec.validate_result(value) if etype != "IBAN_CODE" else bool(list(rec.find(value, 0)))
                invalid[etype] += ok is False
    return {"missed_valid": missed, "findings_failing_checksum": invalid}


def injection_quality(detector: Detector, policy: Policy, corpus_detections: list) -> dict:
    rows = load_jsonl(DATA / "injection.jsonl")
    detections = detector.detect_batch([r["text"] for r in rows])
    flagged = [d.injection_score >= policy.injection.flag_at for d in detections]
    tp = sum(f and r["label"] == 1 for f, r in zip(flagged, rows, strict=True))
    fp = sum(f and r["label"] == 0 for f, r in zip(flagged, rows, strict=True))
    fn = sum(not f and r["label"] == 1 for f, r in zip(flagged, rows, strict=True))
    support = [f for f, r in zip(flagged, rows, strict=True) if r["kind"] == "support"]
    hard = [f for f, r in zip(flagged, rows, strict=True) if r["kind"] == "hard_negative"]
    heldout_attacks = [f for f, r in zip(flagged, rows, strict=True) if r["kind"] == "heldout_attack"]
    heldout_negatives = [f for f, r in zip(flagged, rows, strict=True) if r["kind"] == "heldout_negative"]
    out = prf(tp, fp, fn)
    out.update(
        rows=len(rows),
        attacks=sum(r["label"] for r in rows),
        support_fp_rate=round(sum(support) / len(support), 4),
        hard_negative_fp_rate=round(sum(hard) / len(hard), 4),
        heldout_recall=round(sum(heldout_attacks) / len(heldout_attacks), 4),
        heldout_fp_rate=round(sum(heldout_negatives) / len(heldout_negatives), 4),
        # The PII corpus is ordinary support text too: none of it is an attack.
        corpus_fp_rate=round(
            sum(d.injection_score >= policy.injection.flag_at for d in corpus_detections) / len(corpus_detections), 4
        ),
        corpus_docs=len(corpus_detections),
    )
    return out


# --- generalization ------------------------------------------------------------------

GENERALIZATION = DATA / "generalization.jsonl"
HELDOUT2 = DATA / "heldout2.jsonl"  # a second held-out corpus, written after the first was tuned against
HELDOUT3 = DATA / "heldout3.jsonl"  # a third, written by hand (HELDOUT3.md says what was read of it)
HELDOUT4 = DATA / "heldout4.jsonl"  # a fourth, by hand (HELDOUT4.md says what was read of it)
# A fifth, by hand, in two halves by two authors (HELDOUT5A.md, HELDOUT5B.md say what was read of it)
HELDOUT5A = DATA / "heldout5a.jsonl"
HELDOUT5B = DATA / "heldout5b.jsonl"
# A sixth, likewise (HELDOUT6A.md, HELDOUT6B.md say what was read of it)
HELDOUT6A = DATA / "heldout6a.jsonl"
HELDOUT6B = DATA / "heldout6b.jsonl"
# A seventh, likewise, never read: the honest figures (HELDOUT7A.md, HELDOUT7B.md)
HELDOUT7A = DATA / "heldout7a.jsonl"
HELDOUT7B = DATA / "heldout7b.jsonl"
HELDOUT8A = DATA / "heldout8a.jsonl"
HELDOUT8B = DATA / "heldout8b.jsonl"
HELDOUT9A = DATA / "heldout9a.jsonl"
HELDOUT9B = DATA / "heldout9b.jsonl"
HELDOUT10A = DATA / "heldout10a.jsonl"
HELDOUT10B = DATA / "heldout10b.jsonl"
HELDOUT11A = DATA / "heldout11a.jsonl"
HELDOUT11B = DATA / "heldout11b.jsonl"
HELDOUT12A = DATA / "heldout12a.jsonl"
HELDOUT13A = DATA / "heldout13a.jsonl"
HELDOUT13B = DATA / "heldout13b.jsonl"
HELDOUT14A = DATA / "heldout14a.jsonl"
HELDOUT14B = DATA / "heldout14b.jsonl"
SHIPPED = ("default", "gdpr_eu", "hipaa_us", "pci_dss")


def _protected_mask(text: str, findings, policy: Policy) -> bytearray:
    """1 for every character a finding covers whose entity the policy protects for the AI."""
    from pipeline.policy.model import Action

    mask = bytearray(len(text))
    for f in findings:
        if policy.rule(f.entity_type).ai is not Action.KEEP:
            mask[f.start : f.end] = b"\x01" * (f.end - f.start)
    return mask


def generalization(policy: Policy, records: list[dict], detector: Detector | None = None) -> dict:
    """Missed sensitive values and redacted ordinary values, per kind and subtype, under one policy.

    Kinds the policy explicitly keeps for the AI (`keep`, or NER off for the
    kinds only NER finds) are reported but left out of the overall rate.
    """
    from pipeline.detect.recognizers import NER_LABELS, PATTERN_RECOGNIZERS
    from pipeline.policy.model import Action

    detector = detector or Detector.for_policy(policy)
    detections = batched(detector.detect_batch, [r["text"] for r in records])
    kept = {e for e, rule in policy.entities.items() if rule.ai is Action.KEEP}
    if not policy.ner.enabled:
        kept |= set(NER_LABELS) - set(PATTERN_RECOGNIZERS)
    sens: dict[str, list[int]] = {}  # kind -> [missed, total]
    sub: dict[str, list[int]] = {}
    ordinary: dict[str, list[int]] = {}
    for record, detection in zip(records, detections, strict=True):
        mask = _protected_mask(record["text"], detection.findings, policy)
        for s in record["sensitive"]:
            missed = not all(mask[s["start"] : s["end"]])
            for table, key in ((sens, s["kind"]), (sub, f"{s['kind']}/{s['subtype']}")):
                row = table.setdefault(key, [0, 0])
                row[0] += missed
                row[1] += 1
        for o in record["ordinary"]:
            row = ordinary.setdefault(o["kind"], [0, 0])
            row[0] += any(mask[o["start"] : o["end"]])
            row[1] += 1
    counted = [row for kind, row in sens.items() if kind not in kept]
    missed, total = sum(r[0] for r in counted), sum(r[1] for r in counted)
    redacted, ord_total = sum(r[0] for r in ordinary.values()), sum(r[1] for r in ordinary.values())
    return {
        "policy": policy.id,
        "kept": sorted(kept),
        "miss_rate": round(missed / total, 4) if total else 0.0,
        "missed": missed,
        "sensitive": total,
        "over_redaction_rate": round(redacted / ord_total, 4) if ord_total else 0.0,
        "redacted": redacted,
        "ordinary": ord_total,
        "per_kind": {k: {"missed": m, "total": t, "rate": round(m / t, 4)} for k, (m, t) in sorted(sens.items())},
        "per_subtype": {k: {"missed": m, "total": t, "rate": round(m / t, 4)} for k, (m, t) in sorted(sub.items())},
        "ordinary_per_kind": {
            k: {"redacted": m, "total": t, "rate": round(m / t, 4)} for k, (m, t) in sorted(ordinary.items())
        },
    }


def generalization_all(docs: int = 0, corpus: Path = GENERALIZATION) -> dict[str, dict]:
    records = load_jsonl(corpus)
    if docs:
        records = records[:docs]
    return {name: generalization(load_policy(POLICIES / f"{name}.yaml"), records) for name in SHIPPED}


def print_generalization(results: dict[str, dict], subtypes: bool = False) -> None:
    names = list(results)
    kinds = sorted({k for r in results.values() for k in r["per_kind"]})
    print("\ngeneralization.jsonl: share of sensitive values missed (any character in clear on the AI path)")
    print(f"{'kind':<28}{'n':>7}" + "".join(f"{n:>10}" for n in names))
    for kind in kinds:
        n = results[names[0]]["per_kind"][kind]["total"]
        cells = []
        for name in names:
            rate = results[name]["per_kind"][kind]["rate"]
            cells.append(f"{rate:>9.2%}" + ("k" if kind in results[name]["kept"] else " "))
        print(f"{kind:<28}{n:>7}" + "".join(cells))
    print(f"{'overall (not kept)':<28}{'':>7}" + "".join(f"{results[n]['miss_rate']:>9.2%} " for n in names))
    print("(k: the policy keeps this kind for the AI, or NER is off: left out of overall)")
    if subtypes:
        print(f"\n{'kind/subtype (default)':<44}{'n':>7}{'missed':>9}")
        for key, row in results[names[0]]["per_subtype"].items():
            if row["missed"]:
                print(f"{key:<44}{row['total']:>7}{row['rate']:>9.2%}")
    print(f"\n{'ordinary values redacted':<28}{'n':>7}" + "".join(f"{n:>10}" for n in names))
    for kind in sorted(results[names[0]]["ordinary_per_kind"]):
        n = results[names[0]]["ordinary_per_kind"][kind]["total"]
        print(f"{kind:<28}{n:>7}" + "".join(f"{results[x]['ordinary_per_kind'][kind]['rate']:>9.2%} " for x in names))
    print(f"{'overall':<28}{'':>7}" + "".join(f"{results[n]['over_redaction_rate']:>9.2%} " for n in names))


# --- main ---------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=0, help="use the first N corpus records (0 = all)")
    parser.add_argument("--vanilla-call-docs", type=int, default=500, help="records for the slow per-call baseline")
    parser.add_argument("--batch-sizes", default="8,32,128", help="BatchAnalyzerEngine batch sizes to try")
    parser.add_argument("--repeats", type=int, default=3, help="timed rounds per engine; the best counts")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--generalization-only", action="store_true", help="only the held-out corpus, every policy")
    parser.add_argument("--generalization-docs", type=int, default=0, help="first N held-out records (0 = all)")
    parser.add_argument("--subtypes", action="store_true", help="also list the subtypes with misses (default policy)")
    parser.add_argument(
        "--held-out",
        type=Path,
        default=GENERALIZATION,
        help=f"held-out corpus for --generalization-only (default {GENERALIZATION.name}; also {HELDOUT2.name}, {HELDOUT3.name}, {HELDOUT4.name})",
    )
    args = parser.parse_args(argv)
    if args.generalization_only:
        held_out = generalization_all(args.generalization_docs, args.held_out)
        if args.json:
            print(json.dumps(held_out, indent=2))
        else:
            print_generalization(held_out, args.subtypes)
        return 0

    records = load_jsonl(DATA / "corpus.jsonl")
    if args.docs:
        records = records[: args.docs]
    texts = [r["text"] for r in records]
    log = (lambda *a: print(*a, file=sys.stderr)) if args.json else print
    log(f"corpus: {len(texts)} records, {sum(map(len, texts))} chars")

    # Every engine is warmed up, then timed `--repeats` times in interleaved
    # rounds; the best round counts (the machine is shared, noise only slows).
    nlp = load_ner()
    default = load_policy(POLICIES / "default.yaml")
    ours = Detector.for_policy(default)
    # Pattern-only: pci_dss with NER turned off (deny by default runs NER under every shipped policy).
    pattern_policy = load_policy(POLICIES / "pci_dss.yaml").model_copy(
        update={"ner": NerRule(enabled=False, reason="bench: pattern-only throughput")}
    )
    pci = Detector.for_policy(pattern_policy)
    parallel = ParallelDetector.for_policy(default, processes=2)
    analyzer, batch_analyzer, pattern_only = vanilla_engines()
    call_texts = texts[: args.vanilla_call_docs]
    sizes = [int(s) for s in args.batch_sizes.split(",")]

    runs: dict[str, tuple[Callable[[], object], Sequence[str]]] = {
        "ceiling": (lambda: list(nlp.pipe(texts, batch_size=NLP_BATCH_SIZE)), texts),
        "ours": (lambda: batched(ours.detect_batch, texts), texts),
        "ours_2proc": (lambda: batched(parallel.detect_batch, texts), texts),
        "ours_pattern_only": (lambda: batched(pci.detect_batch, texts), texts),
        "vanilla_call": (lambda: [analyzer.analyze(t, language="en") for t in call_texts], call_texts),
        "vanilla_pattern_only": (lambda: [pattern_only.analyze(t, language="en") for t in texts], texts),
    }
    for size in sizes:
        runs[f"vanilla_batch_{size}"] = (
            lambda size=size: list(batch_analyzer.analyze_iterator(texts, language="en", batch_size=size)),
            texts,
        )
    warm = texts[:32]
    list(nlp.pipe(warm)), ours.detect_batch(warm), pci.detect_batch(warm), parallel.detect_batch(warm)
    analyzer.analyze(warm[0], language="en"), pattern_only.analyze(warm[0], language="en")

    speed: dict[str, dict] = {}
    capacity: list[float] = []
    for round_no in range(args.repeats):
        capacity.append(parallel_capacity())
        for name, (run, run_texts) in runs.items():
            result = timed(run, run_texts)
            if name not in speed or result["docs_s"] > speed[name]["docs_s"]:
                best_cpu = max(result["cpu_docs_s"], speed.get(name, {}).get("cpu_docs_s", 0.0))
                speed[name] = result
                speed[name]["cpu_docs_s"] = best_cpu
            else:
                speed[name]["cpu_docs_s"] = max(speed[name]["cpu_docs_s"], result["cpu_docs_s"])
            log(f"  round {round_no + 1} {name}: {result['docs_s']:.1f} docs/s")
    parallel.close()
    best_size = max(sizes, key=lambda size: speed[f"vanilla_batch_{size}"]["docs_s"])
    best = speed["vanilla_batch"] = speed[f"vanilla_batch_{best_size}"]
    best["batch_size"] = best_size
    for size in sizes:
        del speed[f"vanilla_batch_{size}"]

    # Quality: vanilla from its batch run, ours with every entity type declared.
    vanilla_pred = [vanilla_spans(r) for r in best["result"]]
    vanilla_types = {e for p in vanilla_pred for e, _, _ in p} | set(analyzer.get_supported_entities("en"))
    everything = union_policy()
    ours_all = Detector.for_policy(everything)
    ours_detections = batched(ours_all.detect_batch, texts)
    ours_pred = [[(f.entity_type, f.start, f.end) for f in d.findings] for d in ours_detections]
    f1 = {
        "vanilla": score(records, vanilla_pred, vanilla_types),
        "ours": score(records, ours_pred, set(everything.entities)),
    }
    checks = checksum_audit(records, ours_pred)
    injection = injection_quality(ours_all, default, ours_detections)

    figures = {f"{name}_docs_s": round(run["docs_s"], 1) for name, run in speed.items()}
    figures.update({f"{name}_chars_s": round(run["chars_s"]) for name, run in speed.items()})
    figures["vanilla_best_batch_size"] = best["batch_size"]
    ratios = {
        "ours_over_vanilla_best": speed["ours"]["docs_s"]
        / max(speed["vanilla_batch"]["docs_s"], speed["vanilla_call"]["docs_s"]),
        "ours_over_vanilla_call": speed["ours"]["docs_s"] / speed["vanilla_call"]["docs_s"],
        "ours_over_ceiling": speed["ours"]["docs_s"] / speed["ceiling"]["docs_s"],
        "ours_2proc_over_ours": speed["ours_2proc"]["docs_s"] / speed["ours"]["docs_s"],
        "ours_pattern_only_over_vanilla_pattern_only": speed["ours_pattern_only"]["docs_s"]
        / speed["vanilla_pattern_only"]["docs_s"],
    }
    figures["ratios"] = {k: round(v, 2) for k, v in ratios.items()}
    cpu = {name: speed[name]["cpu_docs_s"] for name in speed if name != "ours_2proc"}
    figures["cpu_docs_s"] = {k: round(v, 1) for k, v in cpu.items()}
    figures["ratios_cpu"] = {
        "ours_over_vanilla_best": round(cpu["ours"] / max(cpu["vanilla_batch"], cpu["vanilla_call"]), 2),
        "ours_over_ceiling": round(cpu["ours"] / cpu["ceiling"], 2),
        "ours_pattern_only_over_vanilla_pattern_only": round(cpu["ours_pattern_only"] / cpu["vanilla_pattern_only"], 2),
    }
    figures["machine_2proc_capacity"] = round(max(capacity), 2)
    figures["ours_2proc_cpu_efficiency"] = round(pool_cpu_efficiency(default, texts), 3)
    figures["f1"] = {engine: {t: m["f1"] for t, m in per_type.items()} for engine, per_type in f1.items()}
    figures["quality"] = f1
    figures["checksums"] = checks
    figures["injection"] = injection
    from bench.injection_eval import evaluate as injection_loso

    loso = injection_loso()
    figures["injection_loso_f1_en"] = loso["pooled_f1_en"]
    figures["injection_loso_f1_eu"] = loso["pooled_f1_eu"]
    figures["injection_fp_support"] = loso["fp_support"]
    figures["injection_loso"] = loso
    figures["docs"] = len(texts)
    figures["vanilla_call_docs"] = len(call_texts)
    held_out = generalization_all(args.generalization_docs)
    figures["generalization_miss_rate"] = held_out["default"]["miss_rate"]
    figures["generalization_over_redaction_rate"] = held_out["default"]["over_redaction_rate"]
    figures["generalization"] = held_out
    for name, corpus in (
        ("heldout2", HELDOUT2),
        ("heldout3", HELDOUT3),
        ("heldout4", HELDOUT4),
        ("heldout5a", HELDOUT5A),
        ("heldout5b", HELDOUT5B),
        ("heldout6a", HELDOUT6A),
        ("heldout6b", HELDOUT6B),
        ("heldout7a", HELDOUT7A),
        ("heldout7b", HELDOUT7B),
        ("heldout8a", HELDOUT8A),
        ("heldout8b", HELDOUT8B),
        ("heldout9a", HELDOUT9A),
        ("heldout9b", HELDOUT9B),
        ("heldout10a", HELDOUT10A),
        ("heldout10b", HELDOUT10B),
        ("heldout11a", HELDOUT11A),
        ("heldout11b", HELDOUT11B),
        ("heldout12a", HELDOUT12A),
        ("heldout13a", HELDOUT13A),
        ("heldout13b", HELDOUT13B),
        ("heldout14a", HELDOUT14A),
        ("heldout14b", HELDOUT14B),
    ):
        result = generalization_all(corpus=corpus)
        figures[f"{name}_miss_rate"] = result["default"]["miss_rate"]
        figures[f"{name}_over_redaction_rate"] = result["default"]["over_redaction_rate"]
        figures[name] = result

    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"\n{'engine':<28}{'docs/s':>10}{'chars/s':>12}{'docs/cpu-s':>12}")
    for name in (
        "vanilla_call",
        "vanilla_batch",
        "vanilla_pattern_only",
        "ceiling",
        "ours",
        "ours_2proc",
        "ours_pattern_only",
    ):
        cpu_rate = f"{speed[name]['cpu_docs_s']:>12.1f}" if name != "ours_2proc" else f"{'-':>12}"
        print(f"{name:<28}{speed[name]['docs_s']:>10.1f}{speed[name]['chars_s']:>12.0f}{cpu_rate}")
    print(f"(vanilla best batch size {best['batch_size']}; per-call on {len(call_texts)} records)")
    print()
    for k, v in ratios.items():
        print(f"{k:<48}{v:>8.2f}")
    for k, v in figures["ratios_cpu"].items():
        print(f"{k + ' (cpu)':<48}{v:>8.2f}")
    print(f"{'machine_2proc_capacity (2.0 = two idle cores)':<48}{max(capacity):>8.2f}")
    print(f"{'ours_2proc_cpu_efficiency (1.0 = no pool overhead)':<48}{figures['ours_2proc_cpu_efficiency']:>8.3f}")
    print(f"\n{'entity type':<24}{'vanilla P/R/F1':>24}{'ours P/R/F1':>24}")
    for etype in f1["ours"]:
        v, o = f1["vanilla"][etype], f1["ours"][etype]
        print(
            f"{etype:<24}{v['precision']:>8.3f}{v['recall']:>8.3f}{v['f1']:>8.3f}{o['precision']:>8.3f}{o['recall']:>8.3f}{o['f1']:>8.3f}"
        )
    print(f"\nchecksums: {checks}")
    print(f"injection: {injection}")
    print(
        f"injection leave-one-source-out F1: en {loso['pooled_f1_en']}, de/fr/es/it {loso['pooled_f1_eu']}; "
        f"support FP {loso['fp_support']}; classifier {loso['us_per_text']} us/text"
    )
    print_generalization(held_out, args.subtypes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
