from enum import StrEnum


class CalMethod(StrEnum):
    ADD = "Add"
    CANCEL = "Cancel"
    COUNTER = "Counter"
    DECLINECOUNTER = "DeclineCounter"
    PUBLISH = "Publish"
    REFRESH = "Refresh"
    REPLY = "Reply"
    REQUEST = "Request"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
