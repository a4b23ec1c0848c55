"""Continuous assurance: evidence, every day, that the controls work.

- `canary`: synthetic records with generated PII of every protected entity type,
  injected by the worker (`VEILSTREAM_CANARY_INTERVAL_S`), marked with the
  `veilstream-canary: 1` header, checked on the way out; recall per entity type
  goes to the audit trail and the daily evidence.
- `residual`: `veilstream assurance residual TOPOLOGY` re-reads AI-bound topics
  with a stricter detector; a value in clear is a security event.
"""
