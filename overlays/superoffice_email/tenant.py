"""Where a SuperOffice Online tenant's API lives now.

A tenant can be moved to another host; the old host then answers ``421 Misdirected Request``.
``GET https://{environment}.superoffice.com/api/state/{tenant}`` names the current one.
:class:`TenantResolver` asks it; given to an agent as ``tenant_resolver=``, the agent asks it
once when a call answers 421, moves its client to the new host and repeats the call once.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

import httpx

from .base_url import online_base_url, onsite_base_url
from .errors import ConfigurationError, TenantLookupError
from .options import TimeoutLike, as_timeout

logger = logging.getLogger(__name__)

_SUPEROFFICE_DOMAIN = ".superoffice.com"


class TenantResolver:
    """Looks up a tenant's current API base URL (e.g. ``https://online3.superoffice.com/Cust12345``).

    ``state_url`` replaces ``https://{environment}.superoffice.com`` (tests, proxies). When the
    state endpoint is SuperOffice's own, only an https address on a superoffice.com host is
    accepted, so a bad answer cannot send credentials elsewhere.
    """

    def __init__(
        self,
        environment: str,
        tenant: str,
        *,
        state_url: str | None = None,
        timeout: TimeoutLike = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        online_base_url(environment, tenant)  # validates both
        self.environment = environment
        self.tenant = tenant
        base = (
            onsite_base_url(state_url) if state_url is not None else f"https://{environment}.superoffice.com"
        )
        self.state_url = f"{base}/api/state/{tenant}"
        self._strict = (urlsplit(base).hostname or "").endswith(_SUPEROFFICE_DOMAIN)
        self._timeout = as_timeout(timeout)
        self._transport = transport

    def resolve(self) -> str:
        """The tenant's API base URL now; :class:`TenantLookupError` when there is none."""
        try:
            with httpx.Client(timeout=self._timeout, transport=self._transport) as client:
                response = client.get(self.state_url, headers={"Accept": "application/json"})
        except httpx.HTTPError as exc:
            raise TenantLookupError(
                f"tenant state of {self.tenant} ({self.state_url}) could not be read: {type(exc).__name__}"
            ) from exc
        return self._endpoint_from(response)

    async def aresolve(self) -> str:
        """:meth:`resolve` without blocking the event loop."""
        import asyncio  # here, not at the top: blocking users do not pay for loading asyncio

        return await asyncio.to_thread(self.resolve)

    def _endpoint_from(self, response: httpx.Response) -> str:
        where = f"tenant state of {self.tenant} ({self.state_url})"
        if response.status_code != 200:
            raise TenantLookupError(f"{where} answered HTTP {response.status_code}")
        try:
            state: Any = response.json()
        except ValueError:
            state = None
        if not isinstance(state, dict):
            raise TenantLookupError(f"{where} is not a JSON object")
        if state.get("IsRunning") is False:
            raise TenantLookupError(f"{where}: the tenant is not running (State={state.get('State')!r})")
        endpoint = state.get("Endpoint")
        if not isinstance(endpoint, str) or not endpoint.strip():
            raise TenantLookupError(f"{where} has no Endpoint")
        try:
            base = onsite_base_url(endpoint)
        except ConfigurationError:
            raise TenantLookupError(f"{where}: Endpoint {endpoint!r} is not an http(s) URL") from None
        parts = urlsplit(base)
        if self._strict and (
            parts.scheme != "https" or not (parts.hostname or "").endswith(_SUPEROFFICE_DOMAIN)
        ):
            raise TenantLookupError(f"{where}: Endpoint {endpoint!r} is not an https superoffice.com address")
        logger.info("tenant %s is served from %s", self.tenant, base)
        return base

    def __repr__(self) -> str:
        return f"TenantResolver(environment={self.environment!r}, tenant={self.tenant!r})"
