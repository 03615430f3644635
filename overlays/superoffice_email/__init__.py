"""Python SDK for the SuperOffice CRM WebAPI EMail agent.

    from superoffice_email import EMailAgent, SOTicketAuth

    with EMailAgent.online("sod", "Cust12345", auth=SOTicketAuth(ticket, app_token=app_token)) as agent:
        for account in agent.get_ready_sync_email_accounts() or []:
            agent.sync_email_account(account)

Everything importable from here is public; the generated models are re-exported from
:mod:`superoffice_email.models`. Names are resolved lazily so that ``import superoffice_email``
stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agent import AsyncEMailAgent, EMailAgent
    from .auth import BasicAuth, BearerAuth, SOTicketAuth, SuperOfficeAuth, XsrfAuth
    from .base_url import online_base_url, onsite_base_url
    from .errors import (
        ApiError,
        AuthenticationError,
        BadRequestError,
        ConfigurationError,
        ConflictError,
        ConnectionFailedError,
        EMailAgentNotEnabledError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitedError,
        RequestTimeoutError,
        ResponseValidationError,
        ServerError,
        SuperOfficeError,
        TenantMovedError,
        TransportError,
        UnprocessableEntityError,
    )
    from .options import DEFAULT_TIMEOUT, RequestOptions
    from .retry import RetryPolicy, is_replay_safe
    from .sync_all import AccountOutcome, SyncStatus, async_sync_all_ready, sync_all_ready
    from .throttle import SyncThrottle

_EXPORTS = {
    "EMailAgent": "agent",
    "AsyncEMailAgent": "agent",
    "SuperOfficeAuth": "auth",
    "SOTicketAuth": "auth",
    "BearerAuth": "auth",
    "BasicAuth": "auth",
    "XsrfAuth": "auth",
    "online_base_url": "base_url",
    "onsite_base_url": "base_url",
    "SuperOfficeError": "errors",
    "ConfigurationError": "errors",
    "TransportError": "errors",
    "ConnectionFailedError": "errors",
    "RequestTimeoutError": "errors",
    "ResponseValidationError": "errors",
    "ApiError": "errors",
    "BadRequestError": "errors",
    "AuthenticationError": "errors",
    "PermissionDeniedError": "errors",
    "EMailAgentNotEnabledError": "errors",
    "NotFoundError": "errors",
    "ConflictError": "errors",
    "TenantMovedError": "errors",
    "UnprocessableEntityError": "errors",
    "RateLimitedError": "errors",
    "ServerError": "errors",
    "RequestOptions": "options",
    "DEFAULT_TIMEOUT": "options",
    "RetryPolicy": "retry",
    "is_replay_safe": "retry",
    "SyncThrottle": "throttle",
    "sync_all_ready": "sync_all",
    "async_sync_all_ready": "sync_all",
    "AccountOutcome": "sync_all",
    "SyncStatus": "sync_all",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
