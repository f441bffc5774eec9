"""The package layout is the architecture: stages import only the stages below them, and no
module imports itself back through others (at import time)."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

PACKAGE = Path(__file__).resolve().parent.parent / "vaultsmith"

# Bottom to top: a stage may import its own modules and those of the stages before it.
LAYERS = [
    ("errors", "diagnostics"),
    ("config",),
    ("vault",),
    ("cache",),
    ("model",),
    ("sdd",),
    ("render",),
    ("write",),
    ("canvas",),
    ("build",),
    ("live",),
    ("tools",),
    ("assist",),
    ("cli",),
]
RANK = {stage: rank for rank, stages in enumerate(LAYERS) for stage in stages}


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _imports(path: Path, *, import_time_only: bool) -> set[str]:
    """vaultsmith modules `path` imports; with `import_time_only`, not those inside functions or
    under `if TYPE_CHECKING:` (they cannot make an import cycle)."""
    tree = ast.parse(path.read_text())
    nodes: list[ast.AST] = []
    if import_time_only:
        for node in tree.body:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            nodes.extend(ast.walk(node) if not isinstance(node, ast.FunctionDef | ast.ClassDef) else [])
    else:
        nodes = list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("vaultsmith"):
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("vaultsmith"))
    return found


def _stage(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def test_every_module_belongs_to_a_known_stage() -> None:
    unknown = sorted({_stage(name) for name in _modules()} - set(RANK) - {None})
    assert unknown == [], f"add {unknown} to LAYERS in the order of the pipeline"


def test_every_stage_says_what_it_owns_and_may_import() -> None:
    for name, path in _modules().items():
        if path.name == "__init__.py" and name != "vaultsmith":
            doc = ast.get_docstring(ast.parse(path.read_text())) or ""
            assert "May import" in doc, f"{name}/__init__.py: say what the stage may import"


def test_stages_import_only_the_stages_below_them() -> None:
    modules = _modules()
    upward = []
    for name, path in modules.items():
        stage = _stage(name)
        if stage is None:
            continue  # the package root is the public API: it may import anything
        for imported in _imports(path, import_time_only=False):
            target = _stage(imported)
            if target in RANK and RANK[target] > RANK[stage]:
                upward.append(f"{name} imports {imported}")
    assert upward == []


def test_no_module_imports_itself_back_at_import_time() -> None:
    modules = _modules()
    graph = nx.DiGraph()
    for name, path in modules.items():
        graph.add_node(name)
        for imported in _imports(path, import_time_only=True):
            if imported in modules and imported != name and not name.startswith(imported + "."):
                graph.add_edge(name, imported)
    cycles = [cycle for cycle in nx.simple_cycles(graph) if len(cycle) > 1]
    assert cycles == []


def test_every_error_vaultsmith_raises_on_purpose_lives_in_errors_and_is_exported() -> None:
    import vaultsmith
    from vaultsmith import errors

    defined_elsewhere = []
    for name, path in _modules().items():
        if name == "vaultsmith.errors":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            ours = ("VaultsmithError", "UsageError", "ConfigError")
            if isinstance(node, ast.ClassDef) and any(ast.unparse(b).endswith(ours) for b in node.bases):
                defined_elsewhere.append(f"{name}.{node.name}")
    assert defined_elsewhere == []
    exported = [value for value in vars(errors).values() if isinstance(value, type)]
    assert {cls.__name__ for cls in exported if issubclass(cls, Exception)} <= set(vaultsmith.__all__)
