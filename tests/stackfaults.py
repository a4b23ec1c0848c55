"""Fault hooks on the embedded stack, for the tests: kill and restart the broker, freeze S3.

They act on the processes `devstack.up` recorded, and on nothing else.
"""

from __future__ import annotations

import os
import signal

from pipeline import devstack
from pipeline.settings import Settings


def _recorded(settings: Settings, name: str) -> devstack.Proc:
    proc = devstack._load_state(settings).get(name)
    if proc is None or not devstack.is_ours(proc):
        raise devstack.StackError(f"the {name} process of the stack in {settings.state_dir} is not running")
    return proc


def restart_broker(settings: Settings, hard: bool = True, detach: bool = True) -> None:
    """Stop the broker (SIGKILL when hard, as a crash would) and start it again."""
    procs = devstack._load_state(settings)
    devstack._stop(_recorded(settings, "broker"), signal.SIGKILL if hard else signal.SIGTERM)
    procs["broker"] = devstack.start_broker(settings, port_grace_s=10.0, detach=detach)
    devstack._save_state(settings, procs)


def pause_s3(settings: Settings) -> None:
    """Freeze the S3 server: requests hang as in an outage, its state is kept."""
    os.kill(_recorded(settings, "s3").pid, signal.SIGSTOP)


def resume_s3(settings: Settings) -> None:
    os.kill(_recorded(settings, "s3").pid, signal.SIGCONT)
