"""Where system user tickets are kept between calls, so that a fleet of workers can share one.

Every ticket SuperOffice mints creates a credentials record in the customer's database, so a
ticket is minted only when none is cached or the API answered 401. The in-memory store serves
one process; to share a ticket between processes implement :class:`TicketStore` on top of a
file, Redis or a database (the methods are called from any thread and from the event loop, so
keep them quick and thread-safe).
"""

from __future__ import annotations

import threading
import time
from typing import Protocol, runtime_checkable

import attrs


@attrs.frozen
class StoredTicket:
    """A ticket and the wall-clock time (``time.time()``) after which it must not be used."""

    ticket: str = attrs.field(repr=False)
    expires_at: float

    def usable(self, now: float | None = None) -> bool:
        return (time.time() if now is None else now) < self.expires_at


@runtime_checkable
class TicketStore(Protocol):
    """Storage of one ticket per key; ``key`` names environment, tenant and app, never a secret.

    ``get`` returns the stored ticket or ``None`` (expired entries may be returned; callers check
    :meth:`StoredTicket.usable`). ``set`` stores or replaces (also used to slide the expiry).
    ``invalidate`` removes the entry, but when ``ticket`` is given only if the stored ticket is
    that one: a worker that saw a 401 must not delete the fresh ticket another worker just minted.
    """

    def get(self, key: str) -> StoredTicket | None: ...

    def set(self, key: str, value: StoredTicket) -> None: ...

    def invalidate(self, key: str, ticket: str | None = None) -> None: ...


class InMemoryTicketStore:
    """The default :class:`TicketStore`: a dict behind a lock, private to this process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[str, StoredTicket] = {}

    def get(self, key: str) -> StoredTicket | None:
        with self._lock:
            return self._entries.get(key)

    def set(self, key: str, value: StoredTicket) -> None:
        with self._lock:
            self._entries[key] = value

    def invalidate(self, key: str, ticket: str | None = None) -> None:
        with self._lock:
            current = self._entries.get(key)
            if current is not None and (ticket is None or current.ticket == ticket):
                del self._entries[key]

    def __repr__(self) -> str:
        with self._lock:
            return f"InMemoryTicketStore(keys={sorted(self._entries)!r})"
