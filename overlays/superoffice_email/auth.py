"""Authentication as httpx auth flows (the shape of ``httpx/_auth.py``).

Each class sets the headers one SuperOffice scheme needs on every request it is given. Secrets
are checked at construction (empty or multi-line values raise ``ValueError``) and never appear
in ``repr``/``str``. Which requests reach another origin is the transport's concern
(:mod:`.transport` strips these headers there), not the auth object's.
"""

from __future__ import annotations

import base64
from collections.abc import Generator

import httpx

from .errors import ConfigurationError

MASK = "***"


def require_secret(value: object, what: str) -> str:
    """Return ``value`` if it is a usable header value; raise ``ValueError`` naming ``what`` otherwise."""
    if not isinstance(value, str):
        raise ConfigurationError(f"{what} must be a string, not {type(value).__name__}")
    if not value.strip():
        raise ConfigurationError(f"{what} is empty")
    if any(ch in value for ch in "\r\n\x00"):
        raise ConfigurationError(f"{what} contains a line break or NUL character")
    return value


class SuperOfficeAuth(httpx.Auth):
    """Base class: subclasses say which headers to set in :meth:`headers`."""

    def headers(self) -> dict[str, str]:
        raise NotImplementedError

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.update(self.headers())
        yield request


class _AppTokenMixin:
    _app_token: str | None

    def _app_token_header(self) -> dict[str, str]:
        return {"SO-AppToken": self._app_token} if self._app_token is not None else {}


class SOTicketAuth(_AppTokenMixin, SuperOfficeAuth):
    """``Authorization: SOTicket <ticket>``, plus ``SO-AppToken`` when calling Online from a server."""

    def __init__(self, ticket: str, app_token: str | None = None) -> None:
        self._ticket = require_secret(ticket, "ticket")
        self._app_token = None if app_token is None else require_secret(app_token, "app token")

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"SOTicket {self._ticket}", **self._app_token_header()}

    def __repr__(self) -> str:
        app = f", app_token={MASK!r}" if self._app_token is not None else ""
        return f"SOTicketAuth(ticket={MASK!r}{app})"


class BearerAuth(_AppTokenMixin, SuperOfficeAuth):
    """``Authorization: Bearer <access token>`` (SuperID OpenID Connect), optionally with ``SO-AppToken``."""

    def __init__(self, token: str, app_token: str | None = None) -> None:
        self._token = require_secret(token, "access token")
        self._app_token = None if app_token is None else require_secret(app_token, "app token")

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._token}", **self._app_token_header()}

    def __repr__(self) -> str:
        app = f", app_token={MASK!r}" if self._app_token is not None else ""
        return f"BearerAuth(token={MASK!r}{app})"


class BasicAuth(SuperOfficeAuth):
    """``Authorization: Basic base64(user:password)`` for onsite installations."""

    def __init__(self, username: str, password: str) -> None:
        self._username = require_secret(username, "user name")
        if ":" in self._username:
            raise ConfigurationError("user name must not contain ':' (Basic auth cannot carry it)")
        self._password = require_secret(password, "password")
        raw = f"{self._username}:{self._password}".encode()
        self._header = "Basic " + base64.b64encode(raw).decode("ascii")

    def headers(self) -> dict[str, str]:
        return {"Authorization": self._header}

    def __repr__(self) -> str:
        return f"BasicAuth(username={self._username!r}, password={MASK!r})"


class XsrfAuth(SuperOfficeAuth):
    """``X-XSRF-TOKEN`` for cookie-based (browser) sessions, used instead of ``Authorization``."""

    def __init__(self, token: str) -> None:
        self._token = require_secret(token, "XSRF token")

    def headers(self) -> dict[str, str]:
        return {"X-XSRF-TOKEN": self._token}

    def __repr__(self) -> str:
        return f"XsrfAuth(token={MASK!r})"
