from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAttachmentFromServerIdentifierRequest")


@_attrs_define
class GetAttachmentFromServerIdentifierRequest:
    """Body of GetAttachmentFromServerIdentifier."""

    connection_info: EMailConnectionInfo | None | Unset = UNSET
    """ Mail server, login and folder to work on. """
    message_server_id: None | str | Unset = UNSET
    """ Numeric id of the mail on the mail server (IMAP UID). """
    attachment_id: None | str | Unset = UNSET
    """ Id of the attachment within its mail. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_info: dict[str, Any] | None | Unset
        if isinstance(self.connection_info, Unset):
            connection_info = UNSET
        elif isinstance(self.connection_info, EMailConnectionInfo):
            connection_info = self.connection_info.to_dict()
        else:
            connection_info = self.connection_info

        message_server_id: None | str | Unset
        if isinstance(self.message_server_id, Unset):
            message_server_id = UNSET
        else:
            message_server_id = self.message_server_id

        attachment_id: None | str | Unset
        if isinstance(self.attachment_id, Unset):
            attachment_id = UNSET
        else:
            attachment_id = self.attachment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connection_info is not UNSET:
            field_dict["ConnectionInfo"] = connection_info
        if message_server_id is not UNSET:
            field_dict["MessageServerId"] = message_server_id
        if attachment_id is not UNSET:
            field_dict["AttachmentId"] = attachment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        connection_info = _parse_connection_info(d.pop("ConnectionInfo", UNSET))

        message_server_id: None | str | Unset = d.pop("MessageServerId", UNSET)

        attachment_id: None | str | Unset = d.pop("AttachmentId", UNSET)

        get_attachment_from_server_identifier_request = cls(
            connection_info=connection_info,
            message_server_id=message_server_id,
            attachment_id=attachment_id,
        )

        get_attachment_from_server_identifier_request.additional_properties = d
        return get_attachment_from_server_identifier_request

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


def _parse_connection_info(data: object) -> EMailConnectionInfo | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        connection_info_type_0 = EMailConnectionInfo.from_dict(data)

        return connection_info_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("EMailConnectionInfo | None | Unset", data)


# Imported here, after the class, so that models which refer to each other can import each other.
from ..models.e_mail_connection_info import EMailConnectionInfo  # noqa: E402
