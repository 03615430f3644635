"""Typed exceptions: every failure the SDK raises derives from :class:`SuperOfficeError`.

An :class:`ApiError` carries what a caller needs to decide what to do (status, operation, the
parsed SuperOffice error body or the raw text, the response headers) and never a credential:
request headers are not kept, and response headers that could carry one are masked.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

_MASKED_RESPONSE_HEADERS = frozenset(
    {"set-cookie", "authorization", "so-apptoken", "x-xsrf-token", "www-authenticate"}
)
_MAX_TEXT = 2000


class SuperOfficeError(Exception):
    """Base class of every exception raised by this SDK."""


class ConfigurationError(SuperOfficeError, ValueError):
    """Bad construction arguments (empty credential, malformed base URL or tenant id)."""


class TransportError(SuperOfficeError):
    """The request did not produce an HTTP answer."""

    def __init__(self, message: str, *, operation: str | None = None, attempts: int = 1) -> None:
        super().__init__(message)
        self.operation = operation
        self.attempts = attempts


class ConnectionFailedError(TransportError):
    """The connection could not be made or broke before a full answer arrived."""


class RequestTimeoutError(TransportError):
    """Connecting, sending, waiting for or reading the answer took longer than the timeout."""


class ResponseValidationError(SuperOfficeError):
    """A 2xx answer whose body does not fit the operation's documented type."""

    def __init__(self, operation: str, path: str, problem: str, *, status: int | None = None) -> None:
        super().__init__(f"{operation}: response {path or '<body>'}: {problem}")
        self.operation = operation
        self.path = path
        self.problem = problem
        self.status = status


class ResponseHeaders(Mapping[str, str]):
    """An answer's headers, looked up without regard to case (``error.headers["Retry-After"]``)."""

    def __init__(self, headers: Mapping[str, str] | None = None) -> None:
        self._items = {k.lower(): v for k, v in (headers or {}).items()}

    def __getitem__(self, key: str) -> str:
        return self._items[key.lower()]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"ResponseHeaders({self._items!r})"


def _masked_headers(headers: Mapping[str, str] | None) -> ResponseHeaders:
    if not headers:
        return ResponseHeaders()
    return ResponseHeaders(
        {k: ("***" if k.lower() in _MASKED_RESPONSE_HEADERS else v) for k, v in headers.items()}
    )


class ApiError(SuperOfficeError):
    """The server answered with a non-2xx status."""

    status_hint: ClassVar[str] = ""

    def __init__(
        self,
        status: int,
        operation: str,
        *,
        text: str = "",
        headers: Mapping[str, str] | None = None,
        attempts: int = 1,
    ) -> None:
        self.status = status
        self.operation = operation
        self.text = text[:_MAX_TEXT]
        self.headers = _masked_headers(headers)
        self.attempts = attempts
        body = _parse_error_body(text)
        self.body: dict[str, Any] | None = body
        self.error_type: str | None = _str_or_none(body, "ErrorType")
        self.error_message: str | None = _str_or_none(body, "ErrorMessage")
        self.error_source: str | None = _str_or_none(body, "ErrorSource")
        super().__init__(self._message())

    def _message(self) -> str:
        detail = ""
        if self.error_type or self.error_message:
            detail = ": " + " - ".join(x for x in (self.error_type, self.error_message) if x)
        elif self.text.strip():
            detail = ": " + " ".join(self.text.split())[:200]
        hint = f" ({self.status_hint})" if self.status_hint else ""
        return f"{self.operation} failed with HTTP {self.status}{detail}{hint}"

    @property
    def retry_after(self) -> str | None:
        """The raw Retry-After header, when the server sent one."""
        return self.headers.get("retry-after")


class BadRequestError(ApiError):
    """400: the server rejected the request's content."""


class AuthenticationError(ApiError):
    """401: missing, expired or invalid credentials."""

    status_hint = "check the ticket, token or password, and the SO-AppToken"


class PermissionDeniedError(ApiError):
    """403: the caller may not use this operation."""

    status_hint = (
        "in SuperOffice Online the EMail agent is restricted: "
        "the app must have been granted it at registration"
    )


class EMailAgentNotEnabledError(PermissionDeniedError):
    """403 whose message says the EMail agent is not enabled for this app or tenant."""


class NotFoundError(ApiError):
    """404: the item named by the request does not exist."""


class ConflictError(ApiError):
    """409: the request conflicts with the item's current state."""


class TenantMovedError(ApiError):
    """421: the tenant now lives on another host."""

    status_hint = (
        "the tenant has moved to another host: look its API address up again (tenant state endpoint)"
    )


class UnprocessableEntityError(ApiError):
    """422: the body was well-formed but not acceptable."""


class RateLimitedError(ApiError):
    """429: too many requests; see :attr:`retry_after`."""


class ServerError(ApiError):
    """5xx: the server failed."""


class SystemUserAuthError(SuperOfficeError):
    """Getting a system user ticket failed; ``reason`` says which step (messages carry no secret).

    Reasons: ``rejected`` (IsSuccessful false), ``signature``, ``issuer``, ``audience``, ``expired``,
    ``claim`` (a needed claim is missing), ``token`` (any other JWT problem), ``response`` (an
    answer that is not the documented JSON), ``transport`` (no answer).
    """

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class TokenRefreshError(SuperOfficeError):
    """Refreshing an OpenID Connect access token failed (no secret in the message)."""


class TenantLookupError(SuperOfficeError):
    """The tenant state endpoint did not give a usable API address for the tenant."""


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    421: TenantMovedError,
    422: UnprocessableEntityError,
    429: RateLimitedError,
}


def api_error_for(
    status: int, operation: str, text: str, headers: Mapping[str, str] | None = None, *, attempts: int = 1
) -> ApiError:
    """Build the most specific :class:`ApiError` subclass for a status and body."""
    cls = _BY_STATUS.get(status)
    if cls is None:
        cls = ServerError if status >= 500 else ApiError
    if cls is PermissionDeniedError and _mentions_agent_not_enabled(text):
        cls = EMailAgentNotEnabledError
    return cls(status, operation, text=text, headers=headers, attempts=attempts)


def _mentions_agent_not_enabled(text: str) -> bool:
    lowered = text.lower()
    return (
        ("email" in lowered or "e-mail" in lowered)
        and ("agent" in lowered)
        and ("not enabled" in lowered or "not available" in lowered or "restricted" in lowered)
    )


def _parse_error_body(text: str) -> dict[str, Any] | None:
    if not text or text.lstrip()[:1] != "{":
        return None
    try:
        parsed = json.loads(text)
    except ValueError:
        return None
    if isinstance(parsed, dict) and any(
        k in parsed for k in ("Error", "ErrorType", "ErrorMessage", "ErrorSource")
    ):
        return parsed
    return None


def _str_or_none(body: dict[str, Any] | None, key: str) -> str | None:
    if body is None:
        return None
    value = body.get(key)
    return value if isinstance(value, str) else None
