"""assist: the typed graph for assistants, grounded in the vault.

It owns what an assistant is given: a system's numbered facts, each with the note (and line) it
came from (facts.py); questions over the graph: systems, decisions, neighbours, paths (queries.py);
the grounded context pack of `vaultsmith context` (context.py); and the read-only MCP server of
`vaultsmith mcp` (server.py, the only module that imports the optional `mcp` SDK), kept current
by the watch engine in memory (live.py). It reads the analysed model, the SDD documents and their
rendering; it never writes to the vault. Note text it passes on is marked as quoted data.

May import: every stage below it (errors, diagnostics, config, vault, cache, model, sdd, render,
write, build, live, tools); nothing above (cli). The optional `mcp` SDK (and pydantic, which
comes with it) only in server.py, which nothing else in vaultsmith imports at import time.
"""
