"""Tests for the Mermaid validation harness itself (tests/mermaid_parser.py + validate.mjs).

Skipped when node / tests/mermaid/node_modules are missing, except under CI=true,
where a missing harness is a failure.
"""

from __future__ import annotations

import os

import pytest
from mermaid_parser import (
    MermaidHarnessError,
    mermaid_available,
    mermaid_blocks,
    parse_diagrams,
)

_UNAVAILABLE = mermaid_available()
if _UNAVAILABLE is not None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"Mermaid harness unavailable in CI: {_UNAVAILABLE}", pytrace=False)
    pytest.skip(_UNAVAILABLE, allow_module_level=True)


MARKDOWN = """\
---
title: Example
---
# Heading

```mermaid
flowchart LR
  A --> B
```

```python
print("not mermaid")
```

~~~mermaid
C4Context
  Person(a, "A")
~~~

> [!note] In a callout
> ```mermaid
> graph TD
>   X --> Y
> ```

````markdown
```mermaid
not a real block, it is inside an outer fence
```
````

```mermaid   extra info words
sequenceDiagram
  A->>B: hi
```

```Mermaid
not lowercase, Obsidian does not render it
```

- list item

  ```mermaid
  pie
    "a" : 1
  ```
"""

VALID: dict[str, str] = {
    "flowchart": "flowchart LR\n  A --> B",
    "graph_td": "graph TD\n  A[Start] --> B{Decide}\n  B -->|yes| C[Done]",
    "quoted_entities": 'flowchart LR\n  A["say #quot;hi#quot; #35;1 #124; #59; #lt;b#gt;"] --> B',
    "quoted_parens_brackets": 'flowchart LR\n  A["f(x) [y] {z} ((w))"] --> B["a]]b[[c"]',
    "quoted_pipe_amp_lt": 'flowchart LR\n  A["a | b & c < d > e; f: g"] --> B',
    "quoted_wikilink": 'flowchart LR\n  A["[[Note|Alias]]"] --> B["[[x]]"]',
    "quoted_unicode_emoji": 'flowchart LR\n  A["Ünïcødé — 日本語 📝 👩‍💻"] --> B["🚀"]',
    "quoted_edge_label": 'flowchart LR\n  A -->|"a | b (c) [d] & #quot;e#quot;"| B',
    "subgraph_title": 'flowchart TB\n  subgraph s1 ["Title (x) [y]"]\n    A --> B\n  end',
    "c4_context": (
        "C4Context\n"
        "  title System context #35;1\n"
        '  Person(user, "User", "A person, with commas")\n'
        '  System(vault, "Vault (notes)", "Holds [[notes]] & more")\n'
        '  System_Ext(mail, "Mail")\n'
        '  Rel(user, vault, "Reads, writes", "HTTPS")\n'
        '  Rel(vault, mail, "Sends #quot;digest#quot;")'
    ),
    "c4_container": (
        "C4Container\n"
        '  Person(user, "User")\n'
        '  Container_Boundary(app, "App") {\n'
        '    Container(web, "Web", "Python", "Serves pages")\n'
        '    ContainerDb(db, "DB", "SQLite")\n'
        "  }\n"
        '  Rel(user, web, "Uses")\n'
        '  Rel(web, db, "Reads")'
    ),
    # Accepted by the parser; only mermaid.render() rejects it (see the render test).
    "c4_rel_to_unknown_alias": 'C4Context\n  Person(a, "A")\n  Rel(a, missing, "uses")',
    # Every ```mermaid block of MARKDOWN.
    **{f"markdown_block_{i}": block for i, block in enumerate(mermaid_blocks(MARKDOWN))},
}

INVALID: dict[str, str] = {
    "unclosed_bracket": "flowchart LR\n A[unclosed",
    "raw_quote_in_label": 'flowchart LR\n  A["say "hi" now"] --> B',
    "unquoted_pipe": "flowchart LR\n  A[a|b] --> B",
    "unquoted_parens": "flowchart LR\n  A[f(x)] --> B",
    "empty_quoted_label": 'flowchart LR\n  A[""] --> B',
    "reserved_id_end": 'flowchart LR\n  end["x"] --> B',
    "raw_quote_in_c4": 'C4Context\n  Person(user, "say "hi"")',
    "c4_title_hash": 'C4Context\n  title Issue #1\n  Person(a, "A")',
    "c4_empty_boundary": 'C4Context\n  System_Boundary(b, "B") {\n  }',
    "unknown_type": "notADiagram\n  A --> B",
    "empty": "",
    "too_long": "flowchart LR\n" + "  A --> B\n" * 6000,  # > maxTextSize (50 000)
}


@pytest.fixture(scope="module")
def results() -> dict[str, str | None]:
    """Parse every VALID and INVALID diagram in one node invocation."""
    names = [*VALID, *INVALID]
    diagrams = [*VALID.values(), *INVALID.values()]
    return dict(zip(names, parse_diagrams(diagrams), strict=True))


@pytest.mark.parametrize("name", list(VALID))
def test_valid_diagram_parses(results: dict[str, str | None], name: str) -> None:
    assert results[name] is None, f"{name}: {results[name]}\n---\n{VALID[name]}"


@pytest.mark.parametrize("name", list(INVALID))
def test_invalid_diagram_reports_error(results: dict[str, str | None], name: str) -> None:
    error = results[name]
    assert isinstance(error, str)
    assert error.strip()


def test_error_message_is_the_parsers_own_for_each_failure(results: dict[str, str | None]) -> None:
    """The harness passes on what the parser said (its words are Mermaid's, and may change with
    a release): different failures give different messages, not one generic text."""
    messages = [results[name] for name in ("unclosed_bracket", "unknown_type", "too_long")]
    assert all(isinstance(message, str) and message.strip() for message in messages)
    assert len(set(messages)) == len(messages)


def test_render_mode_catches_draw_time_errors() -> None:
    # The parser alone accepts a Rel() to an undefined alias (see VALID), render() does not.
    ok, bad = parse_diagrams([VALID["c4_context"], VALID["c4_rel_to_unknown_alias"]], render=True)
    assert ok is None
    assert bad is not None and "unknown shape" in bad


def test_empty_batch_needs_no_node() -> None:
    assert parse_diagrams([]) == []


def test_str_is_rejected() -> None:
    with pytest.raises(TypeError):
        parse_diagrams("flowchart LR\n  A --> B")


def test_harness_error_type_exported() -> None:
    assert issubclass(MermaidHarnessError, RuntimeError)


def test_mermaid_blocks_extracts_bodies() -> None:
    assert mermaid_blocks(MARKDOWN) == [
        "flowchart LR\n  A --> B\n",
        'C4Context\n  Person(a, "A")\n',
        "graph TD\n  X --> Y\n",
        "sequenceDiagram\n  A->>B: hi\n",
        'pie\n  "a" : 1\n',
    ]


def test_mermaid_blocks_none_and_unclosed() -> None:
    assert mermaid_blocks("# nothing here\n\ntext `mermaid` inline\n") == []
    # An unclosed fence runs to the end of the document (CommonMark).
    assert mermaid_blocks("```mermaid\ngraph TD\n  A --> B\n") == ["graph TD\n  A --> B\n"]
