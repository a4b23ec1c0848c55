"""`veilstream scan`: try a policy on sample data before deploying it.

Reads JSON lines `{"text": ...}` (stdin by default) and writes one JSON line
per input with the findings and the injection score. Matched values are
never printed unless --show-values is given.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING

import click

from pipeline.cli.params import FILE

if TYPE_CHECKING:
    from pipeline.policy import Policy

BATCH = 64


def _texts(stream: IO[str], source: str) -> Iterator[str]:
    for lineno, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise click.ClickException(f"{source}:{lineno}: not JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise click.ClickException(f'{source}:{lineno}: expected an object with a string "text" field')
        yield obj["text"]


def _batches(items: Iterator[str], size: int) -> Iterator[list[str]]:
    while batch := list(islice(items, size)):
        yield batch


@click.command()
@click.option(
    "--policy",
    "policy_name",
    default="default",
    show_default=True,
    help="Built-in policy name (topologies/policies/<name>.yaml) or a policy file.",
)
@click.option(
    "--input",
    "input_path",
    type=FILE,
    help='JSON lines file with a "text" field per line; stdin when omitted.',
)
@click.option("--show-values", is_flag=True, help="Also print each matched value (it is PII: keep it local).")
@click.option(
    "--processes", type=click.IntRange(1, 64), default=1, show_default=True, help="Detector worker processes."
)
def scan(policy_name: str, input_path: Path | None, show_values: bool, processes: int) -> None:
    """Scan JSON lines with a policy; print findings as JSON lines."""
    from tqdm import tqdm

    from pipeline.detect.engine import Detector, DetectorError, ParallelDetector
    from pipeline.policy.model import PolicyError, resolve_policy
    from pipeline.settings import get_settings

    try:
        policy = resolve_policy(policy_name, get_settings().topologies_dir / "policies")
        detector = ParallelDetector.for_policy(policy, processes) if processes > 1 else Detector.for_policy(policy)
    except (PolicyError, DetectorError) as exc:
        raise click.ClickException(str(exc)) from None

    stream = input_path.open(encoding="utf-8") if input_path else sys.stdin
    source = str(input_path) if input_path else "<stdin>"
    total = None
    if input_path:
        with input_path.open("rb") as counted:
            total = sum(1 for line in counted if line.strip())
    progress = tqdm(total=total, unit="doc", file=sys.stderr, disable=input_path is None, desc=source)
    out = sys.stdout
    try:
        for batch in _batches(_texts(stream, source), BATCH):
            for text, detection in zip(batch, detector.detect_batch(batch), strict=True):
                findings = []
                for f in detection.findings:
                    item = {
                        "entity_type": f.entity_type,
                        "start": f.start,
                        "end": f.end,
                        "score": f.score,
                        "recognizer": f.recognizer,
                    }
                    if show_values:
                        item["value"] = text[f.start : f.end]
                    findings.append(item)
                out.write(
                    json.dumps(
                        {
                            "findings": findings,
                            "injection_score": detection.injection_score,
                            "injection_rules": list(detection.injection_rules),
                            "injection_action": _injection_action(policy, detection.injection_score),
                        }
                    )
                    + "\n"
                )
            progress.update(len(batch))
    finally:
        progress.close()
        if input_path:
            stream.close()
        if isinstance(detector, ParallelDetector):
            detector.close()


def _injection_action(policy: Policy, score: float) -> str:
    if score >= policy.injection.block_at:
        return "block"
    if score >= policy.injection.flag_at:
        return "flag"
    return "none"
