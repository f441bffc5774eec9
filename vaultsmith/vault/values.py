"""Property values as the SDD shows them."""

from __future__ import annotations


def text(value: object) -> str:
    """A property value as one line of text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(text(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{key}: {text(item)}" for key, item in value.items())
    return " ".join(str(value).split())


def as_list(value: object) -> list[object]:
    """A property that may be one value or a list, as a list."""
    if value is None or value == "":
        return []
    return value if isinstance(value, list) else [value]
