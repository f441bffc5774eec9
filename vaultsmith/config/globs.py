"""Vault-relative glob patterns (`Templates/**`, `*.excalidraw.md`) as used by `ignore` in config."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=256)
def _compile(pattern: str) -> re.Pattern[str]:
    pattern = pattern.strip().strip("/")
    out: list[str] = []
    index = 0
    while index < len(pattern):
        if pattern.startswith("**/", index):
            out.append("(?:.*/)?")
            index += 3
        elif pattern.startswith("**", index):
            out.append(".*")
            index += 2
        elif pattern[index] == "*":
            out.append("[^/]*")
            index += 1
        elif pattern[index] == "?":
            out.append("[^/]")
            index += 1
        else:
            out.append(re.escape(pattern[index]))
            index += 1
    # A pattern naming a folder ignores everything below it; one without a slash matches at any depth.
    anchor = "" if "/" in pattern else "(?:.*/)?"
    return re.compile(f"^{anchor}{''.join(out)}(?:/.*)?$", re.IGNORECASE)


def matches(path: str, patterns: tuple[str, ...]) -> bool:
    return any(_compile(pattern).match(path) for pattern in patterns)
