from enum import StrEnum


class RecurrenceYearlyPattern(StrEnum):
    DAYOFMONTH = "DayOfMonth"
    UNKNOWN = "Unknown"
    WEEKDAYOFMONTH = "WeekdayOfMonth"

    def __str__(self) -> str:
        return str(self.value)
