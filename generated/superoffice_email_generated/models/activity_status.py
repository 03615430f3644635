from enum import StrEnum


class ActivityStatus(StrEnum):
    COMPLETED = "Completed"
    NOTSTARTED = "NotStarted"
    STARTED = "Started"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
