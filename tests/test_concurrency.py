"""100 threads and 100 asyncio tasks call SyncEmailAccount at once; the loopback server counts how
many requests it is handling at any moment, and that must never exceed the client's limit."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator

import pytest
from superoffice_email import AsyncEMailAgent, EMailAgent, RetryPolicy, SOTicketAuth
from superoffice_email.models import SyncUserAccount

from tests.loopback import Loopback, Reply

TICKET = "7T:concurrency-ticket-0123456789"
CALLS = 100
DELAY = 0.03  # per request, so that calls overlap


def report(request: pytest.FixtureRequest, line: str) -> None:
    capture = request.config.pluginmanager.getplugin("capturemanager")
    if capture is None:
        print(line)
        return
    with capture.global_and_fixture_disabled():
        print(line)


@pytest.fixture
def server() -> Iterator[Loopback]:
    with Loopback(default=Reply(204, delay=DELAY)) as srv:
        yield srv


def run_threads(agent: EMailAgent, errors: list[BaseException]) -> list[threading.Thread]:
    start = threading.Barrier(CALLS)

    def call(i: int) -> None:
        start.wait(10)
        try:
            agent.sync_email_account(SyncUserAccount(account_id=i))
        except BaseException as exc:  # collected and asserted on below
            errors.append(exc)

    threads = [threading.Thread(target=call, args=(i,)) for i in range(CALLS)]
    for t in threads:
        t.start()
    return threads


@pytest.mark.parametrize("limit", [4, 7])
def test_100_threads(server: Loopback, request: pytest.FixtureRequest, limit: int) -> None:
    errors: list[BaseException] = []
    with EMailAgent(
        server.base_url, auth=SOTicketAuth(TICKET), sync_concurrency=limit, retry=RetryPolicy(max_retries=0)
    ) as agent:
        started = time.monotonic()
        for t in run_threads(agent, errors):
            t.join(30)
        wall = time.monotonic() - started
        peak = agent.throttle.peak
    assert errors == []
    assert server.attempts("SyncEmailAccount") == CALLS
    assert sorted(r.json()["SyncUserAccount"]["AccountId"] for r in server.requests) == list(range(CALLS))
    assert 1 <= server.max_in_flight <= limit
    assert peak <= limit
    assert wall < 30
    report(
        request,
        f"\nthreads: max in flight {server.max_in_flight}, limit {limit}, calls {CALLS}, wall {wall:.2f} s",
    )


@pytest.mark.parametrize("limit", [4, 7])
async def test_100_tasks(server: Loopback, request: pytest.FixtureRequest, limit: int) -> None:
    async with AsyncEMailAgent(
        server.base_url, auth=SOTicketAuth(TICKET), sync_concurrency=limit, retry=RetryPolicy(max_retries=0)
    ) as agent:
        started = time.monotonic()
        results = await asyncio.wait_for(
            asyncio.gather(
                *(agent.sync_email_account(SyncUserAccount(account_id=i)) for i in range(CALLS)),
                return_exceptions=True,
            ),
            30,
        )
        wall = time.monotonic() - started
        peak = agent.throttle.peak
    assert [r for r in results if r is not None] == []
    assert server.attempts("SyncEmailAccount") == CALLS
    assert 1 <= server.max_in_flight <= limit
    assert peak <= limit
    report(
        request,
        f"\ntasks: max in flight {server.max_in_flight}, limit {limit}, calls {CALLS}, wall {wall:.2f} s",
    )


async def test_100_threads_and_100_tasks_sharing_one_throttle(
    server: Loopback, request: pytest.FixtureRequest
) -> None:
    """One limit for a process that drives the same tenant from threads and from an event loop."""
    errors: list[BaseException] = []
    with EMailAgent(server.base_url, auth=SOTicketAuth(TICKET), retry=RetryPolicy(max_retries=0)) as agent:
        async with AsyncEMailAgent(
            server.base_url,
            auth=SOTicketAuth(TICKET),
            retry=RetryPolicy(max_retries=0),
            throttle=agent.throttle,
        ) as async_agent:
            started = time.monotonic()
            threads = run_threads(agent, errors)
            results = await asyncio.wait_for(
                asyncio.gather(
                    *(async_agent.sync_email_account(SyncUserAccount(account_id=i)) for i in range(CALLS)),
                    return_exceptions=True,
                ),
                30,
            )
            for t in threads:
                await asyncio.to_thread(t.join, 30)
            wall = time.monotonic() - started
    assert errors == []
    assert [r for r in results if r is not None] == []
    assert server.attempts("SyncEmailAccount") == 2 * CALLS
    limit = agent.throttle.limit
    assert 1 <= server.max_in_flight <= limit
    report(
        request,
        f"\nthreads+tasks: max in flight {server.max_in_flight}, limit {limit}, "
        f"calls {2 * CALLS}, wall {wall:.2f} s",
    )


def test_non_sync_operations_are_not_throttled(server: Loopback) -> None:
    """The limit is for Sync* calls only: 8 concurrent list calls may all be in flight together."""
    server.default = Reply(200, [], delay=0.3)
    barrier = threading.Barrier(8)
    with EMailAgent(server.base_url, auth=SOTicketAuth(TICKET), sync_concurrency=1) as agent:

        def call() -> None:
            barrier.wait(10)
            agent.get_ready_sync_email_accounts()

        threads = [threading.Thread(target=call) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(10)
    assert server.attempts("GetReadySyncEmailAccounts") == 8
    assert server.max_in_flight > 1
