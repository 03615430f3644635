"""The httpx clients under the agents: plain httpx, minus two URL parses per request.

Every generated endpoint hands httpx a relative URL (``/api/v1/Agents/EMail/<Operation>``) and a
``params`` dict that is empty unless ``select`` is given. Plain httpx then parses a URL three times
per request: the relative URL, its merge with ``base_url``, and again to apply the empty params.
URL parsing is pure Python and was the largest single cost of a call (about 50 µs of the SDK's
~65 µs on top of a bare ``httpx.Client.post``, see bench/README.md).

These subclasses remember each merged URL (``httpx.URL`` is immutable) and leave out the no-op
params step. The request they build is the same URL, headers and body as before; anything else
(absolute URLs, non-empty params, client-level params) takes httpx's usual path.
"""

from __future__ import annotations

from typing import Any

import httpx

from . import _gc_pause
from .transport import current_call

_MAX_URLS = 512  # generated code uses one URL per operation; a caller's own URLs cannot grow it


class _MergedUrls:
    """Relative URL -> the URL merged with the client's base_url, valid while base_url is unchanged."""

    __slots__ = ("_urls",)

    def __init__(self) -> None:
        self._urls: dict[str, tuple[httpx.URL, httpx.URL]] = {}

    def resolve(self, client: httpx.Client | httpx.AsyncClient, url: str, params: Any) -> tuple[Any, Any]:
        base = client.base_url
        found = self._urls.get(url)
        if found is None or found[0] is not base:
            if len(self._urls) >= _MAX_URLS:
                self._urls = {}
            found = (base, client._merge_url(url))
            self._urls[url] = found
        merged = found[1]
        # httpx would rebuild the URL with the empty params, which only drops an (absent) query.
        if not params and not client.params and not merged.query:
            params = None
        return merged, params


def _maybe_pause_gc(response: httpx.Response) -> None:
    """Pause the cycle collector for the parse that follows when the body is large (see _gc_pause)."""
    if len(response.content) >= _gc_pause.LARGE_BODY:
        call = current_call.get()
        if call is not None and not call.gc_paused:
            _gc_pause.pause()
            call.gc_paused = True  # the agent resumes it once the generated parser is done


class Client(httpx.Client):
    """``httpx.Client`` for :class:`~superoffice_email.EMailAgent`."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._merged_urls = _MergedUrls()

    def build_request(
        self, method: str, url: httpx.URL | str, *, params: Any = None, **kwargs: Any
    ) -> httpx.Request:
        if isinstance(url, str):
            url, params = self._merged_urls.resolve(self, url, params)
        return super().build_request(method, url, params=params, **kwargs)

    def request(self, *args: Any, **kwargs: Any) -> httpx.Response:
        response = super().request(*args, **kwargs)
        _maybe_pause_gc(response)
        return response


class AsyncClient(httpx.AsyncClient):
    """``httpx.AsyncClient`` for :class:`~superoffice_email.AsyncEMailAgent`."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._merged_urls = _MergedUrls()

    def build_request(
        self, method: str, url: httpx.URL | str, *, params: Any = None, **kwargs: Any
    ) -> httpx.Request:
        if isinstance(url, str):
            url, params = self._merged_urls.resolve(self, url, params)
        return super().build_request(method, url, params=params, **kwargs)

    async def request(self, *args: Any, **kwargs: Any) -> httpx.Response:
        response = await super().request(*args, **kwargs)
        _maybe_pause_gc(response)
        return response
