from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EMailAccount")


@_attrs_define
class EMailAccount:
    """A user's mail account in the CRM: address, IMAP and SMTP credentials, folders and fetch state."""

    e_mail_account_id: int | None | Unset = UNSET
    """ Primary key; 0 for a new account. """
    e_mail_address: None | str | Unset = UNSET
    """ Address the account sends from. """
    associate_id: int | None | Unset = UNSET
    """ User who owns the account. """
    incoming_credentials: None | ServiceAuth | Unset = UNSET
    """ IMAP server and login. """
    outgoing_credentials: None | ServiceAuth | Unset = UNSET
    """ SMTP server and login. """
    account_status: int | None | Unset = UNSET
    """ Account state code (such as disabled); set by the server. """
    error_count: int | None | Unset = UNSET
    """ Fetch errors in a row; set by the server. """
    error_reason: None | str | Unset = UNSET
    """ Last fetch error; set by the server. """
    inbox_folder: None | str | Unset = UNSET
    """ Name of the inbox folder, when known. """
    sent_folder: None | str | Unset = UNSET
    """ Name of the sent-items folder, when known. """
    last_fetch: datetime.datetime | None | Unset = UNSET
    """ When mail was last fetched (UTC). """
    simple_mode: int | None | Unset = UNSET
    """ Non-zero when the account only handles meeting invitations and replies, without the full inbox. Sent by the
    server versions the reference pages describe; newer clients no longer list it. """
    use_graph_api: int | None | Unset = UNSET
    """ Non-zero when the account is read through Microsoft Graph instead of IMAP. """
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        e_mail_account_id: int | None | Unset
        if isinstance(self.e_mail_account_id, Unset):
            e_mail_account_id = UNSET
        else:
            e_mail_account_id = self.e_mail_account_id

        e_mail_address: None | str | Unset
        if isinstance(self.e_mail_address, Unset):
            e_mail_address = UNSET
        else:
            e_mail_address = self.e_mail_address

        associate_id: int | None | Unset
        if isinstance(self.associate_id, Unset):
            associate_id = UNSET
        else:
            associate_id = self.associate_id

        incoming_credentials: dict[str, Any] | None | Unset
        if isinstance(self.incoming_credentials, Unset):
            incoming_credentials = UNSET
        elif isinstance(self.incoming_credentials, ServiceAuth):
            incoming_credentials = self.incoming_credentials.to_dict()
        else:
            incoming_credentials = self.incoming_credentials

        outgoing_credentials: dict[str, Any] | None | Unset
        if isinstance(self.outgoing_credentials, Unset):
            outgoing_credentials = UNSET
        elif isinstance(self.outgoing_credentials, ServiceAuth):
            outgoing_credentials = self.outgoing_credentials.to_dict()
        else:
            outgoing_credentials = self.outgoing_credentials

        account_status: int | None | Unset
        if isinstance(self.account_status, Unset):
            account_status = UNSET
        else:
            account_status = self.account_status

        error_count: int | None | Unset
        if isinstance(self.error_count, Unset):
            error_count = UNSET
        else:
            error_count = self.error_count

        error_reason: None | str | Unset
        if isinstance(self.error_reason, Unset):
            error_reason = UNSET
        else:
            error_reason = self.error_reason

        inbox_folder: None | str | Unset
        if isinstance(self.inbox_folder, Unset):
            inbox_folder = UNSET
        else:
            inbox_folder = self.inbox_folder

        sent_folder: None | str | Unset
        if isinstance(self.sent_folder, Unset):
            sent_folder = UNSET
        else:
            sent_folder = self.sent_folder

        last_fetch: None | str | Unset
        if isinstance(self.last_fetch, Unset):
            last_fetch = UNSET
        elif isinstance(self.last_fetch, datetime.datetime):
            last_fetch = self.last_fetch.isoformat()
        else:
            last_fetch = self.last_fetch

        simple_mode: int | None | Unset
        if isinstance(self.simple_mode, Unset):
            simple_mode = UNSET
        else:
            simple_mode = self.simple_mode

        use_graph_api: int | None | Unset
        if isinstance(self.use_graph_api, Unset):
            use_graph_api = UNSET
        else:
            use_graph_api = self.use_graph_api

        table_right: dict[str, Any] | None | Unset
        if isinstance(self.table_right, Unset):
            table_right = UNSET
        elif isinstance(self.table_right, TableRight):
            table_right = self.table_right.to_dict()
        else:
            table_right = self.table_right

        field_properties: dict[str, Any] | None | Unset
        if isinstance(self.field_properties, Unset):
            field_properties = UNSET
        elif isinstance(self.field_properties, FieldPropertyDictionary):
            field_properties = self.field_properties.to_dict()
        else:
            field_properties = self.field_properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if e_mail_account_id is not UNSET:
            field_dict["EMailAccountId"] = e_mail_account_id
        if e_mail_address is not UNSET:
            field_dict["EMailAddress"] = e_mail_address
        if associate_id is not UNSET:
            field_dict["AssociateId"] = associate_id
        if incoming_credentials is not UNSET:
            field_dict["IncomingCredentials"] = incoming_credentials
        if outgoing_credentials is not UNSET:
            field_dict["OutgoingCredentials"] = outgoing_credentials
        if account_status is not UNSET:
            field_dict["AccountStatus"] = account_status
        if error_count is not UNSET:
            field_dict["ErrorCount"] = error_count
        if error_reason is not UNSET:
            field_dict["ErrorReason"] = error_reason
        if inbox_folder is not UNSET:
            field_dict["InboxFolder"] = inbox_folder
        if sent_folder is not UNSET:
            field_dict["SentFolder"] = sent_folder
        if last_fetch is not UNSET:
            field_dict["LastFetch"] = last_fetch
        if simple_mode is not UNSET:
            field_dict["SimpleMode"] = simple_mode
        if use_graph_api is not UNSET:
            field_dict["UseGraphApi"] = use_graph_api
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        e_mail_account_id: int | None | Unset = d.pop("EMailAccountId", UNSET)

        e_mail_address: None | str | Unset = d.pop("EMailAddress", UNSET)

        associate_id: int | None | Unset = d.pop("AssociateId", UNSET)

        incoming_credentials = _parse_incoming_credentials(d.pop("IncomingCredentials", UNSET))

        outgoing_credentials = _parse_outgoing_credentials(d.pop("OutgoingCredentials", UNSET))

        account_status: int | None | Unset = d.pop("AccountStatus", UNSET)

        error_count: int | None | Unset = d.pop("ErrorCount", UNSET)

        error_reason: None | str | Unset = d.pop("ErrorReason", UNSET)

        inbox_folder: None | str | Unset = d.pop("InboxFolder", UNSET)

        sent_folder: None | str | Unset = d.pop("SentFolder", UNSET)

        last_fetch = _parse_last_fetch(d.pop("LastFetch", UNSET))

        simple_mode: int | None | Unset = d.pop("SimpleMode", UNSET)

        use_graph_api: int | None | Unset = d.pop("UseGraphApi", UNSET)

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        e_mail_account = cls(
            e_mail_account_id=e_mail_account_id,
            e_mail_address=e_mail_address,
            associate_id=associate_id,
            incoming_credentials=incoming_credentials,
            outgoing_credentials=outgoing_credentials,
            account_status=account_status,
            error_count=error_count,
            error_reason=error_reason,
            inbox_folder=inbox_folder,
            sent_folder=sent_folder,
            last_fetch=last_fetch,
            simple_mode=simple_mode,
            use_graph_api=use_graph_api,
            table_right=table_right,
            field_properties=field_properties,
        )

        e_mail_account.additional_properties = d
        return e_mail_account

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_incoming_credentials(data: object) -> None | ServiceAuth | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        incoming_credentials_type_0 = ServiceAuth.from_dict(data)

        return incoming_credentials_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ServiceAuth | Unset", data)


def _parse_outgoing_credentials(data: object) -> None | ServiceAuth | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        outgoing_credentials_type_0 = ServiceAuth.from_dict(data)

        return outgoing_credentials_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ServiceAuth | Unset", data)


def _parse_last_fetch(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        last_fetch_type_0 = datetime.datetime.fromisoformat(data)

        return last_fetch_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_table_right(data: object) -> None | TableRight | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        table_right_type_0 = TableRight.from_dict(data)

        return table_right_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | TableRight | Unset", data)


def _parse_field_properties(data: object) -> FieldPropertyDictionary | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        field_properties_type_0 = FieldPropertyDictionary.from_dict(data)

        return field_properties_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("FieldPropertyDictionary | None | Unset", data)


# Imported here, after the class, so that models which refer to each other can import each other.
from ..models.field_property_dictionary import FieldPropertyDictionary  # noqa: E402
from ..models.service_auth import ServiceAuth  # noqa: E402
from ..models.table_right import TableRight  # noqa: E402
