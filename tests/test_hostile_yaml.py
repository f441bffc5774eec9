"""Frontmatter that could kill, hang or exhaust the process is refused with a diagnostic.

PyYAML's C loader dies with a segmentation fault on frontmatter nested about 50,000 levels deep
(measured: 20,000 loads, 50,000 crashes), and that cannot be caught. So every dangerous input is
parsed in a child process: a crash there fails the test (naming the input) instead of killing
pytest. The child runs under a 2 GiB address-space limit, so an expansion bomb that got through
would fail with MemoryError instead of eating the machine.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from vaultsmith.vault.parse import parse_note
from vaultsmith.vault.yaml_limits import MAX_DEPTH, refusal

DEEP = 50_000


def _billion_laughs() -> str:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        lines.append(f"{level}: &{level} [{', '.join([f'*{previous}'] * 9)}]")
    return "\n".join(lines)


def _merge_key_bomb() -> str:
    """Each map merges the previous one twice: the loader's merge step doubles per level."""
    lines = ["m0: &m0 {a: 1, b: 2}"]
    lines += [f"m{i}: &m{i} {{<<: [*m{i - 1}, *m{i - 1}]}}" for i in range(1, 40)]
    return "\n".join(lines)


def _indented(levels: int) -> str:
    return "\n".join(" " * level + f"k{level}:" for level in range(levels)) + " x"


def _indented_sequences(levels: int) -> str:
    return "\n".join(" " * level + "-" for level in range(levels)) + " x"


# name -> (frontmatter text, the code the note must get)
DANGEROUS: dict[str, tuple[str, str]] = {
    "flow sequences 50,000 deep": ("x: " + "[" * DEEP + "]" * DEEP, "frontmatter-refused"),
    "flow maps 50,000 deep": ("x: " + "{a: " * DEEP + "1" + "}" * DEEP, "frontmatter-refused"),
    "unclosed flow 50,000 deep": ("x: " + "[" * DEEP, "frontmatter-refused"),
    "block sequences 50,000 deep on one line": ("- " * DEEP + "x", "frontmatter-refused"),
    "block sequences under a key": ("x:\n" + "- " * DEEP + "x", "frontmatter-refused"),
    "complex keys 50,000 deep": ("? " * DEEP + "x", "frontmatter-refused"),
    "block and flow mixed": ("- " * 20_000 + "[" * 20_000 + "]" * 20_000, "frontmatter-refused"),
    "keys nested by indentation": (_indented(900), "frontmatter-refused"),
    "sequences nested by indentation": (_indented_sequences(900), "frontmatter-refused"),
    "billion laughs": (_billion_laughs(), "frontmatter-refused"),
    "merge key bomb": (_merge_key_bomb(), "frontmatter-refused"),
    "alias inside its own anchor": ("loop: &x [*x]", "frontmatter-refused"),
    "sexagesimal number of 150,000 parts": ("x: 1" + ":59" * 150_000, "frontmatter-refused"),
    "tagged sexagesimal string": ('x: !!int "1' + ":59" * 150_000 + '"', "frontmatter-refused"),
    "hex number of 200,000 digits": ("x: 0x" + "f" * 200_000, "broken-frontmatter"),
    "decimal number of 200,000 digits": ("x: " + "9" * 200_000, "broken-frontmatter"),
    "frontmatter over 512 KiB": ("x: " + "a" * 600_000, "frontmatter-refused"),
}

CHILD = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
from vaultsmith.vault.parse import parse_note
cases = json.loads(sys.stdin.read())
for name, text in cases.items():
    print("parsing", name, flush=True)
    result = parse_note("Hostile.md", ("---\\n" + text + "\\n---\\n[[After]]\\n").encode())
    found = [(d.path, d.line, d.code) for d in result.diagnostics]
    links = [link.target for link in result.note.links]
    print("result", json.dumps([name, found, links, result.note.frontmatter == {}]), flush=True)
