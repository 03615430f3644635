"""Server-to-server authentication with a SuperOffice Online system user.

:class:`SystemUserAuth` signs the system user token with the app's RSA key, exchanges it at
``PartnerSystemUser/Authenticate`` for a JWT, validates the JWT and sends the ticket it carries as
``Authorization: SOTicket`` with ``SO-AppToken`` on every API request. Each mint creates a
credentials record in the customer's database, so the ticket is cached in a :class:`TicketStore`
(shared by every agent using the same key), slid forward as it is used, minted by exactly one
caller at a time, and minted again only when it expires or the API answers 401 (after which the
request is sent once more).
"""

from __future__ import annotations

import asyncio
import datetime
import hashlib
import logging
import time
from collections.abc import AsyncGenerator, Generator
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from ._flight import LoopLocks, key_lock
from ._json import json_object
from ._jwt_ticket import JwksCache, ticket_from_jwt
from ._rsa import load_private_key, signed_system_token
from .auth import MASK, require_secret
from .base_url import online_base_url, onsite_base_url
from .errors import ConfigurationError, SystemUserAuthError
from .options import TimeoutLike, as_timeout
from .ticket_store import InMemoryTicketStore, StoredTicket, TicketStore

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

logger = logging.getLogger(__name__)

TICKET_LIFETIME = 6 * 3600.0
"""A system user ticket lives six hours, sliding with each use."""
AUTHENTICATE_PATH = "/Login/api/PartnerSystemUser/Authenticate"
JWKS_PATH = "/login/.well-known/jwks"
_SLIDE_EVERY = 60.0  # write the slid expiry to the store at most once a minute
_MAX_SERVER_MESSAGE = 300

_default_store = InMemoryTicketStore()


