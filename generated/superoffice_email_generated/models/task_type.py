from enum import StrEnum


class TaskType(StrEnum):
    APPOINTMENT = "Appointment"
    DOCUMENT = "Document"
    EMAIL = "Email"
    FAX = "Fax"
    MAILMERGEDRAFT = "MailMergeDraft"
    MAILMERGEFINAL = "MailMergeFinal"
    PHONE = "Phone"
    REPORT = "Report"
    SAINTALL = "SaintAll"
    TODO = "ToDo"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
