"""No credential leaks: not into log records (DEBUG on for httpx, httpcore and the SDK), not into
exceptions (message, str, repr, attributes, the chained httpx exception and its request), not into
reprs, and not into a request that a redirect sends to another origin."""

from __future__ import annotations

import base64
import logging
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from superoffice_email import (
    AsyncEMailAgent,
    BasicAuth,
    BearerAuth,
    EMailAgent,
    RequestOptions,
    RetryPolicy,
    SOTicketAuth,
    SuperOfficeError,
    XsrfAuth,
)
from superoffice_email.models import SyncUserAccount

from tests.loopback import Loopback, Reply, Reset, Stall, free_port

TICKET = "7T:SECRET-TICKET-q8z1x0c4"
APP_TOKEN = "SECRET-APPTOKEN-k3v9r2t6"
BEARER = "SECRET-BEARER-p2w5y7u1"
USER = "SECRET-USER-a1s2"
PASSWORD = "SECRET-PASSWORD-m4n7b8v9"
XSRF = "SECRET-XSRF-h6j8g5f3"
BASIC = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
SECRETS = [TICKET, APP_TOKEN, BEARER, PASSWORD, XSRF, BASIC]

AUTHS: dict[str, Callable[[], httpx.Auth]] = {
    "soticket": lambda: SOTicketAuth(TICKET, app_token=APP_TOKEN),
    "bearer": lambda: BearerAuth(BEARER, app_token=APP_TOKEN),
    "basic": lambda: BasicAuth(USER, PASSWORD),
    "xsrf": lambda: XsrfAuth(XSRF),
}
CREDENTIAL_HEADERS = ("authorization", "so-apptoken", "x-xsrf-token", "cookie")
LIST = "GetReadySyncEmailAccounts"


def leaked(text: str) -> list[str]:
    return [s for s in SECRETS if s in text]


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.texts.append(record.getMessage())
        self.texts.append(repr(record.args))
        if record.exc_info:
            self.texts.append("".join(traceback.format_exception(*record.exc_info)))


@pytest.fixture
def logs() -> Iterator[Collect]:
    handler = Collect()
    names = ("httpx", "httpcore", "superoffice_email", "")
    saved = {name: logging.getLogger(name).level for name in names}
    for name in names:
        logging.getLogger(name).setLevel(logging.DEBUG)
    logging.getLogger().addHandler(handler)
    yield handler
    logging.getLogger().removeHandler(handler)
    for name, level in saved.items():
        logging.getLogger(name).setLevel(level)


def exception_texts(exc: BaseException) -> list[str]:
    """Everything an exception shows: str, repr, attributes, traceback, and the same for its chain."""
    texts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        texts += [str(current), repr(current), repr(getattr(current, "__dict__", {}))]
        texts.append("".join(traceback.format_exception(current)))
        request = getattr(current, "_request", None)
        if isinstance(request, httpx.Request):
            texts.append(repr(list(request.headers.items())))
        current = current.__cause__ or current.__context__
    return texts


def traffic(server: Loopback, agent: EMailAgent) -> list[BaseException]:
    """Success, API errors, retries, a validation error and a timeout; returns what was raised."""
    raised: list[BaseException] = []

    def call(options: RequestOptions | None = None, *, sync: bool = False) -> None:
        try:
            if sync:
                agent.sync_email_account(SyncUserAccount(account_id=1), options=options)
            else:
                agent.get_ready_sync_email_accounts(options=options)
        except SuperOfficeError as exc:
            raised.append(exc)

    server.script(LIST, Reply(200, [{"AccountId": 1}]))
    call()
    server.script(LIST, Reply(401, {"ErrorMessage": "ticket expired"}, {"WWW-Authenticate": "SOTicket"}))
    call()
    server.script(LIST, Reply(503), Reply(429, headers={"Retry-After": "0"}), Reply(200, []))
    call()
    server.script(LIST, Reply(500, {"ErrorType": "SoException", "ErrorMessage": "boom"}))
    call()
    server.script(LIST, Reply(200, [{"AccountId": "x"}]))
    call()
    server.script(LIST, Reply(200, b"[{"))
    call()
    server.script(LIST, Stall(5), Stall(5))
    call(RequestOptions(timeout=0.2, max_retries=1))
    server.script(LIST, Reset(), Reset(), Reset())
    call()
    server.script("SyncEmailAccount", Reply(403, {"ErrorMessage": "EMail agent is not enabled"}))
    call(sync=True)
    return raised


