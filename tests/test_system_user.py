"""System user flow against a loopback SuperID that verifies the signed token and issues real JWTs."""

from __future__ import annotations

import asyncio
import base64
import datetime
import logging
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from superoffice_email import (
    AsyncEMailAgent,
    AuthenticationError,
    ConfigurationError,
    EMailAgent,
    InMemoryTicketStore,
    StoredTicket,
    SystemUserAuth,
    SystemUserAuthError,
    TicketStore,
)
from superoffice_email._rsa import load_private_key, require_crypto, signed_system_token

from tests.fakes_superid import TENANT, FakeSuperOffice, new_rsa_key, pem_of, running, unused_url, xml_of

APP_TOKEN = "app-secret-5f1c9e0d7b"
SYSTEM_TOKEN = "MyApp-sysuser-8c2d4a61"


@pytest.fixture(scope="module")
def app_key() -> rsa.RSAPrivateKey:
    return new_rsa_key()


@pytest.fixture
def fake(app_key: rsa.RSAPrivateKey) -> Iterator[FakeSuperOffice]:
    server = FakeSuperOffice(
        app_public_key=app_key.public_key(), app_token=APP_TOKEN, system_user_token=SYSTEM_TOKEN
    )
    with running(server):
        yield server


def make_auth(fake: FakeSuperOffice, key: Any, **kwargs: Any) -> SystemUserAuth:
    kwargs.setdefault("store", InMemoryTicketStore())
    return SystemUserAuth(
        application_token=APP_TOKEN,
        private_key=key,
        system_user_token=SYSTEM_TOKEN,
        tenant=TENANT,
        environment="sod",
        login_url=fake.url,
        **kwargs,
    )


@pytest.fixture
def auth(fake: FakeSuperOffice, app_key: rsa.RSAPrivateKey) -> Iterator[SystemUserAuth]:
    with make_auth(fake, pem_of(app_key)) as value:
        yield value


def credential_headers(headers: dict[str, str]) -> dict[str, str]:
    names = ("authorization", "so-apptoken", "x-xsrf-token", "cookie")
    return {k: v for k, v in headers.items() if k in names}


# -- happy path ----------------------------------------------------------------------------


def test_happy_path_sends_exactly_soticket_and_app_token(fake: FakeSuperOffice, auth: SystemUserAuth) -> None:
    with EMailAgent(fake.api_base, auth=auth) as agent:
        assert agent.get_ready_sync_email_accounts() == []
        assert agent.get_ready_sync_email_accounts() == []
    assert fake.exchange_rejections == []
    assert fake.exchanges == 1  # the second call reused the cached ticket
    assert fake.jwks_fetches == 1
    (ticket,) = fake.issued_tickets
    for headers in fake.api_calls:
        expected = {"authorization": f"SOTicket {ticket}", "so-apptoken": APP_TOKEN}
        assert credential_headers(headers) == expected
    assert auth.mint_count == 1


def test_rsa_xml_key_form_signs_what_the_server_verifies(
    fake: FakeSuperOffice, app_key: rsa.RSAPrivateKey
) -> None:
    with make_auth(fake, xml_of(app_key)) as auth, EMailAgent(fake.api_base, auth=auth) as agent:
        assert agent.get_ready_sync_email_accounts() == []
    assert fake.exchange_rejections == []
    assert fake.exchanges == 1


def test_xml_and_pem_load_the_same_key(app_key: rsa.RSAPrivateKey) -> None:
    from_xml = load_private_key(xml_of(app_key))
    from_pem = load_private_key(pem_of(app_key).encode())
    assert from_xml.private_numbers() == app_key.private_numbers() == from_pem.private_numbers()


def test_signed_system_token_format_and_signature(app_key: rsa.RSAPrivateKey) -> None:
    when = datetime.datetime(2026, 3, 4, 5, 6, 59, tzinfo=datetime.UTC)
    signed = signed_system_token(app_key, "MyApp-abc", when)
    payload, signature = signed.rsplit(".", 1)
    assert payload == "MyApp-abc.202603040506"
    app_key.public_key().verify(
        base64.b64decode(signature), payload.encode(), padding.PKCS1v15(), hashes.SHA256()
    )


def test_server_rejects_a_token_signed_with_another_key(fake: FakeSuperOffice) -> None:
    with (
        make_auth(fake, pem_of(new_rsa_key())) as auth,
        EMailAgent(fake.api_base, auth=auth) as agent,
        pytest.raises(SystemUserAuthError, match="Signature does not verify") as caught,
    ):
        agent.get_ready_sync_email_accounts()
    assert caught.value.reason == "rejected"
    assert fake.exchange_rejections == ["Signature does not verify"]
    assert fake.api_calls == []


