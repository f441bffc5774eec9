"""flows: what a system's `depends_on` links say they carry.

`depends_on: [{target: "[[Billing API]]", protocol: gRPC, data: PII}]` gives the link from the
component to Billing API the attributes protocol gRPC and data PII. The SDD's diagrams label
arrows with them, its dependencies list shows them, and its data and security sections list the
links that carry classified data.
"""

from __future__ import annotations

from vaultsmith.model.analysed import VaultModel
from vaultsmith.model.graph import INVERSES, link_attributes, sources, targets
from vaultsmith.model.ref import Ref
from vaultsmith.sdd.design import Dependency
from vaultsmith.vault.values import text

RELATION = "depends_on"


def link_details(
    model: VaultModel, source: str, target: str, relation: str = RELATION
) -> tuple[tuple[str, str], ...]:
    """The attributes of the link `source` —relation→ `target`: as `source` states it, else as
    `target` states the inverse (`dependency_of`)."""
    found: dict[str, str] = {}
    inverse = INVERSES[relation][0] if relation in INVERSES else None
    for stater, other, wanted in ((source, target, relation), (target, source, inverse)):
        for data in (model.graph.get_edge_data(stater, other) or {}).values():
            if data.get("relation") == wanted:
                for key, value in link_attributes(data).items():
                    found.setdefault(key, text(value))
    return tuple(sorted(found.items()))


def system_flows(model: VaultModel, own: list[str]) -> tuple[Dependency, ...]:
    """Every `depends_on` link from or to the system's components that says what it carries,
    in order of source and target name."""
    pairs: set[tuple[str, str]] = set()
    for component in own:
        pairs.update((component, target) for target in targets(model.graph, component, RELATION))
        pairs.update((source, component) for source in sources(model.graph, component, RELATION))
    found = []
    for source, target in pairs:
        details = link_details(model, source, target)
        if details and source in model.notes and target in model.notes:
            found.append(Dependency(model.ref(source), model.ref(target), (), "", details))
    return tuple(sorted(found, key=lambda d: (_name(d.source), _name(d.target))))


def _name(ref: Ref) -> str:
    return ref.name.lower()
