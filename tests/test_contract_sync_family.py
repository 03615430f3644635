"""The sync family through the SDK against Prism, which validates each request against openapi.yaml."""

from __future__ import annotations

import json
from collections.abc import Generator

import httpx
import pytest
from superoffice_email import (
    AsyncEMailAgent,
    AuthenticationError,
    EMailAgent,
    RequestOptions,
    SOTicketAuth,
    UnprocessableEntityError,
)
from superoffice_email.models import SyncUserAccount

from tests.conftest import APP_TOKEN, TICKET
from tools.prism import PrismServer


class Recorder(httpx.HTTPTransport):
    """A real transport that keeps every exchange, so tests can read Prism's verdict headers."""

    def __init__(self) -> None:
        super().__init__()
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        self.exchanges.append((request, response))
        return response


class AsyncRecorder(httpx.AsyncHTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        self.exchanges.append((request, response))
        return response


class NoAuth(httpx.Auth):
    """Sends no credentials at all."""


def assert_valid(exchanges: list[tuple[httpx.Request, httpx.Response]], count: int) -> None:
    assert len(exchanges) == count
    for request, response in exchanges:
        assert "sl-violations" not in response.headers, (request.url, response.headers["sl-violations"])


@pytest.fixture
def recorded(prism: PrismServer) -> Generator[tuple[EMailAgent, Recorder], None, None]:
    recorder = Recorder()
    auth = SOTicketAuth(TICKET, app_token=APP_TOKEN)
    with EMailAgent(prism.base_url, auth=auth, transport=recorder, language="en", time_zone="NO") as agent:
        yield agent, recorder


def test_list_then_sync_each(recorded: tuple[EMailAgent, Recorder]) -> None:
    agent, recorder = recorded
    accounts = agent.get_ready_sync_email_accounts()
    assert accounts, "the spec's example lists accounts"
    assert all(isinstance(a, SyncUserAccount) for a in accounts)
    assert all(isinstance(a.account_id, int) for a in accounts)
    for account in accounts:
        agent.sync_email_account(account)
    agent.sync_email_accounts(accounts)
    assert_valid(recorder.exchanges, len(accounts) + 2)
    first_request = recorder.exchanges[0][0]
    assert first_request.headers["so-language"] == "en"
    assert first_request.headers["so-timezone"] == "NO"
    assert first_request.headers["authorization"] == f"SOTicket {TICKET}"
    assert first_request.headers["so-apptoken"] == APP_TOKEN


def test_select_and_per_call_headers(recorded: tuple[EMailAgent, Recorder]) -> None:
    agent, recorder = recorded
    agent.get_ready_sync_email_accounts(
        select="AccountId,AssociateName", options=RequestOptions(language="sv", culture="sv", timeout=5)
    )
    request = recorder.exchanges[-1][0]
    assert request.url.params["$select"] == "AccountId,AssociateName"
    assert request.headers["so-language"] == "sv"
    assert request.headers["so-culture"] == "sv"
    assert request.headers["so-timezone"] == "NO", "client default kept where the call sets nothing"
    assert_valid(recorder.exchanges, 1)


def test_null_account_is_a_valid_body(recorded: tuple[EMailAgent, Recorder]) -> None:
    agent, recorder = recorded
    agent.sync_email_account(None)
    assert json.loads(recorder.exchanges[0][0].content) == {"SyncUserAccount": None}
    assert_valid(recorder.exchanges, 1)


async def test_async_list_then_sync(prism: PrismServer) -> None:
    recorder = AsyncRecorder()
    auth = SOTicketAuth(TICKET, app_token=APP_TOKEN)
    async with AsyncEMailAgent(prism.base_url, auth=auth, transport=recorder) as agent:
        accounts = await agent.get_ready_sync_email_accounts()
        assert accounts
        for account in accounts:
            await agent.sync_email_account(account)
        await agent.sync_email_accounts(accounts)
    assert_valid(recorder.exchanges, len(accounts) + 2)


def test_missing_credentials_is_401(prism: PrismServer) -> None:
    with EMailAgent(prism.base_url, auth=NoAuth()) as agent, pytest.raises(AuthenticationError) as info:
        agent.get_ready_sync_email_accounts()
    assert info.value.status == 401
    assert info.value.operation == "GetReadySyncEmailAccounts"


def test_invalid_body_is_422(prism: PrismServer) -> None:
    """A body that breaks the schema (a string AccountId) is refused by Prism with 422."""
    bad = SyncUserAccount(account_id="not-a-number")  # type: ignore[arg-type]
    with (
        EMailAgent(prism.base_url, auth=SOTicketAuth(TICKET)) as agent,
        pytest.raises(UnprocessableEntityError) as info,
    ):
        agent.sync_email_account(bad)
    assert info.value.status == 422
    assert info.value.operation == "SyncEmailAccount"
    assert "AccountId" in info.value.text, "Prism names the offending property"
