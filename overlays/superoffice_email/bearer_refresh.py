"""Bearer (OpenID Connect) access tokens that are renewed when the API answers 401.

:class:`RefreshingBearerAuth` sends ``Authorization: Bearer <token>`` and, on a 401, asks for a
new token once (one caller at a time; the others wait and reuse its result) and repeats the
request once. The new token comes from a callable of yours or from :class:`RefreshTokenGrant`,
the OAuth 2.0 refresh-token exchange at SuperID's token endpoint.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import Any, Self
from urllib.parse import urlsplit

import httpx

from ._flight import LoopLocks
from ._json import json_object
from .auth import MASK, require_secret
from .base_url import online_base_url
from .errors import ConfigurationError, SuperOfficeError, TokenRefreshError
from .options import TimeoutLike, as_timeout

logger = logging.getLogger(__name__)

_MAX_SERVER_MESSAGE = 300


class RefreshingBearerAuth(httpx.Auth):
    """``Authorization: Bearer`` (plus ``SO-AppToken`` if given) with refresh on 401.

    ``refresh`` is a blocking callable returning a new access token; ``arefresh`` an async one.
    Blocking agents need ``refresh``; async agents use ``arefresh`` when given, else run
    ``refresh`` in a worker thread. ``on_token`` is told each new access token (e.g. to persist it).
    """

    requires_request_body = True

    def __init__(
        self,
        token: str,
        *,
        refresh: Callable[[], str] | None = None,
        arefresh: Callable[[], Awaitable[str]] | None = None,
        app_token: str | None = None,
    ) -> None:
        if refresh is None and arefresh is None:
            raise ConfigurationError("give refresh= (blocking) or arefresh= (async); or use BearerAuth")
        self._token = require_secret(token, "access token")
        self._refresh = refresh
        self._arefresh = arefresh
        self._app_token = None if app_token is None else require_secret(app_token, "app token")
        self._lock = threading.Lock()
        self._loop_locks = LoopLocks()
        self.refresh_count = 0
        """How many times a new access token was obtained."""

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        used = self._token
        response = yield self._apply(request, used)
        if response.status_code == 401:
            yield self._apply(request, self._renew(used))

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        used = self._token
        response = yield self._apply(request, used)
        if response.status_code == 401:
            yield self._apply(request, await self._arenew(used))

    def _apply(self, request: httpx.Request, token: str) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {token}"
        if self._app_token is not None:
            request.headers["SO-AppToken"] = self._app_token
        return request

    def _renew(self, used: str) -> str:
        if self._refresh is None:
            # Not a ConfigurationError: a ValueError raised here would read as a parse failure upstream.
            raise TokenRefreshError(
                "a blocking agent needs refresh= (a blocking callable), not only arefresh="
            )
        with self._lock:
            if self._token != used:  # another caller already renewed it
                return self._token
            return self._accept(_call(self._refresh))

    async def _arenew(self, used: str) -> str:
        async with self._loop_locks.current():
            if self._token != used:
                return self._token
            if self._arefresh is None:
                return await asyncio.to_thread(self._renew, used)
            try:
                fresh = await self._arefresh()
            except SuperOfficeError:
                raise
            except Exception as exc:
                raise TokenRefreshError(f"the token refresh callback failed: {type(exc).__name__}") from exc
            with self._lock:
                return self._accept(fresh)

    def _accept(self, fresh: object) -> str:
        if not isinstance(fresh, str) or not fresh.strip() or any(c in fresh for c in "\r\n\x00"):
            raise TokenRefreshError("the token refresh callback did not return a usable access token")
        self._token = fresh
        self.refresh_count += 1
        logger.info("API answered 401: obtained a new access token")
        return fresh

    def __repr__(self) -> str:
        app = f", app_token={MASK!r}" if self._app_token is not None else ""
        return f"RefreshingBearerAuth(token={MASK!r}{app})"


def _call(refresh: Callable[[], str]) -> str:
    try:
        return refresh()
    except SuperOfficeError:
        raise
    except Exception as exc:
        raise TokenRefreshError(f"the token refresh callback failed: {type(exc).__name__}") from exc


class RefreshTokenGrant:
    """OAuth 2.0 ``grant_type=refresh_token`` at a token endpoint: call it to get an access token.

    Pass it as ``refresh=`` to :class:`RefreshingBearerAuth`. A rotated refresh token in the answer
    replaces the old one and is given to ``on_refresh_token`` so that you can store it.
    """

    def __init__(
        self,
        token_endpoint: str,
        *,
        client_id: str,
        client_secret: str,
        refresh_token: str,
        on_refresh_token: Callable[[str], None] | None = None,
        timeout: TimeoutLike = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        parts = urlsplit(token_endpoint) if isinstance(token_endpoint, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.netloc or parts.username:
            raise ConfigurationError(
                f"token endpoint {token_endpoint!r} must be an http(s) URL without credentials"
            )
        self.token_endpoint = token_endpoint
        self._client_id = require_secret(client_id, "client id")
        self._client_secret = require_secret(client_secret, "client secret")
        self._refresh_token = require_secret(refresh_token, "refresh token")
        self._on_refresh_token = on_refresh_token
        self._timeout = as_timeout(timeout)
        self._transport = transport
        self._lock = threading.Lock()

    @classmethod
    def for_environment(cls, environment: str, **kwargs: Any) -> Self:
        """The grant at SuperID of ``environment`` (sod, stage, online)."""
        online_base_url(environment, "Cust0")
        return cls(f"https://{environment}.superoffice.com/login/common/oauth/tokens", **kwargs)

    def __call__(self) -> str:
        with self._lock:
            form = {
                "grant_type": "refresh_token",
                "client_id": self._client_id,
                "client_secret": self._client_secret,
                "refresh_token": self._refresh_token,
            }
            try:
                with httpx.Client(timeout=self._timeout, transport=self._transport) as client:
                    response = client.post(
                        self.token_endpoint, data=form, headers={"Accept": "application/json"}
                    )
            except httpx.HTTPError as exc:
                raise TokenRefreshError(
                    f"token endpoint {self.token_endpoint} could not be reached: {type(exc).__name__}"
                ) from exc
            answer = json_object(response)
            if (
                response.status_code != 200
                or answer is None
                or not isinstance(answer.get("access_token"), str)
            ):
                raise TokenRefreshError(
                    f"token endpoint {self.token_endpoint} answered HTTP {response.status_code}"
                    f"{_oauth_error(answer)}"
                )
            rotated = answer.get("refresh_token")
            if isinstance(rotated, str) and rotated and rotated != self._refresh_token:
                self._refresh_token = rotated
                if self._on_refresh_token is not None:
                    self._on_refresh_token(rotated)
            return str(answer["access_token"])

    def __repr__(self) -> str:
        return (
            f"RefreshTokenGrant(token_endpoint={self.token_endpoint!r}, client_id={self._client_id!r}, "
            f"client_secret={MASK!r}, refresh_token={MASK!r})"
        )


def _oauth_error(answer: dict[str, Any] | None) -> str:
    if answer is None:
        return ""
    parts = [answer.get(k) for k in ("error", "error_description")]
    text = " - ".join(p[:_MAX_SERVER_MESSAGE] for p in parts if isinstance(p, str) and p)
    return f": {text}" if text else ""
