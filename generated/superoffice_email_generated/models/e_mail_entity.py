from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cal_method import CalMethod
from ..models.cal_reply_status import CalReplyStatus
from ..models.e_mail_flags import EMailFlags
from ..models.e_mail_priority import EMailPriority
from ..types import UNSET, Unset

T = TypeVar("T", bound="EMailEntity")


@_attrs_define
class EMailEntity:
    """A complete mail: addresses, subject, bodies, attachments, flags and CRM links."""

    to: list[EMailAddress] | None | Unset = UNSET
    """ Main recipients. """
    cc: list[EMailAddress] | None | Unset = UNSET
    """ Copy recipients. """
    bcc: list[EMailAddress] | None | Unset = UNSET
    """ Blind copy recipients. """
    subject: None | str | Unset = UNSET
    """ Subject line. """
    html_body: None | str | Unset = UNSET
    """ Body as HTML. """
    from_: EMailAddress | None | Unset = UNSET
    """ Sender. """
    sent: datetime.datetime | None | Unset = UNSET
    """ When the mail was sent. """
    size: int | None | Unset = UNSET
    """ Size of the whole mail in bytes. """
    priority: EMailPriority | None | str | Unset = UNSET
    """ Importance. """
    flags: EMailFlags | None | str | Unset = UNSET
    """ State flags such as Seen or Answered. """
    message_id: None | str | Unset = UNSET
    """ The Message-Id header. """
    plain_body: None | str | Unset = UNSET
    """ Body as plain text. """
    is_sent: bool | None | Unset = UNSET
    """ True for a mail that has been sent, false for a new one. """
    e_mail_so_info: EMailSOInfo | None | Unset = UNSET
    """ Where the mail is archived in the CRM, if it is. """
    server_id: int | None | Unset = UNSET
    """ Numeric id of the mail on the mail server (IMAP UID). """
    server_identifier: None | str | Unset = UNSET
    """ String id of the mail on the mail server. """
    attachments: list[EMailAttachment] | None | Unset = UNSET
    """ Attached files. """
    custom_header_list: list[EMailCustomHeader] | None | Unset = UNSET
    """ Extra MIME headers. """
    folder_name: None | str | Unset = UNSET
    """ Mail server folder the mail is in. """
    email_item_id: int | None | Unset = UNSET
    """ Primary key of the mail in the CRM inbox tables. """
    account_id: int | None | Unset = UNSET
    """ Mail account the mail belongs to. """
    received_at: datetime.datetime | None | Unset = UNSET
    """ When the mail arrived. """
    in_reply_to: EMailEnvelope | None | Unset = UNSET
    """ Envelope of the mail this one answers. """
    replied_at: datetime.datetime | None | Unset = UNSET
    """ When the mail was answered. """
    has_calendar_data: bool | None | Unset = UNSET
    """ True when the mail carries an iCalendar part. """
    cal_method: CalMethod | None | str | Unset = UNSET
    """ METHOD of the iCalendar part. """
    cal_reply_status: CalReplyStatus | None | str | Unset = UNSET
    """ Answer in an iCalendar reply. """
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        cc: list[dict[str, Any]] | None | Unset
        if isinstance(self.cc, Unset):
            cc = UNSET
        elif isinstance(self.cc, list):
            cc = []
            for cc_type_0_item_data in self.cc:
                cc_type_0_item = cc_type_0_item_data.to_dict()
                cc.append(cc_type_0_item)

        else:
            cc = self.cc

        bcc: list[dict[str, Any]] | None | Unset
        if isinstance(self.bcc, Unset):
            bcc = UNSET
        elif isinstance(self.bcc, list):
            bcc = []
            for bcc_type_0_item_data in self.bcc:
                bcc_type_0_item = bcc_type_0_item_data.to_dict()
                bcc.append(bcc_type_0_item)

        else:
            bcc = self.bcc

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        html_body: None | str | Unset
        if isinstance(self.html_body, Unset):
            html_body = UNSET
        else:
            html_body = self.html_body

        from_: dict[str, Any] | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, EMailAddress):
            from_ = self.from_.to_dict()
        else:
            from_ = self.from_

        sent: None | str | Unset
        if isinstance(self.sent, Unset):
            sent = UNSET
        elif isinstance(self.sent, datetime.datetime):
            sent = self.sent.isoformat()
        else:
            sent = self.sent

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

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

        message_id: None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        plain_body: None | str | Unset
        if isinstance(self.plain_body, Unset):
            plain_body = UNSET
        else:
            plain_body = self.plain_body

        is_sent: bool | None | Unset
        if isinstance(self.is_sent, Unset):
            is_sent = UNSET
        else:
            is_sent = self.is_sent

        e_mail_so_info: dict[str, Any] | None | Unset
        if isinstance(self.e_mail_so_info, Unset):
            e_mail_so_info = UNSET
        elif isinstance(self.e_mail_so_info, EMailSOInfo):
            e_mail_so_info = self.e_mail_so_info.to_dict()
        else:
            e_mail_so_info = self.e_mail_so_info

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

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        custom_header_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_header_list, Unset):
            custom_header_list = UNSET
        elif isinstance(self.custom_header_list, list):
            custom_header_list = []
            for custom_header_list_type_0_item_data in self.custom_header_list:
                custom_header_list_type_0_item = custom_header_list_type_0_item_data.to_dict()
                custom_header_list.append(custom_header_list_type_0_item)

        else:
            custom_header_list = self.custom_header_list

        folder_name: None | str | Unset
        if isinstance(self.folder_name, Unset):
            folder_name = UNSET
        else:
            folder_name = self.folder_name

        email_item_id: int | None | Unset
        if isinstance(self.email_item_id, Unset):
            email_item_id = UNSET
        else:
            email_item_id = self.email_item_id

        account_id: int | None | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        received_at: None | str | Unset
        if isinstance(self.received_at, Unset):
            received_at = UNSET
        elif isinstance(self.received_at, datetime.datetime):
            received_at = self.received_at.isoformat()
        else:
            received_at = self.received_at

        in_reply_to: dict[str, Any] | None | Unset
        if isinstance(self.in_reply_to, Unset):
            in_reply_to = UNSET
        elif isinstance(self.in_reply_to, EMailEnvelope):
            in_reply_to = self.in_reply_to.to_dict()
        else:
            in_reply_to = self.in_reply_to

        replied_at: None | str | Unset
        if isinstance(self.replied_at, Unset):
            replied_at = UNSET
        elif isinstance(self.replied_at, datetime.datetime):
            replied_at = self.replied_at.isoformat()
        else:
            replied_at = self.replied_at

        has_calendar_data: bool | None | Unset
        if isinstance(self.has_calendar_data, Unset):
            has_calendar_data = UNSET
        else:
            has_calendar_data = self.has_calendar_data

        cal_method: None | str | Unset
        if isinstance(self.cal_method, Unset):
            cal_method = UNSET
        elif isinstance(self.cal_method, CalMethod):
            cal_method = self.cal_method.value
        else:
            cal_method = self.cal_method

        cal_reply_status: None | str | Unset
        if isinstance(self.cal_reply_status, Unset):
            cal_reply_status = UNSET
        elif isinstance(self.cal_reply_status, CalReplyStatus):
            cal_reply_status = self.cal_reply_status.value
        else:
            cal_reply_status = self.cal_reply_status

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
        if to is not UNSET:
            field_dict["To"] = to
        if cc is not UNSET:
            field_dict["Cc"] = cc
        if bcc is not UNSET:
            field_dict["Bcc"] = bcc
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if html_body is not UNSET:
            field_dict["HTMLBody"] = html_body
        if from_ is not UNSET:
            field_dict["From"] = from_
        if sent is not UNSET:
            field_dict["Sent"] = sent
        if size is not UNSET:
            field_dict["Size"] = size
        if priority is not UNSET:
            field_dict["Priority"] = priority
        if flags is not UNSET:
            field_dict["Flags"] = flags
        if message_id is not UNSET:
            field_dict["MessageID"] = message_id
        if plain_body is not UNSET:
            field_dict["PlainBody"] = plain_body
        if is_sent is not UNSET:
            field_dict["IsSent"] = is_sent
        if e_mail_so_info is not UNSET:
            field_dict["EMailSOInfo"] = e_mail_so_info
        if server_id is not UNSET:
            field_dict["ServerId"] = server_id
        if server_identifier is not UNSET:
            field_dict["ServerIdentifier"] = server_identifier
        if attachments is not UNSET:
            field_dict["Attachments"] = attachments
        if custom_header_list is not UNSET:
            field_dict["CustomHeaderList"] = custom_header_list
        if folder_name is not UNSET:
            field_dict["FolderName"] = folder_name
        if email_item_id is not UNSET:
            field_dict["EmailItemId"] = email_item_id
        if account_id is not UNSET:
            field_dict["AccountId"] = account_id
        if received_at is not UNSET:
            field_dict["ReceivedAt"] = received_at
        if in_reply_to is not UNSET:
            field_dict["InReplyTo"] = in_reply_to
        if replied_at is not UNSET:
            field_dict["RepliedAt"] = replied_at
        if has_calendar_data is not UNSET:
            field_dict["HasCalendarData"] = has_calendar_data
        if cal_method is not UNSET:
            field_dict["CalMethod"] = cal_method
        if cal_reply_status is not UNSET:
            field_dict["CalReplyStatus"] = cal_reply_status
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = _parse_to(d.pop("To", UNSET))

        cc = _parse_cc(d.pop("Cc", UNSET))

        bcc = _parse_bcc(d.pop("Bcc", UNSET))

        subject: None | str | Unset = d.pop("Subject", UNSET)

        html_body: None | str | Unset = d.pop("HTMLBody", UNSET)

        from_ = _parse_from_(d.pop("From", UNSET))

        sent = _parse_sent(d.pop("Sent", UNSET))

        size: int | None | Unset = d.pop("Size", UNSET)

        priority = _parse_priority(d.pop("Priority", UNSET))

        flags = _parse_flags(d.pop("Flags", UNSET))

        message_id: None | str | Unset = d.pop("MessageID", UNSET)

        plain_body: None | str | Unset = d.pop("PlainBody", UNSET)

        is_sent: bool | None | Unset = d.pop("IsSent", UNSET)

        e_mail_so_info = _parse_e_mail_so_info(d.pop("EMailSOInfo", UNSET))

        server_id: int | None | Unset = d.pop("ServerId", UNSET)

        server_identifier: None | str | Unset = d.pop("ServerIdentifier", UNSET)

        attachments = _parse_attachments(d.pop("Attachments", UNSET))

        custom_header_list = _parse_custom_header_list(d.pop("CustomHeaderList", UNSET))

        folder_name: None | str | Unset = d.pop("FolderName", UNSET)

        email_item_id: int | None | Unset = d.pop("EmailItemId", UNSET)

        account_id: int | None | Unset = d.pop("AccountId", UNSET)

        received_at = _parse_received_at(d.pop("ReceivedAt", UNSET))

        in_reply_to = _parse_in_reply_to(d.pop("InReplyTo", UNSET))

        replied_at = _parse_replied_at(d.pop("RepliedAt", UNSET))

        has_calendar_data: bool | None | Unset = d.pop("HasCalendarData", UNSET)

        cal_method = _parse_cal_method(d.pop("CalMethod", UNSET))

        cal_reply_status = _parse_cal_reply_status(d.pop("CalReplyStatus", UNSET))

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        e_mail_entity = cls(
            to=to,
            cc=cc,
            bcc=bcc,
            subject=subject,
            html_body=html_body,
            from_=from_,
            sent=sent,
            size=size,
            priority=priority,
            flags=flags,
            message_id=message_id,
            plain_body=plain_body,
            is_sent=is_sent,
            e_mail_so_info=e_mail_so_info,
            server_id=server_id,
            server_identifier=server_identifier,
            attachments=attachments,
            custom_header_list=custom_header_list,
            folder_name=folder_name,
            email_item_id=email_item_id,
            account_id=account_id,
            received_at=received_at,
            in_reply_to=in_reply_to,
            replied_at=replied_at,
            has_calendar_data=has_calendar_data,
            cal_method=cal_method,
            cal_reply_status=cal_reply_status,
            table_right=table_right,
            field_properties=field_properties,
        )

        e_mail_entity.additional_properties = d
        return e_mail_entity

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


