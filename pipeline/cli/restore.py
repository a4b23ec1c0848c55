"""veilstream restore: put the originals back into an AI answer."""

from __future__ import annotations

import codecs
import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import click

from pipeline.cli.credential import API_KEY_FILE_HELP, api_key
from pipeline.cli.exits import refused
from pipeline.settings import get_settings
from pipeline.vault.restore import REASON_CODES, RestoreDenied


@click.command()
@click.option("--tenant", required=True)
@click.option("--event-id", help="The event the AI answer is about.")
@click.option(
    "--conversation-id",
    help="Instead of --event-id: the conversation (the records whose conversation_id attribute names it).",
)
@click.option(
    "--subject-id",
    help="Instead of --event-id: the data subject (its values in every record that concerns it); "
    "needs a key granted restore:subject.",
)
@click.option("--reason", required=True, type=click.Choice(REASON_CODES), help="Why (audited).")
@click.option("--api-key-file", type=click.Path(path_type=Path), help=API_KEY_FILE_HELP)
@click.option("--text", help="The answer with tokens; default: read stdin as it streams.")
@click.option("--topology", type=click.Path(exists=True, path_type=Path), help="Default: every topology.")
def restore(
    tenant: str,
    event_id: str | None,
    conversation_id: str | None,
    subject_id: str | None,
    reason: str,
    api_key_file: Path | None,
    text: str | None,
    topology: Path | None,
) -> None:
    """Put the originals back into an AI answer (audited).

    Replaces the tokens of an AI answer (reordered, repeated, streamed: any) by
    the originals of one record, of every record of one conversation
    (--conversation-id), or of one data subject (--subject-id: its values in
    every record that concerns it; the key must be granted restore:subject). A
    token that two records hold with different originals is left as it is,
    never guessed; a conversation or subject with more records than
    VEILSTREAM_RESTORE_MAX_RECORDS (500) is refused (scope_too_large). Needs a
    restorer or admin key of the tenant
    (VEILSTREAM_API_KEY or a 0600 file, never the command line); every call,
    allowed or denied, is audited. The answer is scanned with the record's
    policy first: personal data that is none of the record's tokens is flagged
    in the audit event, or refused (`restore: {foreign_pii: refuse}`); stdin is
    checked per completed line."""
    from pipeline.vault import answer_checks, open_restorer

    if sum(x is not None for x in (event_id, conversation_id, subject_id)) != 1:
        raise click.UsageError("name exactly one of --event-id, --conversation-id and --subject-id")
    settings = get_settings()
    key = api_key(settings, api_key_file, stdin_is_data=text is None)
    # The topology's policy checks the answer before it is restored (post-generation): a detector loads here.
    checks = answer_checks(settings, topology, tenant=tenant)
    restorer = open_restorer(settings, topology=topology, actor="cli-restore", checks=checks)
    chunks = [text] if text is not None else _stdin_chunks()
    try:
        for out in restorer.restore_text(
            key, tenant, event_id or "", reason, chunks, conversation_id=conversation_id, subject_id=subject_id
        ):
            click.echo(out, nl=False)
            sys.stdout.flush()
    except RestoreDenied as exc:
        click.echo(f"\nrestore refused ({exc.outcome}, {exc.reason_code}): {exc}", err=True)
        sys.exit(refused(exc.outcome))
    click.echo()


def _stdin_chunks() -> Iterator[str]:
    """Whatever stdin has so far, as it arrives (an LLM answer piped while it streams)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    stdin = cast(io.BufferedIOBase, sys.stdin.buffer)  # typed BinaryIO; a buffered reader has read1
    while chunk := stdin.read1(4096):
        yield decoder.decode(chunk)
    yield decoder.decode(b"", final=True)
