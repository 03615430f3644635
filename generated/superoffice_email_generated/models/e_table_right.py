from enum import StrEnum


class ETableRight(StrEnum):
    DELETE = "Delete"
    F = "F"
    FI = "FI"
    FILTERING = "Filtering"
    FULL = "FULL"
    INSERT = "Insert"
    NONE = "None"
    R = "R"
    RESTRICTEDUPDATE = "RestrictedUpdate"
    RF = "RF"
    RI = "RI"
    SELECT = "Select"
    UDR = "UDR"
    UNINITIALIZED = "Uninitialized"
    UNUSED1 = "Unused1"
    UPDATE = "Update"
    UR = "UR"
    URI = "URI"
    URU = "URU"
    WRITE = "WRITE"

    def __str__(self) -> str:
        return str(self.value)
