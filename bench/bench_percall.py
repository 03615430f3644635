"""Per-call overhead: SyncEmailAccount through the SDK vs the same request with plain httpx."""

from __future__ import annotations

import asyncio
import cProfile
import pstats
from collections.abc import Callable, Coroutine
from typing import Any

import httpx
from benchlib import (
    APP_TOKEN,
    OPERATION_PATH,
    TICKET,
    WIRE_HEADERS,
    Row,
    Section,
    Timings,
    interleave,
    loopback_server,
    plus_us,
    us,
    verdict,
)
from superoffice_email import AsyncEMailAgent, EMailAgent, RetryPolicy, SOTicketAuth
from superoffice_email._generated.api.email import sync_email_account as generated_endpoint
from superoffice_email._generated.client import Client as GeneratedClient
from superoffice_email.models import SyncEmailAccountRequest, SyncUserAccount

OPERATION = "SyncEmailAccount"
ACCOUNT = SyncUserAccount(account_id=4711, associate_name="bench", associate_id=13)
BODY = SyncEmailAccountRequest(sync_user_account=ACCOUNT).to_dict()
LOOPBACK_TARGET = 1.05
MOCK_TARGET_US = 40.0


def _no_content(request: httpx.Request) -> httpx.Response:
    return httpx.Response(204)


def _sdk_kwargs() -> dict[str, Any]:
    return {
        "auth": SOTicketAuth(TICKET, app_token=APP_TOKEN),
        "sync_concurrency": 8,
        "retry": RetryPolicy(),
    }


def _sync_runners(
    base_url: str, transport: httpx.BaseTransport | None
) -> tuple[dict[str, Callable[[int], None]], Callable[[], None]]:
    agent = EMailAgent(base_url, transport=transport, **_sdk_kwargs())
    raw = httpx.Client(transport=transport) if transport is not None else httpx.Client()
    url = f"{base_url}{OPERATION_PATH}{OPERATION}"

    def sdk(n: int) -> None:
        for _ in range(n):
            agent.sync_email_account(ACCOUNT)

    def baseline(n: int) -> None:
        for _ in range(n):
            raw.post(url, headers=WIRE_HEADERS, json=BODY).raise_for_status()

    def close() -> None:
        agent.close()
        raw.close()

    return {"sdk": sdk, "httpx": baseline}, close


def _generated_runner(
    base_url: str, transport: httpx.BaseTransport
) -> tuple[Callable[[int], None], httpx.Client]:
    """The generated ``sync_detailed`` alone, on an httpx client carrying the same headers."""
    headers = {k: v for k, v in WIRE_HEADERS.items() if k != "Content-Type"}
    inner = httpx.Client(base_url=base_url, transport=transport, headers=headers)
    client = GeneratedClient(base_url=base_url).set_httpx_client(inner)

    def generated(n: int) -> None:
        for _ in range(n):
            generated_endpoint.sync_detailed(
                client=client, body=SyncEmailAccountRequest(sync_user_account=ACCOUNT)
            )

    return generated, inner


