"""The app's RSA private key and the signed system user token made with it.

SuperOffice issues the key as .NET ``<RSAKeyValue>`` XML (base64 big-endian integers) or PEM;
both become a ``cryptography`` key here. ``cryptography`` is the optional ``crypto`` extra, so it
is imported only when a system user flow is built.
"""

from __future__ import annotations

import base64
import binascii
import datetime
from typing import TYPE_CHECKING, Any
from xml.etree import ElementTree

from .errors import ConfigurationError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

EXTRA_HINT = "install the extra: pip install 'superoffice-email[crypto]'"
_XML_FIELDS = ("Modulus", "Exponent", "P", "Q", "DP", "DQ", "InverseQ", "D")


def require_crypto() -> None:
    """Raise ImportError naming the extra when cryptography or PyJWT is missing."""
    try:
        import cryptography  # noqa: F401
        import jwt  # noqa: F401
    except ImportError as exc:
        raise ImportError(f"the system user flow needs cryptography and PyJWT: {EXTRA_HINT}") from exc


def load_private_key(key: str | bytes) -> RSAPrivateKey:
    """An RSA private key from PEM or ``<RSAKeyValue>`` XML; errors never quote the key."""
    require_crypto()
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

    if isinstance(key, str):
        key = key.encode("utf-8")
    if not isinstance(key, bytes) or not key.strip():
        raise ConfigurationError("private key is empty or not a string")
    text = key.strip()
    if text.startswith(b"<"):
        return _from_xml(text)
    try:
        loaded: Any = serialization.load_pem_private_key(text, password=None)
    except (ValueError, TypeError):
        raise ConfigurationError(
            "private key is neither PEM (unencrypted) nor <RSAKeyValue> XML, or it is damaged"
        ) from None
    if not isinstance(loaded, RSAPrivateKey):
        raise ConfigurationError("private key must be an RSA key")
    return loaded


def _from_xml(text: bytes) -> RSAPrivateKey:
    from cryptography.hazmat.primitives.asymmetric import rsa

    try:
        # The key comes from the application's own configuration, not from the network.
        root = ElementTree.fromstring(text)  # noqa: S314
    except ElementTree.ParseError:
        raise ConfigurationError("private key looks like XML but does not parse") from None
    if root.tag != "RSAKeyValue":
        raise ConfigurationError("private key XML must be an <RSAKeyValue> element")
    values: dict[str, int] = {}
    for name in _XML_FIELDS:
        node = root.find(name)
        if node is None or not (node.text or "").strip():
            raise ConfigurationError(
                f"private key XML lacks <{name}> (a private key has all of {_XML_FIELDS})"
            )
        try:
            raw = base64.b64decode("".join((node.text or "").split()), validate=True)
        except (binascii.Error, ValueError):
            raise ConfigurationError(f"private key XML <{name}> is not base64") from None
        values[name] = int.from_bytes(raw, "big")
    public = rsa.RSAPublicNumbers(values["Exponent"], values["Modulus"])
    numbers = rsa.RSAPrivateNumbers(
        p=values["P"],
        q=values["Q"],
        d=values["D"],
        dmp1=values["DP"],
        dmq1=values["DQ"],
        iqmp=values["InverseQ"],
        public_numbers=public,
    )
    try:
        return numbers.private_key()
    except ValueError:
        raise ConfigurationError("private key XML values do not form a valid RSA key") from None


def signed_system_token(
    key: RSAPrivateKey, system_user_token: str, now: datetime.datetime | None = None
) -> str:
    """``<token>.<UTC yyyyMMddHHmm>.<base64 RSA PKCS#1 v1.5 SHA-256 signature>``."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    when = (now or datetime.datetime.now(datetime.UTC)).astimezone(datetime.UTC)
    payload = f"{system_user_token}.{when:%Y%m%d%H%M}"
    signature = key.sign(payload.encode("utf-8"), padding.PKCS1v15(), hashes.SHA256())
    return f"{payload}.{base64.b64encode(signature).decode('ascii')}"
