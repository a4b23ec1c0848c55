"""The vault: token -> encrypted original per AI-bound record, with expiry;
restoration of AI answers, and erasure."""

from pipeline.vault.entry import VaultEntry, open_entry, vault_entry, vault_key

__all__ = ["VaultEntry", "open_entry", "vault_entry", "vault_key"]
