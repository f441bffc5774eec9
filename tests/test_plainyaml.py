"""plainyaml reads simple frontmatter to exactly what PyYAML (then yaml_limits.plain) gives,
and declines everything else."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from vaultsmith.vault import plainyaml
from vaultsmith.vault.parse import parse_note
from vaultsmith.vault.yaml_limits import plain


def pyyaml(raw: str) -> Any:
    return plain(yaml.load(raw, Loader=yaml.CSafeLoader))


KEYS = ["title", "tags", "a b", "a-b", "_x", "ключ", "k", "yes", "on", "Off", "null", "No", "y", "O", "stat"]
SCALARS = [
    "word", "two words", "Omar Aziz", "C#", "a #b", "a: b", "a:b", "http://x.y/z", "x:", "ok  ",
    "0", "00", "07", "12", "1_000", "-3", "+4", "1.5", ".5", "1e3", "1:20", "0x1F", "0o7",
    "123456789012345678", "1234567890123456789",
    "2019-11-20", "2019-1-5", "2019-13-45", "2019-02-30", "2019-11-20 10:00", "2019-11-20T10:00:00Z",
    "yes", "No", "ON", "off", "y", "n", "true", "False", "~", "null", "NULL", "Null", ".inf", "=",
    '"quoted"', '"with \\" escape"', '"a"b"', "'single'", "'it''s'", "''", '""', '"[[Link]]"',
    "[[Link]]", "[a, b]", "[]", "{}", "{a: 1}", "&a x", "*a", "!tag x", "|", ">", "%x", "@x", "`x`",
    "1.0", "99.9", "-1.5", "+1.5", "1.", "1.5e3", "1_0.5",
    '["a", "b"]', "[a, b]", "[a,b]", "[ ]", "[a, ]", '["[[X]]", "[[Y]]"]', "[1, 2.5, yes, ~]", "[a: b]",
    "[C#]", "[it's]", '["a, b", c]', "[[a]]", "[a, [b]]", "[a] b", "[a,,b]", "['x', \"y\"]",
    "-", "- x", "?", "? x", "über", "x\ty", "x\u2028y", "x\x85y", "\ufeffx", "x\ry", '"x" # c', "x # c",
]


@st.composite
def frontmatter(draw: st.DrawFn) -> str:
    lines: list[str] = []
    for _ in range(draw(st.integers(0, 6))):
        key = draw(st.sampled_from(KEYS))
        shape = draw(st.sampled_from(["value", "list", "map", "empty", "blank", "comment", "indented"]))
        if shape == "value":
            lines.append(f"{key}: {draw(st.sampled_from(SCALARS))}")
        elif shape == "list":
            lines.append(f"{key}:")
            indent = " " * draw(st.sampled_from([0, 2, 4]))
            for _ in range(draw(st.integers(0, 3))):
                item = draw(st.sampled_from([*SCALARS, ""]))
                if draw(st.booleans()) and draw(st.booleans()):
                    indent = " " * draw(st.sampled_from([0, 1, 2]))  # now and then, uneven
                lines.append(f"{indent}- {item}".rstrip() if item else f"{indent}-")
        elif shape == "map":
            lines.append(f"{key}:")
            indent = " " * draw(st.sampled_from([1, 2, 4]))
            for _ in range(draw(st.integers(0, 3))):
                if draw(st.booleans()) and draw(st.booleans()):
                    indent = " " * draw(st.sampled_from([0, 2, 3]))  # now and then, uneven
                line = f"{indent}{draw(st.sampled_from(KEYS))}: {draw(st.sampled_from(SCALARS))}"
                lines.append(line.rstrip())
        elif shape == "empty":
            lines.append(f"{key}:")
        elif shape == "blank":
            lines.append(draw(st.sampled_from(["", "   "])))
        elif shape == "comment":
            lines.append(draw(st.sampled_from(["# note", "  # indented note"])))
        else:
            lines.append(f"  {key}: {draw(st.sampled_from(SCALARS))}")
    return "\n".join(lines)


@settings(max_examples=3000, deadline=None)
@given(frontmatter())
def test_what_it_reads_is_what_pyyaml_reads(raw: str) -> None:
    fast = plainyaml.load(raw)
    if fast is None:
        return
    assert fast == pyyaml(raw)
    assert [type(value) for value in fast.values()] == [type(value) for value in pyyaml(raw).values()]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            'tags:\n  - "team"\n  - todo\ncreated: 2019-11-20\nauthor: "Omar Aziz"\n'
            'related: "[[Pricing Platform]]"',
            {
                "tags": ["team", "todo"],
                "created": "2019-11-20",
                "author": "Omar Aziz",
                "related": "[[Pricing Platform]]",
            },
        ),
        ("draft: false\nnumber: 12\nnothing:\nempty: ~\nlist:\n- a\n-\n- yes", None),
        ("type: component\n\n# a comment\nstatus: 'accepted'", {"type": "component", "status": "accepted"}),
        ('tags: ["team", roadmap]\nuses: ["[[A]]", "[[B, C]]"]\nnone: []', None),
        ("nfr:\n  latency_p99_ms: 100\n  availability: 99.9\n  regions: [eu, us]\ncoverage: 1.0", None),
    ],
)
def test_it_reads_the_common_shapes(raw: str, expected: dict[str, Any] | None) -> None:
    """Each of these is read without PyYAML (None: the expected value is PyYAML's)."""
    fast = plainyaml.load(raw)
    assert fast is not None
    assert fast == (pyyaml(raw) if expected is None else expected)


@pytest.mark.parametrize(
    "raw",
    [
        "tags: [a, [b]]",  # a list in a list
        "owner:\n  name:\n    first: Ann",  # a map two levels down
        "summary: |\n  text",  # block scalar
        "a: &x 1\nb: *x",  # anchor and alias
        'title: "tab\\tbed"',  # escape
        "when: 1:20",  # sexagesimal
        "mode: 0755",  # octal
        "ratio: 1_000.5",  # a float written with an underscore
        "title: a\n  continued",  # a plain scalar over two lines
        "a: 1\na: 2",  # a repeated key
        "on: x",  # a key YAML reads as a boolean
        "title: x # comment",
        "title:\tx",
        "",
    ],
)
def test_it_leaves_the_rest_to_pyyaml(raw: str) -> None:
    assert plainyaml.load(raw) is None


def test_a_note_reads_the_same_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'---\ntags:\n  - "team"\ncreated: 2019-02-30\nowner: "[[Ann]]"\n---\n# Body\n'
    fast = parse_note("Notes/a.md", data)
    monkeypatch.setattr(plainyaml, "load", lambda raw: None)
    slow = parse_note("Notes/a.md", data)
    assert fast == slow
    assert [d.code for d in slow.diagnostics] == ["broken-frontmatter"]  # there is no 30 February
