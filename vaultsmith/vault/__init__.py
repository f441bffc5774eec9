"""vault: one file of the vault becomes one immutable `Note`; which files are notes.

Owns: scan.py (which files are notes), parse.py (bytes -> Note, a pure function), note.py (the
records), markdown.py (what Obsidian does not read as links: code, comments), links.py (link
syntax), plainyaml.py and yaml_limits.py (frontmatter, safely), sections.py, values.py,
sourcelines.py (a diagnostic's line), forkmap.py (work on every core).
May import: vaultsmith.errors, vaultsmith.diagnostics, vaultsmith.config.
"""