# -- every failed check is a typed error ----------------------------------------------------


@pytest.mark.parametrize(
    ("mode", "reason", "message"),
    [
        ("tampered", "signature", "signature does not verify"),
        ("hs256", "signature", "signed with 'HS256', expected RS256"),
        ("wrong_issuer", "issuer", "issuer is 'Evil Corp', expected 'SuperOffice AS'"),
        ("wrong_audience", "audience", "audience is 'spn:someone-else', expected 'spn:9876543'"),
        ("expired", "expired", "has expired"),
        ("no_ticket", "claim", "lacks the ticket claim"),
        ("rejected", "rejected", "System user is disabled for Cust12345"),
    ],
)
def test_bad_answers_raise_typed_errors(
    fake: FakeSuperOffice, auth: SystemUserAuth, mode: str, reason: str, message: str
) -> None:
    fake.token_mode = mode
    with EMailAgent(fake.api_base, auth=auth) as agent, pytest.raises(SystemUserAuthError) as caught:
        agent.get_ready_sync_email_accounts()
    assert caught.value.reason == reason
    assert message in str(caught.value)
    assert fake.api_calls == []  # no request went out with an unchecked ticket
    for secret in [APP_TOKEN, SYSTEM_TOKEN, *fake.issued_jwts, *fake.issued_tickets]:
        assert secret not in str(caught.value)


def test_unreachable_login_is_a_transport_error(app_key: rsa.RSAPrivateKey, fake: FakeSuperOffice) -> None:
    url = unused_url()
    auth = SystemUserAuth(
        application_token=APP_TOKEN,
        private_key=pem_of(app_key),
        system_user_token=SYSTEM_TOKEN,
        tenant=TENANT,
        login_url=url,
        store=InMemoryTicketStore(),
        timeout=5,
    )
    with EMailAgent(fake.api_base, auth=auth) as agent, pytest.raises(SystemUserAuthError) as caught:
        agent.get_ready_sync_email_accounts()
    assert caught.value.reason == "transport"
    assert "ConnectError" in str(caught.value)


def test_login_redirect_is_not_followed(fake: FakeSuperOffice, app_key: rsa.RSAPrivateKey) -> None:
    with running(
        FakeSuperOffice(
            app_public_key=app_key.public_key(), app_token=APP_TOKEN, system_user_token=SYSTEM_TOKEN
        )
    ) as elsewhere:
        fake.redirect_to = elsewhere.url
        with (
            make_auth(fake, pem_of(app_key)) as auth,
            EMailAgent(fake.api_base, auth=auth) as agent,
            pytest.raises(SystemUserAuthError, match="HTTP 307") as caught,
        ):
            agent.get_ready_sync_email_accounts()
    assert caught.value.reason == "response"
    assert elsewhere.exchanges == 0  # the signed token and the app token stayed with the login host


def test_unknown_key_id_fetches_the_jwks_once_more(fake: FakeSuperOffice, auth: SystemUserAuth) -> None:
    with EMailAgent(fake.api_base, auth=auth) as agent:
        agent.get_ready_sync_email_accounts()
        fake.signing_key, fake.kid = new_rsa_key(), "so-signing-2"  # SuperOffice rotates its key
        auth.invalidate()
        agent.get_ready_sync_email_accounts()
    assert fake.exchanges == 2
    assert fake.jwks_fetches == 2


def test_bad_private_keys_are_configuration_errors(app_key: rsa.RSAPrivateKey, fake: FakeSuperOffice) -> None:
    xml = xml_of(app_key)
    damaged = xml.replace("<D>", "<Nope>").replace("</D>", "</Nope>")
    pem = pem_of(app_key)
    for key, expected in [
        ("", "empty"),
        ("not a key", "neither PEM"),
        (damaged, "lacks <D>"),
        (pem[:200], "neither PEM"),
        ("<RSAKeyValue><Modulus>", "does not parse"),
    ]:
        with pytest.raises(ConfigurationError, match=expected) as caught:
            make_auth(fake, key)
        assert "MII" not in str(caught.value)


def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jwt", None)
    with pytest.raises(ImportError, match=r"superoffice-email\[crypto\]"):
        require_crypto()


# -- single flight --------------------------------------------------------------------------


