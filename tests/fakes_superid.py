"""Loopback fakes of SuperOffice Online for the server-to-server tests.

One :class:`FakeSuperOffice` is a real HTTP server on 127.0.0.1 that plays SuperID
(PartnerSystemUser/Authenticate, the JWKS, the OAuth token endpoint), the tenant state endpoint and
the EMail agent API. It checks what a real server would check (the signed system token's RSA
signature against the app's public key and its time stamp, the application token, the tenant)
and counts what it was asked, so tests can assert on the server's view.
"""

from __future__ import annotations

import base64
import datetime
import functools
import json
import secrets
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

TENANT = "Cust12345"
SERIAL = "9876543"
SERIAL_CLAIM = "http://schemes.superoffice.net/identity/serial"
TICKET_CLAIM = "http://schemes.superoffice.net/identity/ticket"
AUTHENTICATE = "/Login/api/PartnerSystemUser/Authenticate"
JWKS = "/login/.well-known/jwks"
TOKENS = "/login/common/oauth/tokens"


class _Server(ThreadingHTTPServer):
    request_queue_size = 256  # 100 clients connect at once in the concurrency tests
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client closing a kept-alive connection at shutdown is not a failure worth a traceback.
        error = sys.exc_info()[1]
        if not isinstance(error, ConnectionError):
            super().handle_error(request, client_address)


def unused_url() -> str:
    """An http URL on a loopback port where nothing listens (bound, then closed)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@functools.cache
def _shared_signing_key() -> rsa.RSAPrivateKey:
    """SuperOffice's signing key: made once per test run (tests that rotate it make a new one)."""
    return new_rsa_key()


