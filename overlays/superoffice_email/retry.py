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

# The rule, in one place. An operation's name decides: first an exact entry in _NAMED, else the
# longest matching prefix in _PREFIXES, else "not safe" (an unknown operation is never replayed).
# Every entry says why; tests/test_retry_policy.py pins the verdict for all 110 documented names.
_PREFIXES: dict[str, tuple[bool, str]] = {
    "Get": (True, "reads a stored item, list or stream"),
    "Find": (True, "searches; changes nothing"),
    "Has": (True, "checks a condition; changes nothing"),
    "LatestItemIdByFolder": (True, "reads the newest item id"),
    "Resolve": (True, "parses addresses and looks persons up; changes nothing"),
    "Test": (True, "tests the user's mail account login; changes nothing"),
    "Authenticate": (True, "checks credentials against a mail server; changes nothing stored"),
    "Sync": (True, "a repeated sync of an account finds nothing new: idempotent"),
    "CacheFolderList": (True, "re-reads the folder list into the cache: idempotent"),
    "RefreshFolder": (True, "re-reads folders into the cache: idempotent"),
    "CreateDefault": (True, "returns a new unsaved carrier; nothing is stored"),
    "Create": (False, "creates a folder, document or mail: a repeat could create two"),
    "Send": (False, "a repeat could send the mail twice"),
    "Relay": (False, "a repeat could relay the message twice"),
    "Save": (False, "a repeat could store a second copy"),
    "Delete": (False, "a repeat after success fails or removes something else"),
    "Move": (False, "a repeat could move messages that arrived in between"),
    "Empty": (False, "a repeat could delete mail that arrived in between"),
    "Set": (False, "changes stored state; not idempotent in general"),
    "Mark": (False, "changes stored flags"),
    "Toggle": (False, "a repeat undoes the first call"),
}
_NAMED: dict[str, tuple[bool, str]] = {
    "GetNewMail": (False, "fetches new mail and stores it; a repeat would not return what the first fetched"),
    "GetFolderHasNewEMail": (False, "resets the folder's 'since previous access' mark; a repeat answers no"),
    "CreateInlineHtmlHeader": (True, "formats an HTML header from the given mail; nothing is stored"),
    "CreateEMailFromMimeMessage": (True, "converts the given MIME message to a carrier; nothing is stored"),
    "CreateEMailFromDocumentEntity": (True, "builds a mail carrier from a document; nothing is stored"),
}
_UNKNOWN = (False, "not a documented operation: not replayed")


def replay_safety(operation: str) -> tuple[bool, str]:
    """(replay safe?, why) for an operation name such as ``SyncEmailAccount``."""
    named = _NAMED.get(operation)
    if named is not None:
        return named
    best = ""
    for prefix in _PREFIXES:
        if operation.startswith(prefix) and len(prefix) > len(best):
            best = prefix
    return _PREFIXES[best] if best else _UNKNOWN


def is_replay_safe(operation: str) -> bool:
    """True when repeating ``operation`` after it may have reached the server is harmless."""
    return replay_safety(operation)[0]


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
    """Exponential backoff with jitter (a random delay in the upper half of ``base_delay * 2**(n-1)``,
    bounded by ``max_delay``) so that many clients do not retry in step; Retry-After honoured up to a cap."""

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
