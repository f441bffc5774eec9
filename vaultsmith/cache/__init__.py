"""cache: a vault as read (`Vault`), with unchanged notes taken from the parse cache.

Owns: load.py (load_vault: scan, then each note from the cache or parsed), store.py (the SQLite
parse cache in the user's cache folder), codec.py (a parsed note as JSON and back),
parallel.py (parsing on every core), memo.py (a build with nothing to do answers at once).
May import: vaultsmith.errors, .diagnostics, .config, .vault.
"""
