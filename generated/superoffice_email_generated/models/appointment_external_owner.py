from enum import StrEnum


class AppointmentExternalOwner(StrEnum):
    GOOGLE = "Google"
    NONE = "None"
    OTHER = "Other"
    OUTLOOK = "Outlook"

    def __str__(self) -> str:
        return str(self.value)
