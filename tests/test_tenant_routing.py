"""Tenant state look-up, and an agent following its tenant to a new host after a 421."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from superoffice_email import (
    AsyncEMailAgent,
    EMailAgent,
    SOTicketAuth,
    TenantLookupError,
    TenantMovedError,
    TenantResolver,
)

from tests.fakes_superid import TENANT, FakeSuperOffice, running

TICKET = "7T:routing-ticket-42"
APP_TOKEN = "routing-app-token"


@pytest.fixture
def old_host() -> Iterator[FakeSuperOffice]:
    with running(FakeSuperOffice(app_token=APP_TOKEN)) as fake:
        fake.api_mode = "misdirected"
        yield fake


@pytest.fixture
def new_host(old_host: FakeSuperOffice) -> Iterator[FakeSuperOffice]:
    with running(FakeSuperOffice(app_token=APP_TOKEN)) as fake:
        fake.valid_tickets.add(TICKET)
        old_host.state = {
            "ContextIdentifier": TENANT,
            "Endpoint": f"{fake.api_base}/",
            "State": "Running",
            "IsRunning": True,
        }
        yield fake


def resolver_for(fake: FakeSuperOffice) -> TenantResolver:
    return TenantResolver("sod", TENANT, state_url=fake.url)


def auth() -> SOTicketAuth:
    return SOTicketAuth(TICKET, app_token=APP_TOKEN)


def test_resolver_reads_the_endpoint(old_host: FakeSuperOffice, new_host: FakeSuperOffice) -> None:
    assert resolver_for(old_host).resolve() == new_host.api_base
    assert old_host.state_lookups == 1


def test_421_refreshes_the_host_and_repeats_once(
    old_host: FakeSuperOffice, new_host: FakeSuperOffice
) -> None:
    with EMailAgent(old_host.api_base, auth=auth(), tenant_resolver=resolver_for(old_host)) as agent:
        assert agent.get_ready_sync_email_accounts() == []
        assert agent.base_url == new_host.api_base
        assert agent.get_ready_sync_email_accounts() == []  # straight to the new host
    assert len(old_host.api_calls) == 1
    assert old_host.state_lookups == 1
    assert len(new_host.api_calls) == 2
    for headers in new_host.api_calls:  # the credentials followed the tenant
        assert headers["authorization"] == f"SOTicket {TICKET}"
        assert headers["so-apptoken"] == APP_TOKEN


async def test_421_refreshes_the_host_and_repeats_once_async(
    old_host: FakeSuperOffice, new_host: FakeSuperOffice
) -> None:
    async with AsyncEMailAgent(
        old_host.api_base, auth=auth(), tenant_resolver=resolver_for(old_host)
    ) as agent:
        assert await agent.get_ready_sync_email_accounts() == []
    assert len(old_host.api_calls) == 1
    assert old_host.state_lookups == 1
    assert len(new_host.api_calls) == 1


def test_second_421_is_raised(old_host: FakeSuperOffice, new_host: FakeSuperOffice) -> None:
    new_host.api_mode = "misdirected"
    with (
        EMailAgent(old_host.api_base, auth=auth(), tenant_resolver=resolver_for(old_host)) as agent,
        pytest.raises(TenantMovedError),
    ):
        agent.get_ready_sync_email_accounts()
    assert old_host.state_lookups == 1
    assert len(old_host.api_calls) == 1
    assert len(new_host.api_calls) == 1


def test_without_resolver_421_is_raised(old_host: FakeSuperOffice, new_host: FakeSuperOffice) -> None:
    with EMailAgent(old_host.api_base, auth=auth()) as agent, pytest.raises(TenantMovedError):
        agent.get_ready_sync_email_accounts()
    assert old_host.state_lookups == 0
    assert new_host.api_calls == []


def test_stopped_tenant_is_a_lookup_error(old_host: FakeSuperOffice) -> None:
    old_host.state = {"Endpoint": "http://127.0.0.1:1/Cust12345", "State": "Suspended", "IsRunning": False}
    with (
        EMailAgent(old_host.api_base, auth=auth(), tenant_resolver=resolver_for(old_host)) as agent,
        pytest.raises(TenantLookupError, match=r"not running.*Suspended"),
    ):
        agent.get_ready_sync_email_accounts()


@pytest.mark.parametrize(
    ("state", "message"),
    [({}, "has no Endpoint"), ({"Endpoint": "ftp://x/y"}, "not an http")],
)
def test_unusable_state_is_a_lookup_error(
    old_host: FakeSuperOffice, state: dict[str, str], message: str
) -> None:
    old_host.state = state
    with pytest.raises(TenantLookupError, match=message):
        resolver_for(old_host).resolve()


def _state_transport(endpoint: str) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        assert str(request.url) == f"https://sod.superoffice.com/api/state/{TENANT}"
        return httpx.Response(200, json={"Endpoint": endpoint, "IsRunning": True})

    return httpx.MockTransport(answer)


def test_superoffice_state_only_points_to_superoffice_https() -> None:
    good = TenantResolver(
        "sod", TENANT, transport=_state_transport("https://sod2.superoffice.com/Cust12345/")
    )
    assert good.resolve() == "https://sod2.superoffice.com/Cust12345"
    for endpoint in ("https://evil.example.com/Cust12345", "http://sod2.superoffice.com/Cust12345"):
        bad = TenantResolver("sod", TENANT, transport=_state_transport(endpoint))
        with pytest.raises(TenantLookupError, match=r"not an https superoffice\.com address"):
            bad.resolve()
