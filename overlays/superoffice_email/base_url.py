"""Base URLs of SuperOffice installations: onsite servers and Online tenants.

Validated at construction so that a typo fails with a clear :class:`ValueError` before any
request, instead of as a connection error to a host that does not exist.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .errors import ConfigurationError

ONLINE_ENVIRONMENTS = ("sod", "stage", "qaonline", "online")
_ONLINE_ENV = re.compile(r"^(sod|stage|qaonline|online\d{0,3})$")
_TENANT = re.compile(r"^Cust\d{1,12}$")


def onsite_base_url(url: str) -> str:
    """Normalise an onsite base URL such as ``https://crm.example.com/SuperOffice``."""
    if not isinstance(url, str) or not url.strip():
        raise ConfigurationError("base URL is empty")
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigurationError(
            f"base URL {url!r} must start with https:// (or http://) and name a host, e.g. https://crm.example.com/SuperOffice"
        )
    if parts.username or parts.password:
        raise ConfigurationError("base URL must not carry credentials; pass an auth object instead")
    if parts.query or parts.fragment:
        raise ConfigurationError(f"base URL {url!r} must not have a query or fragment")
    path = parts.path.rstrip("/")
    for suffix in ("/api/v1", "/api"):
        if path.lower().endswith(suffix):
            path = path[: -len(suffix)]
    return f"{parts.scheme}://{parts.netloc}{path}"


def online_base_url(environment: str, tenant: str) -> str:
    """``https://{environment}.superoffice.com/{tenant}`` after checking both parts."""
    if not isinstance(environment, str) or not _ONLINE_ENV.match(environment):
        raise ConfigurationError(
            f"unknown SuperOffice Online environment {environment!r}; use one of "
            f"{', '.join(ONLINE_ENVIRONMENTS)} (or a numbered online host such as online3)"
        )
    if not isinstance(tenant, str) or not _TENANT.match(tenant):
        raise ConfigurationError(f"malformed tenant id {tenant!r}; expected a customer id such as Cust12345")
    return f"https://{environment}.superoffice.com/{tenant}"


def origin_of(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) with default ports filled in: what "same origin" compares."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port or (443 if scheme == "https" else 80)
    return scheme, (parts.hostname or "").lower(), port
