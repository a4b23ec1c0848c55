"""Who runs a CLI command, as audit events and records name them."""

from __future__ import annotations

import getpass


def cli_actor() -> str:
    return f"cli:{getpass.getuser()}"
