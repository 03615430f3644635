"""Fault suite: the agent against a real socket server that misbehaves on purpose.

Every case asserts the exact outcome (which exception, or success after how many attempts), a
bound on attempts and a bound on wall time. The module prints a table (case, attempts, outcome)
when it finishes.
"""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from superoffice_email import (
    DEFAULT_TIMEOUT,
    ApiError,
    AsyncEMailAgent,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ConnectionFailedError,
    EMailAgent,
    EMailAgentNotEnabledError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    RequestOptions,
    RequestTimeoutError,
    ResponseValidationError,
    RetryPolicy,
    ServerError,
    SOTicketAuth,
    SuperOfficeError,
    TenantMovedError,
    TransportError,
    UnprocessableEntityError,
)
from superoffice_email.models import SyncUserAccount

from tests.loopback import Loopback, Raw, Recorded, Reply, Reset, Stall, free_port

TICKET = "7T:fault-ticket-0123456789"
APP_TOKEN = "fault-app-token-abcdef"
LIST = "GetReadySyncEmailAccounts"
SYNC = "SyncEmailAccount"
FAST_RETRY = RetryPolicy(base_delay=0.01, max_delay=0.05)

ROWS: list[tuple[str, int, str]] = []


def record(case: str, attempts: int, outcome: str) -> None:
    ROWS.append((case, attempts, outcome))


