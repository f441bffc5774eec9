"""canvas: the files vaultsmith writes for Obsidian's own views beside each SDD.

Owns `<output>/<System>.canvas`, a JSON Canvas 1.0 container view of one system: view.py (what is
on it: cards, groups, labelled links), layout.py (where: grandalf's layered layout), make.py (the
canvas as made from the vault), merge.py (made again, it keeps what the user arranged: cards
moved or resized, cards and edges of their own), model.py (the format's records and rules, and
the keys that mark what vaultsmith made). And `<output>/Decisions.base`, the ADR register as an
Obsidian Bases file (bases.py).
May import: errors, diagnostics, config, vault, cache, model, sdd, render, write (for the
generated markers); nothing above (build, live, tools, cli). The file names live in
sdd/naming.py, so that the SDDs below can link them.
"""
