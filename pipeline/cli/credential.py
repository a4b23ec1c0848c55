"""Where the restore, erase and locate commands get their API key: never the command line
(argv is visible to every user of the machine in `ps` and lands in shell history)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.settings import Settings

API_KEY_FILE_HELP = "A file holding the API key (mode 0600). Default: VEILSTREAM_API_KEY_FILE."
SOURCES = "VEILSTREAM_API_KEY, VEILSTREAM_API_KEY_FILE or --api-key-file"


def read_key_file(path: Path) -> str:
    try:
        st = path.stat()
    except OSError:
        raise click.UsageError(f"no API key file at {path}") from None
    if st.st_mode & 0o077:
        raise click.UsageError(f"API key file {path} is readable by others (mode {st.st_mode & 0o777:o}); chmod 600 it")
    return path.read_text().strip()


def api_key(settings: Settings, key_file: Path | None, *, stdin_is_data: bool) -> str:
    """The key from --api-key-file, VEILSTREAM_API_KEY_FILE or VEILSTREAM_API_KEY; else a hidden
    prompt when stdin is a terminal that carries nothing else."""
    path = key_file or settings.api_key_file
    if path is not None:
        return read_key_file(path)
    if settings.api_key is not None:
        return settings.api_key.get_secret_value()
    if stdin_is_data or not sys.stdin.isatty():
        raise click.UsageError(f"no API key: set {SOURCES}")
    return str(click.prompt("API key", hide_input=True))
