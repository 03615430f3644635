"""Transport policy under the httpx clients the overlay builds: per-call timeouts, credential
stripping on foreign origins, capture of the raw answer, and request logging without secrets.

Per-call settings travel in a :class:`contextvars.ContextVar`, which is private to each thread
and each asyncio task; unlike ``Client.with_headers()``/``with_timeout()`` this is safe when many
calls share one client.
"""

from __future__ import annotations

import contextvars
import logging
from typing import Any

import httpx

from .base_url import origin_of

logger = logging.getLogger(__name__)

CREDENTIAL_HEADERS = ("authorization", "so-apptoken", "x-xsrf-token", "cookie")


class CallContext:
    """What one attempt of one operation tells the transport, and what the transport records."""

    __slots__ = ("gc_paused", "operation", "response", "timeout")

    def __init__(self, operation: str, timeout: dict[str, float | None] | None) -> None:
        self.operation = operation
        self.timeout = timeout
        self.response: httpx.Response | None = None
        self.gc_paused = False
        """Set when the body was large enough to parse with the cycle collector paused (:mod:`._gc_pause`)."""


current_call: contextvars.ContextVar[CallContext | None] = contextvars.ContextVar(
    "superoffice_email_call", default=None
)


class _Policy:
    """The request/response handling shared by the sync and async transports."""

    def __init__(self, base_url: str) -> None:
        self._origin = origin_of(base_url)

    def rebase(self, base_url: str) -> None:
        """Credentials may go to ``base_url``'s origin from now on (the tenant moved host)."""
        self._origin = origin_of(base_url)

    def before(self, request: httpx.Request) -> CallContext | None:
        call = current_call.get()
        if call is not None and call.timeout is not None:
            request.extensions["timeout"] = call.timeout
        if origin_of(str(request.url)) != self._origin:
            # A redirect (or a caller's absolute URL) to another origin: no credential goes along.
            for name in CREDENTIAL_HEADERS:
                if name in request.headers:
                    del request.headers[name]
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s %s", call.operation if call else "-", request.method, request.url.copy_with(query=None)
            )
        return call

    @staticmethod
    def after(call: CallContext | None, response: httpx.Response) -> None:
        if call is not None:
            call.response = response
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("%s answered %s", call.operation if call else "-", response.status_code)


class PolicyTransport(httpx.BaseTransport):
    """Wraps a blocking transport (by default ``httpx.HTTPTransport``)."""

    def __init__(self, base_url: str, inner: httpx.BaseTransport | None = None, **kwargs: Any) -> None:
        self._policy = _Policy(base_url)
        self._inner = inner if inner is not None else httpx.HTTPTransport(**kwargs)

    def rebase(self, base_url: str) -> None:
        """See :meth:`_Policy.rebase`."""
        self._policy.rebase(base_url)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        call = self._policy.before(request)
        response = self._inner.handle_request(request)
        self._policy.after(call, response)
        return response

    def close(self) -> None:
        self._inner.close()


class AsyncPolicyTransport(httpx.AsyncBaseTransport):
    """Wraps an async transport (by default ``httpx.AsyncHTTPTransport``)."""

    def __init__(self, base_url: str, inner: httpx.AsyncBaseTransport | None = None, **kwargs: Any) -> None:
        self._policy = _Policy(base_url)
        self._inner = inner if inner is not None else httpx.AsyncHTTPTransport(**kwargs)

    def rebase(self, base_url: str) -> None:
        """See :meth:`_Policy.rebase`."""
        self._policy.rebase(base_url)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        call = self._policy.before(request)
        response = await self._inner.handle_async_request(request)
        self._policy.after(call, response)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
