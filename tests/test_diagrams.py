"""Every Mermaid diagram vaultsmith writes parses with the real Mermaid 11 parser
(node + jsdom, tests/mermaid/): from sample_vault in all five styles, and from a vault of
hostile names (quotes, brackets, pipes, `&`, `<`, `#`, `%%`, unicode, emoji, Mermaid keywords).

One node process checks every diagram of this module (a module-scoped fixture). Without node
the parser tests skip with the reason; under CI=true they fail instead.
"""

from __future__ import annotations

import os
import re

import pytest
from mermaid_parser import mermaid_available, mermaid_blocks, parse_diagrams
from sdd_styles import STYLES, build_styles, sample_outputs

from vaultsmith.render.mermaid import NodeIds, c4_string, c4_title, label

HOSTILE_TEXT = (
    'He said "hi" & <b>bye</b> #tag; C# 100% a|b [x] (y) {z} `code` [[Link|Alias]] %% end : 📝 é &lt;'
)


def hostile_files() -> dict[str, str | bytes]:
    def component(system: str, kind: str, extra: str = "") -> str:
        head = f'---\ntype: component\nsystem: "[[{system}]]"\nkind: {kind}\n'
        return head + f"description: {HOSTILE_TEXT!r}\n{extra}---\n"

    return {
        # System names that are Mermaid keywords, and one no wikilink can reach.
        "Systems/graph.md": f"---\ntype: system\ndescription: {HOSTILE_TEXT!r}\n---\n",
        "Systems/end.md": "---\ntype: system\ndescription: 'style: #quot;x#quot; click call href'\n---\n",
        'Systems/Pay#ments | "Core" [v2] %% (beta).md': "---\ntype: system\n---\n",
        "Systems/subgraph.md": "---\ntype: system\n---\n",  # nothing in it: an empty boundary
        "Components/subgraph.md": component(
            "graph",
            "service",
            'uses: ["[[C++ (.NET) & <Core>]]"]\n'
            'depends_on: ["[[click]]", "[[style]]", "[[classDef]]",'
            ' "[[Ghost \\"svc\\" (old) & <x> %% end]]"]\n',
        ),
        "Components/click.md": component("graph", "database", 'depends_on: ["[[default]]"]\n'),
        "Components/style.md": component("end", "queue", 'depends_on: ["[[subgraph]]"]\n'),
        "Components/classDef.md": component("graph", "external"),
        "Components/default.md": component("end", "cache"),
        'Components/"quoted" & <x> (1).md': component(
            "end", "worker", 'depends_on: ["[[Ünïcødé 💳 👩‍💻]]"]\n'
        ),
        "Components/Ünïcødé 💳 👩‍💻.md": "---\ntype: component\nkind: external\n---\n",  # in no system
        "Technologies/C++ (.NET) & <Core>.md": "---\ntype: technology\ncategory: language\n---\n",
    }


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """{"sample/<style>/<file>" or "hostile/<style>/<file>": markdown}."""
    found: dict[str, str] = {}
    for style, files in sample_outputs(tmp_path_factory).items():
        found.update({f"sample/{style}/{name}": text for name, text in files.items()})
    hostile = tmp_path_factory.mktemp("hostile")
    vault = hostile / "vault"
    for relative, content in hostile_files().items():
        path = vault / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(str(content), encoding="utf-8")
    for style, files in build_styles(vault, hostile / "built").items():
        found.update({f"hostile/{style}/{name}": text for name, text in files.items()})
    return found


@pytest.fixture(scope="module")
def diagrams(documents: dict[str, str]) -> dict[str, list[str]]:
    """Each distinct diagram, with the documents it appears in."""
    where: dict[str, list[str]] = {}
    for name, text in documents.items():
        for block in mermaid_blocks(text):
            where.setdefault(block, []).append(name)
    return where


@pytest.fixture(scope="module")
def parsed(diagrams: dict[str, list[str]]) -> dict[str, str | None]:
    reason = mermaid_available()
    if reason is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the Mermaid parser must run in CI: {reason}", pytrace=False)
        pytest.skip(f"Mermaid parser not available: {reason}")
    texts = list(diagrams)
    # Parse only: drawing (render=True) costs about half a second per C4 diagram; the one
    # error only drawing finds, a C4 relation to an undeclared element, is checked below.
    return dict(zip(texts, parse_diagrams(texts), strict=True))


