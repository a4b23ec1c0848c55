"""The `veilstream` command.

Each command lives in its own module under pipeline/cli/ and is imported only
when it is run, so `veilstream --help` stays fast and a heavy dependency of
one command (spaCy, say) never slows another.
"""

from __future__ import annotations

import importlib

import click

# command name -> "module:attribute" of a click command or group
COMMANDS: dict[str, str] = {
    "dev": "pipeline.cli.dev:dev",
    "produce": "pipeline.cli.produce:produce",
    "tail": "pipeline.cli.tail:tail",
    "run": "pipeline.cli.run:run",
    "demo": "pipeline.cli.demo:demo",
    "scan": "pipeline.cli.scan:scan",
    "audit": "pipeline.cli.audit:audit",
    "evidence": "pipeline.cli.evidence:evidence",
    "readiness": "pipeline.cli.readiness:readiness",
    "topology": "pipeline.cli.topology:topology",
    "policy": "pipeline.cli.policy:policy",
    "keys": "pipeline.cli.keys:keys",
    "restore": "pipeline.cli.restore:restore",
    "erase": "pipeline.cli.erase:erase",
    "subject": "pipeline.cli.subject:subject",
    "apikeys": "pipeline.cli.apikeys:apikeys",
    "hold": "pipeline.cli.hold:hold",
    "assurance": "pipeline.cli.assurance:assurance",
}

HELP = {
    "dev": "Start, stop and inspect the embedded broker and S3/KMS server.",
    "produce": "Produce sample or file events to a raw topic.",
    "tail": "Print the records of a topic, decoded, for humans.",
    "run": "Run the stream workers of a topology.",
    "demo": "Run the whole pipeline on generated support tickets.",
    "scan": "Scan JSON lines with a policy and print the findings (try a policy on sample data).",
    "audit": "Run the audit sink: audit.events to hash-chained, object-locked S3 objects.",
    "evidence": "Snapshot, verify and export the signed daily evidence.",
    "readiness": "Monthly readiness check: one WARN line per gap, exit 1 if any.",
    "topology": "Validate, plan, deploy, run and inspect topology files.",
    "policy": "Test policies against their seeded cases; diff two policies.",
    "keys": "Create and rotate the key-encryption key; expire vault keys.",
    "restore": "Put the originals back into an AI answer (audited).",
    "erase": "Crypto-shred one subject: destroy its keys, tombstone its vault.",
    "subject": "Subject rights: locate a subject's data in topics and S3.",
    "apikeys": "API keys for restore/erase/locate, bound to tenant and role.",
    "hold": "Legal holds: refuse a subject's erasure and keep the archive under hold.",
    "assurance": "Continuous assurance: re-scan AI-bound topics with a stricter detector.",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attr = target.split(":")
        return getattr(importlib.import_module(module), attr)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # Short help without importing every command module.
        with formatter.section("Commands"):
            formatter.write_dl([(name, HELP.get(name, "")) for name in self.list_commands(ctx)])


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="veilstream")
def main() -> None:
    """Veilstream keeps personal data out of AI providers on Kafka.

    Upstream services produce raw text events to raw.<stream>; Veilstream
    detects PII, secrets and prompt injection, and routes tokenized records to
    ai.<stream>, encrypted ones to store.<stream>, blocked ones to
    quarantine.<stream> and malformed ones to dlq.<stream>, with one audit
    event per decision.

    \b
    Quick start:
      veilstream dev up                    # embedded broker + S3/KMS
      veilstream demo                      # generated tickets end to end
      veilstream tail ai.support-tickets   # what the AI vendor sees
    """
