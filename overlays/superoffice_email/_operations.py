"""The EMail agent's operations as methods, sync and async.

Rendered by tools/render_operations.py from openapi.yaml and the generated client; do not edit:
change openapi.yaml and run `make generate`. Endpoint modules and models are imported inside each
method so that importing the package stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar, cast

from ._generated.types import UNSET, Unset

if TYPE_CHECKING:
    from ._generated.models import SyncEmailAccountRequest, SyncEmailAccountsRequest, SyncUserAccount
    from .options import RequestOptions

_T = TypeVar("_T")


def _unset_if_none(value: _T | None) -> _T | Unset:
    return UNSET if value is None else value


class Operations:
    """Every EMail agent operation as a blocking method; the agent supplies ``_invoke``."""

    __slots__ = ()

    def _invoke(
        self,
        operation: str,
        endpoint: Any,
        kwargs: dict[str, Any],
        select: str | None,
        options: RequestOptions | None,
    ) -> Any:
        raise NotImplementedError

    def get_ready_sync_email_accounts(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> list[SyncUserAccount] | None:
        """List the mail accounts that are due for synchronisation.

        ``POST /api/v1/Agents/EMail/GetReadySyncEmailAccounts``
        """
        from ._generated.api.email import get_ready_sync_email_accounts as endpoint

        return cast(
            "list[SyncUserAccount] | None",
            self._invoke("GetReadySyncEmailAccounts", endpoint, {}, select, options),
        )

    def sync_email_account(
        self,
        sync_user_account: SyncUserAccount | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Synchronise one mail account from its mail server into the SuperOffice cache.

        ``POST /api/v1/Agents/EMail/SyncEmailAccount``
        """
        from ._generated.api.email import sync_email_account as endpoint
        from ._generated.models import SyncEmailAccountRequest

        self._invoke(
            "SyncEmailAccount",
            endpoint,
            {"body": SyncEmailAccountRequest(sync_user_account=sync_user_account)},
            select,
            options,
        )

    def sync_email_accounts(
        self,
        sync_user_accounts: list[SyncUserAccount] | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Synchronise several mail accounts; the server runs one such call at a time.

        ``POST /api/v1/Agents/EMail/SyncEmailAccounts``
        """
        from ._generated.api.email import sync_email_accounts as endpoint
        from ._generated.models import SyncEmailAccountsRequest

        self._invoke(
            "SyncEmailAccounts",
            endpoint,
            {"body": SyncEmailAccountsRequest(sync_user_accounts=sync_user_accounts)},
            select,
            options,
        )


class AsyncOperations:
    """Every EMail agent operation as a coroutine; the agent supplies ``_ainvoke``."""

    __slots__ = ()

    async def _ainvoke(
        self,
        operation: str,
        endpoint: Any,
        kwargs: dict[str, Any],
        select: str | None,
        options: RequestOptions | None,
    ) -> Any:
        raise NotImplementedError

    async def get_ready_sync_email_accounts(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> list[SyncUserAccount] | None:
        """List the mail accounts that are due for synchronisation.

        ``POST /api/v1/Agents/EMail/GetReadySyncEmailAccounts``
        """
        from ._generated.api.email import get_ready_sync_email_accounts as endpoint

        return cast(
            "list[SyncUserAccount] | None",
            await self._ainvoke("GetReadySyncEmailAccounts", endpoint, {}, select, options),
        )

    async def sync_email_account(
        self,
        sync_user_account: SyncUserAccount | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Synchronise one mail account from its mail server into the SuperOffice cache.

        ``POST /api/v1/Agents/EMail/SyncEmailAccount``
        """
        from ._generated.api.email import sync_email_account as endpoint
        from ._generated.models import SyncEmailAccountRequest

        await self._ainvoke(
            "SyncEmailAccount",
            endpoint,
            {"body": SyncEmailAccountRequest(sync_user_account=sync_user_account)},
            select,
            options,
        )

    async def sync_email_accounts(
        self,
        sync_user_accounts: list[SyncUserAccount] | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Synchronise several mail accounts; the server runs one such call at a time.

        ``POST /api/v1/Agents/EMail/SyncEmailAccounts``
        """
        from ._generated.api.email import sync_email_accounts as endpoint
        from ._generated.models import SyncEmailAccountsRequest

        await self._ainvoke(
            "SyncEmailAccounts",
            endpoint,
            {"body": SyncEmailAccountsRequest(sync_user_accounts=sync_user_accounts)},
            select,
            options,
        )
