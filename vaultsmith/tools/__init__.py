"""tools: the commands around the graph, as library functions: check (diagnostics), export
(GraphML, GEXF, JSON, Mermaid, DOT), new (a note from the vault's template), init (a vault or
vaultsmith's files added to one), detect (the vaultsmith.toml that maps a vault written its own
way, `init --detect`), dialect (how a folder's ADRs are written, for `new`), and Obsidian's own
settings.

May import: every stage up to and including live.
"""