@pytest.mark.parametrize("kind", sorted(AUTHS))
def test_no_secret_in_logs_exceptions_or_reprs(kind: str, logs: Collect) -> None:
    auth = AUTHS[kind]()
    retry = RetryPolicy(base_delay=0.01, max_delay=0.02)
    with Loopback() as server, EMailAgent(server.base_url, auth=auth, retry=retry) as agent:
        raised = traffic(server, agent)
        texts = [repr(agent), str(agent), repr(auth), str(auth), repr(agent.defaults)]
        sent = [r.headers for r in server.requests]
    with EMailAgent(f"http://127.0.0.1:{free_port()}", auth=auth, retry=retry) as agent:
        with pytest.raises(SuperOfficeError) as refused:
            agent.get_ready_sync_email_accounts()
        raised.append(refused.value)
    # The credentials did go to the server (or this test would prove nothing).
    assert any(any(h in headers for h in CREDENTIAL_HEADERS) for headers in sent)
    kinds = sorted({type(e).__name__ for e in raised})
    assert kinds == sorted(
        {
            "AuthenticationError",
            "ServerError",
            "ResponseValidationError",
            "RequestTimeoutError",
            "ConnectionFailedError",
            "EMailAgentNotEnabledError",
        }
    )
    for exc in raised:
        texts += exception_texts(exc)
    assert len(logs.texts) > 20  # DEBUG logging was on and saw the traffic
    found = {s for text in texts + logs.texts for s in leaked(text)}
    assert found == set()


async def test_no_secret_in_async_exceptions(logs: Collect) -> None:
    auth = SOTicketAuth(TICKET, app_token=APP_TOKEN)
    raised: list[BaseException] = []
    with Loopback(default=Stall(5)) as server:
        server.script(LIST, Reply(401, {"ErrorMessage": "no"}), Reset())
        async with AsyncEMailAgent(
            server.base_url, auth=auth, retry=RetryPolicy(max_retries=0), timeout=0.3
        ) as agent:
            for _ in range(3):
                try:
                    await agent.get_ready_sync_email_accounts()
                except SuperOfficeError as exc:
                    raised.append(exc)
            texts = [repr(agent)]
    assert len(raised) == 3
    for error in raised:
        texts += exception_texts(error)
    assert {s for text in texts + logs.texts for s in leaked(text)} == set()


def redirect_to(target: str) -> Reply:
    return Reply(307, headers={"Location": target})


@pytest.mark.parametrize("kind", sorted(AUTHS))
def test_redirect_to_another_origin_carries_no_credentials(kind: str) -> None:
    with Loopback() as first, Loopback() as second:
        second.script(LIST, Reply(200, []))
        first.script(LIST, redirect_to(second.url(LIST)))
        with EMailAgent(first.base_url, auth=AUTHS[kind](), follow_redirects=True) as agent:
            assert agent.get_ready_sync_email_accounts() == []
        assert first.attempts(LIST) == 1 and second.attempts(LIST) == 1
        assert any(h in first.requests[0].headers for h in CREDENTIAL_HEADERS)
        arrived = second.requests[0].headers
        assert [h for h in CREDENTIAL_HEADERS if h in arrived] == []
        assert leaked(repr(arrived)) == []


@pytest.mark.parametrize("kind", sorted(AUTHS))
def test_same_origin_redirect_keeps_credentials(kind: str) -> None:
    with Loopback() as server:
        moved = f"{server.base_url}/moved/api/v1/Agents/EMail/{LIST}"
        server.script(LIST, redirect_to(moved), Reply(200, []))
        with EMailAgent(server.base_url, auth=AUTHS[kind](), follow_redirects=True) as agent:
            assert agent.get_ready_sync_email_accounts() == []
        assert server.attempts(LIST) == 2
        original, redirected = (r.headers for r in server.requests)
        assert server.requests[1].path.startswith("/moved/")
        expected = {h: original[h] for h in CREDENTIAL_HEADERS if h in original}
        assert expected  # the first request did carry credentials
        assert {h: redirected.get(h) for h in expected} == expected


def test_error_headers_that_could_carry_secrets_are_masked() -> None:
    with Loopback() as server:
        server.script(
            LIST,
            Reply(401, {"ErrorMessage": "no"}, {"Set-Cookie": f"ticket={TICKET}", "X-Other": "kept"}),
        )
        with (
            EMailAgent(server.base_url, auth=SOTicketAuth(TICKET)) as agent,
            pytest.raises(SuperOfficeError) as caught,
        ):
            agent.get_ready_sync_email_accounts()
    error: Any = caught.value
    assert error.headers["set-cookie"] == "***"
    assert error.headers["X-Other"] == "kept"
    assert leaked(repr(error.__dict__)) == []