def _failures(parsed: dict[str, str | None], diagrams: dict[str, list[str]], prefix: str) -> list[str]:
    return [
        f"{diagrams[text][0]}: {error}\n{text}"
        for text, error in parsed.items()
        if error is not None and any(name.startswith(prefix) for name in diagrams[text])
    ]


def test_every_diagram_of_sample_vault_in_every_style_parses(
    parsed: dict[str, str | None], diagrams: dict[str, list[str]]
) -> None:
    assert sum(1 for names in diagrams.values() if any(n.startswith("sample/") for n in names)) >= 12
    assert _failures(parsed, diagrams, "sample/") == []


def test_every_diagram_of_hostile_names_parses(
    parsed: dict[str, str | None], diagrams: dict[str, list[str]]
) -> None:
    assert sum(1 for names in diagrams.values() if any(n.startswith("hostile/") for n in names)) >= 4
    assert _failures(parsed, diagrams, "hostile/") == []


def test_every_style_of_the_hostile_vault_has_flowchart_diagrams_only(documents: dict[str, str]) -> None:
    for style in STYLES:
        blocks = mermaid_blocks(documents[f"hostile/{style}/graph SDD.md"])
        assert len(blocks) >= 2, style
        assert {block.split("\n", 1)[0] for block in blocks} == {"flowchart LR"}, style


def test_hostile_names_reach_the_diagrams_escaped(diagrams: dict[str, list[str]]) -> None:
    everything = "\n".join(diagrams)
    assert '"Ghost #quot;svc#quot; (old) #amp; #lt;x#gt; %% end (no note yet)"' in everything
    assert '"#quot;quoted#quot; #amp; #lt;x#gt; (1)"' in everything
    assert "\"Ünïcødé 💳 👩‍💻\"" in everything


NODE = re.compile(r"^\s*(n\d+)[\[(/{>]")
EDGE = re.compile(r"^\s*(n\d+) -->(?:\|.*\|)? (n\d+)$")


def test_flowchart_edges_only_join_declared_nodes(diagrams: dict[str, list[str]]) -> None:
    edges = 0
    for text in diagrams:
        lines = text.split("\n")
        declared = {m.group(1) for line in lines if (m := NODE.match(line))}
        for line in lines:
            if edge := EDGE.match(line):
                edges += 1
                assert {edge.group(1), edge.group(2)} <= declared, (line, text)
    assert edges > 20


def test_node_ids_are_letters_and_digits_never_keywords() -> None:
    ids = NodeIds()
    keys = ["end", "graph", "subgraph", "style", "click", "default", "a b", "💳", "end"]
    assert [ids(key) for key in keys] == ["n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n1"]


def test_flowchart_label_escapes_every_character_mermaid_would_misread() -> None:
    assert label('a "b" <c> & d #e; `f` g:h') == '"a #quot;b#quot; #lt;c#gt; #amp; d #35;e; #96;f#96; g#58;h"'
    assert label("two\nlines  and   spaces") == '"two lines and spaces"'
    assert label("") == '" "'
    assert label("a|b [x] (y) {z} %% end 📝") == '"a|b [x] (y) {z} %% end 📝"'


def test_c4_string_keeps_text_readable_where_c4_decodes_few_entities() -> None:
    assert c4_string('say "hi" <b> & #tag; C#') == "\"say 'hi' #lt;b#gt; #amp; #\u200btag; C#\""
    assert c4_string("a, b; c | [d]") == '"a, b; c | [d]"'


def test_c4_title_escapes_what_ends_a_title_line() -> None:
    assert c4_title('A #1; "B" <c> & d') == "A #35;1#59; #quot;B#quot; #lt;c#gt; #amp; d"
    assert c4_title("") == "Diagram"


def test_a_system_without_components_or_neighbours_gets_a_sentence_not_a_one_box_diagram(
    documents: dict[str, str],
) -> None:
    for style in STYLES:
        text = documents[f"hostile/{style}/subgraph SDD.md"]
        assert mermaid_blocks(text) == [], style
