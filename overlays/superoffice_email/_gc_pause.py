"""Pause CPython's cycle collector while a large answer is turned into models.

Parsing a big answer (10,000 envelopes, 15 MB of JSON) allocates hundreds of thousands of
containers at once, so the cycle collector runs repeatedly over everything alive, including the
half-built result: measured, that was half of the parse time (bench/README.md). Nothing made
during a parse is garbage in a cycle, so the collector only wastes time there. Reference counting
keeps freeing memory while it is paused; the pause lasts from the moment the body has been read
until the generated parser returns.

The collector is process-wide, so the pause is counted: concurrent parses share one pause, the
collector is switched back on when the last of them ends, and it is left alone when the
application had switched it off itself.
"""

from __future__ import annotations

import gc
import threading

LARGE_BODY = 1 << 20
"""Answers at least this many bytes long are parsed with the collector paused."""

_lock = threading.Lock()
_depth = 0
_owned = False


def pause() -> None:
    """Enter a pause; every call must be matched by exactly one :func:`resume`."""
    global _depth, _owned
    with _lock:
        if _depth == 0:
            _owned = gc.isenabled()
            if _owned:
                gc.disable()
        _depth += 1


def resume() -> None:
    """Leave a pause; the last one out switches the collector back on if :func:`pause` turned it off."""
    global _depth, _owned
    with _lock:
        _depth -= 1
        if _depth == 0 and _owned:
            _owned = False
            gc.enable()
