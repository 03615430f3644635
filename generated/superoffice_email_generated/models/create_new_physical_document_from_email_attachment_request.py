from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateNewPhysicalDocumentFromEmailAttachmentRequest")


@_attrs_define
class CreateNewPhysicalDocumentFromEmailAttachmentRequest:
    """Body of CreateNewPhysicalDocumentFromEmailAttachment."""

    document_id: int | None | Unset = UNSET
    """ Document primary key. """
    email_item_id: int | None | Unset = UNSET
    """ Primary key of the mail in the CRM. """
    attachment_id: None | str | Unset = UNSET
    """ Id of the attachment within its mail. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id: int | None | Unset
        if isinstance(self.document_id, Unset):
            document_id = UNSET
        else:
            document_id = self.document_id

        email_item_id: int | None | Unset
        if isinstance(self.email_item_id, Unset):
            email_item_id = UNSET
        else:
            email_item_id = self.email_item_id

        attachment_id: None | str | Unset
        if isinstance(self.attachment_id, Unset):
            attachment_id = UNSET
        else:
            attachment_id = self.attachment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_id is not UNSET:
            field_dict["DocumentId"] = document_id
        if email_item_id is not UNSET:
            field_dict["EmailItemId"] = email_item_id
        if attachment_id is not UNSET:
            field_dict["AttachmentId"] = attachment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id: int | None | Unset = d.pop("DocumentId", UNSET)

        email_item_id: int | None | Unset = d.pop("EmailItemId", UNSET)

        attachment_id: None | str | Unset = d.pop("AttachmentId", UNSET)

        create_new_physical_document_from_email_attachment_request = cls(
            document_id=document_id,
            email_item_id=email_item_id,
            attachment_id=attachment_id,
        )

        create_new_physical_document_from_email_attachment_request.additional_properties = d
        return create_new_physical_document_from_email_attachment_request

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
