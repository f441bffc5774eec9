"""tools: the commands around the graph, as library functions: check (diagnostics), export
(GraphML, GEXF, JSON, Mermaid, DOT), new (a note from the vault's template), init (a vault or
vaultsmith's files added to one), and Obsidian's own settings.

May import: every stage up to and including live.
"""
