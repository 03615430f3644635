"""The sync throttle (threads and tasks share one limit; cancelled waiters leak no slot) and
``sync_all_ready`` (every account gets an outcome; failures do not stop the others)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from superoffice_email import (
    AccountOutcome,
    AsyncEMailAgent,
    EMailAgent,
    RetryPolicy,
    ServerError,
    SOTicketAuth,
    SyncStatus,
    SyncThrottle,
    async_sync_all_ready,
    sync_all_ready,
)
from superoffice_email.models import SyncUserAccount

from tests.loopback import Loopback, Recorded, Reply, Stall

TICKET = "7T:throttle-ticket-0123456789"
FAST_RETRY = RetryPolicy(max_retries=0, base_delay=0.01, max_delay=0.02)


@pytest.mark.parametrize("bad", [0, -1, True, 1.5, "4", None])
def test_limit_must_be_a_positive_int(bad: Any) -> None:
    with pytest.raises(ValueError, match="sync concurrency"):
        SyncThrottle(bad)


def test_agent_default_and_configured_limit() -> None:
    with EMailAgent("http://127.0.0.1:9", auth=SOTicketAuth(TICKET)) as agent:
        assert agent.throttle.limit == 4
    with EMailAgent("http://127.0.0.1:9", auth=SOTicketAuth(TICKET), sync_concurrency=2) as agent:
        assert agent.throttle.limit == 2


class Gauge:
    """Counts holders of the throttle from the inside, independent of the throttle's own count."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.now = 0
        self.max = 0
        self.done = 0

    def enter(self) -> None:
        with self.lock:
            self.now += 1
            self.max = max(self.max, self.now)

    def leave(self) -> None:
        with self.lock:
            self.now -= 1
            self.done += 1


