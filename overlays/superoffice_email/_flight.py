"""Locks that make a credential exchange happen once when many callers need it at the same time.

Threads serialise on a :class:`threading.Lock`; asyncio tasks first queue on an
:class:`asyncio.Lock` of their own event loop (so waiting never blocks the loop), and the one task
that gets through runs the blocking exchange in a worker thread under the same threading lock,
which also coordinates it with threads and other event loops. Whoever gets a lock second re-checks
the cache and finds the result of the first.
"""

from __future__ import annotations

import asyncio
import threading
import weakref

_registry_lock = threading.Lock()
_key_locks: dict[str, threading.Lock] = {}


def key_lock(key: str) -> threading.Lock:
    """One process-wide lock per key, so separate auth objects sharing a store also share it."""
    with _registry_lock:
        lock = _key_locks.get(key)
        if lock is None:
            lock = _key_locks[key] = threading.Lock()
        return lock


class LoopLocks:
    """One :class:`asyncio.Lock` per running event loop (an asyncio lock must not cross loops)."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    def current(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._guard:
            lock = self._locks.get(loop)
            if lock is None:
                lock = self._locks[loop] = asyncio.Lock()
            return lock
