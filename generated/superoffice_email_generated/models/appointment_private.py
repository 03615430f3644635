from enum import StrEnum


class AppointmentPrivate(StrEnum):
    PRIVATEGROUP = "PrivateGroup"
    PRIVATEUSER = "PrivateUser"
    PUBLIC = "Public"

    def __str__(self) -> str:
        return str(self.value)
