"""Bad construction input fails with a clear ValueError before any request is made."""

from __future__ import annotations

import httpx
import pytest
from superoffice_email import (
    AsyncEMailAgent,
    ConfigurationError,
    EMailAgent,
    RequestOptions,
    SOTicketAuth,
    online_base_url,
    onsite_base_url,
)

AUTH = SOTicketAuth("7T:abc", app_token="app")


def no_network(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request expected, got {request.url}")


@pytest.mark.parametrize(
    ("env", "tenant", "expected"),
    [
        ("sod", "Cust12345", "https://sod.superoffice.com/Cust12345"),
        ("stage", "Cust1", "https://stage.superoffice.com/Cust1"),
        ("online", "Cust99999", "https://online.superoffice.com/Cust99999"),
        ("online3", "Cust42", "https://online3.superoffice.com/Cust42"),
    ],
)
def test_online_base_urls(env: str, tenant: str, expected: str) -> None:
    assert online_base_url(env, tenant) == expected
    agent = EMailAgent.online(env, tenant, auth=AUTH)
    try:
        assert agent.base_url == expected
    finally:
        agent.close()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://crm.example.com/SuperOffice", "https://crm.example.com/SuperOffice"),
        ("https://crm.example.com/SuperOffice/", "https://crm.example.com/SuperOffice"),
        ("https://crm.example.com/SuperOffice/api/v1", "https://crm.example.com/SuperOffice"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
    ],
)
def test_onsite_base_urls(url: str, expected: str) -> None:
    assert onsite_base_url(url) == expected


@pytest.mark.parametrize(
    ("env", "tenant", "message"),
    [
        ("prod", "Cust12345", "unknown SuperOffice Online environment"),
        ("", "Cust12345", "unknown SuperOffice Online environment"),
        ("sod", "12345", "malformed tenant id"),
        ("sod", "Cust", "malformed tenant id"),
        ("sod", "Cust123/../x", "malformed tenant id"),
        ("sod", "", "malformed tenant id"),
    ],
)
def test_online_rejects_bad_environment_or_tenant(env: str, tenant: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        EMailAgent.online(env, tenant, auth=AUTH, transport=httpx.MockTransport(no_network))


@pytest.mark.parametrize(
    "url",
    [
        "crm.example.com/SuperOffice",
        "",
        "ftp://crm.example.com",
        "https://",
        "https://user:pw@crm.example.com",
    ],
)
def test_onsite_rejects_urls_without_scheme_or_host(url: str) -> None:
    with pytest.raises(ConfigurationError):
        EMailAgent(url, auth=AUTH, transport=httpx.MockTransport(no_network))
    with pytest.raises(ConfigurationError):
        AsyncEMailAgent(url, auth=AUTH)


def test_auth_must_be_an_httpx_auth() -> None:
    with pytest.raises(ConfigurationError, match="auth must be"):
        EMailAgent("https://crm.example.com", auth="7T:abc")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kwargs",
    [{"timeout": 0}, {"timeout": -1}, {"max_retries": -1}, {"language": "en\r\nX: y"}],
)
def test_bad_options(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        RequestOptions(**kwargs)  # type: ignore[arg-type]


def test_bad_sync_concurrency() -> None:
    with pytest.raises(ValueError, match="sync concurrency"):
        EMailAgent("https://crm.example.com", auth=AUTH, sync_concurrency=0)
