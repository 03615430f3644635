from enum import StrEnum


class AddressType(StrEnum):
    CONTACTPOSTALADDRESS = "ContactPostalAddress"
    CONTACTSTREETADDRESS = "ContactStreetAddress"
    PERSONPRIVATEADDRESS = "PersonPrivateAddress"
    QUOTEBILLINGADDRESS = "QuoteBillingAddress"
    QUOTESHIPPINGADDRESS = "QuoteShippingAddress"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
