"""The cycle collector is paused only while a large answer is parsed, and always switched back on."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator

import httpx
import pytest
from superoffice_email import EMailAgent, ResponseValidationError, SOTicketAuth, _gc_pause

ACCOUNT = {"AccountId": 1, "AssociateName": "x" * 200, "AssociateId": 2, "TableRight": None}
LARGE = json.dumps([ACCOUNT] * 6000).encode()  # > 1 MiB
SMALL = json.dumps([ACCOUNT]).encode()


@pytest.fixture
def events(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, bool]]]:
    """Records each pause/resume with whether the collector was on just after it."""
    seen: list[tuple[str, bool]] = []
    real_pause, real_resume = _gc_pause.pause, _gc_pause.resume

    def pause() -> None:
        real_pause()
        seen.append(("pause", gc.isenabled()))

    def resume() -> None:
        real_resume()
        seen.append(("resume", gc.isenabled()))

    monkeypatch.setattr(_gc_pause, "pause", pause)
    monkeypatch.setattr(_gc_pause, "resume", resume)
    assert gc.isenabled()
    yield seen
    assert gc.isenabled(), "the collector must be back on after every call"


def agent_answering(body: bytes) -> EMailAgent:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    return EMailAgent(
        "https://crm.example.com", auth=SOTicketAuth("7T:x"), transport=httpx.MockTransport(answer)
    )


def test_large_answer_is_parsed_with_the_collector_paused(events: list[tuple[str, bool]]) -> None:
    assert len(LARGE) >= _gc_pause.LARGE_BODY
    with agent_answering(LARGE) as agent:
        accounts = agent.get_ready_sync_email_accounts()
    assert accounts is not None and len(accounts) == 6000
    assert events == [("pause", False), ("resume", True)]


def test_small_answer_does_not_touch_the_collector(events: list[tuple[str, bool]]) -> None:
    with agent_answering(SMALL) as agent:
        agent.get_ready_sync_email_accounts()
    assert events == []


def test_collector_comes_back_when_the_large_answer_is_broken(events: list[tuple[str, bool]]) -> None:
    with agent_answering(LARGE[:-10]) as agent, pytest.raises(ResponseValidationError):
        agent.get_ready_sync_email_accounts()
    assert events == [("pause", False), ("resume", True)]


def test_pauses_nest_and_respect_an_application_that_disabled_the_collector() -> None:
    _gc_pause.pause()
    _gc_pause.pause()
    assert not gc.isenabled()
    _gc_pause.resume()
    assert not gc.isenabled(), "another parse is still running"
    _gc_pause.resume()
    assert gc.isenabled()

    gc.disable()
    try:
        _gc_pause.pause()
        _gc_pause.resume()
        assert not gc.isenabled(), "left off, as the application had it"
    finally:
        gc.enable()
