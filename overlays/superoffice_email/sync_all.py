"""``sync_all_ready``: list the accounts due for sync, then sync each within the throttle.

One failing account does not stop the others; every account gets an :class:`AccountOutcome`.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import attrs

from ._generated.models import SyncUserAccount
from .agent import AsyncEMailAgent, EMailAgent
from .errors import SuperOfficeError

logger = logging.getLogger(__name__)


class SyncStatus(enum.Enum):
    SYNCED = "synced"
    FAILED = "failed"
    SKIPPED = "skipped"


@attrs.frozen
class AccountOutcome:
    """What happened to one account."""

    account: SyncUserAccount
    status: SyncStatus
    error: SuperOfficeError | None = None
    seconds: float = 0.0
    reason: str = ""

    @property
    def account_id(self) -> int | None:
        value = self.account.account_id
        return value if isinstance(value, int) else None


ProgressCallback = Callable[[int, int, AccountOutcome], None]
"""Called after each account with (done so far, total, that account's outcome)."""


def _tell(progress: ProgressCallback | None, done: int, total: int, outcome: AccountOutcome) -> None:
    """Call the progress callback; a failing display must not abort the accounts still to sync."""
    if progress is None:
        return
    try:
        progress(done, total, outcome)
    except Exception:
        logger.exception("progress callback failed at %d/%d; syncing continues", done, total)


def _finished(account: SyncUserAccount, started: float, error: SuperOfficeError | None) -> AccountOutcome:
    """The outcome of one attempted sync (the same for threads and tasks)."""
    if error is not None:
        logger.warning("sync of account %s failed: %s", account.account_id, error)
        return AccountOutcome(account, SyncStatus.FAILED, error, time.perf_counter() - started)
    return AccountOutcome(account, SyncStatus.SYNCED, None, time.perf_counter() - started)


def _skip_reason(account: object) -> str:
    if not isinstance(account, SyncUserAccount):
        return f"not an account: {type(account).__name__}"
    if not isinstance(account.account_id, int):
        return "no AccountId"
    return ""


def sync_all_ready(agent: EMailAgent, progress: ProgressCallback | None = None) -> list[AccountOutcome]:
    """Sync every ready account with at most ``agent.throttle.limit`` calls in flight."""
    accounts = agent.get_ready_sync_email_accounts() or []
    total = len(accounts)
    done = 0
    lock = threading.Lock()

    def report(outcome: AccountOutcome) -> AccountOutcome:
        nonlocal done
        with lock:
            done += 1
            _tell(progress, done, total, outcome)
        return outcome

    def one(account: SyncUserAccount) -> AccountOutcome:
        reason = _skip_reason(account)
        if reason:
            return report(AccountOutcome(account, SyncStatus.SKIPPED, reason=reason))
        started = time.perf_counter()
        try:
            agent.sync_email_account(account)
        except SuperOfficeError as exc:
            return report(_finished(account, started, exc))
        return report(_finished(account, started, None))

    if not accounts:
        return []
    with ThreadPoolExecutor(
        max_workers=min(agent.throttle.limit, total), thread_name_prefix="so-sync"
    ) as pool:
        return list(pool.map(one, accounts))


async def async_sync_all_ready(
    agent: AsyncEMailAgent, progress: ProgressCallback | None = None
) -> list[AccountOutcome]:
    """The asyncio form of :func:`sync_all_ready`; the agent's throttle bounds the calls in flight."""
    accounts = await agent.get_ready_sync_email_accounts() or []
    total = len(accounts)
    done = 0

    def report(outcome: AccountOutcome) -> AccountOutcome:
        nonlocal done
        done += 1
        _tell(progress, done, total, outcome)
        return outcome

    async def one(account: SyncUserAccount) -> AccountOutcome:
        reason = _skip_reason(account)
        if reason:
            return report(AccountOutcome(account, SyncStatus.SKIPPED, reason=reason))
        started = time.perf_counter()
        try:
            await agent.sync_email_account(account)
        except SuperOfficeError as exc:
            return report(_finished(account, started, exc))
        return report(_finished(account, started, None))

    return list(await asyncio.gather(*(one(a) for a in accounts)))
