from enum import StrEnum


class ETableRight(StrEnum):
    DELETE = "Delete"
    FULL = "FULL"
    INSERT = "Insert"
    NONE = "None"
    RI = "RI"
    SELECT = "Select"
    UDR = "UDR"
    UPDATE = "Update"
    UR = "UR"
    URI = "URI"

    def __str__(self) -> str:
        return str(self.value)
