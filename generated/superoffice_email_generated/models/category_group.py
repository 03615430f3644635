from enum import StrEnum


class CategoryGroup(StrEnum):
    CUSTOMER = "Customer"
    LOST = "Lost"
    OTHER = "Other"
    PARTNER = "Partner"
    POTENTIALCUSTOMER = "PotentialCustomer"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
