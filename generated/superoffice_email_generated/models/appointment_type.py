from enum import StrEnum


class AppointmentType(StrEnum):
    BOOKINGFORCHECKLIST = "BookingForChecklist"
    BOOKINGFORDIARY = "BookingForDiary"
    DOCUMENT = "Document"
    INCHECKLIST = "inChecklist"
    INDIARY = "inDiary"
    MERGEDRAFT = "MergeDraft"
    MERGEFINAL = "MergeFinal"
    NOTE = "Note"
    SAVEDREPORT = "SavedReport"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
