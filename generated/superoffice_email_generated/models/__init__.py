"""Contains all the data models used in inputs/outputs"""

from .e_field_right import EFieldRight
from .e_table_right import ETableRight
from .error_info import ErrorInfo
from .field_property import FieldProperty
from .field_property_dictionary import FieldPropertyDictionary
from .field_right import FieldRight
from .sync_email_account_request import SyncEmailAccountRequest
from .sync_email_accounts_request import SyncEmailAccountsRequest
from .sync_user_account import SyncUserAccount
from .table_right import TableRight

__all__ = (
    "EFieldRight",
    "ErrorInfo",
    "ETableRight",
    "FieldProperty",
    "FieldPropertyDictionary",
    "FieldRight",
    "SyncEmailAccountRequest",
    "SyncEmailAccountsRequest",
    "SyncUserAccount",
    "TableRight",
)
