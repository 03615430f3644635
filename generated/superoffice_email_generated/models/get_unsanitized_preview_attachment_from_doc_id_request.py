from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUnsanitizedPreviewAttachmentFromDocIdRequest")


@_attrs_define
class GetUnsanitizedPreviewAttachmentFromDocIdRequest:
    """Body of GetUnsanitizedPreviewAttachmentFromDocId."""

    doc_id: int | None | Unset = UNSET
    """ Document primary key. """
    attachment_id: None | str | Unset = UNSET
    """ Id of the attachment within its mail. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        doc_id: int | None | Unset
        if isinstance(self.doc_id, Unset):
            doc_id = UNSET
        else:
            doc_id = self.doc_id

        attachment_id: None | str | Unset
        if isinstance(self.attachment_id, Unset):
            attachment_id = UNSET
        else:
            attachment_id = self.attachment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if doc_id is not UNSET:
            field_dict["DocId"] = doc_id
        if attachment_id is not UNSET:
            field_dict["AttachmentId"] = attachment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        doc_id: int | None | Unset = d.pop("DocId", UNSET)

        attachment_id: None | str | Unset = d.pop("AttachmentId", UNSET)

        get_unsanitized_preview_attachment_from_doc_id_request = cls(
            doc_id=doc_id,
            attachment_id=attachment_id,
        )

        get_unsanitized_preview_attachment_from_doc_id_request.additional_properties = d
        return get_unsanitized_preview_attachment_from_doc_id_request

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
