from enum import StrEnum


class RecurrenceEndType(StrEnum):
    COUNTER = "Counter"
    ENDDATE = "EndDate"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
