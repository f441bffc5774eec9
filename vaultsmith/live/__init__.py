"""live: a vault held in memory between builds, so one saved note costs one note's work, and
the watcher that feeds it file events.

Owns: session.py (the in-memory session), livemodel.py (the model updated in place),
provenance.py (which facts each generated note was made from), watch.py (watchdog, debounce).
May import: every stage up to and including build.
"""
