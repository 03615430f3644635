from enum import StrEnum


class UserType(StrEnum):
    ANONYMOUSASSOCIATE = "AnonymousAssociate"
    EXTERNALASSOCIATE = "ExternalAssociate"
    INTERNALASSOCIATE = "InternalAssociate"
    RESOURCEASSOCIATE = "ResourceAssociate"
    SYSTEMASSOCIATE = "SystemAssociate"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
