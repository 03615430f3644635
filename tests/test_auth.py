"""Each auth hook puts exactly the expected headers on the wire, and masks its secrets."""

from __future__ import annotations

import base64

import httpx
import pytest
from superoffice_email import (
    BasicAuth,
    BearerAuth,
    ConfigurationError,
    EMailAgent,
    SOTicketAuth,
    XsrfAuth,
)
from superoffice_email.models import SyncUserAccount

CREDENTIAL_HEADERS = ("authorization", "so-apptoken", "x-xsrf-token")


def wire_headers(auth: httpx.Auth) -> dict[str, str]:
    """Send one SyncEmailAccount through the agent and return the credential headers as sent."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    with EMailAgent(
        "https://crm.example.com/SuperOffice", auth=auth, transport=httpx.MockTransport(handler)
    ) as agent:
        agent.sync_email_account(SyncUserAccount(account_id=1))
    assert len(seen) == 1
    assert seen[0].url.path == "/SuperOffice/api/v1/Agents/EMail/SyncEmailAccount"
    return {k: v for k, v in seen[0].headers.items() if k in CREDENTIAL_HEADERS}


def test_soticket_alone() -> None:
    assert wire_headers(SOTicketAuth("7T:abc")) == {"authorization": "SOTicket 7T:abc"}


def test_soticket_with_app_token() -> None:
    assert wire_headers(SOTicketAuth("7T:abc", app_token="app-secret")) == {
        "authorization": "SOTicket 7T:abc",
        "so-apptoken": "app-secret",
    }


def test_bearer_alone_and_with_app_token() -> None:
    assert wire_headers(BearerAuth("eyJ.token")) == {"authorization": "Bearer eyJ.token"}
    assert wire_headers(BearerAuth("eyJ.token", app_token="app-secret")) == {
        "authorization": "Bearer eyJ.token",
        "so-apptoken": "app-secret",
    }


def test_basic() -> None:
    expected = "Basic " + base64.b64encode("tje0:påss".encode()).decode()
    assert wire_headers(BasicAuth("tje0", "påss")) == {"authorization": expected}


def test_xsrf_replaces_authorization() -> None:
    assert wire_headers(XsrfAuth("xsrf-value")) == {"x-xsrf-token": "xsrf-value"}


@pytest.mark.parametrize(
    "make",
    [
        lambda: SOTicketAuth(""),
        lambda: SOTicketAuth("   "),
        lambda: SOTicketAuth("7T:abc", app_token=""),
        lambda: SOTicketAuth("7T:a\r\nX-Evil: 1"),
        lambda: BearerAuth(""),
        lambda: BasicAuth("user", ""),
        lambda: BasicAuth("", "pw"),
        lambda: BasicAuth("us:er", "pw"),
        lambda: XsrfAuth(""),
    ],
)
def test_empty_or_broken_secrets_fail_at_construction(make: object) -> None:
    with pytest.raises(ValueError) as info:
        make()  # type: ignore[operator]
    assert isinstance(info.value, ConfigurationError)


def test_reprs_mask_secrets() -> None:
    objects = [
        SOTicketAuth("7T:secret-ticket", app_token="secret-app"),
        BearerAuth("secret-bearer", app_token="secret-app"),
        BasicAuth("tje0", "secret-password"),
        XsrfAuth("secret-xsrf"),
    ]
    for obj in objects:
        assert "secret" not in repr(obj) and "secret" not in str(obj), repr(obj)
    agent = EMailAgent("https://crm.example.com", auth=objects[0])
    try:
        assert "secret" not in repr(agent)
    finally:
        agent.close()
