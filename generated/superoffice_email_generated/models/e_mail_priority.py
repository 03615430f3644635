from enum import StrEnum


class EMailPriority(StrEnum):
    HIGH = "High"
    HIGHEST = "Highest"
    LOW = "Low"
    LOWEST = "Lowest"
    NOPRIORITY = "NoPriority"
    NORMAL = "Normal"

    def __str__(self) -> str:
        return str(self.value)
