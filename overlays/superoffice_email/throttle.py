"""The sync throttle: at most N Sync* calls in flight per client.

SyncEmailAccount has no server-side throttling and each call makes the CRM server talk to a mail
server, so the SDK bounds concurrency itself. One :class:`SyncThrottle` is shared by a client's
threads *and* its asyncio tasks (in any event loop): waiters are served first come, first served.
"""

from __future__ import annotations

import collections
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio  # imported where first needed: blocking users do not pay for loading asyncio

THROTTLED_PREFIX = "Sync"
DEFAULT_SYNC_CONCURRENCY = 4


def is_throttled(operation: str) -> bool:
    """Sync* operations go through the throttle."""
    return operation.startswith(THROTTLED_PREFIX)


class _ThreadWaiter:
    __slots__ = ("event",)

    def __init__(self) -> None:
        self.event = threading.Event()

    def wake(self) -> bool:
        self.event.set()
        return True


class _TaskWaiter:
    __slots__ = ("future", "loop", "throttle")

    def __init__(self, loop: asyncio.AbstractEventLoop, throttle: SyncThrottle) -> None:
        self.loop = loop
        self.throttle = throttle
        self.future: asyncio.Future[None] = loop.create_future()

    def wake(self) -> bool:
        if self.loop.is_closed():
            return False
        try:
            self.loop.call_soon_threadsafe(self._grant)
        except RuntimeError:  # the loop closed in between
            return False
        return True

    def _grant(self) -> None:
        if self.future.cancelled():
            self.throttle._release()  # the task gave up while the grant was on its way: pass it on
        elif not self.future.done():
            self.future.set_result(None)


class SyncThrottle:
    """A counting limit usable from threads (``with throttle.slot():``) and tasks (``async with``)."""

    def __init__(self, limit: int = DEFAULT_SYNC_CONCURRENCY) -> None:
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ValueError(f"sync concurrency limit must be an int >= 1, not {limit!r}")
        self.limit = limit
        self._lock = threading.Lock()
        self._in_flight = 0
        self._waiters: collections.deque[_ThreadWaiter | _TaskWaiter] = collections.deque()
        self.peak = 0
        """Highest number of calls in flight seen so far (for diagnostics and tests)."""

    @property
    def in_flight(self) -> int:
        return self._in_flight

    def _try_take(self) -> bool:
        # Caller holds the lock.
        if self._in_flight < self.limit and not self._waiters:
            self._in_flight += 1
            self.peak = max(self.peak, self._in_flight)
            return True
        return False

    def _release(self) -> None:
        with self._lock:
            # Hand the slot straight to the oldest live waiter, so nobody can overtake it.
            while self._waiters:
                waiter = self._waiters.popleft()
                if waiter.wake():
                    return
            self._in_flight -= 1

    def _abandon(self, waiter: _TaskWaiter) -> None:
        """A task stopped waiting (cancelled); give back a slot it was already granted."""
        with self._lock:
            if waiter in self._waiters:
                self._waiters.remove(waiter)
                return
        if waiter.future.done() and not waiter.future.cancelled():
            self._release()
        # Otherwise the grant is still queued on the loop and _grant passes it on.

    def _abandon_thread(self, waiter: _ThreadWaiter) -> None:
        """A thread stopped waiting; give back the slot if it had already been handed over."""
        with self._lock:
            if waiter in self._waiters:
                self._waiters.remove(waiter)
                return
        self._release()  # _release popped and woke it under the lock: the slot is ours

    @contextmanager
    def slot(self) -> Iterator[None]:
        """Hold one slot for the duration of a blocking call."""
        with self._lock:
            waiter = None if self._try_take() else _ThreadWaiter()
            if waiter is not None:
                self._waiters.append(waiter)
        if waiter is not None:
            try:
                waiter.event.wait()
            except BaseException:  # e.g. KeyboardInterrupt while waiting
                self._abandon_thread(waiter)
                raise
        try:
            yield
        finally:
            self._release()

    @asynccontextmanager
    async def async_slot(self) -> AsyncIterator[None]:
        """Hold one slot for the duration of an awaited call."""
        import asyncio

        with self._lock:
            waiter = None if self._try_take() else _TaskWaiter(asyncio.get_running_loop(), self)
            if waiter is not None:
                self._waiters.append(waiter)
        if waiter is not None:
            try:
                await waiter.future
            except BaseException:
                self._abandon(waiter)
                raise
        try:
            yield
        finally:
            self._release()
