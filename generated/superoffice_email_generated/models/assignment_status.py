from enum import StrEnum


class AssignmentStatus(StrEnum):
    ASSIGNING = "Assigning"
    DECLINED = "Declined"
    NONE = "None"
    SEEN = "Seen"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
