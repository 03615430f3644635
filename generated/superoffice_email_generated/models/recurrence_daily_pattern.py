from enum import StrEnum


class RecurrenceDailyPattern(StrEnum):
    EVERYCYCLICDAY = "EveryCyclicDay"
    EVERYWEEKDAY = "EveryWeekday"
    EVERYWORKDAY = "EveryWorkday"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
