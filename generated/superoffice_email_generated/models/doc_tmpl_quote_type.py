from enum import StrEnum


class DocTmplQuoteType(StrEnum):
    CONFIRMATIONLINES = "ConfirmationLines"
    CONFIRMATIONMAILBODY = "ConfirmationMailBody"
    MAILBODY = "MailBody"
    MAINDOCUMENT = "MainDocument"
    NONE = "None"
    QUOTELINES = "QuoteLines"

    def __str__(self) -> str:
        return str(self.value)
