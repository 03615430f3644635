"""The public entry point: :class:`EMailAgent` (blocking) and :class:`AsyncEMailAgent` (asyncio).

Each operation of the EMail agent is a method taking the request's fields, e.g.
``agent.sync_email_account(account)``; the methods come from :mod:`._operations`, rendered from
openapi.yaml. Every call goes through :meth:`_invoke`: defaults merged with per-call options, the
sync throttle for Sync* operations, retries, and typed errors.
"""

from __future__ import annotations

import time
from types import TracebackType
from typing import Any, Self, Unpack

import httpx

from . import _gc_pause
from ._core import AgentCore, AgentSettings, Prepared
from ._generated.client import Client as _GeneratedClient
from ._httpx_clients import AsyncClient as _HttpxAsyncClient
from ._httpx_clients import Client as _HttpxClient
from ._operations import AsyncOperations, Operations
from .options import RequestOptions
from .throttle import is_throttled
from .transport import AsyncPolicyTransport, CallContext, PolicyTransport, current_call

# What the generated parsing raises on answers it cannot read; RecursionError comes from
# json.loads on absurdly deep nesting.
_PARSE_ERRORS = (ValueError, TypeError, KeyError, AttributeError, RecursionError)


class EMailAgent(Operations, AgentCore):
    """Blocking client of the EMail agent. Safe to share between threads.

    ``transport`` replaces the network transport (for tests and benchmarks: ``httpx.MockTransport``).
    """

    _policy: PolicyTransport
    _httpx: _HttpxClient

    def __init__(
        self, base_url: str, *, transport: httpx.BaseTransport | None = None, **kwargs: Unpack[AgentSettings]
    ) -> None:
        AgentCore.__init__(self, base_url, **kwargs)
        self._policy = PolicyTransport(self.base_url, transport)
        self._httpx = _HttpxClient(transport=self._policy, **self.client_kwargs())
        self._client = _GeneratedClient(base_url=self.base_url).set_httpx_client(self._httpx)

    def _invoke(
        self,
        operation: str,
        endpoint: Any,
        kwargs: dict[str, Any],
        select: str | None,
        options: RequestOptions | None,
    ) -> Any:
        prepared = self.prepare(kwargs, select, options)
        if is_throttled(operation):
            with self.throttle.slot():
                return self._attempts(operation, endpoint, prepared)
        return self._attempts(operation, endpoint, prepared)

    def _attempts(self, operation: str, endpoint: Any, prepared: Prepared) -> Any:
        attempt = 0
        rerouted = False
        while True:
            attempt += 1
            call = CallContext(operation, prepared.timeout)
            token = current_call.set(call)
            parsed: Any = None
            exc: BaseException | None = None
            try:
                parsed = endpoint.sync_detailed(client=self._client, **prepared.kwargs).parsed
            except (httpx.RequestError, *_PARSE_ERRORS) as caught:
                exc = caught
            finally:
                current_call.reset(token)
                if call.gc_paused:
                    _gc_pause.resume()
            verdict = self.judge(operation, attempt, prepared, call, parsed, exc, endpoint)
            resolver = None if rerouted else self.moved_tenant(verdict)
            if resolver is not None:  # 421: look the tenant's host up once, then repeat the call
                rerouted = True
                self._move_to(resolver.resolve())
                continue
            if verdict.delay is None:
                if verdict.error is not None:
                    raise verdict.error
                return verdict.value
            time.sleep(verdict.delay)

    def close(self) -> None:
        """Close the connection pool."""
        self._httpx.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncEMailAgent(AsyncOperations, AgentCore):
    """asyncio client of the EMail agent. Safe to share between tasks of one event loop."""

    _policy: AsyncPolicyTransport
    _httpx: _HttpxAsyncClient

    def __init__(
        self,
        base_url: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        **kwargs: Unpack[AgentSettings],
    ) -> None:
        AgentCore.__init__(self, base_url, **kwargs)
        self._policy = AsyncPolicyTransport(self.base_url, transport)
        self._httpx = _HttpxAsyncClient(transport=self._policy, **self.client_kwargs())
        self._client = _GeneratedClient(base_url=self.base_url).set_async_httpx_client(self._httpx)

    async def _ainvoke(
        self,
        operation: str,
        endpoint: Any,
        kwargs: dict[str, Any],
        select: str | None,
        options: RequestOptions | None,
    ) -> Any:
        prepared = self.prepare(kwargs, select, options)
        if is_throttled(operation):
            async with self.throttle.async_slot():
                return await self._attempts(operation, endpoint, prepared)
        return await self._attempts(operation, endpoint, prepared)

    async def _attempts(self, operation: str, endpoint: Any, prepared: Prepared) -> Any:
        attempt = 0
        rerouted = False
        while True:
            attempt += 1
            call = CallContext(operation, prepared.timeout)
            token = current_call.set(call)
            parsed: Any = None
            exc: BaseException | None = None
            try:
                parsed = (await endpoint.asyncio_detailed(client=self._client, **prepared.kwargs)).parsed
            except (httpx.RequestError, *_PARSE_ERRORS) as caught:
                exc = caught
            finally:
                current_call.reset(token)
                if call.gc_paused:
                    _gc_pause.resume()
            verdict = self.judge(operation, attempt, prepared, call, parsed, exc, endpoint)
            resolver = None if rerouted else self.moved_tenant(verdict)
            if resolver is not None:  # 421: look the tenant's host up once, then repeat the call
                rerouted = True
                self._move_to(await resolver.aresolve())
                continue
            if verdict.delay is None:
                if verdict.error is not None:
                    raise verdict.error
                return verdict.value
            import asyncio  # here, not at the top: blocking users do not pay for loading asyncio

            await asyncio.sleep(verdict.delay)

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._httpx.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
