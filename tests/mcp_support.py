"""Helpers for the MCP server tests: `vaultsmith mcp` started as a real subprocess and spoken to
with the MCP SDK's own stdio client; the CLI run as users run it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
import yaml
from mcp import ClientSession, StdioServerParameters, stdio_client

EXECUTABLE = shutil.which("vaultsmith", path=os.path.dirname(sys.executable)) or shutil.which("vaultsmith")
ENV = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}


@asynccontextmanager
async def mcp_client(root: Path, *options: str) -> AsyncIterator[ClientSession]:
    assert EXECUTABLE, "the vaultsmith console script is not installed"
    params = StdioServerParameters(command=EXECUTABLE, args=["mcp", *options, str(root)], env=ENV)
    with open(os.devnull, "w") as quiet:
        async with (
            stdio_client(params, errlog=quiet) as (reading, writing),
            ClientSession(reading, writing) as session,
        ):
            await session.initialize()
            yield session


def talk(root: Path, scenario: Callable[[ClientSession], Awaitable[None]], *options: str) -> None:
    """Start `vaultsmith mcp` on `root`, run `scenario` with a client session, stop it."""

    async def main() -> None:
        with anyio.fail_after(120):
            async with mcp_client(root, *options) as session:
                await scenario(session)

    anyio.run(main)


async def call(session: ClientSession, tool: str, arguments: dict[str, Any]) -> dict[str, Any]:
    """A tool's structured answer; fails the test when the tool reports an error."""
    result = await session.call_tool(tool, arguments)
    assert not result.is_error, result.content
    assert result.structured_content is not None
    return result.structured_content


def vaultsmith(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    assert EXECUTABLE, "the vaultsmith console script is not installed"
    return subprocess.run([EXECUTABLE, *args], capture_output=True, text=True, timeout=timeout, env=ENV)


def frontmatter(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    loaded = yaml.safe_load(text.split("---\n")[1])
    assert isinstance(loaded, dict)
    return loaded


def headings(path: Path) -> list[str]:
    """The level-2 headings of a Markdown file, outside code blocks."""
    found, fenced = [], False
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced and line.startswith("## "):
            found.append(line[3:].strip())
    return found
