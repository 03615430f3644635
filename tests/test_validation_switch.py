"""validate_responses: on by default (wrong shapes raise), off on request (the parse is kept as is)."""

from __future__ import annotations

import json

import httpx
import pytest
from superoffice_email import EMailAgent, ResponseValidationError, SOTicketAuth

WRONG = [{"AccountId": "seven", "AssociateName": "A", "AssociateId": 1}]


def agent(*, validate: bool = True) -> EMailAgent:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=json.dumps(WRONG).encode(), headers={"Content-Type": "application/json"}
        )

    return EMailAgent(
        "https://crm.example.com",
        auth=SOTicketAuth("7T:x"),
        transport=httpx.MockTransport(answer),
        validate_responses=validate,
    )


def test_validation_is_on_by_default() -> None:
    with agent() as client, pytest.raises(ResponseValidationError) as info:
        client.get_ready_sync_email_accounts()
    assert info.value.path == "[0].AccountId"
    assert info.value.operation == "GetReadySyncEmailAccounts"


def test_validation_can_be_turned_off() -> None:
    with agent(validate=False) as client:
        accounts = client.get_ready_sync_email_accounts()
    assert accounts is not None
    kept: object = accounts[0].account_id
    assert kept == "seven"  # kept as the generated parser left it
