from enum import StrEnum


class Visibility(StrEnum):
    ALL = "All"
    ASSOCIATE = "Associate"
    GROUP = "Group"

    def __str__(self) -> str:
        return str(self.value)
