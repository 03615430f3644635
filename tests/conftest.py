"""Shared fixtures: a Prism mock server for the whole session, and agents pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from superoffice_email import AsyncEMailAgent, EMailAgent, SOTicketAuth

from tools.prism import PrismServer

TICKET = "7T:test-ticket-0123456789"
APP_TOKEN = "test-app-token-abcdef"


@pytest.fixture(scope="session")
def prism() -> Iterator[PrismServer]:
    with PrismServer() as server:
        yield server


@pytest.fixture
def agent(prism: PrismServer) -> Iterator[EMailAgent]:
    with EMailAgent(prism.base_url, auth=SOTicketAuth(TICKET, app_token=APP_TOKEN)) as client:
        yield client


@pytest.fixture
async def async_agent(prism: PrismServer) -> AsyncIterator[AsyncEMailAgent]:
    async with AsyncEMailAgent(prism.base_url, auth=SOTicketAuth(TICKET, app_token=APP_TOKEN)) as client:
        yield client


def violations(response: httpx.Response) -> str | None:
    """Prism's validation findings for one exchange, if any."""
    value: str | None = response.headers.get("sl-violations")
    return value
