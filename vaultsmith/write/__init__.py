"""write: generated files on disk, safely: atomic, only when changed, never over a user's file,
hand-written keep blocks preserved, one writer per vault.

Owns: files.py (write and clean generated notes), keep.py (keep blocks), create.py (a new file,
whole or not at all), lock.py (the vault's writer lock).
May import: vaultsmith.errors, .diagnostics, .config, .vault, .cache, .model, .sdd, .render.
"""
