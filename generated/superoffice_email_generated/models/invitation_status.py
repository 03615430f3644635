from enum import StrEnum


class InvitationStatus(StrEnum):
    ACCEPTED = "Accepted"
    CANCELLED = "Cancelled"
    DECLINED = "Declined"
    HIDDEN = "Hidden"
    INVITATION = "Invitation"
    MOVED = "Moved"
    MOVEDSEEN = "MovedSeen"
    NONE = "None"
    SEEN = "Seen"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
