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
    from .agent import (
        AsyncEMailAgent as AsyncEMailAgent,
    )
    from .agent import (
        EMailAgent as EMailAgent,
    )
    from .auth import (
        BasicAuth as BasicAuth,
    )
    from .auth import (
        BearerAuth as BearerAuth,
    )
    from .auth import (
        SOTicketAuth as SOTicketAuth,
    )
    from .auth import (
        SuperOfficeAuth as SuperOfficeAuth,
    )
    from .auth import (
        XsrfAuth as XsrfAuth,
    )
    from .base_url import (
        online_base_url as online_base_url,
    )
    from .base_url import (
        onsite_base_url as onsite_base_url,
    )
    from .bearer_refresh import (
        RefreshingBearerAuth as RefreshingBearerAuth,
    )
    from .bearer_refresh import (
        RefreshTokenGrant as RefreshTokenGrant,
    )
    from .errors import (
        ApiError as ApiError,
    )
    from .errors import (
        AuthenticationError as AuthenticationError,
    )
    from .errors import (
        BadRequestError as BadRequestError,
    )
    from .errors import (
        ConfigurationError as ConfigurationError,
    )
    from .errors import (
        ConflictError as ConflictError,
    )
    from .errors import (
        ConnectionFailedError as ConnectionFailedError,
    )
    from .errors import (
        EMailAgentNotEnabledError as EMailAgentNotEnabledError,
    )
    from .errors import (
        NotFoundError as NotFoundError,
    )
    from .errors import (
        PermissionDeniedError as PermissionDeniedError,
    )
    from .errors import (
        RateLimitedError as RateLimitedError,
    )
    from .errors import (
        RequestTimeoutError as RequestTimeoutError,
    )
    from .errors import (
        ResponseValidationError as ResponseValidationError,
    )
    from .errors import (
        ServerError as ServerError,
    )
    from .errors import (
        SuperOfficeError as SuperOfficeError,
    )
    from .errors import (
        SystemUserAuthError as SystemUserAuthError,
    )
    from .errors import (
        TenantLookupError as TenantLookupError,
    )
    from .errors import (
        TenantMovedError as TenantMovedError,
    )
    from .errors import (
        TokenRefreshError as TokenRefreshError,
    )
    from .errors import (
        TransportError as TransportError,
    )
    from .errors import (
        UnprocessableEntityError as UnprocessableEntityError,
    )
    from .options import (
        DEFAULT_TIMEOUT as DEFAULT_TIMEOUT,
    )
    from .options import (
        RequestOptions as RequestOptions,
    )
    from .retry import (
        RetryPolicy as RetryPolicy,
    )
    from .retry import (
        is_replay_safe as is_replay_safe,
    )
    from .sync_all import (
        AccountOutcome as AccountOutcome,
    )
    from .sync_all import (
        SyncStatus as SyncStatus,
    )
    from .sync_all import (
        async_sync_all_ready as async_sync_all_ready,
    )
    from .sync_all import (
        sync_all_ready as sync_all_ready,
    )
    from .system_user import SystemUserAuth as SystemUserAuth
    from .tenant import TenantResolver as TenantResolver
    from .throttle import (
        SyncThrottle as SyncThrottle,
    )
    from .ticket_store import (
        InMemoryTicketStore as InMemoryTicketStore,
    )
    from .ticket_store import (
        StoredTicket as StoredTicket,
    )
    from .ticket_store import (
        TicketStore as TicketStore,
    )

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
    "SystemUserAuth": "system_user",
    "TicketStore": "ticket_store",
    "InMemoryTicketStore": "ticket_store",
    "StoredTicket": "ticket_store",
    "RefreshingBearerAuth": "bearer_refresh",
    "RefreshTokenGrant": "bearer_refresh",
    "TenantResolver": "tenant",
    "SystemUserAuthError": "errors",
    "TokenRefreshError": "errors",
    "TenantLookupError": "errors",
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
