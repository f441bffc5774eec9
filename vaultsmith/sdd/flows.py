"""flows: what a system's component links say they carry and do.

`depends_on: [{target: "[[Billing API]]", protocol: gRPC, data: PII}]` gives the link from the
component to Billing API the attributes protocol gRPC and data PII. The SDD's diagrams label
arrows with them and with the link's verb (`vaultsmith.sdd.verbs`), its dependencies list shows
them, and its data and security sections list the links that carry classified data.
"""

from __future__ import annotations

from vaultsmith.model.analysed import VaultModel
from vaultsmith.model.graph import INVERSES, UNRESOLVED, link_attributes, sources, targets
from vaultsmith.model.ref import Ref
from vaultsmith.sdd.design import Dependency
from vaultsmith.sdd.verbs import LINK_RELATIONS, link_verb
from vaultsmith.vault.values import text

RELATION = "depends_on"


def link_details(model: VaultModel, source: str, target: str) -> tuple[tuple[str, str], ...]:
    """The attributes of the links `source` → `target` (by any of the link relations): as
    `source` states them, else as `target` states the inverse (`dependency_of`)."""
    found: dict[str, str] = {}
    inverse = INVERSES[RELATION][0]
    for stater, other, wanted in ((source, target, LINK_RELATIONS), (target, source, (inverse,))):
        for data in (model.graph.get_edge_data(stater, other) or {}).values():
            if data.get("relation") in wanted:
                for key, value in link_attributes(data).items():
                    found.setdefault(key, text(value))
    return tuple(sorted(found.items()))


def described_link(
    model: VaultModel, source: str, target: str, systems: tuple[Ref, ...] = (), kind: str = ""
) -> Dependency:
    """The link `source` → `target` with what it carries and what it does."""
    details = link_details(model, source, target)
    protocol = next((value for key, value in details if key == "protocol"), "")
    verb = link_verb(model, source, target, protocol)
    return Dependency(model.ref(source), model.ref(target), systems, kind, details, verb.verb, verb.inbound)


def system_flows(model: VaultModel, own: list[str]) -> tuple[Dependency, ...]:
    """Every link from or to the system's components between notes, with its verb and what it
    carries, in order of source and target name."""
    pairs: set[tuple[str, str]] = set()
    for component in own:
        pairs.update((component, target) for target in targets(model.graph, component, *LINK_RELATIONS))
        pairs.update((source, component) for source in sources(model.graph, component, *LINK_RELATIONS))
    mine = set(own)
    found = []
    for source, target in pairs:
        if UNRESOLVED not in (model.type_of(source), model.type_of(target)):
            other = target if source in mine else source  # its systems and kind place it in diagrams
            systems = () if other in mine else tuple(model.ref(s) for s in _systems(model, other))
            found.append(described_link(model, source, target, systems, text(model.field(other, "kind"))))
    return tuple(sorted(found, key=lambda d: (_name(d.source), _name(d.target))))


def _systems(model: VaultModel, node: str) -> list[str]:
    return [t for t in targets(model.graph, node, "system", "systems") if model.type_of(t) == "system"]


def _name(ref: Ref) -> str:
    return ref.name.lower()
