"""Errors every layer may raise and the CLI maps to one exit code."""

from __future__ import annotations


class ServiceUnavailable(RuntimeError):
    """A service Veilstream needs (the broker, S3, the Schema Registry, the key store) did not
    answer or refused to work: retry later. Every `veilstream` command exits 69 on it."""