def test_threads_never_exceed_the_limit() -> None:
    throttle = SyncThrottle(3)
    gauge = Gauge()

    def work() -> None:
        with throttle.slot():
            gauge.enter()
            time.sleep(0.01)
            gauge.leave()

    threads = [threading.Thread(target=work) for _ in range(30)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert gauge.done == 30
    assert 1 <= gauge.max <= 3
    assert throttle.peak <= 3
    assert throttle.in_flight == 0


async def test_threads_and_tasks_share_one_limit() -> None:
    throttle = SyncThrottle(2)
    gauge = Gauge()

    def thread_work() -> None:
        with throttle.slot():
            gauge.enter()
            time.sleep(0.01)
            gauge.leave()

    async def task_work() -> None:
        async with throttle.async_slot():
            gauge.enter()
            await asyncio.sleep(0.01)
            gauge.leave()

    threads = [threading.Thread(target=thread_work) for _ in range(15)]
    for t in threads:
        t.start()
    await asyncio.wait_for(asyncio.gather(*(task_work() for _ in range(15))), 10)
    for t in threads:
        await asyncio.to_thread(t.join, 10)
    assert gauge.done == 30
    assert gauge.max <= 2
    assert throttle.in_flight == 0


async def test_cancelled_waiters_do_not_leak_slots() -> None:
    throttle = SyncThrottle(1)
    holding = asyncio.Event()
    release = asyncio.Event()

    async def holder() -> None:
        async with throttle.async_slot():
            holding.set()
            await release.wait()

    async def waiter() -> None:
        async with throttle.async_slot():
            await asyncio.sleep(0)

    hold = asyncio.create_task(holder())
    await holding.wait()
    waiters = [asyncio.create_task(waiter()) for _ in range(10)]
    await asyncio.sleep(0.01)
    assert throttle.in_flight == 1
    for task in waiters:
        task.cancel()
    await asyncio.gather(*waiters, return_exceptions=True)
    release.set()
    await hold
    assert throttle.in_flight == 0
    # The slot is free again: a new caller gets it at once.
    await asyncio.wait_for(waiter(), 1)
    assert throttle.in_flight == 0


async def test_waiter_cancelled_just_as_it_is_granted_passes_the_slot_on() -> None:
    throttle = SyncThrottle(1)
    got = asyncio.Event()
    release = asyncio.Event()

    async def holder() -> None:
        async with throttle.async_slot():
            got.set()
            await release.wait()

    async def waiter() -> None:
        async with throttle.async_slot():
            pytest.fail("a cancelled waiter must not run")

    hold = asyncio.create_task(holder())
    await got.wait()
    doomed = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    # Release (the grant is queued on the loop) and cancel before the waiter can run.
    release.set()
    await asyncio.sleep(0)
    doomed.cancel()
    await hold
    await asyncio.gather(doomed, return_exceptions=True)
    await asyncio.sleep(0.01)
    assert throttle.in_flight == 0
    async with asyncio.timeout(1), throttle.async_slot():
        assert throttle.in_flight == 1


async def test_wait_for_timeout_on_a_waiting_task_does_not_leak() -> None:
    throttle = SyncThrottle(2)
    release = threading.Event()
    holding = threading.Semaphore(0)

    def hold() -> None:
        with throttle.slot():
            holding.release()
            release.wait(5)

    holders = [threading.Thread(target=hold) for _ in range(2)]
    for t in holders:
        t.start()
    for _ in holders:
        assert await asyncio.to_thread(holding.acquire, True, 5)
    assert throttle.in_flight == 2

    async def wait_for_slot() -> None:
        async with throttle.async_slot():
            pass

    for _ in range(5):
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(wait_for_slot(), 0.02)
    release.set()
    for t in holders:
        await asyncio.to_thread(t.join, 5)
    assert throttle.in_flight == 0
    await asyncio.wait_for(asyncio.gather(*(wait_for_slot() for _ in range(4))), 1)
    assert throttle.in_flight == 0


# --- sync_all_ready ---------------------------------------------------------------------------

ACCOUNTS: list[dict[str, Any]] = [
    {"AccountId": 1, "AssociateName": "ann"},
    {"AccountId": 2, "AssociateName": "bob"},
    {"AssociateName": "no id"},
    {"AccountId": 4, "AssociateName": "dan"},
    {"AccountId": 5, "AssociateName": "eve"},
    {"AccountId": 6, "AssociateName": "fay"},
]
FAILING = {
    2: Reply(500, {"ErrorMessage": "IMAP login failed for bob"}),
    5: Reply(404, {"ErrorMessage": "gone"}),
}


def sync_answer(request: Recorded) -> Reply:
    account_id = request.json()["SyncUserAccount"]["AccountId"]
    return FAILING.get(account_id, Reply(204, delay=0.03))


@pytest.fixture
def server() -> Iterator[Loopback]:
    with Loopback(default=sync_answer) as srv:
        srv.script("GetReadySyncEmailAccounts", Reply(200, ACCOUNTS))
        yield srv


def check_outcomes(outcomes: list[AccountOutcome], progress: list[tuple[int, int, AccountOutcome]]) -> None:
    assert [o.account.associate_name for o in outcomes] == [a["AssociateName"] for a in ACCOUNTS]
    by_name = {o.account.associate_name: o for o in outcomes}
    assert by_name["no id"].status is SyncStatus.SKIPPED and by_name["no id"].reason == "no AccountId"
    assert by_name["bob"].status is SyncStatus.FAILED
    assert isinstance(by_name["bob"].error, ServerError)
    assert "IMAP login failed" in str(by_name["bob"].error)
    assert by_name["eve"].status is SyncStatus.FAILED and by_name["eve"].error is not None
    assert by_name["eve"].error.__class__.__name__ == "NotFoundError"
    for name in ("ann", "dan", "fay"):
        assert by_name[name].status is SyncStatus.SYNCED and by_name[name].error is None
    assert [p[0] for p in progress] == list(range(1, len(ACCOUNTS) + 1))
    assert {p[1] for p in progress} == {len(ACCOUNTS)}
    assert {id(p[2]) for p in progress} == {id(o) for o in outcomes}


def test_sync_all_ready_continues_past_failures(server: Loopback) -> None:
    progress: list[tuple[int, int, AccountOutcome]] = []
    with EMailAgent(
        server.base_url, auth=SOTicketAuth(TICKET), retry=FAST_RETRY, sync_concurrency=2
    ) as agent:
        outcomes = sync_all_ready(agent, progress=lambda d, t, o: progress.append((d, t, o)))
    check_outcomes(outcomes, progress)
    assert server.attempts("SyncEmailAccount") == 5  # the account without an id is not sent
    assert server.max_in_flight <= 2


async def test_async_sync_all_ready_continues_past_failures(server: Loopback) -> None:
    progress: list[tuple[int, int, AccountOutcome]] = []
    async with AsyncEMailAgent(
        server.base_url, auth=SOTicketAuth(TICKET), retry=FAST_RETRY, sync_concurrency=2
    ) as agent:
        outcomes = await async_sync_all_ready(agent, progress=lambda d, t, o: progress.append((d, t, o)))
    check_outcomes(outcomes, progress)
    assert server.attempts("SyncEmailAccount") == 5
    assert server.max_in_flight <= 2


def test_sync_all_ready_with_nothing_ready() -> None:
    with (
        Loopback(default=Reply(200, [])) as srv,
        EMailAgent(srv.base_url, auth=SOTicketAuth(TICKET)) as agent,
    ):
        assert sync_all_ready(agent) == []
        assert srv.attempts("SyncEmailAccount") == 0


def test_a_failing_progress_callback_does_not_stop_the_run(
    server: Loopback, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[int] = []

    def broken(done: int, total: int, outcome: AccountOutcome) -> None:
        calls.append(done)
        raise RuntimeError("display went away")

    with EMailAgent(server.base_url, auth=SOTicketAuth(TICKET), retry=FAST_RETRY) as agent:
        outcomes = sync_all_ready(agent, progress=broken)
    assert sorted(calls) == list(range(1, len(ACCOUNTS) + 1))
    assert [o.status for o in outcomes].count(SyncStatus.SYNCED) == 3
    assert server.attempts("SyncEmailAccount") == 5
    assert sum("progress callback failed" in r.getMessage() for r in caplog.records) == len(ACCOUNTS)


async def test_cancelling_a_running_sync_call_frees_its_slot() -> None:
    arrived = threading.Event()

    def stall(_: Recorded) -> Stall:
        arrived.set()
        return Stall(10)

    with Loopback(default=stall) as srv:
        async with AsyncEMailAgent(
            srv.base_url, auth=SOTicketAuth(TICKET), retry=FAST_RETRY, sync_concurrency=1
        ) as agent:
            running = asyncio.create_task(agent.sync_email_account(SyncUserAccount(account_id=1)))
            waiting = asyncio.create_task(agent.sync_email_account(SyncUserAccount(account_id=2)))
            assert await asyncio.to_thread(arrived.wait, 5)
            assert agent.throttle.in_flight == 1
            running.cancel()
            waiting.cancel()
            await asyncio.gather(running, waiting, return_exceptions=True)
            assert agent.throttle.in_flight == 0
            srv.default = Reply(204)
            async with asyncio.timeout(5):
                await agent.sync_email_account(SyncUserAccount(account_id=3))
            assert agent.throttle.in_flight == 0


class _InterruptedEvent:
    """Stands in for a waiting thread's Event: the wait is interrupted (Ctrl-C)."""

    before_raising: Callable[[], None] = staticmethod(lambda: None)

    def set(self) -> None:
        pass

    def wait(self, timeout: float | None = None) -> bool:
        type(self).before_raising()
        raise KeyboardInterrupt


@pytest.mark.parametrize("granted_first", [False, True])
def test_interrupted_thread_waiter_does_not_leak_a_slot(
    monkeypatch: pytest.MonkeyPatch, granted_first: bool
) -> None:
    from superoffice_email import throttle as throttle_module

    throttle = SyncThrottle(1)
    holder = throttle.slot()
    holder.__enter__()
    real_init = throttle_module._ThreadWaiter.__init__

    def init(self: Any) -> None:
        real_init(self)
        self.event = _InterruptedEvent()

    monkeypatch.setattr(throttle_module._ThreadWaiter, "__init__", init)
    if granted_first:
        # The holder finishes while the other thread waits: the slot is handed to the waiter,
        # which is then interrupted before it can use it.
        monkeypatch.setattr(_InterruptedEvent, "before_raising", lambda: holder.__exit__(None, None, None))
    with pytest.raises(KeyboardInterrupt), throttle.slot():
        pytest.fail("an interrupted waiter must not run")
    if not granted_first:
        assert throttle.in_flight == 1
        holder.__exit__(None, None, None)
    assert throttle.in_flight == 0
    assert not throttle._waiters


def test_one_throttle_passed_to_a_blocking_and_an_async_agent_is_shared() -> None:
    shared = SyncThrottle(3)
    auth = SOTicketAuth("7T:x")
    blocking = EMailAgent("https://crm.example.com", auth=auth, throttle=shared, sync_concurrency=9)
    asynchronous = AsyncEMailAgent("https://crm.example.com", auth=auth, throttle=shared)
    try:
        assert blocking.throttle is shared
        assert asynchronous.throttle is shared
        assert blocking.throttle.limit == 3, "an explicit throttle wins over sync_concurrency"
    finally:
        blocking.close()