def new_rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def pem_of(key: rsa.RSAPrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode("ascii")


def xml_of(key: rsa.RSAPrivateKey) -> str:
    """The .NET ``<RSAKeyValue>`` form SuperOffice issues keys in."""
    n = key.private_numbers()

    def b64(value: int) -> str:
        return base64.b64encode(value.to_bytes((value.bit_length() + 7) // 8, "big")).decode("ascii")

    fields = {
        "Modulus": n.public_numbers.n,
        "Exponent": n.public_numbers.e,
        "P": n.p,
        "Q": n.q,
        "DP": n.dmp1,
        "DQ": n.dmq1,
        "InverseQ": n.iqmp,
        "D": n.d,
    }
    inner = "".join(f"<{k}>{b64(v)}</{k}>" for k, v in fields.items())
    return f"<RSAKeyValue>{inner}</RSAKeyValue>"


class FakeSuperOffice:
    """SuperID + tenant state + EMail agent API on one loopback port.

    ``token_mode`` shapes the next JWTs: ok, wrong_issuer, wrong_audience, expired, tampered,
    no_ticket, rejected (IsSuccessful false). ``api_mode``: ok (valid ticket or bearer -> 200),
    always_401, misdirected (421).
    """

    def __init__(
        self,
        *,
        app_public_key: rsa.RSAPublicKey | None = None,
        app_token: str = "",
        system_user_token: str = "",
        tenant: str = TENANT,
    ) -> None:
        self.app_public_key = app_public_key
        self.app_token = app_token
        self.system_user_token = system_user_token
        self.tenant = tenant
        self.signing_key = _shared_signing_key()
        self.kid = "so-signing-1"
        self.token_mode = "ok"
        self.api_mode = "ok"
        self.exchange_delay = 0.0
        self.redirect_to: str | None = None
        self.refresh_delay = 0.0
        self.state: dict[str, Any] = {}
        self.oauth_client = ("client-id", "")
        self.refresh_token = ""
        self.rotated_refresh_token: str | None = None
        self.lock = threading.Lock()
        self.exchanges = 0
        self.exchange_rejections: list[str] = []
        self.jwks_fetches = 0
        self.state_lookups = 0
        self.refreshes = 0
        self.api_calls: list[dict[str, str]] = []
        self.valid_tickets: set[str] = set()
        self.valid_bearers: set[str] = set()
        self.issued_tickets: list[str] = []
        self.issued_jwts: list[str] = []
        self._server = _Server(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def api_base(self) -> str:
        return f"{self.url}/{self.tenant}"

    def start(self) -> FakeSuperOffice:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    # -- SuperID -------------------------------------------------------------------------

    def authenticate(self, body: dict[str, Any]) -> dict[str, Any]:
        with self.lock:
            self.exchanges += 1
        if self.exchange_delay:
            time.sleep(self.exchange_delay)
        problem = self._check_request(body)
        if problem is not None:
            with self.lock:
                self.exchange_rejections.append(problem)
            return {"IsSuccessful": False, "Token": None, "ErrorMessage": problem}
        if self.token_mode == "rejected":
            message = f"System user is disabled for {self.tenant}"
            return {"IsSuccessful": False, "Token": None, "ErrorMessage": message}
        ticket = f"7T:{secrets.token_urlsafe(24)}"
        token = self._jwt_for(ticket)
        with self.lock:
            self.issued_tickets.append(ticket)
            self.issued_jwts.append(token)
            self.valid_tickets.add(ticket)
        return {"IsSuccessful": True, "Token": token, "ErrorMessage": None}

    def _check_request(self, body: dict[str, Any]) -> str | None:
        if body.get("ApplicationToken") != self.app_token:
            return "Unknown application token"
        if body.get("ContextIdentifier") != self.tenant or body.get("ReturnTokenType") != "JWT":
            return "Unknown context identifier or token type"
        signed = body.get("SignedSystemToken")
        if not isinstance(signed, str) or signed.count(".") < 2:
            return "Malformed signed system token"
        payload, signature = signed.rsplit(".", 1)
        system_token, stamp = payload.rsplit(".", 1)
        if system_token != self.system_user_token:
            return "Unknown system user token"
        try:
            when = datetime.datetime.strptime(stamp, "%Y%m%d%H%M").replace(tzinfo=datetime.UTC)
        except ValueError:
            return "Malformed time stamp"
        if abs((datetime.datetime.now(datetime.UTC) - when).total_seconds()) > 300:
            return "Time stamp too far from now"
        assert self.app_public_key is not None
        try:
            self.app_public_key.verify(
                base64.b64decode(signature, validate=True),
                payload.encode("utf-8"),
                padding.PKCS1v15(),
                hashes.SHA256(),
            )
        except Exception:
            return "Signature does not verify"
        return None

    def _jwt_for(self, ticket: str) -> str:
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": "SuperOffice AS",
            "aud": f"spn:{SERIAL}",
            SERIAL_CLAIM: SERIAL,
            TICKET_CLAIM: ticket,
            "iat": now,
            "nbf": now,
            "exp": now + 600,
        }
        mode = self.token_mode
        if mode == "wrong_issuer":
            claims["iss"] = "Evil Corp"
        elif mode == "wrong_audience":
            claims["aud"] = "spn:someone-else"
        elif mode == "expired":
            claims["exp"] = now - 3600
            claims["iat"] = claims["nbf"] = now - 7200
        elif mode == "no_ticket":
            del claims[TICKET_CLAIM]
        if mode == "hs256":  # algorithm confusion: an HMAC "signature" anyone could make
            return jwt.encode(claims, "x" * 32, algorithm="HS256", headers={"kid": self.kid})
        token = jwt.encode(claims, self.signing_key, algorithm="RS256", headers={"kid": self.kid})
        if mode == "tampered":
            header, _, signature = token.split(".")
            claims[TICKET_CLAIM] = "7T:forged"
            forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
            token = f"{header}.{forged}.{signature}"
        return token

    def jwks(self) -> dict[str, Any]:
        with self.lock:
            self.jwks_fetches += 1
        key = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.signing_key.public_key()))
        key.update({"kid": self.kid, "use": "sig", "alg": "RS256"})
        return {"keys": [key]}

    def oauth_tokens(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        with self.lock:
            self.refreshes += 1
        if self.refresh_delay:
            time.sleep(self.refresh_delay)
        client_id, client_secret = self.oauth_client
        if form.get("grant_type") != "refresh_token" or form.get("refresh_token") != self.refresh_token:
            return 400, {"error": "invalid_grant", "error_description": "refresh token is not valid"}
        if form.get("client_id") != client_id or form.get("client_secret") != client_secret:
            return 401, {"error": "invalid_client"}
        access = f"access-{secrets.token_urlsafe(16)}"
        with self.lock:
            self.valid_bearers.add(access)
        answer: dict[str, Any] = {"access_token": access, "token_type": "Bearer", "expires_in": 3600}
        if self.rotated_refresh_token is not None:
            answer["refresh_token"] = self.refresh_token = self.rotated_refresh_token
        return 200, answer

    # -- the API -------------------------------------------------------------------------

    def api(self, headers: dict[str, str]) -> tuple[int, Any]:
        with self.lock:
            self.api_calls.append(headers)
        if self.api_mode == "misdirected":
            return 421, {"Error": True, "ErrorType": "Misdirected", "ErrorMessage": "tenant moved"}
        authorization = headers.get("authorization", "")
        scheme, _, credential = authorization.partition(" ")
        ok = (
            scheme == "SOTicket"
            and credential in self.valid_tickets
            and headers.get("so-apptoken") == self.app_token
        ) or (scheme == "Bearer" and credential in self.valid_bearers)
        if self.api_mode == "always_401" or not ok:
            return 401, {"Error": True, "ErrorType": "SoAuthenticationException", "ErrorMessage": "denied"}
        return 200, []


def _handler_for(fake: FakeSuperOffice) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _body(self) -> bytes:
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else b""

        def _send(self, status: int, payload: Any, location: str | None = None) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            if location is not None:
                self.send_header("Location", location)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self._body()
            if self.path == JWKS:
                self._send(200, fake.jwks())
            elif self.path == f"/api/state/{fake.tenant}":
                with fake.lock:
                    fake.state_lookups += 1
                self._send(200, fake.state)
            else:
                self._send(404, {"Error": True, "ErrorMessage": f"no route {self.path}"})

        def do_POST(self) -> None:
            raw = self._body()
            if self.path == AUTHENTICATE and fake.redirect_to is not None:
                self._send(307, {}, location=fake.redirect_to + AUTHENTICATE)
            elif self.path == AUTHENTICATE:
                self._send(200, fake.authenticate(json.loads(raw)))
            elif self.path == TOKENS:
                from urllib.parse import parse_qsl

                self._send(*fake.oauth_tokens(dict(parse_qsl(raw.decode()))))
            elif self.path.startswith(f"/{fake.tenant}/api/v1/Agents/EMail/"):
                self._send(*fake.api({k.lower(): v for k, v in self.headers.items()}))
            else:
                self._send(404, {"Error": True, "ErrorMessage": f"no route {self.path}"})

    return Handler


@contextmanager
def running(fake: FakeSuperOffice) -> Iterator[FakeSuperOffice]:
    fake.start()
    try:
        yield fake
    finally:
        fake.stop()