def _parse_cc(data: object) -> list[EMailAddress] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        cc_type_0 = []
        _cc_type_0 = data
        for cc_type_0_item_data in _cc_type_0:
            cc_type_0_item = EMailAddress.from_dict(cc_type_0_item_data)

            cc_type_0.append(cc_type_0_item)

        return cc_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[EMailAddress] | None | Unset", data)


def _parse_bcc(data: object) -> list[EMailAddress] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        bcc_type_0 = []
        _bcc_type_0 = data
        for bcc_type_0_item_data in _bcc_type_0:
            bcc_type_0_item = EMailAddress.from_dict(bcc_type_0_item_data)

            bcc_type_0.append(bcc_type_0_item)

        return bcc_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[EMailAddress] | None | Unset", data)


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


def _parse_attachments(data: object) -> list[EMailAttachment] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        attachments_type_0 = []
        _attachments_type_0 = data
        for attachments_type_0_item_data in _attachments_type_0:
            attachments_type_0_item = EMailAttachment.from_dict(attachments_type_0_item_data)

            attachments_type_0.append(attachments_type_0_item)

        return attachments_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[EMailAttachment] | None | Unset", data)


def _parse_custom_header_list(data: object) -> list[EMailCustomHeader] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        custom_header_list_type_0 = []
        _custom_header_list_type_0 = data
        for custom_header_list_type_0_item_data in _custom_header_list_type_0:
            custom_header_list_type_0_item = EMailCustomHeader.from_dict(custom_header_list_type_0_item_data)

            custom_header_list_type_0.append(custom_header_list_type_0_item)

        return custom_header_list_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[EMailCustomHeader] | None | Unset", data)


def _parse_received_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        received_at_type_0 = datetime.datetime.fromisoformat(data)

        return received_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_in_reply_to(data: object) -> EMailEnvelope | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        in_reply_to_type_0 = EMailEnvelope.from_dict(data)

        return in_reply_to_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("EMailEnvelope | None | Unset", data)


def _parse_replied_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        replied_at_type_0 = datetime.datetime.fromisoformat(data)

        return replied_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_cal_method(data: object) -> CalMethod | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        cal_method_type_0 = CalMethod(data)

        return cal_method_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("CalMethod | None | str | Unset", data)


def _parse_cal_reply_status(data: object) -> CalReplyStatus | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        cal_reply_status_type_0 = CalReplyStatus(data)

        return cal_reply_status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("CalReplyStatus | None | str | Unset", data)


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
from ..models.e_mail_attachment import EMailAttachment  # noqa: E402
from ..models.e_mail_custom_header import EMailCustomHeader  # noqa: E402
from ..models.e_mail_envelope import EMailEnvelope  # noqa: E402
from ..models.e_mail_so_info import EMailSOInfo  # noqa: E402
from ..models.field_property_dictionary import FieldPropertyDictionary  # noqa: E402
from ..models.table_right import TableRight  # noqa: E402
