"""sdd: what one system's design document says: its members, decisions, requirements, flows,
risks and gaps, as plain records (`SddDocument`), before any text is laid out.

Owns: assemble.py (a system's facts from the model), design.py (the records),
decision_chains.py (the decision in force per area), findings.py (risks, open questions, vault
gaps), risks.py (what a review board discusses), flows.py (what links carry), verbs.py (what a
link does and which way its data flows), derive.py (an ADR's area and choice read from its
text, said to be derived), outlines.py (each style's seed outline, which coverage counts),
naming.py (file names of generated notes).
May import: vaultsmith.errors, .diagnostics, .config, .vault, .cache, .model.
"""
