"""The `veilstream` command.

Each command lives in its own module under pipeline/cli/ and is imported only
when it is run, so `veilstream --help` stays fast and a heavy dependency of
one command (spaCy, say) never slows another.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
from pathlib import Path

import click

from pipeline.cli import exits
from pipeline.errors import ServiceUnavailable

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
    "incident": "pipeline.cli.incident:incident",
    "assurance": "pipeline.cli.assurance:assurance",
}


def short_help(target: str, limit: int) -> str:
    """A command's one-line help, from its docstring, read without importing its module."""
    module, attr = target.split(":")
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        return ""
    tree = ast.parse(Path(spec.origin).read_text())
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == attr:
            # A bare Command gives the same summary click shows once the module is imported.
            return click.Command(attr, help=ast.get_docstring(node, clean=False)).get_short_help_str(limit)
    return ""


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attr = target.split(":")
        return getattr(importlib.import_module(module), attr)

    def invoke(self, ctx: click.Context) -> object:
        # One exit code for "a service did not answer", whichever command and layer found it.
        try:
            return super().invoke(ctx)
        except ServiceUnavailable as exc:
            raise exits.Unavailable(str(exc)) from None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # The docstrings' short help without importing every command module.
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(n) for n in names)
        with formatter.section("Commands"):
            formatter.write_dl([(name, short_help(COMMANDS[name], limit)) for name in names])


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]}, epilog=exits.HELP)
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
