"""Veilstream: keep personal data out of AI providers on Kafka, with SOC 2 evidence."""

__version__ = "0.1.0"