def _async_times(
    base_url: str, transport: httpx.AsyncBaseTransport | None, batch: int, rounds: int
) -> Timings:
    """Like :func:`interleave` for coroutines, all in one event loop."""

    async def main() -> Timings:
        agent = AsyncEMailAgent(base_url, transport=transport, **_sdk_kwargs())
        raw = httpx.AsyncClient(transport=transport) if transport is not None else httpx.AsyncClient()
        url = f"{base_url}{OPERATION_PATH}{OPERATION}"

        async def sdk(n: int) -> None:
            for _ in range(n):
                await agent.sync_email_account(ACCOUNT)

        async def baseline(n: int) -> None:
            for _ in range(n):
                (await raw.post(url, headers=WIRE_HEADERS, json=BODY)).raise_for_status()

        runners: dict[str, Callable[[int], Coroutine[Any, Any, None]]] = {"sdk": sdk, "httpx": baseline}
        loop = asyncio.get_running_loop()
        for run in runners.values():
            await run(max(1, batch // 4))
        per_call: dict[str, list[float]] = {name: [] for name in runners}
        names = list(runners)
        for r in range(rounds):
            for name in names if r % 2 == 0 else reversed(names):
                started = loop.time()
                await runners[name](batch)
                per_call[name].append((loop.time() - started) / batch)
        await agent.aclose()
        await raw.aclose()
        return Timings(per_call)

    return asyncio.run(main())


def _loopback_row(label: str, times: Timings) -> Row:
    r = times.paired_ratio("sdk", "httpx")
    return Row(
        label,
        f"{us(times.median('sdk'))}/call",
        f"{us(times.median('httpx'))}/call",
        f"{r:.2f}x",
        f"<= {LOOPBACK_TARGET:.2f}x",
        verdict(r <= LOOPBACK_TARGET, f"{plus_us(times.paired_extra('sdk', 'httpx'))}/call"),
    )


def _mock_row(label: str, times: Timings) -> Row:
    extra = times.paired_extra("sdk", "httpx")
    return Row(
        label,
        f"{us(times.median('sdk'))}/call",
        f"{us(times.median('httpx'))}/call",
        f"{times.paired_ratio('sdk', 'httpx'):.2f}x",
        f"<= {MOCK_TARGET_US:.0f} µs/call on top",
        verdict(extra * 1e6 <= MOCK_TARGET_US, f"{plus_us(extra)}/call of SDK code on top of httpx"),
    )


def _bucket(filename: str) -> str:
    if "superoffice_email_generated" in filename or "/_generated/" in filename:
        return "generated client"
    if "superoffice_email" in filename:
        return "overlay (superoffice_email)"
    if "/httpx/" in filename or "/httpcore/" in filename:
        return "httpx"
    if filename.startswith("~") or filename == "":
        return "builtins"
    return "stdlib/other"


def _short(func: tuple[str, int, str]) -> str:
    filename, line, name = func
    for marker in ("site-packages/", "overlays/", "generated/", "python3.11/"):
        if marker in filename:
            filename = filename.split(marker, 1)[1]
            break
    return f"{filename}:{line}({name})" if line else name


def _profile(fn: Callable[[], Any], calls: int) -> dict[Any, Any]:
    for _ in range(200):
        fn()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        fn()
    profiler.disable()
    stats: dict[Any, Any] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    return stats


def profile_sdk(calls: int = 4000) -> list[str]:
    """cProfile of SDK calls over MockTransport: where the time goes, by layer and by function,
    with the same function's call count in a raw ``httpx.Client.post`` for comparison."""
    mock = httpx.MockTransport(_no_content)
    agent = EMailAgent("http://127.0.0.1:9", transport=mock, **_sdk_kwargs())
    raw = httpx.Client(transport=mock)
    url = f"http://127.0.0.1:9{OPERATION_PATH}{OPERATION}"
    stats = _profile(lambda: agent.sync_email_account(ACCOUNT), calls)
    raw_stats = _profile(lambda: raw.post(url, headers=WIRE_HEADERS, json=BODY), calls)
    agent.close()
    raw.close()
    buckets: dict[str, float] = {}
    total = 0.0
    rows: list[tuple[float, int, str, int]] = []
    for func, (_cc, ncalls, tottime, _cum, _callers) in stats.items():
        buckets[_bucket(func[0])] = buckets.get(_bucket(func[0]), 0.0) + tottime
        total += tottime
        raw_calls = raw_stats[func][1] if func in raw_stats else 0
        rows.append((tottime, ncalls, _short(func), raw_calls))
    raw_total = sum(entry[2] for entry in raw_stats.values())
    rows.sort(reverse=True)
    lines = [
        f"cProfile, {calls} SyncEmailAccount calls through EMailAgent over MockTransport "
        f"(profiled times are inflated; shares are what matter). Profiled total: {us(total / calls)} per "
        f"SDK call, {us(raw_total / calls)} per raw httpx call.",
        "",
        "| Layer | own time per SDK call | share |",
        "|---|---|---|",
    ]
    for name, seconds in sorted(buckets.items(), key=lambda kv: -kv[1]):
        lines.append(f"| {name} | {us(seconds / calls)} | {seconds / total:.0%} |")
    lines += [
        "",
        "| Top functions by own time | calls per SDK call | calls per raw httpx call "
        "| own time per SDK call |",
        "|---|---|---|---|",
    ]
    for tottime, ncalls, name, raw_calls in rows[:12]:
        lines.append(f"| `{name}` | {ncalls / calls:.1f} | {raw_calls / calls:.1f} | {us(tottime / calls)} |")
    lines += _generated_profile(calls, raw_stats)
    return lines


def _generated_profile(calls: int, raw_stats: dict[Any, Any]) -> list[str]:
    """The generated ``sync_detailed`` on a plain ``httpx.Client(base_url=...)``: what it costs more
    than raw httpx, by function (own time, extra calls)."""
    generated, client = _generated_runner("http://127.0.0.1:9", httpx.MockTransport(_no_content))
    stats = _profile(lambda: generated(1), calls)
    client.close()
    extra: list[tuple[float, str, float, float]] = []
    for func, (_cc, ncalls, tottime, _cum, _callers) in stats.items():
        raw_calls, raw_time = (raw_stats[func][1], raw_stats[func][2]) if func in raw_stats else (0, 0.0)
        if tottime > raw_time:
            extra.append((tottime - raw_time, _short(func), ncalls / calls, raw_calls / calls))
    extra.sort(reverse=True)
    total = sum(entry[2] for entry in stats.values()) - sum(entry[2] for entry in raw_stats.values())
    lines = [
        "",
        f"The generated `sync_detailed` alone (plain `httpx.Client(base_url=...)`) costs {us(total / calls)} "
        "more per call than raw httpx under cProfile; where:",
        "",
        "| Function | extra own time per call | calls per generated call | calls per raw httpx call |",
        "|---|---|---|---|",
    ]
    for seconds, name, ncalls, raw_calls in extra[:8]:
        lines.append(f"| `{name}` | {us(seconds / calls)} | {ncalls:.1f} | {raw_calls:.1f} |")
    return lines


def run(quick: bool = False) -> Section:
    section = Section()
    batch, rounds = (200, 4) if quick else (400, 12)
    with loopback_server() as server:
        runners, close = _sync_runners(server.base_url, None)
        times = interleave(runners, batch, rounds)
        close()
        section.rows.append(_loopback_row("Per call, loopback, sync: EMailAgent vs httpx.Client.post", times))
        times = _async_times(server.base_url, None, batch, rounds)
        section.rows.append(
            _loopback_row("Per call, loopback, async: AsyncEMailAgent vs httpx.AsyncClient.post", times)
        )
    mock_batch = batch * 2
    base = "http://127.0.0.1:9"
    mock = httpx.MockTransport(_no_content)
    runners, close = _sync_runners(base, mock)
    generated, generated_client = _generated_runner(base, mock)
    runners["generated"] = generated
    times = interleave(runners, mock_batch, rounds)
    close()
    generated_client.close()
    section.rows.append(_mock_row("Per call, MockTransport, sync: EMailAgent vs httpx.Client.post", times))
    section.rows.append(
        Row(
            "Per call, MockTransport, sync: generated sync_detailed alone vs httpx.Client.post",
            f"{us(times.median('generated'))}/call",
            f"{us(times.median('httpx'))}/call",
            f"{times.paired_ratio('generated', 'httpx'):.2f}x",
            "(reference)",
            f"{plus_us(times.paired_extra('generated', 'httpx'))}/call: generated layer "
            "+ httpx base_url merge and empty-params re-parse",
        )
    )
    async_times = _async_times(base, httpx.MockTransport(_no_content), mock_batch, rounds)
    section.rows.append(
        _mock_row("Per call, MockTransport, async: AsyncEMailAgent vs httpx.AsyncClient.post", async_times)
    )
    section.notes += profile_sdk(1000 if quick else 4000)
    return section
