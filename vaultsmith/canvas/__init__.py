"""canvas: what vaultsmith writes for Obsidian's own views beside each SDD.

Owns `SDD/<System>.canvas` (a JSON Canvas 1.0 container view of one system: `view` says what is
on it, `layout` places it with igraph's layered layout, `merge` keeps what the user arranged
when it is made again, `model` holds the JSON Canvas records and the spec's rules) and
`SDD/Decisions.base` (`bases`: the ADR register as an Obsidian Bases file).

It reads the facts of an SDD (`vaultsmith.design`) and hands back text for `vaultsmith.write`;
it imports nothing that renders or writes.
"""
