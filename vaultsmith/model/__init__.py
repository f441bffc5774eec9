"""model: the analysed vault: every note classified, every link resolved, the typed graph.

Owns: classify.py (a note's type; the vault's own type values and property names mapped onto
vaultsmith's), membership.py (which notes belong to which system, and why), decisions.py
(what an ADR says of itself, in any dialect),
resolve.py (which file a link means, by Obsidian's rules), graph.py (the networkx graph),
analysed.py (VaultModel and `analyse`), cycles.py, lookup.py (a note named on the command line),
ref.py (a reference to a note).
May import: vaultsmith.errors, .diagnostics, .config, .vault, .cache.
"""
