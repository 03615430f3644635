from enum import StrEnum


class RecurrenceMonthlyPattern(StrEnum):
    DAYOFMONTH = "DayOfMonth"
    UNKNOWN = "Unknown"
    WEEKDAYOFMONTH = "WeekdayOfMonth"

    def __str__(self) -> str:
        return str(self.value)
