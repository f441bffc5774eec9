"""One colour per note type, shared by Obsidian's graph view groups and the graph exports."""

from __future__ import annotations

# Distinct on light and dark themes; rgb as one integer, as Obsidian's graph.json stores it.
TYPE_COLOURS: dict[str, int] = {
    "system": 0xE5534B,
    "prd": 0xD29922,
    "component": 0x2F81F7,
    "technology": 0x3FB950,
    "adr": 0xA371F7,
    "sdd": 0xDB61A2,
}
OTHER_COLOUR = 0x8B949E


def colour_of(kind: str) -> int:
    return TYPE_COLOURS.get(kind, OTHER_COLOUR)


def hex_colour(rgb: int) -> str:
    return f"#{rgb:06x}"
