from enum import StrEnum


class DocTmplType(StrEnum):
    APPOINTMENT = "Appointment"
    DOCUMENT = "Document"
    EMAIL = "Email"
    FAX = "Fax"
    MERGEDRAFT = "MergeDraft"
    MERGEFINAL = "MergeFinal"
    PHONE = "Phone"
    SAVEDREPORT = "SavedReport"
    TODO = "Todo"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
