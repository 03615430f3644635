from enum import StrEnum


class RecurrencePattern(StrEnum):
    CUSTOM = "Custom"
    DAILY = "Daily"
    MONTHLY = "Monthly"
    UNKNOWN = "Unknown"
    WEEKLY = "Weekly"
    YEARLY = "Yearly"

    def __str__(self) -> str:
        return str(self.value)
