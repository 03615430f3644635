from enum import StrEnum


class AppointmentCautionWarning(StrEnum):
    EXTERNALPARTICIPANTSDATETIMEMISMATCH = "ExternalParticipantsDateTimeMismatch"
    INCOMINGRECURRENCECHANGENOTSUPPORTED = "IncomingRecurrenceChangeNotSupported"
    NOTINSYNC = "NotInSync"
    NOTNOTIFIEDBYEMAIL = "NotNotifiedByEmail"
    OK = "OK"
    RECURRENCEPATTERNNOTSUPPORTED = "RecurrencePatternNotSupported"

    def __str__(self) -> str:
        return str(self.value)
