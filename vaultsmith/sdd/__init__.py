"""sdd: what an SDD says about a system, beyond the notes' own properties.

It owns the facts vaultsmith derives from the vault and must say are derived (an ADR's
decision area and choice read from its text), how links between components read (verbs and
direction), which targets conflict, and which findings are risks and which are vault gaps.
It may import the model (`vaultsmith.model`, `vaultsmith.graph`, `vaultsmith.design`), never
rendering or writing.
"""
