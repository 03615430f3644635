from enum import StrEnum


class DocumentLockSemantics(StrEnum):
    LOCKING = "Locking"
    NONE = "None"
    VERSIONING = "Versioning"

    def __str__(self) -> str:
        return str(self.value)