def test_100_threads_cause_one_exchange(fake: FakeSuperOffice, auth: SystemUserAuth) -> None:
    fake.exchange_delay = 0.3
    barrier = threading.Barrier(100)
    results: list[Any] = []
    with EMailAgent(fake.api_base, auth=auth) as agent:

        def worker() -> None:
            barrier.wait(timeout=10)
            results.append(agent.get_ready_sync_email_accounts())

        threads = [threading.Thread(target=worker) for _ in range(100)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
    assert results == [[]] * 100
    assert fake.exchanges == 1
    assert len(fake.api_calls) == 100


async def test_100_tasks_cause_one_exchange(fake: FakeSuperOffice, auth: SystemUserAuth) -> None:
    fake.exchange_delay = 0.3
    async with AsyncEMailAgent(fake.api_base, auth=auth) as agent:
        results = await asyncio.wait_for(
            asyncio.gather(*(agent.get_ready_sync_email_accounts() for _ in range(100))), 30
        )
    assert results == [[]] * 100
    assert fake.exchanges == 1
    assert len(fake.api_calls) == 100


def test_threads_and_tasks_together_cause_one_exchange(fake: FakeSuperOffice, auth: SystemUserAuth) -> None:
    fake.exchange_delay = 0.3
    barrier = threading.Barrier(20)

    async def tasks() -> list[Any]:
        async with AsyncEMailAgent(fake.api_base, auth=auth) as agent:
            barrier.wait(timeout=10)
            return list(await asyncio.gather(*(agent.get_ready_sync_email_accounts() for _ in range(10))))

    results: list[Any] = []
    with EMailAgent(fake.api_base, auth=auth) as agent:

        def sync_worker() -> None:
            barrier.wait(timeout=10)
            results.append(agent.get_ready_sync_email_accounts())

        def loop_worker() -> None:
            results.extend(asyncio.run(tasks()))

        threads = [threading.Thread(target=sync_worker) for _ in range(10)]
        threads += [threading.Thread(target=loop_worker) for _ in range(10)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
    assert len(results) == 110
    assert fake.exchanges == 1


# -- 401: mint once, repeat once ------------------------------------------------------------


def test_401_mints_once_and_repeats_once(fake: FakeSuperOffice, auth: SystemUserAuth) -> None:
    with EMailAgent(fake.api_base, auth=auth) as agent:
        agent.get_ready_sync_email_accounts()
        fake.valid_tickets.clear()  # the server forgot the ticket (e.g. it expired there)
        assert agent.get_ready_sync_email_accounts() == []
    assert fake.exchanges == 2
    assert len(fake.api_calls) == 3
    first, second = fake.issued_tickets
    assert [h["authorization"] for h in fake.api_calls] == [f"SOTicket {first}"] * 2 + [f"SOTicket {second}"]


async def test_401_mints_once_and_repeats_once_async(fake: FakeSuperOffice, auth: SystemUserAuth) -> None:
    async with AsyncEMailAgent(fake.api_base, auth=auth) as agent:
        await agent.get_ready_sync_email_accounts()
        fake.valid_tickets.clear()
        assert await agent.get_ready_sync_email_accounts() == []
    assert fake.exchanges == 2
    assert len(fake.api_calls) == 3


def test_two_401s_raise_after_one_remint(fake: FakeSuperOffice, auth: SystemUserAuth) -> None:
    fake.api_mode = "always_401"
    with EMailAgent(fake.api_base, auth=auth) as agent, pytest.raises(AuthenticationError) as caught:
        agent.get_ready_sync_email_accounts()
    assert caught.value.status == 401
    assert fake.exchanges == 2
    assert len(fake.api_calls) == 2


async def test_two_401s_raise_after_one_remint_async(fake: FakeSuperOffice, auth: SystemUserAuth) -> None:
    fake.api_mode = "always_401"
    async with AsyncEMailAgent(fake.api_base, auth=auth) as agent:
        with pytest.raises(AuthenticationError):
            await agent.get_ready_sync_email_accounts()
    assert fake.exchanges == 2
    assert len(fake.api_calls) == 2


def test_concurrent_401s_remint_once(fake: FakeSuperOffice, auth: SystemUserAuth) -> None:
    with EMailAgent(fake.api_base, auth=auth) as agent:
        agent.get_ready_sync_email_accounts()
        fake.valid_tickets.clear()
        fake.exchange_delay = 0.3
        barrier = threading.Barrier(30)
        results: list[Any] = []

        def worker() -> None:
            barrier.wait(timeout=10)
            results.append(agent.get_ready_sync_email_accounts())

        threads = [threading.Thread(target=worker) for _ in range(30)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
    assert results == [[]] * 30
    assert fake.exchanges == 2


# -- the ticket store ------------------------------------------------------------------------


def test_two_agents_sharing_a_store_mint_once(fake: FakeSuperOffice, app_key: rsa.RSAPrivateKey) -> None:
    store = InMemoryTicketStore()
    assert isinstance(store, TicketStore)
    with (
        make_auth(fake, pem_of(app_key), store=store) as first,
        make_auth(fake, xml_of(app_key), store=store) as second,
        EMailAgent(fake.api_base, auth=first) as one,
        EMailAgent(fake.api_base, auth=second) as two,
    ):
        one.get_ready_sync_email_accounts()
        two.get_ready_sync_email_accounts()
    assert fake.exchanges == 1
    assert first.mint_count + second.mint_count == 1
    assert fake.api_calls[0]["authorization"] == fake.api_calls[1]["authorization"]


def test_expired_ticket_in_store_is_replaced(fake: FakeSuperOffice, app_key: rsa.RSAPrivateKey) -> None:
    store = InMemoryTicketStore()
    store.set("unrelated", StoredTicket("x", time.time() + 99))
    with make_auth(fake, pem_of(app_key), store=store) as own, EMailAgent(fake.api_base, auth=own) as agent:
        store.set(own.store_key, StoredTicket("7T:stale", time.time() - 1))
        agent.get_ready_sync_email_accounts()
    assert fake.exchanges == 1
    assert fake.api_calls[0]["authorization"] == f"SOTicket {fake.issued_tickets[0]}"


def test_use_slides_the_expiry(fake: FakeSuperOffice, app_key: rsa.RSAPrivateKey) -> None:
    store = InMemoryTicketStore()
    with make_auth(fake, pem_of(app_key), store=store) as own, EMailAgent(fake.api_base, auth=own) as agent:
        agent.get_ready_sync_email_accounts()
        ticket = fake.issued_tickets[0]
        store.set(own.store_key, StoredTicket(ticket, time.time() + 120))  # about to run out
        agent.get_ready_sync_email_accounts()
        renewed = store.get(own.store_key)
    assert renewed is not None and renewed.ticket == ticket
    assert renewed.expires_at > time.time() + 5 * 3600  # six hours minus the margin, from now
    assert fake.exchanges == 1


def test_invalidate_only_removes_the_named_ticket() -> None:
    store = InMemoryTicketStore()
    store.set("k", StoredTicket("new", time.time() + 60))
    store.invalidate("k", "old")
    assert store.get("k") is not None
    store.invalidate("k", "new")
    assert store.get("k") is None


# -- secrets stay secret ---------------------------------------------------------------------


async def test_no_secret_in_logs_reprs_or_errors(
    fake: FakeSuperOffice, app_key: rsa.RSAPrivateKey, caplog: pytest.LogCaptureFixture
) -> None:
    for name in ("httpx", "httpcore", "superoffice_email"):
        caplog.set_level(logging.DEBUG, logger=name)
    xml = xml_of(app_key)
    pem = pem_of(app_key)
    store = InMemoryTicketStore()
    texts: list[str] = []
    with make_auth(fake, xml, store=store) as auth:
        with EMailAgent(fake.api_base, auth=auth) as agent:
            agent.get_ready_sync_email_accounts()
            fake.valid_tickets.clear()
            agent.get_ready_sync_email_accounts()  # 401, re-mint, repeat
            texts += [repr(agent), str(agent)]
        async with AsyncEMailAgent(fake.api_base, auth=auth) as async_agent:
            await async_agent.get_ready_sync_email_accounts()
        fake.api_mode = "always_401"
        with EMailAgent(fake.api_base, auth=auth) as agent, pytest.raises(AuthenticationError) as denied:
            agent.get_ready_sync_email_accounts()
        fake.token_mode = "wrong_audience"
        auth.invalidate()
        with EMailAgent(fake.api_base, auth=auth) as agent, pytest.raises(SystemUserAuthError) as refused:
            agent.get_ready_sync_email_accounts()
        texts += [repr(auth), str(auth), repr(store), repr(store.get(auth.store_key))]
    texts += [str(denied.value), repr(denied.value), str(refused.value), repr(refused.value)]
    texts += [record.getMessage() for record in caplog.records]
    texts += [repr(record.args) for record in caplog.records]
    assert len(fake.issued_tickets) >= 3 and caplog.records
    numbers = app_key.private_numbers()
    d_b64 = base64.b64encode(numbers.d.to_bytes((numbers.d.bit_length() + 7) // 8, "big")).decode()
    secrets = [APP_TOKEN, SYSTEM_TOKEN, pem.splitlines()[1], d_b64[:40]]
    secrets += [*fake.issued_tickets, *fake.issued_jwts]
    secrets += [t.split(":", 1)[1] for t in fake.issued_tickets]
    blob = "\n".join(texts)
    for secret in secrets:
        assert secret not in blob
