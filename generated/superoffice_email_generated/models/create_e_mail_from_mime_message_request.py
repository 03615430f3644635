from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEMailFromMimeMessageRequest")


@_attrs_define
class CreateEMailFromMimeMessageRequest:
    """Body of CreateEMailFromMimeMessage."""

    mime_message: None | str | Unset = UNSET
    """ The raw MIME message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mime_message: None | str | Unset
        if isinstance(self.mime_message, Unset):
            mime_message = UNSET
        else:
            mime_message = self.mime_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mime_message is not UNSET:
            field_dict["MimeMessage"] = mime_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mime_message: None | str | Unset = d.pop("MimeMessage", UNSET)

        create_e_mail_from_mime_message_request = cls(
            mime_message=mime_message,
        )

        create_e_mail_from_mime_message_request.additional_properties = d
        return create_e_mail_from_mime_message_request

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
