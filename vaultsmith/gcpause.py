"""gcpause: fewer garbage collections while a build makes millions of objects that all live on.

CPython runs a collection every 700 new objects, and a full one, which walks every object made so
far, every hundred of those. Reading a big vault makes millions of notes, links and graph entries
that live until the build ends, and almost no reference cycles, so those collections free
nothing and cost about 15% of a build's time (measured on the 10,000-note benchmark vault).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

YOUNG_THRESHOLD = 100_000  # new objects between collections of the youngest generation


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect rarely until the block ends, then as before."""
    before = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, before[1], before[2])
    try:
        yield
    finally:
        gc.set_threshold(*before)
