"""Note bodies built to make a parser backtrack or rescan are read in linear time, correctly.

Before the fixes, `# a` followed by 250,000 spaces took over a minute (the heading pattern
backtracked over the spaces), and 1 MB of backtick runs of growing length took 8 s (each
opener searched the rest of its paragraph). The patterns run in a child process with a time
limit, so a regression fails the suite instead of hanging it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from vaultsmith.vault.parse import parse_note

SIZE = 2_000_000

CHILD = """
import json, sys
from vaultsmith.vault.parse import parse_note
size = int(sys.argv[1])

def tick_runs():
    runs, length, total = [], 1, 0
    while total < size:
        runs.append("`" * length)
        total, length = total + length + 1, length + 1
    return " ".join(runs) + " [[After]]"

bodies = {
    "heading then spaces": "# a" + " " * size + "b\\n[[After]]",
    "heading then space-hash pairs": "# a" + " #" * (size // 2) + "b\\n[[After]]",
    "backtick runs of growing length": tick_runs(),
    "unclosed wikilink openers": "[[" * (size // 2) + "\\n[[After]]",
    "unclosed markdown links": "[a](" * (size // 4) + "\\n[[After]]",
    "nested brackets": "[[a]" * (size // 4) + "\\n[[After]]",
    "one long line": "x" * size + "\\n[[After]]",
    "unclosed comment": "[[After]] %%" + "a" * size,
    "many headings": "# h\\n" * (size // 4) + "[[After]]",
    "lone carriage returns": "\\r" * size + "[[After]]",
}
for name, body in bodies.items():
    print("parsing", name, flush=True)
    note = parse_note("Big.md", body.encode()).note
    print("result", json.dumps([name, [l.target for l in note.links][-1:], len(note.headings)]), flush=True)
"""


def child_results(script: str, size: int, timeout: int) -> dict[str, tuple[Any, ...]]:
    """Run `script` in a child process with a time limit (a regression fails the suite instead
    of hanging it); what it printed on its `result [name, ...]` lines, by name."""
    child = subprocess.run(
        [sys.executable, "-c", script, str(size)], capture_output=True, text=True, timeout=timeout
    )
    assert child.returncode == 0, child.stderr[-2000:]
    found = (json.loads(line[7:]) for line in child.stdout.splitlines() if line.startswith("result "))
    return {name: tuple(rest) for name, *rest in found}


def test_pathological_bodies_parse_in_linear_time() -> None:
    results = child_results(CHILD, SIZE, timeout=90)
    assert len(results) == 10
    assert results["heading then spaces"] == (["After"], 1)
    assert results["many headings"] == (["After"], SIZE // 4)
    assert results["unclosed comment"] == (["After"], 0)
    for name in ("backtick runs of growing length", "unclosed wikilink openers", "one long line"):
        assert results[name][0] == ["After"], name


def test_heading_keeps_words_and_drops_a_closing_hash_run() -> None:
    body = "# Title ##\n## C# and F#\n### #\n#### Spaced   #  \n##### a#b\n"
    headings = parse_note("n.md", body.encode()).note.headings
    assert [(h.level, h.text) for h in headings] == [
        (1, "Title"),
        (2, "C# and F#"),
        (3, "#"),
        (4, "Spaced"),
        (5, "a#b"),
    ]


def test_heading_lines_are_counted_across_many_headings() -> None:
    body = "".join(f"# H{i}\n\ntext\n" for i in range(1000))
    headings = parse_note("n.md", body.encode()).note.headings
    assert [(h.text, h.line) for h in headings[:2]] == [("H0", 1), ("H1", 4)]
    assert (headings[-1].text, headings[-1].line) == ("H999", 2998)


def test_backtick_runs_close_only_on_a_run_of_the_same_length() -> None:
    body = "`` [[Hidden]] `` ``` [[Shown]] ```` [[Also hidden]] ```` ` [[Open]]"
    links = parse_note("n.md", body.encode()).note.links
    assert [link.target for link in links] == ["Shown", "Open"]


def test_code_span_does_not_close_across_a_blank_line() -> None:
    body = "`open\n\n[[Shown]] `\n"
    assert [link.target for link in parse_note("n.md", body.encode()).note.links] == ["Shown"]


FRONTMATTER_CHILD = """
import json, sys
from vaultsmith.vault.parse import parse_note
size = int(sys.argv[1])
spaces = " " * size
frontmatters = {
    "spaces inside a value": "title: a" + spaces + "b",
    "spaces inside a list item": "tags:\\n  - a" + spaces + "b",
    "spaces inside a one-line list": "tags: [a" + spaces + "b, c]",
    "spaces before a stray quote": "tags: [a" + spaces + '"]',
    "spaces inside a key": "a" + spaces + "!: x",
    "spaces after a value": "title: a" + spaces,
}
for name, frontmatter in frontmatters.items():
    note = parse_note("Big.md", ("---\\n" + frontmatter + "\\n---\\n[[After]]\\n").encode()).note
    print("result", json.dumps([name, sorted(note.frontmatter), [l.target for l in note.links]]), flush=True)
"""


def test_pathological_frontmatter_is_read_in_linear_time() -> None:
    """Long runs of spaces inside simple frontmatter (which vaultsmith reads itself, see
    plainyaml.py) once made its line patterns backtrack quadratically: about a minute for these."""
    results = child_results(FRONTMATTER_CHILD, 60_000, timeout=30)  # under plainyaml's largest
    assert len(results) == 6
    assert results["spaces inside a value"] == (["title"], ["After"])
    assert results["spaces inside a one-line list"] == (["tags"], ["After"])
    assert all(links == ["After"] for _, links in results.values())
