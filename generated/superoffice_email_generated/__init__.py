"""A client library for accessing SuperOffice WebAPI EMail agent"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
