"""Checking the JWT that PartnerSystemUser/Authenticate returns, and taking the ticket out of it.

The token is trusted only after its RS256 signature verifies against SuperOffice's published
keys (JWKS, cached; fetched again once when a token names an unknown key id), its issuer is
``SuperOffice AS``, its audience is ``spn:`` + its serial claim, and it has not expired.
Error messages name the failed check and never contain the token or the ticket.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import httpx

from .errors import SystemUserAuthError

logger = logging.getLogger(__name__)

ISSUER = "SuperOffice AS"
SERIAL_CLAIM = "http://schemes.superoffice.net/identity/serial"
TICKET_CLAIM = "http://schemes.superoffice.net/identity/ticket"


class JwksCache:
    """SuperOffice's signing keys by key id, fetched with ``get`` (the caller's HTTP client)."""

    def __init__(self, url: str, get: Callable[[str], httpx.Response]) -> None:
        self._url = url
        self._get = get
        self._lock = threading.Lock()
        self._keys: dict[str | None, Any] = {}

    def key_for(self, kid: str | None) -> Any:
        with self._lock:
            if kid not in self._keys:
                self._keys = self._fetch()
            key = self._keys.get(kid)
            if key is None and kid is None and len(self._keys) == 1:
                key = next(iter(self._keys.values()))
        if key is None:
            raise SystemUserAuthError(
                f"the JWT names signing key {kid!r}, which SuperOffice's JWKS does not publish",
                reason="signature",
            )
        return key

    def _fetch(self) -> dict[str | None, Any]:
        import jwt

        try:
            response = self._get(self._url)
        except httpx.HTTPError as exc:
            raise SystemUserAuthError(
                f"could not fetch SuperOffice's signing keys from {self._url}: {type(exc).__name__}",
                reason="transport",
            ) from exc
        if response.status_code != 200:
            raise SystemUserAuthError(
                f"SuperOffice's signing keys ({self._url}) answered HTTP {response.status_code}",
                reason="response",
            )
        try:
            key_set = jwt.PyJWKSet.from_dict(response.json())
        except (ValueError, jwt.PyJWTError) as exc:
            raise SystemUserAuthError(
                f"SuperOffice's signing keys ({self._url}) are not a usable JWKS", reason="response"
            ) from exc
        logger.debug("fetched %d signing key(s) from %s", len(key_set.keys), self._url)
        return {k.key_id: k.key for k in key_set.keys}


def ticket_from_jwt(token: str, keys: JwksCache, *, leeway: float) -> str:
    """Validate ``token`` and return its ticket claim; :class:`SystemUserAuthError` otherwise."""
    import jwt

    try:
        header = jwt.get_unverified_header(token)
        unverified = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise SystemUserAuthError("the returned token is not a well-formed JWT", reason="token") from None
    if header.get("alg") != "RS256":
        raise SystemUserAuthError(
            f"the JWT is signed with {header.get('alg')!r}, expected RS256", reason="signature"
        )
    serial = unverified.get(SERIAL_CLAIM)
    if not isinstance(serial, str) or not serial:
        raise SystemUserAuthError(f"the JWT lacks the claim {SERIAL_CLAIM}", reason="claim")
    audience = f"spn:{serial}"
    key = keys.key_for(header.get("kid"))
    try:
        claims = jwt.decode(
            token,
            key=key,
            algorithms=["RS256"],
            issuer=ISSUER,
            audience=audience,
            leeway=leeway,
            options={"require": ["exp", "iss", "aud"]},
        )
    except jwt.InvalidSignatureError:
        raise SystemUserAuthError(
            "the JWT signature does not verify against SuperOffice's signing keys", reason="signature"
        ) from None
    except jwt.ExpiredSignatureError:
        raise SystemUserAuthError(
            "the JWT has expired (check this machine's clock)", reason="expired"
        ) from None
    except jwt.InvalidIssuerError:
        raise SystemUserAuthError(
            f"the JWT issuer is {unverified.get('iss')!r}, expected {ISSUER!r}", reason="issuer"
        ) from None
    except jwt.InvalidAudienceError:
        raise SystemUserAuthError(
            f"the JWT audience is {unverified.get('aud')!r}, expected {audience!r}", reason="audience"
        ) from None
    except jwt.MissingRequiredClaimError as exc:
        raise SystemUserAuthError(f"the JWT lacks the claim {exc.claim!r}", reason="claim") from None
    except jwt.PyJWTError as exc:
        raise SystemUserAuthError(
            f"the JWT is not acceptable: {type(exc).__name__}", reason="token"
        ) from None
    ticket = claims.get(TICKET_CLAIM)
    if not isinstance(ticket, str) or not ticket.strip():
        raise SystemUserAuthError(f"the JWT lacks the ticket claim {TICKET_CLAIM}", reason="claim")
    return ticket
