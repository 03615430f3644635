from enum import StrEnum


class CalReplyStatus(StrEnum):
    ACCEPTED = "Accepted"
    DECLINED = "Declined"
    TENTATIVE = "Tentative"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
