"""Bearer tokens renewed once on 401 (callback or OAuth refresh-token grant), one renewal at a time."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from superoffice_email import (
    AsyncEMailAgent,
    AuthenticationError,
    ConfigurationError,
    EMailAgent,
    RefreshingBearerAuth,
    RefreshTokenGrant,
    TokenRefreshError,
)

from tests.fakes_superid import TOKENS, FakeSuperOffice, running

CLIENT_ID = "client-id-3b7"
CLIENT_SECRET = "client-secret-e41d9a"
REFRESH_TOKEN = "refresh-token-77aa10"
STALE = "access-stale-0001"


@pytest.fixture
def fake() -> Iterator[FakeSuperOffice]:
    with running(FakeSuperOffice()) as server:
        server.oauth_client = (CLIENT_ID, CLIENT_SECRET)
        server.refresh_token = REFRESH_TOKEN
        yield server


def counting_refresh(fake: FakeSuperOffice, delay: float = 0.0) -> tuple[Callable[[], str], list[str]]:
    """A refresh callback that mints a token the fake accepts, and the list of tokens it made."""
    made: list[str] = []
    lock = threading.Lock()

    def refresh() -> str:
        time.sleep(delay)
        with lock:
            token = f"access-fresh-{len(made)}"
            made.append(token)
        fake.valid_bearers.add(token)
        return token

    return refresh, made


def run_threads(count: int, work: Callable[[], Any]) -> list[Any]:
    barrier = threading.Barrier(count)
    results: list[Any] = []

    def worker() -> None:
        barrier.wait(timeout=10)
        results.append(work())

    threads = [threading.Thread(target=worker) for _ in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    return results


def test_401_refreshes_once_and_repeats_once(fake: FakeSuperOffice) -> None:
    refresh, made = counting_refresh(fake)
    auth = RefreshingBearerAuth(STALE, refresh=refresh)
    with EMailAgent(fake.api_base, auth=auth) as agent:
        assert agent.get_ready_sync_email_accounts() == []
        assert agent.get_ready_sync_email_accounts() == []
    assert made == ["access-fresh-0"]
    assert [h["authorization"] for h in fake.api_calls] == [f"Bearer {STALE}"] + ["Bearer access-fresh-0"] * 2


def test_still_401_after_refresh_raises(fake: FakeSuperOffice) -> None:
    refresh, made = counting_refresh(fake)
    fake.api_mode = "always_401"
    auth = RefreshingBearerAuth(STALE, refresh=refresh)
    with EMailAgent(fake.api_base, auth=auth) as agent, pytest.raises(AuthenticationError):
        agent.get_ready_sync_email_accounts()
    assert len(made) == 1
    assert len(fake.api_calls) == 2


def test_concurrent_401s_refresh_once_threads(fake: FakeSuperOffice) -> None:
    refresh, made = counting_refresh(fake, delay=0.2)
    auth = RefreshingBearerAuth(STALE, refresh=refresh)
    with EMailAgent(fake.api_base, auth=auth) as agent:
        results = run_threads(50, agent.get_ready_sync_email_accounts)
    assert results == [[]] * 50
    assert len(made) == 1


async def test_concurrent_401s_refresh_once_async_callback(fake: FakeSuperOffice) -> None:
    calls: list[int] = []

    async def arefresh() -> str:
        calls.append(1)
        await asyncio.sleep(0.2)
        fake.valid_bearers.add("access-async")
        return "access-async"

    auth = RefreshingBearerAuth(STALE, arefresh=arefresh)
    async with AsyncEMailAgent(fake.api_base, auth=auth) as agent:
        results = await asyncio.wait_for(
            asyncio.gather(*(agent.get_ready_sync_email_accounts() for _ in range(50))), 30
        )
    assert results == [[]] * 50
    assert calls == [1]


async def test_async_agent_runs_a_blocking_refresh_once(fake: FakeSuperOffice) -> None:
    refresh, made = counting_refresh(fake, delay=0.2)
    auth = RefreshingBearerAuth(STALE, refresh=refresh)
    async with AsyncEMailAgent(fake.api_base, auth=auth) as agent:
        results = await asyncio.wait_for(
            asyncio.gather(*(agent.get_ready_sync_email_accounts() for _ in range(50))), 30
        )
    assert results == [[]] * 50
    assert len(made) == 1


def test_refresh_token_grant_rotates_and_reports(fake: FakeSuperOffice) -> None:
    rotated: list[str] = []
    fake.rotated_refresh_token = "refresh-token-rotated-1"
    grant = RefreshTokenGrant(
        fake.url + TOKENS,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        refresh_token=REFRESH_TOKEN,
        on_refresh_token=rotated.append,
    )
    auth = RefreshingBearerAuth(STALE, refresh=grant)
    with EMailAgent(fake.api_base, auth=auth) as agent:
        assert agent.get_ready_sync_email_accounts() == []
        fake.valid_bearers.clear()  # the access token expired
        fake.rotated_refresh_token = "refresh-token-rotated-2"
        assert agent.get_ready_sync_email_accounts() == []  # the grant now sends the rotated token
    assert fake.refreshes == 2
    assert rotated == ["refresh-token-rotated-1", "refresh-token-rotated-2"]
    assert len(fake.api_calls) == 4


def test_refresh_token_grant_errors_are_typed_and_clean(fake: FakeSuperOffice) -> None:
    grant = RefreshTokenGrant(
        fake.url + TOKENS, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, refresh_token="refresh-revoked-9"
    )
    auth = RefreshingBearerAuth(STALE, refresh=grant)
    with EMailAgent(fake.api_base, auth=auth) as agent, pytest.raises(TokenRefreshError) as caught:
        agent.get_ready_sync_email_accounts()
    assert "HTTP 400: invalid_grant - refresh token is not valid" in str(caught.value)
    for secret in (CLIENT_SECRET, "refresh-revoked-9", STALE):
        assert secret not in str(caught.value)


def test_failing_callback_is_a_token_refresh_error(fake: FakeSuperOffice) -> None:
    def broken() -> str:
        raise RuntimeError("backend said: secret-in-message")

    with (
        EMailAgent(fake.api_base, auth=RefreshingBearerAuth(STALE, refresh=broken)) as agent,
        pytest.raises(TokenRefreshError, match="RuntimeError") as caught,
    ):
        agent.get_ready_sync_email_accounts()
    assert "secret-in-message" not in str(caught.value)


def test_configuration_errors(fake: FakeSuperOffice) -> None:
    with pytest.raises(ConfigurationError):
        RefreshingBearerAuth(STALE)
    with pytest.raises(ConfigurationError):
        RefreshTokenGrant("not a url", client_id="a", client_secret="b", refresh_token="c")

    async def arefresh() -> str:
        return "x"

    auth = RefreshingBearerAuth(STALE, arefresh=arefresh)
    with EMailAgent(fake.api_base, auth=auth) as agent, pytest.raises(TokenRefreshError, match="blocking"):
        agent.get_ready_sync_email_accounts()


def test_no_secret_in_logs_or_reprs(fake: FakeSuperOffice, caplog: pytest.LogCaptureFixture) -> None:
    for name in ("httpx", "httpcore", "superoffice_email"):
        caplog.set_level(logging.DEBUG, logger=name)
    fake.rotated_refresh_token = "refresh-token-rotated-x"
    grant = RefreshTokenGrant(
        fake.url + TOKENS, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, refresh_token=REFRESH_TOKEN
    )
    auth = RefreshingBearerAuth(STALE, refresh=grant, app_token="app-token-bearer-1")
    with EMailAgent(fake.api_base, auth=auth) as agent:
        agent.get_ready_sync_email_accounts()
        texts = [repr(agent), repr(auth), repr(grant), str(auth)]
    texts += [record.getMessage() for record in caplog.records]
    blob = "\n".join(texts)
    assert caplog.records and fake.valid_bearers
    for secret in [CLIENT_SECRET, REFRESH_TOKEN, "refresh-token-rotated-x", STALE, "app-token-bearer-1"]:
        assert secret not in blob
    for token in fake.valid_bearers:
        assert token not in blob
