from enum import StrEnum


class EMailFlags(StrEnum):
    ANSWERED = "Answered"
    DELETED = "Deleted"
    DRAFT = "Draft"
    FLAGGED = "Flagged"
    NONE = "None"
    RECENT = "Recent"
    SEEN = "Seen"

    def __str__(self) -> str:
        return str(self.value)
