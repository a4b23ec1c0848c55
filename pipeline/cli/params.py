"""Parameter types shared by the commands."""

from __future__ import annotations

from pathlib import Path

import click

FILE = click.Path(exists=True, dir_okay=False, path_type=Path)  # a file that must exist, handed over as a Path
