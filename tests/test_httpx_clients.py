"""The agents' httpx clients build exactly the requests plain httpx builds (they only skip re-parsing)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from superoffice_email._httpx_clients import AsyncClient, Client

BASES = ["http://127.0.0.1:9", "https://crm.example.com/SuperOffice", "https://Crm.Example.com/Super Office/"]
CASES: list[tuple[str, Any]] = [
    ("/api/v1/Agents/EMail/SyncEmailAccount", {}),
    ("/api/v1/Agents/EMail/SyncEmailAccount", None),
    ("/api/v1/Agents/EMail/GetEMail", {"$select": "Subject,From"}),
    ("api/relative?y=1", {}),
    ("/with?q=1", None),
    ("/with?q=1", {}),
    ("https://other.example/x?q=1", {}),
    ("/empty-value", {"a": ""}),
    ("", {}),
    ("/ä/ø", {}),
]


def same(a: httpx.Request, b: httpx.Request) -> None:
    assert a.url == b.url
    assert str(a.url) == str(b.url)
    assert a.url.raw_path == b.url.raw_path
    assert a.headers.multi_items() == b.headers.multi_items()
    assert a.read() == b.read()
    assert a.extensions == b.extensions


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("client_params", [None, {"k": "v"}])
def test_same_requests_as_plain_httpx(base: str, client_params: dict[str, str] | None) -> None:
    for cls in (Client, AsyncClient):
        ours = cls(base_url=base, params=client_params)
        plain = (httpx.Client if cls is Client else httpx.AsyncClient)(base_url=base, params=client_params)
        for _ in range(2):  # the second round answers from the cache
            for url, params in CASES:
                same(
                    ours.build_request("POST", url, params=params, json={"a": 1}, headers={"H": "1"}),
                    plain.build_request("POST", url, params=params, json={"a": 1}, headers={"H": "1"}),
                )


def test_base_url_change_is_seen() -> None:
    ours, plain = Client(base_url=BASES[0]), httpx.Client(base_url=BASES[0])
    url = "/api/v1/Agents/EMail/SyncEmailAccount"
    same(ours.build_request("POST", url), plain.build_request("POST", url))
    ours.base_url = plain.base_url = "https://moved.example/Cust1"
    same(ours.build_request("POST", url), plain.build_request("POST", url))
    assert (
        str(ours.build_request("POST", url).url)
        == "https://moved.example/Cust1/api/v1/Agents/EMail/SyncEmailAccount"
    )
