"""Per-client defaults and per-call overrides: language headers, timeout, retries."""

from __future__ import annotations

import attrs
import httpx

DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=30.0, pool=30.0)
"""The generated client has no timeout of its own; SyncEmailAccount can take a while, hence 60 s read."""

TimeoutLike = float | httpx.Timeout


def as_timeout(value: TimeoutLike) -> httpx.Timeout:
    """Accept seconds or an ``httpx.Timeout``; reject non-positive numbers early."""
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ValueError(f"timeout must be a positive number of seconds or an httpx.Timeout, not {value!r}")
    return httpx.Timeout(float(value))


@attrs.frozen(kw_only=True)
class RequestOptions:
    """Options for one call (or, on the client, the defaults every call starts from).

    ``None`` means "not set here": a per-call value overrides the client's, an unset one keeps it.
    """

    accept_language: str | None = None
    """``Accept-Language``: iso2 language of string references and multi-language values."""
    language: str | None = None
    """``SO-Language``: like Accept-Language, and it takes precedence over it."""
    culture: str | None = None
    """``SO-Culture``: number and date formatting; ignored by the server without a language."""
    time_zone: str | None = None
    """``SO-TimeZone``: a code (``NO``, ``US-NY``) or id (``261``); add ``, includeTZOffset`` for offsets."""
    timeout: TimeoutLike | None = None
    """Seconds or an ``httpx.Timeout`` for this call."""
    max_retries: int | None = None
    """How many times a failed call may be repeated (see :mod:`.retry` for which failures)."""

    def __attrs_post_init__(self) -> None:
        for name in ("accept_language", "language", "culture", "time_zone"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, str) or any(c in value for c in "\r\n\x00")):
                raise ValueError(f"{name} must be a single-line string, not {value!r}")
        if self.timeout is not None:
            as_timeout(self.timeout)
        if self.max_retries is not None and (
            isinstance(self.max_retries, bool)
            or not isinstance(self.max_retries, int)
            or self.max_retries < 0
        ):
            raise ValueError(f"max_retries must be a non-negative int, not {self.max_retries!r}")

    def merged(self, override: RequestOptions | None) -> RequestOptions:
        """These options with every value that ``override`` sets replaced."""
        if override is None:
            return self
        changes = {f.name: getattr(override, f.name) for f in attrs.fields(RequestOptions)}
        return attrs.evolve(self, **{k: v for k, v in changes.items() if v is not None})

    def header_kwargs(self) -> dict[str, str]:
        """The generated endpoint functions' header arguments for the values that are set."""
        out: dict[str, str] = {}
        if self.accept_language is not None:
            out["accept_language"] = self.accept_language
        if self.language is not None:
            out["so_language"] = self.language
        if self.culture is not None:
            out["so_culture"] = self.culture
        if self.time_zone is not None:
            out["so_time_zone"] = self.time_zone
        return out
