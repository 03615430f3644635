"""What the sync and async agents share: configuration, building the httpx clients, and the
per-attempt verdict (return, raise, or retry after a delay). Only the loops differ between
:mod:`.agent`'s two classes, because one sleeps and the other awaits."""

from __future__ import annotations

import json
import logging
from typing import Any, Required, Self, TypedDict

import attrs
import httpx

from . import errors, validation
from .base_url import online_base_url, onsite_base_url
from .options import DEFAULT_TIMEOUT, RequestOptions, TimeoutLike, as_timeout
from .retry import RETRY_STATUSES, RetryPolicy, is_replay_safe
from .tenant import TenantResolver
from .throttle import DEFAULT_SYNC_CONCURRENCY, SyncThrottle
from .transport import CREDENTIAL_HEADERS, AsyncPolicyTransport, CallContext, PolicyTransport

logger = logging.getLogger("superoffice_email")

USER_AGENT = "superoffice-email-python/0.1"


class AgentSettings(TypedDict, total=False):
    """Keyword arguments every agent constructor accepts (see :class:`AgentCore`)."""

    auth: Required[httpx.Auth]
    options: RequestOptions | None
    language: str | None
    culture: str | None
    time_zone: str | None
    timeout: TimeoutLike
    retry: RetryPolicy | None
    sync_concurrency: int
    throttle: SyncThrottle | None
    follow_redirects: bool
    tenant_resolver: TenantResolver | None
    validate_responses: bool


@attrs.frozen
class Prepared:
    """One call's arguments for the generated endpoint, and its transport settings."""

    kwargs: dict[str, Any]
    timeout: dict[str, float | None] | None
    max_retries: int


@attrs.frozen
class Verdict:
    """What to do after one attempt: exactly one of ``value`` (done), ``error`` or ``delay`` applies."""

    value: Any = None
    error: errors.SuperOfficeError | None = None
    delay: float | None = None


