from enum import StrEnum


class EFieldRight(StrEnum):
    NONE = "None"
    NULLABLE = "Nullable"
    READ = "Read"
    UIHINTMANDATORY = "UIHintMandatory"
    UIHINTREADONLY = "UIHintReadOnly"
    UIHINTS = "UIHints"
    UNDEFINEDVALUE256 = "UndefinedValue256"
    UNUSED1 = "Unused1"
    UNUSED2 = "Unused2"
    UNUSED3 = "Unused3"
    UNUSED4 = "Unused4"
    UPDATE = "Update"
    WRITE = "Write"

    def __str__(self) -> str:
        return str(self.value)
