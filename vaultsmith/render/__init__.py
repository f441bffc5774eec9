"""render: an SDD's facts become Markdown: jinja2 templates per style, Mermaid diagrams,
coverage, and the SDD index.

Owns: document.py (one SDD through its template), templates.py (the built-in styles and a
vault's own), diagrams.py and mermaid.py, coverage.py, index.py, colours.py.
May import: vaultsmith.errors, .diagnostics, .config, .vault, .cache, .model, .sdd.
"""