class AgentCore:
    """Configuration and decisions shared by :class:`EMailAgent` and :class:`AsyncEMailAgent`."""

    # Set by the subclasses, which build the blocking or the async flavour.
    _policy: PolicyTransport | AsyncPolicyTransport
    _httpx: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        base_url: str,
        *,
        auth: httpx.Auth,
        options: RequestOptions | None = None,
        language: str | None = None,
        culture: str | None = None,
        time_zone: str | None = None,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        sync_concurrency: int = DEFAULT_SYNC_CONCURRENCY,
        throttle: SyncThrottle | None = None,
        follow_redirects: bool = False,
        tenant_resolver: TenantResolver | None = None,
        validate_responses: bool = True,
    ) -> None:
        self.base_url = onsite_base_url(base_url)
        if not isinstance(auth, httpx.Auth):
            raise errors.ConfigurationError(
                "auth must be an httpx.Auth, e.g. SOTicketAuth(ticket, app_token=...) "
                "or BasicAuth(user, password)"
            )
        self.auth = auth
        defaults = RequestOptions(language=language, culture=culture, time_zone=time_zone)
        self.defaults = defaults.merged(options)
        self.timeout = as_timeout(timeout)
        self.retry = retry if retry is not None else RetryPolicy()
        if throttle is not None and not isinstance(throttle, SyncThrottle):
            raise errors.ConfigurationError(f"throttle must be a SyncThrottle, not {type(throttle).__name__}")
        self.throttle = throttle if throttle is not None else SyncThrottle(sync_concurrency)
        """Bounds this agent's Sync* calls in flight; pass one ``throttle=`` to several agents
        (for example a blocking and an async one) to share a single limit between them."""
        self.follow_redirects = bool(follow_redirects)
        self.tenant_resolver = tenant_resolver
        """Asked for the tenant's current host when a call answers 421 (once per call)."""
        self.validate_responses = bool(validate_responses)
        """Check every 2xx answer against its documented type (:mod:`.validation`). Turning it off
        saves roughly a third of the parse time of very large answers; a body of the wrong shape then
        comes back as the generated parser left it instead of as a ResponseValidationError."""

    @classmethod
    def online(cls, environment: str, tenant: str, **kwargs: Any) -> Self:
        """Client for an Online tenant: ``environment`` is sod, stage or online; ``tenant`` like Cust12345."""
        return cls(online_base_url(environment, tenant), **kwargs)

    @classmethod
    def onsite(cls, url: str, **kwargs: Any) -> Self:
        """Client for an onsite installation at ``url`` (``https://host[/path]``)."""
        return cls(url, **kwargs)

    def moved_tenant(self, verdict: Verdict) -> TenantResolver | None:
        """The resolver to ask when ``verdict`` is a 421 that a fresh host look-up may cure."""
        return self.tenant_resolver if isinstance(verdict.error, errors.TenantMovedError) else None

    def _move_to(self, base_url: str) -> None:
        """Send this and later calls to the tenant's new host, credentials included."""
        self._policy.rebase(base_url)
        self._httpx.base_url = base_url
        self.base_url = base_url

    def client_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "auth": self.auth,
            "timeout": self.timeout,
            "follow_redirects": self.follow_redirects,
            "headers": {"Accept": "application/json", "User-Agent": USER_AGENT},
        }

    def prepare(self, kwargs: dict[str, Any], select: str | None, options: RequestOptions | None) -> Prepared:
        opts = self.defaults if options is None else self.defaults.merged(options)
        call_kwargs = {**kwargs, **opts.header_kwargs()}
        if select is not None:
            if not isinstance(select, str) or any(c in select for c in "\r\n"):
                raise ValueError(f"select must be a comma separated string, not {select!r}")
            call_kwargs["select"] = select
        timeout = as_timeout(opts.timeout).as_dict() if opts.timeout is not None else None
        retries = opts.max_retries if opts.max_retries is not None else self.retry.max_retries
        return Prepared(call_kwargs, timeout, retries)

    def judge(
        self,
        operation: str,
        attempt: int,
        prepared: Prepared,
        call: CallContext,
        parsed: Any,
        exc: BaseException | None,
        endpoint: Any = None,
    ) -> Verdict:
        """Turn one attempt's outcome into a value, an error, or a delay before the next attempt.

        ``endpoint`` (the generated endpoint module) gives the documented 2xx type that a parsed
        answer is checked against (:mod:`.validation`).
        """
        can_retry = attempt <= prepared.max_retries
        if exc is not None and isinstance(exc, httpx.TransportError):
            _scrub_request(exc)
            never_left = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
            error: errors.SuperOfficeError
            if isinstance(exc, httpx.TimeoutException):
                error = errors.RequestTimeoutError(
                    f"{operation}: {type(exc).__name__} after {attempt} attempt(s)",
                    operation=operation,
                    attempts=attempt,
                )
            else:
                error = errors.ConnectionFailedError(
                    f"{operation}: {type(exc).__name__}: {exc} (after {attempt} attempt(s))",
                    operation=operation,
                    attempts=attempt,
                )
            error.__cause__ = exc
            if can_retry and (never_left or is_replay_safe(operation)):
                pause = self.retry.backoff(attempt)
                logger.info("%s: %s, retry %d in %.2fs", operation, type(exc).__name__, attempt, pause)
                return Verdict(error=error, delay=pause)
            return Verdict(error=error)
        if exc is not None and isinstance(exc, httpx.RequestError):
            # DecodingError (a body that does not match its Content-Encoding) or TooManyRedirects:
            # the same answer would come again, so no retry.
            _scrub_request(exc)
            other: errors.SuperOfficeError
            if isinstance(exc, httpx.DecodingError) and call.response is not None:
                other = errors.ResponseValidationError(
                    operation, "", f"body could not be decoded ({exc})", status=call.response.status_code
                )
            else:
                other = errors.TransportError(
                    f"{operation}: {type(exc).__name__}: {exc}", operation=operation, attempts=attempt
                )
            other.__cause__ = exc
            return Verdict(error=other)
        response = call.response
        if response is None:
            # Not a transport failure and no answer recorded: a bug to surface, not to hide.
            assert exc is not None
            raise exc
        status = response.status_code
        if 200 <= status < 300:
            if exc is None:
                if not self.validate_responses:
                    return Verdict(value=parsed)
                try:
                    return Verdict(value=validation.check(operation, endpoint, parsed))
                except errors.ResponseValidationError as invalid:
                    invalid.status = status
                    return Verdict(error=invalid)
            if isinstance(exc, json.JSONDecodeError) and not response.content.strip():
                return Verdict(value=None)  # an empty body reads as null, which every answer allows
            return Verdict(error=_validation_error(operation, response, exc, endpoint))
        text = _text_of(response)
        error = errors.api_error_for(status, operation, text, response.headers, attempts=attempt)
        if status in RETRY_STATUSES and can_retry and is_replay_safe(operation):
            delay = self.retry.delay_for(attempt, response.headers.get("Retry-After"))
            if delay is not None:
                logger.info("%s: HTTP %s, retry %d in %.2fs", operation, status, attempt, delay)
                return Verdict(error=error, delay=delay)
        return Verdict(error=error)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={self.auth!r})"


def _text_of(response: httpx.Response) -> str:
    try:
        return response.text
    except (UnicodeDecodeError, LookupError):
        return response.content.decode("utf-8", "replace")


def _scrub_request(exc: httpx.RequestError) -> None:
    """Drop credential headers from the failed request an httpx exception keeps, so that the
    exception chain we raise carries no secret (the request is finished; nothing else uses it)."""
    try:
        request = exc.request
    except RuntimeError:  # raised before a request was attached
        return
    for name in CREDENTIAL_HEADERS:
        if name in request.headers:
            del request.headers[name]


def _validation_error(
    operation: str, response: httpx.Response, exc: BaseException, endpoint: Any = None
) -> errors.ResponseValidationError:
    path = ""
    if isinstance(exc, json.JSONDecodeError):
        problem = f"not valid JSON ({exc.msg} at position {exc.pos})"
    else:
        # The generated parser gave up; find the first value that does not fit for the message.
        try:
            found = validation.locate(endpoint, response.json())
        except (ValueError, RecursionError) as bad:  # not UTF-8, or nested too deep to decode
            found = ("", f"not readable JSON ({type(bad).__name__})")
        if found is not None:
            path, problem = found
        else:
            problem = f"does not fit the documented type ({type(exc).__name__}: {exc})"
    error = errors.ResponseValidationError(operation, path, problem, status=response.status_code)
    error.__cause__ = exc
    return error
