"""The commands for assistants: `mcp` (the MCP server) and `context` (a grounded context pack).
Thin: parse, call vaultsmith.assist, print. cli/main.py registers them on the `vaultsmith` app.

The MCP SDK is an optional extra: `mcp` imports it when run, and says how to install it when it
is missing; `context` and every other command work without it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from vaultsmith.cli.console import err, reported
from vaultsmith.cli.tools import VaultArgument

MCP_MODULES = ("mcp", "mcp_types", "pydantic", "pydantic_core", "anyio")
INSTALL_MCP = "pip install 'vaultsmith[mcp]'"


class PackFormat(StrEnum):
    MD = "md"
    JSON = "json"


def mcp_command(
    vault: VaultArgument,
    polling: Annotated[
        bool,
        typer.Option("--polling", help="Look for changes every half second instead of asking the system."),
    ] = False,
    debounce: Annotated[
        int,
        typer.Option("--debounce", min=0, max=10_000, help="Milliseconds without a change before an update."),
    ] = 100,
) -> None:
    """Serve the vault's typed graph to AI assistants over MCP (stdio), read-only.

    An MCP client (Claude Desktop, an IDE, an agent) starts this command and talks to it on
    stdin/stdout. Tools: list_systems, system_facts, find_decisions, neighbours, paths, check;
    resources: every note by vault path (vault://note/PATH); prompts: one per SDD style
    (sdd-standard, sdd-c4, …). Every fact names its source note and line. The graph follows
    saves within the debounce, in memory: nothing is written to the vault. Diagnostics go to
    stderr. Needs the MCP extra: pip install 'vaultsmith[mcp]'.

    Example: vaultsmith mcp ~/vaults/architecture
    """
    try:
        from vaultsmith.assist import server
    except ModuleNotFoundError as missing:
        if (missing.name or "").partition(".")[0] not in MCP_MODULES:
            raise
        err.print(
            f"vaultsmith mcp needs the MCP Python SDK, which is not installed ({missing.name} is missing).\n"
            f"Install it with: {INSTALL_MCP}",
            highlight=False,
            markup=False,
            soft_wrap=True,
        )
        raise typer.Exit(1) from None
    with reported():
        server.run(vault, polling=polling, debounce=debounce / 1000)


def context_command(
    system: Annotated[str, typer.Argument(help="The system's name (or the vault path of its note).")],
    style: Annotated[
        str | None,
        typer.Option("--style", help="SDD style (default: the one its SDD uses; see `templates`)."),
    ] = None,
    format: Annotated[
        PackFormat, typer.Option("--format", "-f", help="md (Markdown) or json.")
    ] = PackFormat.MD,
    vault: Annotated[Path, typer.Option("--vault", help="The vault folder.")] = Path("."),
) -> None:
    """Print a grounded context pack for one system: everything an assistant needs to write its
    SDD without inventing anything.

    The pack holds the style's outline, the system's numbered facts (F1, F2, …) with the note
    and line each comes from, the gaps the SDD shows (to be left as gaps), and the instruction
    to cite fact ids and invent nothing. Text quoted from notes is marked as data. The pack goes
    to stdout; its size in characters and an estimate in tokens (characters / 4) to stderr.

    Example: vaultsmith context Checkout --style c4 --vault my-vault > checkout-pack.md
    """
    from vaultsmith.assist.context import context_pack, pack_json, pack_markdown, token_estimate
    from vaultsmith.assist.view import read_view

    with reported():
        pack = context_pack(read_view(vault), system, style)
    text = pack_json(pack) if format is PackFormat.JSON else pack_markdown(pack)
    sys.stdout.write(text)
    sys.stdout.flush()
    size = f"{len(text):,} characters, about {token_estimate(text):,} tokens (estimated as characters / 4)"
    err.print(size, highlight=False, markup=False, soft_wrap=True)


COMMANDS: dict[str, Callable[..., Any]] = {
    "context": context_command,
    "mcp": mcp_command,
}
