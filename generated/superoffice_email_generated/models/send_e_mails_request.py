from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendEMailsRequest")


@_attrs_define
class SendEMailsRequest:
    """Body of SendEMails."""

    outgoing_connection_info: EMailConnectionInfo | None | Unset = UNSET
    """ SMTP server and login to send with. """
    emails: list[EMailEntity] | None | Unset = UNSET
    """ The mails. """
    sent_items_connection_info: EMailConnectionInfo | None | Unset = UNSET
    """ Server and folder where copies of sent mails are filed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outgoing_connection_info: dict[str, Any] | None | Unset
        if isinstance(self.outgoing_connection_info, Unset):
            outgoing_connection_info = UNSET
        elif isinstance(self.outgoing_connection_info, EMailConnectionInfo):
            outgoing_connection_info = self.outgoing_connection_info.to_dict()
        else:
            outgoing_connection_info = self.outgoing_connection_info

        emails: list[dict[str, Any]] | None | Unset
        if isinstance(self.emails, Unset):
            emails = UNSET
        elif isinstance(self.emails, list):
            emails = []
            for emails_type_0_item_data in self.emails:
                emails_type_0_item = emails_type_0_item_data.to_dict()
                emails.append(emails_type_0_item)

        else:
            emails = self.emails

        sent_items_connection_info: dict[str, Any] | None | Unset
        if isinstance(self.sent_items_connection_info, Unset):
            sent_items_connection_info = UNSET
        elif isinstance(self.sent_items_connection_info, EMailConnectionInfo):
            sent_items_connection_info = self.sent_items_connection_info.to_dict()
        else:
            sent_items_connection_info = self.sent_items_connection_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if outgoing_connection_info is not UNSET:
            field_dict["OutgoingConnectionInfo"] = outgoing_connection_info
        if emails is not UNSET:
            field_dict["Emails"] = emails
        if sent_items_connection_info is not UNSET:
            field_dict["SentItemsConnectionInfo"] = sent_items_connection_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outgoing_connection_info = _parse_outgoing_connection_info(d.pop("OutgoingConnectionInfo", UNSET))

        emails = _parse_emails(d.pop("Emails", UNSET))

        sent_items_connection_info = _parse_sent_items_connection_info(d.pop("SentItemsConnectionInfo", UNSET))

        send_e_mails_request = cls(
            outgoing_connection_info=outgoing_connection_info,
            emails=emails,
            sent_items_connection_info=sent_items_connection_info,
        )

        send_e_mails_request.additional_properties = d
        return send_e_mails_request

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


def _parse_outgoing_connection_info(data: object) -> EMailConnectionInfo | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        outgoing_connection_info_type_0 = EMailConnectionInfo.from_dict(data)

        return outgoing_connection_info_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("EMailConnectionInfo | None | Unset", data)


def _parse_emails(data: object) -> list[EMailEntity] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        emails_type_0 = []
        _emails_type_0 = data
        for emails_type_0_item_data in _emails_type_0:
            emails_type_0_item = EMailEntity.from_dict(emails_type_0_item_data)

            emails_type_0.append(emails_type_0_item)

        return emails_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[EMailEntity] | None | Unset", data)


def _parse_sent_items_connection_info(data: object) -> EMailConnectionInfo | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        sent_items_connection_info_type_0 = EMailConnectionInfo.from_dict(data)

        return sent_items_connection_info_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("EMailConnectionInfo | None | Unset", data)


# Imported here, after the class, so that models which refer to each other can import each other.
from ..models.e_mail_connection_info import EMailConnectionInfo  # noqa: E402
from ..models.e_mail_entity import EMailEntity  # noqa: E402
