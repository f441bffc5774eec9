"""The MCP server on a vault: start time, settled memory, and the median latency of each tool.

    .venv/bin/python bench/generate_vault.py /tmp/vault-10k --notes 10000 --seed 1
    .venv/bin/python bench/mcp_latency.py /tmp/vault-10k --calls 10

Starts `vaultsmith mcp VAULT` as a client does (the SDK's stdio client) and times, from the
client: the start (spawn to the `initialize` answer), the first answer (which waits for the
first build), then `--calls`
calls of each tool with the same arguments (the median), a resource read and a prompt. The
settled memory is the server's resident set (VmRSS) after the calls. The parse cache is the
user's: run once before to time a start with a warm cache, or set VAULTSMITH_CACHE_DIR.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import anyio
from mcp import ClientSession, StdioServerParameters, stdio_client


def server_rss_mib(parent: int) -> float:
    """The resident memory of the vaultsmith process this one started."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        if fields.get("PPid", "").strip() == str(parent) and "vaultsmith" in (entry / "cmdline").read_text():
            return int(fields["VmRSS"].split()[0]) / 1024
    return float("nan")


async def measure(vault: Path, calls: int) -> None:
    command = shutil.which("vaultsmith", path=os.path.dirname(sys.executable)) or "vaultsmith"
    params = StdioServerParameters(command=command, args=["mcp", str(vault)])
    started = time.perf_counter()
    with open(os.devnull, "w") as quiet:
        async with (
            stdio_client(params, errlog=quiet) as (reading, writing),
            ClientSession(reading, writing) as session,
        ):
            await session.initialize()
            print(f"start (spawn to initialize answered): {time.perf_counter() - started:.2f} s")
            await session.call_tool("list_systems", {"limit": 1})
            ready = time.perf_counter() - started
            print(f"ready (spawn to the first answer, after the first build): {ready:.2f} s")
            await time_calls(session, calls)


async def time_calls(session: ClientSession, calls: int) -> None:
    systems = (await session.call_tool("list_systems", {"limit": 1000})).structured_content or {}
    system = systems["systems"][0]
    facts = (await session.call_tool("system_facts", {"system": system["name"]})).structured_content
    component = next(m["name"] for m in (facts or {})["members"] if m["type"] == "component")
    other = systems["systems"][-1]["name"]
    cases: list[tuple[str, dict[str, Any]]] = [
        ("list_systems", {}),
        ("system_facts", {"system": system["name"]}),
        ("find_decisions", {"status": "accepted"}),
        ("neighbours", {"note": component, "depth": 2}),
        ("paths", {"start": component, "end": other}),
        ("check", {"note": system["path"]}),
        ("check", {}),
    ]
    for tool, arguments in cases:
        times = []
        for _ in range(calls):
            begun = time.perf_counter()
            result = await session.call_tool(tool, arguments)
            times.append(time.perf_counter() - begun)
            assert not result.is_error, result.content
        first, median = times[0] * 1000, statistics.median(times) * 1000
        print(f"{tool} {arguments}: first {first:.0f} ms, median {median:.0f} ms")
    for label, call in (
        (
            "read_resource (the SDD)",
            lambda: session.read_resource(f"vault://note/{system['sdd']}"),
        ),
        (
            "get_prompt sdd-standard",
            lambda: session.get_prompt("sdd-standard", {"system": system["name"]}),
        ),
    ):
        times = []
        for _ in range(calls):
            begun = time.perf_counter()
            try:
                await call()
            except Exception as bad:  # the SDD is not written unless a build ran
                print(f"{label}: {bad}")
                break
            times.append(time.perf_counter() - begun)
        if times:
            print(f"{label}: median {statistics.median(times) * 1000:.0f} ms")
    print(f"settled memory (server VmRSS): {server_rss_mib(os.getpid()):.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("vault", type=Path)
    parser.add_argument("--calls", type=int, default=10)
    args = parser.parse_args()
    anyio.run(measure, args.vault, args.calls)


if __name__ == "__main__":
    main()