class SystemUserAuth(httpx.Auth):
    """httpx auth for a system user; pass it as ``auth=`` to :class:`EMailAgent` or its async twin.

    ``environment`` is sod, stage or online; ``login_url`` replaces ``https://{environment}
    .superoffice.com`` (tests, proxies). ``store`` defaults to one in-memory store per process.
    ``safety_margin`` seconds are taken off the six-hour lifetime; ``leeway`` is the clock skew
    allowed when checking the JWT. ``transport`` is for the login client (tests).
    """

    requires_request_body = True

    def __init__(
        self,
        *,
        application_token: str,
        private_key: str | bytes,
        system_user_token: str,
        tenant: str,
        environment: str = "online",
        login_url: str | None = None,
        store: TicketStore | None = None,
        safety_margin: float = 300.0,
        leeway: float = 60.0,
        timeout: TimeoutLike = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._app_token = require_secret(application_token, "application token (client secret)")
        self._system_user_token = require_secret(system_user_token, "system user token")
        online_base_url(environment, tenant)  # validates both
        self.environment = environment
        self.tenant = tenant
        self._key: RSAPrivateKey = load_private_key(private_key)
        base = (
            onsite_base_url(login_url) if login_url is not None else f"https://{environment}.superoffice.com"
        )
        self.login_url = base
        if not 0 <= safety_margin < TICKET_LIFETIME:
            raise ConfigurationError("safety_margin must be between 0 and 6 hours (in seconds)")
        self._lifetime = TICKET_LIFETIME - safety_margin
        self._leeway = float(leeway)
        self._store: TicketStore = store if store is not None else _default_store
        app = hashlib.sha256(self._app_token.encode("utf-8")).hexdigest()[:16]
        self.store_key = f"superoffice-system-user:{base}:{tenant}:{app}"
        self._lock = key_lock(self.store_key)
        self._loop_locks = LoopLocks()
        self._http = httpx.Client(
            timeout=as_timeout(timeout), transport=transport, headers={"Accept": "application/json"}
        )
        self._jwks = JwksCache(base + JWKS_PATH, self._http.get)
        self.mint_count = 0
        """How many tickets this object has minted (for monitoring)."""

    # -- the httpx auth flows --------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        used = self.ticket()
        response = yield self._apply(request, used)
        if response.status_code == 401:
            logger.info("API answered 401 for %s: minting a new system user ticket", self.tenant)
            used = self._replace(used)
            response = yield self._apply(request, used)
        self._slide(used, response)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        used = await self.aticket()
        response = yield self._apply(request, used)
        if response.status_code == 401:
            logger.info("API answered 401 for %s: minting a new system user ticket", self.tenant)
            used = await self._areplace(used)
            response = yield self._apply(request, used)
        self._slide(used, response)

    def _apply(self, request: httpx.Request, stored: StoredTicket) -> httpx.Request:
        request.headers["Authorization"] = f"SOTicket {stored.ticket}"
        request.headers["SO-AppToken"] = self._app_token
        return request

    # -- the ticket cache ---------------------------------------------------------------

    def ticket(self) -> StoredTicket:
        """A usable ticket: the cached one, or a new one minted by exactly one caller."""
        cached = self._usable()
        if cached is not None:
            return cached
        with self._lock:
            cached = self._usable()
            if cached is not None:
                return cached
            return self._mint_and_store()

    async def aticket(self) -> StoredTicket:
        """:meth:`ticket` for asyncio: waits without blocking the event loop."""
        cached = self._usable()
        if cached is not None:
            return cached
        async with self._loop_locks.current():
            return await asyncio.to_thread(self.ticket)

    def _replace(self, failed: StoredTicket) -> StoredTicket:
        with self._lock:
            self._store.invalidate(self.store_key, failed.ticket)
            cached = self._usable()
            if cached is not None:  # another caller already replaced it
                return cached
            return self._mint_and_store()

    async def _areplace(self, failed: StoredTicket) -> StoredTicket:
        async with self._loop_locks.current():
            cached = self._usable()
            if cached is not None and cached.ticket != failed.ticket:
                return cached
            return await asyncio.to_thread(self._replace, failed)

    def invalidate(self) -> None:
        """Forget the cached ticket (the next request mints a new one)."""
        self._store.invalidate(self.store_key)

    def _usable(self) -> StoredTicket | None:
        cached = self._store.get(self.store_key)
        return cached if cached is not None and cached.usable() else None

    def _slide(self, used: StoredTicket, response: httpx.Response) -> None:
        if response.status_code == 401:
            return
        expires_at = time.time() + self._lifetime
        if expires_at - used.expires_at < _SLIDE_EVERY:
            return
        current = self._store.get(self.store_key)
        if current is not None and current.ticket == used.ticket:
            self._store.set(self.store_key, StoredTicket(used.ticket, expires_at))

    def _mint_and_store(self) -> StoredTicket:
        stored = StoredTicket(self._mint(), time.time() + self._lifetime)
        self._store.set(self.store_key, stored)
        return stored

    # -- the exchange -------------------------------------------------------------------

    def _mint(self) -> str:
        url = self.login_url + AUTHENTICATE_PATH
        body = {
            "SignedSystemToken": signed_system_token(
                self._key, self._system_user_token, datetime.datetime.now(datetime.UTC)
            ),
            "ApplicationToken": self._app_token,
            "ContextIdentifier": self.tenant,
            "ReturnTokenType": "JWT",
        }
        try:
            response = self._http.post(url, json=body)
        except httpx.HTTPError as exc:
            raise SystemUserAuthError(
                f"system user sign-in at {url} failed: {type(exc).__name__}", reason="transport"
            ) from exc
        answer = json_object(response)
        if answer is None or "IsSuccessful" not in answer:
            raise SystemUserAuthError(
                f"system user sign-in at {url} answered HTTP {response.status_code} "
                "without the documented JSON",
                reason="response",
            )
        if answer.get("IsSuccessful") is not True:
            message = answer.get("ErrorMessage")
            detail = f": {message[:_MAX_SERVER_MESSAGE]}" if isinstance(message, str) and message else ""
            raise SystemUserAuthError(
                f"SuperOffice refused the system user sign-in for {self.tenant} "
                f"(HTTP {response.status_code}){detail}",
                reason="rejected",
            )
        token = answer.get("Token")
        if not isinstance(token, str) or not token:
            raise SystemUserAuthError(
                "system user sign-in succeeded but returned no token", reason="response"
            )
        ticket = ticket_from_jwt(token, self._jwks, leeway=self._leeway)
        self.mint_count += 1
        logger.info("minted a system user ticket for %s at %s", self.tenant, self.login_url)
        return ticket

    # -- lifetime and display -----------------------------------------------------------

    def close(self) -> None:
        """Close the login client's connections."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return (
            f"SystemUserAuth(environment={self.environment!r}, tenant={self.tenant!r}, "
            f"login_url={self.login_url!r}, application_token={MASK!r}, private_key={MASK!r}, "
            f"system_user_token={MASK!r})"
        )
