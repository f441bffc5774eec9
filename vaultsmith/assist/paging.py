"""paging: answers of a bounded size. A list comes in pages (`offset`, `limit`) and at most
MAX_CHARS characters of JSON; an answer cut short says so and how to ask for the rest."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

MAX_CHARS = 40_000  # the most one answer's list holds, as JSON
DEFAULT_LIMIT = 100

Item = TypeVar("Item")


@dataclass(frozen=True)
class Page:
    """Which part of a longer list an answer holds."""

    offset: int
    returned: int
    total: int
    truncated: bool
    more: str  # how to ask for the rest ("" when there is none)


def page_of(
    items: Sequence[Item], offset: int = 0, limit: int = DEFAULT_LIMIT, max_chars: int = MAX_CHARS
) -> tuple[list[Item], Page]:
    """Items from `offset`, at most `limit` of them and at most `max_chars` of JSON (always one,
    however long, so that asking for more goes on)."""
    offset = max(0, offset)
    taken: list[Item] = []
    size = 0
    for item in items[offset : offset + max(0, limit)]:
        size += len(json.dumps(_plain(item), ensure_ascii=False)) + 2
        if taken and size > max_chars:
            break
        taken.append(item)
    end = offset + len(taken)
    truncated = end < len(items)
    more = f"truncated: {len(taken)} of {len(items)} shown; ask for more with offset={end}"
    return taken, Page(offset, len(taken), len(items), truncated, more if truncated else "")


def _plain(item: object) -> Any:
    return dataclasses.asdict(item) if dataclasses.is_dataclass(item) and not isinstance(item, type) else item
