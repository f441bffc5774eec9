"""verbs: what a link between two components does, and which way its data flows.

A worker that consumes from a queue is data flowing from the queue to the worker, not the worker
"depending on" it. The verb is read where the vault states it, first found wins:

1. the source component's own properties `publishes`, `consumes`, `reads`, `writes`, `calls`
   (and their `_to` / `_from` forms) naming the target;
2. the target queue's (`kind: queue`, `topic`, `stream`) `producers` / `consumers`
   properties, or a table in its note with a Producer(s) / Consumer(s) column, naming the source;
3. a `protocol` on the link: the source calls the target over it;
4. else "depends on", where nothing more is known.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from vaultsmith.model.analysed import VaultModel
from vaultsmith.model.graph import targets
from vaultsmith.vault.links import find_wikilinks
from vaultsmith.vault.markdown import mask

# property -> (verb, data flows from the target to the source)
VERB_PROPERTIES: dict[str, tuple[str, bool]] = {
    "publishes": ("publishes to", False),
    "publishes_to": ("publishes to", False),
    "produces": ("publishes to", False),
    "produces_to": ("publishes to", False),
    "consumes": ("consumes from", True),
    "consumes_from": ("consumes from", True),
    "subscribes": ("consumes from", True),
    "subscribes_to": ("consumes from", True),
    "reads": ("reads from", True),
    "reads_from": ("reads from", True),
    "writes": ("writes to", False),
    "writes_to": ("writes to", False),
    "calls": ("calls", False),
}
# Every property that links one component to another: the component's links in an SDD.
LINK_RELATIONS = ("depends_on", *VERB_PROPERTIES)
QUEUE_KINDS = frozenset({"queue", "topic", "stream", "event-bus", "message-queue"})
_PRODUCER_WORDS = ("producer", "publisher")
_CONSUMER_WORDS = ("consumer", "subscriber")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")


@dataclass(frozen=True, slots=True)
class LinkVerb:
    verb: str  # "consumes from", "publishes to", "reads and writes", "calls", "depends on"
    inbound: bool  # data flows from the target to the source (the arrow is drawn target -> source)
    stated: bool  # the vault says it; False for the bare "depends on"


DEPENDS_ON = LinkVerb("depends on", False, False)


def link_verb(model: VaultModel, source: str, target: str, protocol: str = "") -> LinkVerb:
    """What `source` does with `target`, as the vault states it."""
    stated = [VERB_PROPERTIES[key] for key in VERB_PROPERTIES if target in _linked(model, source, key)]
    if not stated and str(model.field(target, "kind")).lower() in QUEUE_KINDS:
        stated = list(_queue_roles(model, target, source))
    if stated:
        return _combined(stated)
    if protocol:
        return LinkVerb("calls", False, True)
    return DEPENDS_ON


def _combined(stated: list[tuple[str, bool]]) -> LinkVerb:
    verbs = list(dict.fromkeys(verb for verb, _ in stated))
    if set(verbs) == {"reads from", "writes to"}:
        return LinkVerb("reads and writes", False, True)
    if len(verbs) > 1 and {"publishes to", "consumes from"} <= set(verbs):
        return LinkVerb("publishes to and consumes from", False, True)
    return LinkVerb(verbs[0], stated[0][1], True)


def _linked(model: VaultModel, node: str, relation: str) -> list[str]:
    return targets(model.graph, node, relation) if node in model.graph else []


def _queue_roles(model: VaultModel, queue: str, component: str) -> Iterator[tuple[str, bool]]:
    """What the queue's note says `component` is to it: a producer, a consumer, or both."""
    for key in ("producers", "publishers"):
        if component in _linked(model, queue, key):
            yield "publishes to", False
    for key in ("consumers", "subscribers"):
        if component in _linked(model, queue, key):
            yield "consumes from", True
    if queue not in model.notes:
        return
    producers, consumers = _table_roles(model, queue)
    if component in producers:
        yield "publishes to", False
    if component in consumers:
        yield "consumes from", True


def _table_roles(model: VaultModel, queue: str) -> tuple[set[str], set[str]]:
    """The notes linked in the Producer and Consumer columns of the tables in a queue's note."""
    producers: set[str] = set()
    consumers: set[str] = set()
    header: list[str] = []
    for line in mask(model.notes[queue].note.body).split("\n"):
        if not line.lstrip().startswith("|"):
            header = []
            continue
        if _RULE.match(line):
            continue
        cells = _CELL_SPLIT.split(line.strip().strip("|"))
        if not header:
            header = [cell.strip().lower() for cell in cells]
            continue
        for name, cell in zip(header, cells, strict=False):
            if any(word in name for word in _PRODUCER_WORDS):
                producers.update(_resolved(model, queue, cell))
            elif any(word in name for word in _CONSUMER_WORDS):
                consumers.update(_resolved(model, queue, cell))
    return producers, consumers


def _resolved(model: VaultModel, source: str, text: str) -> Iterator[str]:
    for link in find_wikilinks(text):
        found = model.resolver.resolve(link.target, source)
        if found is not None:
            yield found
