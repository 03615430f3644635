from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_mail_flags import EMailFlags
from ..models.e_mail_priority import EMailPriority
from ..types import UNSET, Unset

T = TypeVar("T", bound="EMailEnvelope")


@_attrs_define
class EMailEnvelope:
    """The header fields of a mail without its body."""

    server_id: int | None | Unset = UNSET
    """ Numeric id of the mail on the mail server (IMAP UID). """
    server_identifier: None | str | Unset = UNSET
    """ String id of the mail on the mail server. """
    message_id: None | str | Unset = UNSET
    """ The Message-Id header. """
    subject: None | str | Unset = UNSET
    """ Subject line. """
    from_: EMailAddress | None | Unset = UNSET
    """ Sender. """
    to: list[EMailAddress] | None | Unset = UNSET
    """ Main recipients. """
    sent: datetime.datetime | None | Unset = UNSET
    """ When the mail was sent. """
    priority: EMailPriority | None | str | Unset = UNSET
    """ Importance. """
    flags: EMailFlags | None | str | Unset = UNSET
    """ State flags such as Seen or Answered. """
    size: int | None | Unset = UNSET
    """ Size of the whole mail in bytes. """
    e_mail_so_info: EMailSOInfo | None | Unset = UNSET
    """ Where the mail is archived in the CRM, if it is. """
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_id: int | None | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        else:
            server_id = self.server_id

        server_identifier: None | str | Unset
        if isinstance(self.server_identifier, Unset):
            server_identifier = UNSET
        else:
            server_identifier = self.server_identifier

        message_id: None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        from_: dict[str, Any] | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, EMailAddress):
            from_ = self.from_.to_dict()
        else:
            from_ = self.from_

        to: list[dict[str, Any]] | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, list):
            to = []
            for to_type_0_item_data in self.to:
                to_type_0_item = to_type_0_item_data.to_dict()
                to.append(to_type_0_item)

        else:
            to = self.to

        sent: None | str | Unset
        if isinstance(self.sent, Unset):
            sent = UNSET
        elif isinstance(self.sent, datetime.datetime):
            sent = self.sent.isoformat()
        else:
            sent = self.sent

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, EMailPriority):
            priority = self.priority.value
        else:
            priority = self.priority

        flags: None | str | Unset
        if isinstance(self.flags, Unset):
            flags = UNSET
        elif isinstance(self.flags, EMailFlags):
            flags = self.flags.value
        else:
            flags = self.flags

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        e_mail_so_info: dict[str, Any] | None | Unset
        if isinstance(self.e_mail_so_info, Unset):
            e_mail_so_info = UNSET
        elif isinstance(self.e_mail_so_info, EMailSOInfo):
            e_mail_so_info = self.e_mail_so_info.to_dict()
        else:
            e_mail_so_info = self.e_mail_so_info

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
        if server_id is not UNSET:
            field_dict["ServerId"] = server_id
        if server_identifier is not UNSET:
            field_dict["ServerIdentifier"] = server_identifier
        if message_id is not UNSET:
            field_dict["MessageId"] = message_id
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if from_ is not UNSET:
            field_dict["From"] = from_
        if to is not UNSET:
            field_dict["To"] = to
        if sent is not UNSET:
            field_dict["Sent"] = sent
        if priority is not UNSET:
            field_dict["Priority"] = priority
        if flags is not UNSET:
            field_dict["Flags"] = flags
        if size is not UNSET:
            field_dict["Size"] = size
        if e_mail_so_info is not UNSET:
            field_dict["EMailSOInfo"] = e_mail_so_info
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        server_id: int | None | Unset = d.pop("ServerId", UNSET)

        server_identifier: None | str | Unset = d.pop("ServerIdentifier", UNSET)

        message_id: None | str | Unset = d.pop("MessageId", UNSET)

        subject: None | str | Unset = d.pop("Subject", UNSET)

        from_ = _parse_from_(d.pop("From", UNSET))

        to = _parse_to(d.pop("To", UNSET))

        sent = _parse_sent(d.pop("Sent", UNSET))

        priority = _parse_priority(d.pop("Priority", UNSET))

        flags = _parse_flags(d.pop("Flags", UNSET))

        size: int | None | Unset = d.pop("Size", UNSET)

        e_mail_so_info = _parse_e_mail_so_info(d.pop("EMailSOInfo", UNSET))

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        e_mail_envelope = cls(
            server_id=server_id,
            server_identifier=server_identifier,
            message_id=message_id,
            subject=subject,
            from_=from_,
            to=to,
            sent=sent,
            priority=priority,
            flags=flags,
            size=size,
            e_mail_so_info=e_mail_so_info,
            table_right=table_right,
            field_properties=field_properties,
        )

        e_mail_envelope.additional_properties = d
        return e_mail_envelope

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


def _parse_from_(data: object) -> EMailAddress | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        from_type_0 = EMailAddress.from_dict(data)

        return from_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("EMailAddress | None | Unset", data)


def _parse_to(data: object) -> list[EMailAddress] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        to_type_0 = []
        _to_type_0 = data
        for to_type_0_item_data in _to_type_0:
            to_type_0_item = EMailAddress.from_dict(to_type_0_item_data)

            to_type_0.append(to_type_0_item)

        return to_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[EMailAddress] | None | Unset", data)


def _parse_sent(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        sent_type_0 = datetime.datetime.fromisoformat(data)

        return sent_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_priority(data: object) -> EMailPriority | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        priority_type_0 = EMailPriority(data)

        return priority_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("EMailPriority | None | str | Unset", data)


def _parse_flags(data: object) -> EMailFlags | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        flags_type_0 = EMailFlags(data)

        return flags_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("EMailFlags | None | str | Unset", data)


def _parse_e_mail_so_info(data: object) -> EMailSOInfo | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        e_mail_so_info_type_0 = EMailSOInfo.from_dict(data)

        return e_mail_so_info_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("EMailSOInfo | None | Unset", data)


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
from ..models.e_mail_address import EMailAddress  # noqa: E402
from ..models.e_mail_so_info import EMailSOInfo  # noqa: E402
from ..models.field_property_dictionary import FieldPropertyDictionary  # noqa: E402
from ..models.table_right import TableRight  # noqa: E402
