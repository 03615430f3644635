"""Which operations are repeated, when, and after how long.

The replay-safety verdict is pinned for every operation the vendor documents (names copied from
the reference index; nothing is read from outside the repository at test time).
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Iterator

import httpx
import pytest
from superoffice_email import (
    ConnectionFailedError,
    EMailAgent,
    RequestOptions,
    RetryPolicy,
    ServerError,
    SOTicketAuth,
    is_replay_safe,
)
from superoffice_email.retry import parse_retry_after, replay_safety

from tests.loopback import Loopback, Reply, free_port

# Safe to repeat after the request may have reached the server.
REPLAY_SAFE = [
    "Authenticate",
    "AuthenticateIncoming",
    "AuthenticateOutgoing",
    "CacheFolderList",
    "CreateDefaultEMailAccount",
    "CreateDefaultEMailAddress",
    "CreateDefaultEMailAppointment",
    "CreateDefaultEMailAttachment",
    "CreateDefaultEMailConnectionInfo",
    "CreateDefaultEMailConnectionInfoExtended",
    "CreateDefaultEMailCustomHeader",
    "CreateDefaultEMailEntity",
    "CreateDefaultEMailEnvelope",
    "CreateDefaultEMailFolder",
    "CreateDefaultEMailSOInfo",
    "CreateEMailFromDocumentEntity",
    "CreateEMailFromMimeMessage",
    "CreateInlineHtmlHeader",
    "FindAddress",
    "FindContactOrPersonByEmailName",
    "FindContactOrPersonByEmailNameWithLimit",
    "GetAttachment",
    "GetAttachmentFromId",
    "GetAttachmentFromServerIdentifier",
    "GetCurrentAccount",
    "GetCurrentAccountId",
    "GetEMail",
    "GetEMailAccount",
    "GetEMailAccountFromEMailAddress",
    "GetEMailAddresses",
    "GetEMailAsEmlStream",
    "GetEMailAsStream",
    "GetEMailAsStreamFromServerIdentifier",
    "GetEMailEnvelopes",
    "GetEMailEnvelopesFromServerIds",
    "GetEMailFromAttachmentId",
    "GetEMailFromDocumentAttachmentId",
    "GetEMailFromDocumentId",
    "GetEMailFromDocumentIdWithoutAttachmentStream",
    "GetEMailFromId",
    "GetEMailFromServerIdentifier",
    "GetEMailFromTemp",
    "GetEMailSOInfo",
    "GetEmailAppointment",
    "GetEmailAppointmentRecurrence",
    "GetEmailDocumentAsMimeStream",
    "GetEmailMessageIds",
    "GetEmailsAsString",
    "GetExtendedEmailMessageIds",
    "GetFolderEMailCount",
    "GetFolderInfo",
    "GetFolderList",
    "GetMailFromInReplyTo",
    "GetMailFromMessageId",
    "GetParticipantInfoFromEmailAddress",
    "GetPersonEntitiesFromEmailAddress",
    "GetPersonsFromEmailAddress",
    "GetPreviewAttachmentFromDocId",
    "GetPreviewAttachmentFromId",
    "GetReadySyncEmailAccounts",
    "GetUnsanitizedEMail",
    "GetUnsanitizedEMailFromAttachmentId",
    "GetUnsanitizedEMailFromDocumentAttachmentId",
    "GetUnsanitizedEMailFromDocumentId",
    "GetUnsanitizedEMailFromDocumentIdWithoutAttachmentStream",
    "GetUnsanitizedPreviewAttachmentFromDocId",
    "GetUnsanitizedPreviewAttachmentFromId",
    "HasMXRecord",
    "HasNewMail",
    "HasSPFRecord",
    "LatestItemIdByFolder",
    "RefreshFolder",
    "RefreshFolderForAssociate",
    "ResolveEMailRecipients",
    "SyncEmailAccount",
    "SyncEmailAccounts",
    "TestAuthenticate",
]

# Repeated only when the request provably never left (the connection could not be made).
NOT_REPLAY_SAFE = [
    "CreateFolder",
    "CreateForwardEmail",
    "CreateNewPhysicalDocumentFromEmail",
    "CreateNewPhysicalDocumentFromEmailAttachment",
    "Delete",
    "DeleteEMailAccount",
    "DeleteEmails",
    "DeleteExtended",
    "DeleteFolder",
    "DeleteFromServerIdentifier",
    "EmptyFolder",
    "GetFolderHasNewEMail",
    "GetNewMail",
    "MarkAsRead",
    "MarkAsReadFromServerIdentifiers",
    "MarkEmailsAsRead",
    "MoveEmailsToFolder",
    "MoveEmailsToTrash",
    "MoveToFolder",
    "MoveToFolderFromServerIdentifier",
    "RelayMessage",
    "Save",
    "SaveDraft",
    "SaveEMail",
    "SaveEMailAccount",
    "SaveEmailToTmpDocument",
    "SaveToMailServer",
    "Send",
    "SendAndSaveEmailToTmpDocument",
    "SendEMails",
    "SetRepliedAt",
    "SetSubscription",
    "ToggleSubscription",
]

TICKET = "7T:retry-ticket-0123456789"


def test_every_documented_operation_is_classified_once() -> None:
    names = REPLAY_SAFE + NOT_REPLAY_SAFE
    assert len(names) == 110
    assert len(set(names)) == 110


@pytest.mark.parametrize("operation", REPLAY_SAFE)
def test_replay_safe(operation: str) -> None:
    safe, reason = replay_safety(operation)
    assert safe is True
    assert is_replay_safe(operation) is True
    assert reason.strip()


@pytest.mark.parametrize("operation", NOT_REPLAY_SAFE)
def test_not_replay_safe(operation: str) -> None:
    safe, reason = replay_safety(operation)
    assert safe is False
    assert is_replay_safe(operation) is False
    assert reason.strip()


@pytest.mark.parametrize("operation", ["Frobnicate", "", "sync", "XSyncEmailAccount"])
def test_unknown_operations_are_not_replayed(operation: str) -> None:
    assert is_replay_safe(operation) is False


def test_backoff_grows_exponentially_with_jitter_and_is_capped() -> None:
    policy = RetryPolicy(base_delay=0.1, max_delay=0.5)
    rng = random.Random(7)
    for attempt, ceiling in [(1, 0.1), (2, 0.2), (3, 0.4), (4, 0.5), (9, 0.5)]:
        delays = [policy.backoff(attempt, rng) for _ in range(200)]
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len({round(d, 6) for d in delays}) > 50  # jittered, not a fixed value


def test_retry_after_seconds_and_http_date() -> None:
    now = 1_700_000_000.0
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(" 0 ") == 0.0
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert parse_retry_after(date, now=now) == pytest.approx(30.0, abs=1.0)
    past = email.utils.formatdate(now - 30, usegmt=True)
    assert parse_retry_after(past, now=now) == 0.0
    for bad in (None, "", "soon", "-5", "1.5e3"):
        assert parse_retry_after(bad) is None


def test_retry_after_up_to_the_cap_then_no_retry() -> None:
    policy = RetryPolicy(retry_after_cap=10.0, base_delay=0.01, max_delay=0.02)
    assert policy.delay_for(1, "10") == 10.0
    assert policy.delay_for(1, "11") is None
    future = email.utils.formatdate(time.time() + 3600, usegmt=True)
    assert policy.delay_for(1, future) is None
    no_header = policy.delay_for(1, None)
    assert no_header is not None and 0.005 <= no_header <= 0.01


@pytest.mark.parametrize(
    "kwargs",
    [{"max_retries": -1}, {"base_delay": -0.1}, {"max_delay": -1.0}, {"retry_after_cap": -1.0}],
)
def test_negative_settings_are_rejected(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="negative"):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [-1, True, 1.5, "2"])
def test_request_options_reject_bad_max_retries(bad: object) -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RequestOptions(max_retries=bad)  # type: ignore[arg-type]


@pytest.fixture
def server() -> Iterator[Loopback]:
    with Loopback(default=Reply(503, {"ErrorMessage": "busy"})) as srv:
        yield srv


def _agent(base_url: str, **kwargs: object) -> EMailAgent:
    retry = kwargs.pop("retry", RetryPolicy(base_delay=0.01, max_delay=0.02))
    return EMailAgent(base_url, auth=SOTicketAuth(TICKET), retry=retry, timeout=5.0, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("client_retries", "call_retries", "expected_attempts"),
    [(None, None, 3), (0, None, 1), (5, None, 6), (5, 1, 2), (0, 3, 4), (2, 0, 1)],
)
def test_retry_count_per_client_and_per_call(
    server: Loopback, client_retries: int | None, call_retries: int | None, expected_attempts: int
) -> None:
    retry = RetryPolicy(base_delay=0.01, max_delay=0.02)
    if client_retries is not None:
        retry = RetryPolicy(max_retries=client_retries, base_delay=0.01, max_delay=0.02)
    options = RequestOptions(max_retries=call_retries) if call_retries is not None else None
    with _agent(server.base_url, retry=retry) as agent:
        started = time.monotonic()
        with pytest.raises(ServerError) as caught:
            agent.get_ready_sync_email_accounts(options=options)
        assert time.monotonic() - started < 5
    assert server.attempts("GetReadySyncEmailAccounts") == expected_attempts
    assert caught.value.attempts == expected_attempts
    assert caught.value.status == 503


def _invoke_as(agent: EMailAgent, operation: str) -> object:
    """Call the loopback's SyncEmailAccount URL while the policy sees ``operation``'s name.

    The retry decision depends only on the operation name, so this exercises the rule for an
    unsafe operation without needing its generated endpoint.
    """
    from superoffice_email._generated.api.email import sync_email_account as endpoint
    from superoffice_email._generated.models import SyncEmailAccountRequest, SyncUserAccount

    body = SyncEmailAccountRequest(sync_user_account=SyncUserAccount(account_id=1))
    return agent._invoke(operation, endpoint, {"body": body}, None, None)


def test_unsafe_operation_is_not_retried_after_503(server: Loopback) -> None:
    with _agent(server.base_url) as agent, pytest.raises(ServerError):
        _invoke_as(agent, "SendEMails")
    assert server.attempts() == 1


def test_unsafe_operation_is_not_retried_after_a_reset(server: Loopback) -> None:
    from tests.loopback import Reset

    server.default = Reset()
    with _agent(server.base_url) as agent, pytest.raises(ConnectionFailedError):
        _invoke_as(agent, "SendEMails")
    assert server.attempts() == 1


def test_unsafe_operation_is_retried_when_the_connection_was_refused() -> None:
    port = free_port()
    attempts = []

    def count(request: httpx.Request) -> None:
        attempts.append(request.url.path)

    with _agent(f"http://127.0.0.1:{port}") as agent:
        agent._httpx.event_hooks["request"].append(count)
        with pytest.raises(ConnectionFailedError) as caught:
            _invoke_as(agent, "SendEMails")
    assert caught.value.attempts == 3
    assert len(attempts) == 3


def test_safe_operation_is_retried_after_503_then_succeeds(server: Loopback) -> None:
    server.script("SyncEmailAccount", Reply(503), Reply(204))
    with _agent(server.base_url) as agent:
        assert _invoke_as(agent, "SyncEmailAccount") is None
    assert server.attempts() == 2
