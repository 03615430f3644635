from enum import StrEnum


class SaleStatus(StrEnum):
    LOST = "Lost"
    OPEN = "Open"
    SAINTALL = "SaintAll"
    SOLD = "Sold"
    STALLED = "Stalled"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