"""


@pytest.fixture(scope="module")
def outcomes() -> dict[str, tuple[list[list[object]], list[str], bool]]:
    cases = {name: text for name, (text, _) in DANGEROUS.items()}
    child = subprocess.run(
        [sys.executable, "-c", CHILD], input=json.dumps(cases), capture_output=True, text=True, timeout=120
    )
    started = [line[8:] for line in child.stdout.splitlines() if line.startswith("parsing ")]
    assert child.returncode == 0, f"the parse of {started[-1:]} killed the process ({child.returncode})"
    found = {}
    for line in child.stdout.splitlines():
        if line.startswith("result "):
            name, diagnostics, links, empty = json.loads(line[7:])
            found[name] = (diagnostics, links, empty)
    return found


@pytest.mark.parametrize("name", sorted(DANGEROUS))
def test_dangerous_frontmatter_is_reported_and_the_body_still_parses(
    name: str, outcomes: dict[str, tuple[list[list[object]], list[str], bool]]
) -> None:
    diagnostics, links, empty = outcomes[name]
    (path, line, code), *_ = diagnostics
    assert (path, code) == ("Hostile.md", DANGEROUS[name][1])
    assert isinstance(line, int) and line >= 2
    assert empty, "no property of refused frontmatter is kept"
    assert links == ["After"]


def test_refusal_names_the_line_where_nesting_gets_too_deep() -> None:
    text = "ok: 1\nfine: [a, b]\ndeep: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5)
    refused = refusal(text)
    assert refused is not None and refused.line == 2
    result = parse_note("n.md", f"---\n{text}\n---\n".encode())
    assert [(d.line, d.code) for d in result.diagnostics] == [(4, "frontmatter-refused")]


def test_nesting_just_within_the_limit_is_loaded() -> None:
    levels = MAX_DEPTH - 1
    text = "x: " + "[" * levels + "deep" + "]" * levels
    result = parse_note("n.md", f"---\n{text}\n---\n".encode())
    assert result.diagnostics == ()
    value = result.note.frontmatter["x"]
    for _ in range(levels - 1):
        value = value[0]
    assert value == ["deep"]


def test_aliases_that_expand_a_little_are_loaded() -> None:
    text = "base: &b {owner: Team A}\ncopy: *b\nmerged:\n  <<: *b\n  kind: service\n"
    result = parse_note("n.md", f"---\n{text}---\n".encode())
    assert result.diagnostics == ()
    assert result.note.frontmatter["copy"] == {"owner": "Team A"}
    assert result.note.frontmatter["merged"] == {"owner": "Team A", "kind": "service"}


def test_ordinary_frontmatter_with_many_keys_and_links_is_loaded() -> None:
    text = "\n".join(f'key{i}: ["[[A{i}]]", "[[B{i}]]"]' for i in range(300))
    result = parse_note("n.md", f"---\n{text}\n---\n".encode())
    assert result.diagnostics == ()
    assert len(result.note.links) == 600
    assert result.note.links[-1].line == 301


def test_long_quoted_strings_are_not_numbers() -> None:
    text = 'x: "' + "1:59" * 2000 + '"\ny: "' + "9" * 5000 + '"'
    result = parse_note("n.md", f"---\n{text}\n---\n".encode())
    assert result.diagnostics == ()
    assert result.note.frontmatter["y"] == "9" * 5000


@pytest.mark.parametrize("levels", [MAX_DEPTH + 1, 999, 1_000, 1_001, 5_000])
@pytest.mark.parametrize("closed", [True, False], ids=["closed", "unclosed"])
def test_deep_flow_nesting_gets_one_code_on_its_line_whatever_libyaml_stops_at_itself(
    levels: int, closed: bool
) -> None:
    """Some libyaml versions stop flow nesting themselves (PyYAML 6.0.4: at 1,000 levels) before
    the depth walk sees an event; the user's diagnostic must not change with the version."""
    deep = "[" * levels + ("]" * levels if closed else "")
    text = "owner: Team A\nlinks: [a, b]\ndeep: " + deep
    result = parse_note("n.md", f"---\n{text}\n---\n[[After]]\n".encode())
    assert [(d.line, d.code) for d in result.diagnostics] == [(4, "frontmatter-refused")]
    assert result.note.frontmatter == {}
    assert [link.target for link in result.note.links] == ["After"]


def test_an_unclosed_bracket_that_is_not_deep_stays_broken_frontmatter() -> None:
    result = parse_note("n.md", b"---\nowner: Team A\nlinks: [a, b\n---\n")
    assert [d.code for d in result.diagnostics] == ["broken-frontmatter"]
