from enum import StrEnum


class DocTmplDirection(StrEnum):
    INCOMING = "Incoming"
    OUTGOING = "Outgoing"
    SAINTALL = "SaintAll"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
