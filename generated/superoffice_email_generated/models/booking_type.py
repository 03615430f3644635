from enum import StrEnum


class BookingType(StrEnum):
    NONE = "None"
    OWNER = "Owner"
    PARTICIPANT = "Participant"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
