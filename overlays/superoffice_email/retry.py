"""When and how long to wait before repeating a failed call.

Which operations may be repeated is decided here, in one place. An operation is *replay safe*
when running it twice has the same effect as running it once: reads, look-ups, tests and the
Sync* calls (a second sync of an account only finds nothing new). Operations that send, save,
create, delete, move or otherwise change state are not: if the first request reached the
server, a repeat could send a mail twice or move the wrong message. Those are repeated only when
the request provably never left this machine (the connection could not be made).
"""

from __future__ import annotations

import email.utils
import random
import time

import attrs

RETRY_STATUSES = frozenset({429, 502, 503, 504})

# Prefixes of operations that only read or compute, or that are idempotent by nature.
_SAFE_PREFIXES = (
    "Get",
    "Find",
    "Has",
    "Test",
    "Sync",
    "Resolve",
    "LatestItemIdByFolder",
    "CreateDefault",  # returns a new, unsaved carrier: nothing is stored
    "Authenticate",  # checks credentials against a mail server
    "CacheFolderList",
    "RefreshFolder",
    "GetFolder",
)
# Named exceptions to the prefixes above, with why.
_UNSAFE = frozenset(
    {
        "GetNewMail",  # fetches and stores new mail in the cache as a side effect
    }
)


def is_replay_safe(operation: str) -> bool:
    """True when repeating ``operation`` after it may have reached the server is harmless."""
    if operation in _UNSAFE:
        return False
    return operation.startswith(_SAFE_PREFIXES)


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


@attrs.frozen(kw_only=True)
class RetryPolicy:
    """Exponential backoff with full jitter, bounded by ``max_delay``; Retry-After honoured up to a cap."""

    max_retries: int = 2
    base_delay: float = 0.5
    max_delay: float = 8.0
    retry_after_cap: float = 60.0
    """A server asking for a longer pause than this gets no retry: the error goes to the caller."""

    def __attrs_post_init__(self) -> None:
        if self.max_retries < 0 or self.base_delay < 0 or self.max_delay < 0 or self.retry_after_cap < 0:
            raise ValueError("retry settings must not be negative")

    def backoff(self, attempt: int, rng: random.Random | None = None) -> float:
        """Delay before retry number ``attempt`` (1-based), without a Retry-After."""
        ceiling = min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))
        return (rng or random).uniform(ceiling / 2, ceiling)

    def delay_for(self, attempt: int, retry_after: str | None) -> float | None:
        """Delay before retry ``attempt``, or None when the server asked for more than the cap."""
        asked = parse_retry_after(retry_after)
        if asked is None:
            return self.backoff(attempt)
        if asked > self.retry_after_cap:
            return None
        return asked