@pytest.fixture(scope="module", autouse=True)
def fault_table(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    width = max((len(r[0]) for r in ROWS), default=4)
    lines = ["", f"{'case':<{width}}  attempts  outcome", f"{'-' * width}  --------  -------"]
    lines += [f"{case:<{width}}  {attempts:>8}  {outcome}" for case, attempts, outcome in ROWS]
    capture = request.config.pluginmanager.getplugin("capturemanager")
    if capture is not None:
        with capture.global_and_fixture_disabled():
            print("\n".join(lines))
    else:
        print("\n".join(lines))


@pytest.fixture
def server() -> Iterator[Loopback]:
    with Loopback() as srv:
        yield srv


def make_agent(base_url: str, **kwargs: Any) -> EMailAgent:
    kwargs.setdefault("retry", FAST_RETRY)
    kwargs.setdefault("timeout", 5.0)
    return EMailAgent(base_url, auth=SOTicketAuth(TICKET, app_token=APP_TOKEN), **kwargs)


def make_async_agent(base_url: str, **kwargs: Any) -> AsyncEMailAgent:
    kwargs.setdefault("retry", FAST_RETRY)
    kwargs.setdefault("timeout", 5.0)
    return AsyncEMailAgent(base_url, auth=SOTicketAuth(TICKET, app_token=APP_TOKEN), **kwargs)


@pytest.fixture
def agent(server: Loopback) -> Iterator[EMailAgent]:
    with make_agent(server.base_url) as client:
        yield client


@pytest.fixture
async def async_agent(server: Loopback) -> AsyncIterator[AsyncEMailAgent]:
    async with make_async_agent(server.base_url) as client:
        yield client


ACCOUNT = SyncUserAccount(account_id=42)


class Clock:
    def __init__(self) -> None:
        self.started = time.monotonic()

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started


# --- transport faults -------------------------------------------------------------------------


def test_connection_refused() -> None:
    sent: list[str] = []
    with make_agent(f"http://127.0.0.1:{free_port()}") as agent:
        agent._httpx.event_hooks["request"].append(lambda r: sent.append(r.url.path))
        clock = Clock()
        with pytest.raises(ConnectionFailedError) as caught:
            agent.get_ready_sync_email_accounts()
    assert caught.value.attempts == 3
    assert len(sent) == 3
    assert caught.value.operation == LIST
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert clock.elapsed < 3
    record("connection refused", len(sent), "ConnectionFailedError")


async def test_connection_refused_async() -> None:
    sent: list[str] = []

    async def count(request: httpx.Request) -> None:
        sent.append(request.url.path)

    async with make_async_agent(f"http://127.0.0.1:{free_port()}") as agent:
        agent._httpx.event_hooks["request"].append(count)
        clock = Clock()
        with pytest.raises(ConnectionFailedError) as caught:
            await agent.sync_email_account(ACCOUNT)
    assert caught.value.attempts == 3 == len(sent)
    assert agent.throttle.in_flight == 0
    assert clock.elapsed < 3
    record("connection refused (async Sync)", len(sent), "ConnectionFailedError")


def test_reset_mid_response(server: Loopback, agent: EMailAgent) -> None:
    partial = b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n[{"AccountId"'
    server.default = Reset(partial)
    clock = Clock()
    with pytest.raises(ConnectionFailedError) as caught:
        agent.get_ready_sync_email_accounts()
    assert server.attempts(LIST) == 3 == caught.value.attempts
    assert isinstance(caught.value.__cause__, httpx.ReadError | httpx.RemoteProtocolError)
    assert clock.elapsed < 3
    record("reset mid-response", server.attempts(LIST), "ConnectionFailedError")


def test_reset_before_any_answer_then_success(server: Loopback, agent: EMailAgent) -> None:
    server.script(LIST, Reset(), Reply(200, [{"AccountId": 1}]))
    assert agent.get_ready_sync_email_accounts() == [SyncUserAccount(account_id=1)]
    assert server.attempts(LIST) == 2
    record("reset, then 200", server.attempts(LIST), "success")


def test_stall_past_the_read_timeout(server: Loopback) -> None:
    server.default = Stall(30)
    with make_agent(server.base_url, timeout=httpx.Timeout(5.0, read=0.3)) as agent:
        clock = Clock()
        with pytest.raises(RequestTimeoutError) as caught:
            agent.get_ready_sync_email_accounts()
    assert server.attempts(LIST) == 3 == caught.value.attempts
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert 0.9 <= clock.elapsed < 4
    record("stall past read timeout (0.3 s)", server.attempts(LIST), "RequestTimeoutError")


async def test_stall_past_the_read_timeout_async(server: Loopback) -> None:
    server.default = Stall(30)
    async with make_async_agent(server.base_url, timeout=httpx.Timeout(5.0, read=0.3)) as agent:
        clock = Clock()
        with pytest.raises(RequestTimeoutError) as caught:
            await agent.sync_email_account(ACCOUNT)
    assert server.attempts(SYNC) == 3 == caught.value.attempts
    assert clock.elapsed < 4
    record("stall past read timeout, async Sync", server.attempts(SYNC), "RequestTimeoutError")


# --- status codes -----------------------------------------------------------------------------


def test_429_with_retry_after_is_honoured(server: Loopback, agent: EMailAgent) -> None:
    server.script(LIST, Reply(429, {"ErrorMessage": "slow down"}, {"Retry-After": "1"}), Reply(200, []))
    clock = Clock()
    assert agent.get_ready_sync_email_accounts() == []
    assert server.attempts(LIST) == 2
    gap = server.requests[1].started - server.requests[0].started
    assert 0.9 <= gap < 3
    assert clock.elapsed < 3
    record("429 Retry-After: 1, then 200", server.attempts(LIST), "success")


def test_503_with_retry_after_http_date_is_honoured(server: Loopback, agent: EMailAgent) -> None:
    def busy(_: Recorded) -> Reply:
        # Two seconds ahead at whole-second resolution: the client waits between 1 and 2 s.
        when = email.utils.formatdate(time.time() + 2, usegmt=True)
        return Reply(503, {"ErrorMessage": "maintenance"}, {"Retry-After": when})

    server.script(SYNC, busy, Reply(204))
    clock = Clock()
    agent.sync_email_account(ACCOUNT)
    assert server.attempts(SYNC) == 2
    gap = server.requests[1].started - server.requests[0].started
    assert 0.9 <= gap < 3.5
    assert clock.elapsed < 4
    record("503 Retry-After: <HTTP-date +2 s>, then 204", server.attempts(SYNC), "success")


def test_429_asking_longer_than_the_cap_is_not_retried(server: Loopback, agent: EMailAgent) -> None:
    server.default = Reply(429, {"ErrorMessage": "slow down"}, {"Retry-After": "3600"})
    clock = Clock()
    with pytest.raises(RateLimitedError) as caught:
        agent.get_ready_sync_email_accounts()
    assert server.attempts(LIST) == 1
    assert caught.value.retry_after == "3600"
    assert clock.elapsed < 2
    record("429 Retry-After: 3600 (> cap)", server.attempts(LIST), "RateLimitedError")


def test_503_twice_then_204(server: Loopback, agent: EMailAgent) -> None:
    server.script(SYNC, Reply(503), Reply(503), Reply(204))
    clock = Clock()
    agent.sync_email_account(ACCOUNT)  # returns None; raising would fail the test
    assert server.attempts(SYNC) == 3
    assert server.requests[-1].json() == {"SyncUserAccount": {"AccountId": 42}}
    assert clock.elapsed < 3
    record("503, 503, 204", server.attempts(SYNC), "success")


async def test_503_twice_then_204_async(server: Loopback, async_agent: AsyncEMailAgent) -> None:
    server.script(SYNC, Reply(503), Reply(503), Reply(204))
    await async_agent.sync_email_account(ACCOUNT)
    assert server.attempts(SYNC) == 3
    record("503, 503, 204 (async)", server.attempts(SYNC), "success")


def test_503_three_times_gives_up(server: Loopback, agent: EMailAgent) -> None:
    server.default = Reply(503, "<html>busy</html>", {"Content-Type": "text/html"})
    with pytest.raises(ServerError) as caught:
        agent.sync_email_account(ACCOUNT)
    assert server.attempts(SYNC) == 3 == caught.value.attempts
    record("503 always", server.attempts(SYNC), "ServerError (503)")


ERROR_BODY = {
    "Error": True,
    "ErrorType": "SoException",
    "ErrorMessage": "Mail server imap.example.com did not answer",
    "ErrorSource": "SuperOffice.CRM.Services.EMailAgent.SyncEmailAccount",
}


def test_500_with_superoffice_error_json(server: Loopback, agent: EMailAgent) -> None:
    server.default = Reply(500, ERROR_BODY, {"X-Request-Id": "abc"})
    with pytest.raises(ServerError) as caught:
        agent.sync_email_account(ACCOUNT)
    error = caught.value
    assert server.attempts(SYNC) == 1
    assert (error.status, error.operation) == (500, SYNC)
    assert error.error_type == "SoException"
    assert error.error_message == ERROR_BODY["ErrorMessage"]
    assert error.error_source == ERROR_BODY["ErrorSource"]
    assert error.body == ERROR_BODY
    assert error.headers["X-Request-Id"] == "abc"
    assert "did not answer" in str(error) and "HTTP 500" in str(error)
    record("500 SuperOffice error JSON", server.attempts(SYNC), f"ServerError: {error.error_type}")


def test_html_error_page(server: Loopback, agent: EMailAgent) -> None:
    page = "<!DOCTYPE html><html><head><title>Runtime Error</title></head><body>oops</body></html>"
    server.default = Reply(500, page, {"Content-Type": "text/html; charset=utf-8"})
    with pytest.raises(ServerError) as caught:
        agent.get_ready_sync_email_accounts()
    assert server.attempts(LIST) == 1
    assert caught.value.body is None and caught.value.error_message is None
    assert caught.value.text == page
    assert "Runtime Error" in str(caught.value)
    record("500 HTML error page", server.attempts(LIST), "ServerError (raw text kept)")


def test_html_page_with_200(server: Loopback, agent: EMailAgent) -> None:
    server.default = Reply(200, "<html><body>Sign in</body></html>", {"Content-Type": "text/html"})
    with pytest.raises(ResponseValidationError) as caught:
        agent.get_ready_sync_email_accounts()
    assert server.attempts(LIST) == 1
    assert "not valid JSON" in str(caught.value)
    record("200 HTML page", server.attempts(LIST), "ResponseValidationError")


def test_truncated_json(server: Loopback, agent: EMailAgent) -> None:
    server.default = Reply(200, b'[{"AccountId": 1}, {"AccountId": 2, "Associ')
    with pytest.raises(ResponseValidationError) as caught:
        agent.get_ready_sync_email_accounts()
    assert server.attempts(LIST) == 1
    assert caught.value.operation == LIST and caught.value.status == 200
    assert "not valid JSON" in caught.value.problem
    record("truncated JSON", server.attempts(LIST), "ResponseValidationError")


WRONG_TYPES = [
    ([{"AccountId": 1}, {"AccountId": 2}, {"AccountId": "3"}], "[2].AccountId", "expected integer"),
    ([{"AccountId": True}], "[0].AccountId", "got boolean"),
    ([{"AssociateName": 17}], "[0].AssociateName", "expected null or string"),
    ([{"TableRight": {"Mask": 4}}], "[0].TableRight.Mask", "got integer 4"),
    ([{"TableRight": "Select"}], "[0].TableRight", "TableRight object, got string 'Select'"),
    (
        [{"FieldProperties": {"Name": {"FieldLength": "10"}}}],
        "[0].FieldProperties.Name.FieldLength",
        "integer",
    ),
    ([{"FieldProperties": {"Name": "text"}}], "[0].FieldProperties.Name", "expected FieldProperty object"),
    ([1, 2], "[0]", "expected SyncUserAccount object"),
    ({"AccountId": 1}, "", "expected array or null, got object"),
    ('"accounts"', "", "got string 'accounts'"),
]


@pytest.mark.parametrize(("body", "path", "problem"), WRONG_TYPES)
def test_json_of_the_wrong_types(
    server: Loopback, agent: EMailAgent, body: Any, path: str, problem: str
) -> None:
    server.default = Reply(200, body)
    with pytest.raises(ResponseValidationError) as caught:
        agent.get_ready_sync_email_accounts()
    assert server.attempts(LIST) == 1
    assert caught.value.operation == LIST
    assert caught.value.path == path
    assert problem in caught.value.problem
    assert str(caught.value).startswith(f"{LIST}: response {path or '<body>'}: ")
    shown = body if isinstance(body, str) else json.dumps(body)
    record(f"wrong types: {shown[:40]}", 1, f"ResponseValidationError {path or '<body>'}")


def test_harmless_deviations_are_kept(server: Loopback, agent: EMailAgent) -> None:
    body = [{"AccountId": 5, "TableRight": {"Mask": "SomethingNew"}, "Shiny": {"x": 1}}]
    server.default = Reply(200, body)
    accounts = agent.get_ready_sync_email_accounts()
    assert accounts is not None and len(accounts) == 1
    assert accounts[0].account_id == 5
    assert accounts[0].table_right is not None and accounts[0].table_right.mask == "SomethingNew"  # type: ignore[union-attr]
    assert accounts[0].additional_properties == {"Shiny": {"x": 1}}
    record("unknown enum value + extra field", 1, "success, kept as-is")


def test_absurdly_deep_json(server: Loopback, agent: EMailAgent) -> None:
    server.default = Reply(200, b"[" * 200_000 + b"]" * 200_000)
    with pytest.raises(ResponseValidationError) as caught:
        agent.get_ready_sync_email_accounts()
    assert server.attempts(LIST) == 1
    assert "RecursionError" in caught.value.problem
    record("JSON nested 200,000 deep", 1, "ResponseValidationError")


def test_body_that_does_not_match_its_content_encoding(server: Loopback, agent: EMailAgent) -> None:
    server.default = Reply(200, b"this is not gzip", {"Content-Encoding": "gzip"})
    with pytest.raises(ResponseValidationError) as caught:
        agent.get_ready_sync_email_accounts()
    assert server.attempts(LIST) == 1
    assert "could not be decoded" in caught.value.problem
    assert isinstance(caught.value.__cause__, httpx.DecodingError)
    record("200 with broken gzip body", 1, "ResponseValidationError")


def test_redirect_loop(server: Loopback) -> None:
    server.default = Reply(307, headers={"Location": server.url(LIST)})
    with (
        make_agent(server.base_url, follow_redirects=True) as agent,
        pytest.raises(TransportError) as caught,
    ):
        agent.get_ready_sync_email_accounts()
    assert type(caught.value) is TransportError
    assert isinstance(caught.value.__cause__, httpx.TooManyRedirects)
    assert server.attempts(LIST) == 21  # httpx's limit of 20 redirects, not repeated
    record("redirect loop (follow_redirects=True)", server.attempts(LIST), "TransportError")


def test_200_with_an_empty_body(server: Loopback, agent: EMailAgent) -> None:
    server.default = Reply(200, b"")
    assert agent.get_ready_sync_email_accounts() is None
    assert server.attempts(LIST) == 1
    record("200 empty body", 1, "success: None")


def test_50_mb_body(server: Loopback, agent: EMailAgent) -> None:
    item = {"AccountId": 1, "AssociateName": "x" * 200, "AssociateId": 7, "TableRight": {"Mask": "FULL"}}
    encoded = json.dumps(item).encode()
    count = (50 * 1024 * 1024) // (len(encoded) + 1)
    body = b"[" + b",".join([encoded] * count) + b"]"
    assert len(body) >= 49 * 1024 * 1024
    server.default = Reply(200, body)
    clock = Clock()
    accounts = agent.get_ready_sync_email_accounts()
    assert accounts is not None and len(accounts) == count
    assert accounts[-1].associate_id == 7
    assert clock.elapsed < 45
    assert server.attempts(LIST) == 1
    record(f"50 MB body ({count} accounts)", 1, "success")


def test_50_mb_error_body_is_truncated_in_the_exception(server: Loopback, agent: EMailAgent) -> None:
    server.default = Reply(500, b"x" * (50 * 1024 * 1024), {"Content-Type": "text/plain"})
    with pytest.raises(ServerError) as caught:
        agent.get_ready_sync_email_accounts()
    assert len(caught.value.text) <= 2000
    assert len(str(caught.value)) < 400
    record("500 with a 50 MB text body", server.attempts(LIST), "ServerError (text truncated)")


STATUS_CASES: list[tuple[int, Any, type[ApiError], str]] = [
    (400, {"ErrorMessage": "AccountId missing"}, BadRequestError, ""),
    (401, {"ErrorMessage": "Ticket expired"}, AuthenticationError, "check the ticket"),
    (403, {"ErrorMessage": "No access"}, PermissionDeniedError, "restricted"),
    (
        403,
        {"ErrorMessage": "The EMail agent is not enabled for this application"},
        EMailAgentNotEnabledError,
        "restricted",
    ),
    (404, {"ErrorMessage": "No such account"}, NotFoundError, ""),
    (409, {"ErrorMessage": "Sync already running"}, ConflictError, ""),
    (421, "", TenantMovedError, "look its API address up again"),
    (422, {"ErrorMessage": "Bad address"}, UnprocessableEntityError, ""),
    (429, {"ErrorMessage": "Too many"}, RateLimitedError, ""),
    (500, {"ErrorMessage": "boom"}, ServerError, ""),
    (502, "Bad gateway", ServerError, ""),
    (504, "Gateway timeout", ServerError, ""),
    (418, "teapot", ApiError, ""),
]


@pytest.mark.parametrize(("status", "body", "cls", "hint"), STATUS_CASES)
def test_typed_exception_per_status(
    server: Loopback, status: int, body: Any, cls: type[ApiError], hint: str
) -> None:
    server.default = Reply(status, body, {"X-Trace": "t1"})
    with make_agent(server.base_url) as agent, pytest.raises(SuperOfficeError) as caught:
        agent.sync_email_account(ACCOUNT, options=RequestOptions(max_retries=0))
    error = caught.value
    assert type(error) is cls
    assert isinstance(error, ApiError)
    assert error.status == status and error.operation == SYNC
    assert error.headers["X-Trace"] == "t1"
    if isinstance(body, dict):
        assert error.error_message == body["ErrorMessage"]
        assert body["ErrorMessage"] in str(error)
    else:
        assert error.body is None and error.text == body
    if hint:
        assert hint in str(error)
    assert server.attempts(SYNC) == 1
    record(f"HTTP {status}", 1, cls.__name__)


# --- timeouts ---------------------------------------------------------------------------------


async def test_every_client_has_connect_read_write_pool_timeouts(server: Loopback) -> None:
    with EMailAgent(server.base_url, auth=SOTicketAuth(TICKET)) as agent:
        assert agent._httpx.timeout == DEFAULT_TIMEOUT
    async with AsyncEMailAgent(server.base_url, auth=SOTicketAuth(TICKET)) as async_agent:
        assert async_agent._httpx.timeout == DEFAULT_TIMEOUT
    with EMailAgent(
        server.base_url, auth=SOTicketAuth(TICKET), timeout=httpx.Timeout(3.0, read=9.0)
    ) as agent:
        assert (agent._httpx.timeout.connect, agent._httpx.timeout.read) == (3.0, 9.0)
    for part in (DEFAULT_TIMEOUT.connect, DEFAULT_TIMEOUT.read, DEFAULT_TIMEOUT.write, DEFAULT_TIMEOUT.pool):
        assert part is not None and 0 < part <= 120


def test_per_call_timeout_overrides_the_client(server: Loopback, agent: EMailAgent) -> None:
    server.default = Stall(30)
    clock = Clock()
    with pytest.raises(RequestTimeoutError) as caught:
        agent.get_ready_sync_email_accounts(options=RequestOptions(timeout=0.3, max_retries=0))
    assert caught.value.attempts == 1 == server.attempts(LIST)
    assert 0.25 <= clock.elapsed < 2  # the client's 5 s would have been far longer
    record("per-call timeout 0.3 s (client 5 s)", 1, "RequestTimeoutError")


def test_per_call_timeout_does_not_leak_to_concurrent_calls_threads(server: Loopback) -> None:
    import concurrent.futures

    server.default = Reply(200, [], delay=0.8)
    with make_agent(server.base_url) as agent:

        def short() -> str:
            try:
                agent.get_ready_sync_email_accounts(options=RequestOptions(timeout=0.2, max_retries=0))
            except RequestTimeoutError:
                return "timeout"
            return "ok"

        def default() -> str:
            return "ok" if agent.get_ready_sync_email_accounts() == [] else "wrong"

        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            shorts = [pool.submit(short) for _ in range(4)]
            defaults = [pool.submit(default) for _ in range(4)]
            assert [f.result(10) for f in shorts] == ["timeout"] * 4
            assert [f.result(10) for f in defaults] == ["ok"] * 4
    record("per-call timeout, 4+4 threads", 8, "4 timed out, 4 ok")


async def test_per_call_timeout_does_not_leak_to_concurrent_calls_tasks(server: Loopback) -> None:
    import asyncio

    server.default = Reply(200, [], delay=0.8)
    async with make_async_agent(server.base_url, timeout=0.2) as agent:

        async def long() -> str:
            result = await agent.get_ready_sync_email_accounts(options=RequestOptions(timeout=5.0))
            return "ok" if result == [] else "wrong"

        async def default() -> str:
            try:
                await agent.get_ready_sync_email_accounts(options=RequestOptions(max_retries=0))
            except RequestTimeoutError:
                return "timeout"
            return "ok"

        results = await asyncio.wait_for(
            asyncio.gather(*(long() for _ in range(4)), *(default() for _ in range(4))), 10
        )
    assert results == ["ok"] * 4 + ["timeout"] * 4
    record("per-call timeout, 4+4 tasks", 8, "4 ok (5 s), 4 timed out (client 0.2 s)")


# --- raw protocol garbage ---------------------------------------------------------------------


def test_garbage_instead_of_http(server: Loopback, agent: EMailAgent) -> None:
    server.default = Raw(b"SSH-2.0-OpenSSH_9.6\r\n")
    with pytest.raises(ConnectionFailedError) as caught:
        agent.get_ready_sync_email_accounts()
    assert server.attempts(LIST) == 3 == caught.value.attempts
    record("not HTTP at all", server.attempts(LIST), "ConnectionFailedError")
