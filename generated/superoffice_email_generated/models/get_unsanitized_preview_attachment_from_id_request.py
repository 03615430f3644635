from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUnsanitizedPreviewAttachmentFromIdRequest")


@_attrs_define
class GetUnsanitizedPreviewAttachmentFromIdRequest:
    """Body of GetUnsanitizedPreviewAttachmentFromId."""

    mail_item_id: int | None | Unset = UNSET
    """ Primary key of the mail in the CRM. """
    attachment_id: None | str | Unset = UNSET
    """ Id of the attachment within its mail. """
    attachment_type: None | str | Unset = UNSET
    """ MIME type of the attachment. """
    attachment_filename: None | str | Unset = UNSET
    """ File name of the attachment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mail_item_id: int | None | Unset
        if isinstance(self.mail_item_id, Unset):
            mail_item_id = UNSET
        else:
            mail_item_id = self.mail_item_id

        attachment_id: None | str | Unset
        if isinstance(self.attachment_id, Unset):
            attachment_id = UNSET
        else:
            attachment_id = self.attachment_id

        attachment_type: None | str | Unset
        if isinstance(self.attachment_type, Unset):
            attachment_type = UNSET
        else:
            attachment_type = self.attachment_type

        attachment_filename: None | str | Unset
        if isinstance(self.attachment_filename, Unset):
            attachment_filename = UNSET
        else:
            attachment_filename = self.attachment_filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mail_item_id is not UNSET:
            field_dict["MailItemId"] = mail_item_id
        if attachment_id is not UNSET:
            field_dict["AttachmentId"] = attachment_id
        if attachment_type is not UNSET:
            field_dict["AttachmentType"] = attachment_type
        if attachment_filename is not UNSET:
            field_dict["AttachmentFilename"] = attachment_filename

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mail_item_id: int | None | Unset = d.pop("MailItemId", UNSET)

        attachment_id: None | str | Unset = d.pop("AttachmentId", UNSET)

        attachment_type: None | str | Unset = d.pop("AttachmentType", UNSET)

        attachment_filename: None | str | Unset = d.pop("AttachmentFilename", UNSET)

        get_unsanitized_preview_attachment_from_id_request = cls(
            mail_item_id=mail_item_id,
            attachment_id=attachment_id,
            attachment_type=attachment_type,
            attachment_filename=attachment_filename,
        )

        get_unsanitized_preview_attachment_from_id_request.additional_properties = d
        return get_unsanitized_preview_attachment_from_id_request

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
