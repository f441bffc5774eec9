"""sdd: what one system's design document says: its members, decisions, requirements, flows,
risks and gaps, as plain records (`SddDocument`), before any text is laid out.

Owns: assemble.py (a system's facts from the model), design.py (the records),
decision_chains.py (the decision in force per area), findings.py (risks, open questions),
flows.py (what dependencies carry), naming.py (file names of generated notes).
May import: vaultsmith.errors, .diagnostics, .config, .vault, .cache, .model.
"""
