"""Exit codes of every `veilstream` command, distinct so that scripts can branch on them."""

from __future__ import annotations

import click

OK = 0
CHECK_FAILED = 1  # a check found a problem: verification failed, readiness gaps, a plan refused
USAGE = 2  # a bad option or argument (click's own code for usage errors)
CHANGES = 3  # `topology plan --detailed-exitcode`: the plan has changes to apply
UNAVAILABLE = 69  # the broker, S3, the registry or a worker did not answer (sysexits EX_UNAVAILABLE)
DENIED = 77  # restore, erase, locate: the API key is unknown, or its tenant or role does not allow it (EX_NOPERM)


def refused(outcome: str) -> int:
    """The exit code of a refused restore, erase or locate: 77 for permission, 1 otherwise (expired, erased...)."""
    return DENIED if outcome in ("denied", "unauthenticated") else CHECK_FAILED


HELP = (
    "Exit codes: 0 ok; 1 check failed (verification, readiness, a refused plan); 2 usage error; "
    "3 the plan has changes (topology plan --detailed-exitcode); 69 infrastructure unavailable "
    "(broker, S3, Schema Registry or worker); 77 permission denied (restore, erase, locate)."
)


class Unavailable(click.ClickException):
    """A service the command needs did not answer."""

    exit_code = UNAVAILABLE
