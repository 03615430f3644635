"""Sync fan-out: sync_all_ready over 500 ready accounts, 20 ms per SyncEmailAccount, limit 8."""

from __future__ import annotations

import asyncio
import math
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
from benchlib import (
    APP_TOKEN,
    TICKET,
    WIRE_HEADERS,
    LoopbackServer,
    Row,
    Section,
    loopback_server,
    ms,
    ratio,
    verdict,
)
from superoffice_email import (
    AsyncEMailAgent,
    EMailAgent,
    RetryPolicy,
    SOTicketAuth,
    SyncStatus,
    async_sync_all_ready,
    sync_all_ready,
)

ACCOUNTS = 500
DELAY_MS = 20.0
LIMIT = 8
TARGET = 1.15


def _kwargs() -> dict[str, Any]:
    return {
        "auth": SOTicketAuth(TICKET, app_token=APP_TOKEN),
        "sync_concurrency": LIMIT,
        "retry": RetryPolicy(),
    }


def _threads(server: LoopbackServer) -> tuple[float, int, int]:
    with EMailAgent(server.base_url, **_kwargs()) as agent:
        started = time.perf_counter()
        outcomes = sync_all_ready(agent)
        elapsed = time.perf_counter() - started
        synced = sum(1 for o in outcomes if o.status is SyncStatus.SYNCED)
        return elapsed, synced, agent.throttle.peak


def _tasks(server: LoopbackServer) -> tuple[float, int, int]:
    async def main() -> tuple[float, int, int]:
        async with AsyncEMailAgent(server.base_url, **_kwargs()) as agent:
            started = time.perf_counter()
            outcomes = await async_sync_all_ready(agent)
            elapsed = time.perf_counter() - started
            synced = sum(1 for o in outcomes if o.status is SyncStatus.SYNCED)
            return elapsed, synced, agent.throttle.peak

    return asyncio.run(main())


def _raw_threads(server: LoopbackServer) -> float:
    """The same fan-out with plain httpx: list, then a pool of LIMIT threads."""
    with httpx.Client() as client:
        started = time.perf_counter()
        ready = client.post(server.url("GetReadySyncEmailAccounts"), headers=WIRE_HEADERS, json={}).json()

        def one(account: dict[str, Any]) -> None:
            body = {"SyncUserAccount": account}
            client.post(server.url("SyncEmailAccount"), headers=WIRE_HEADERS, json=body).raise_for_status()

        with ThreadPoolExecutor(max_workers=LIMIT) as pool:
            list(pool.map(one, ready))
        return time.perf_counter() - started


def _raw_tasks(server: LoopbackServer) -> float:
    """The same fan-out with plain httpx.AsyncClient and an asyncio.Semaphore(LIMIT)."""

    async def main() -> float:
        async with httpx.AsyncClient() as client:
            started = time.perf_counter()
            answer = await client.post(server.url("GetReadySyncEmailAccounts"), headers=WIRE_HEADERS, json={})
            gate = asyncio.Semaphore(LIMIT)

            async def one(account: dict[str, Any]) -> None:
                async with gate:
                    body = {"SyncUserAccount": account}
                    sent = await client.post(server.url("SyncEmailAccount"), headers=WIRE_HEADERS, json=body)
                    sent.raise_for_status()

            await asyncio.gather(*(one(a) for a in answer.json()))
            return time.perf_counter() - started

    return asyncio.run(main())


def run(quick: bool = False) -> Section:
    accounts = 160 if quick else ACCOUNTS
    ideal = math.ceil(accounts / LIMIT) * DELAY_MS / 1000
    section = Section()
    with loopback_server("--sync-delay-ms", str(DELAY_MS), "--ready", str(accounts)) as server:
        for label, fn, raw in (
            ("threads, sync_all_ready", _threads, _raw_threads),
            ("asyncio, async_sync_all_ready", _tasks, _raw_tasks),
        ):
            server.stats()  # reset the server's counters
            elapsed, synced, sdk_peak = fn(server)
            seen = server.stats()
            peak = int(seen["peak_in_flight"])
            plain = raw(server)  # reference: what plain httpx achieves on this machine
            server.stats()
            within = elapsed / ideal <= TARGET and peak <= LIMIT
            section.rows.append(
                Row(
                    f"Fan-out, {label}: {accounts} accounts x {DELAY_MS:.0f} ms, limit {LIMIT}",
                    ms(elapsed),
                    f"{ms(ideal)} ideal (ceil({accounts}/{LIMIT}) x {DELAY_MS:.0f} ms)",
                    ratio(elapsed, ideal),
                    f"<= {TARGET:.2f}x ideal, in flight <= {LIMIT}",
                    verdict(
                        within,
                        f"server saw at most {peak} in flight (throttle peak {sdk_peak}), "
                        f"{seen['requests']} requests, {synced} synced; "
                        f"plain httpx, same limit: {ms(plain)} = {ratio(plain, ideal)} ideal",
                    ),
                )
            )
    return section
