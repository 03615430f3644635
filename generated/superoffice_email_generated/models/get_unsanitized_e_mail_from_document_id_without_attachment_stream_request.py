from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUnsanitizedEMailFromDocumentIdWithoutAttachmentStreamRequest")


@_attrs_define
class GetUnsanitizedEMailFromDocumentIdWithoutAttachmentStreamRequest:
    """Body of GetUnsanitizedEMailFromDocumentIdWithoutAttachmentStream."""

    document_id: int | None | Unset = UNSET
    """ Document primary key. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id: int | None | Unset
        if isinstance(self.document_id, Unset):
            document_id = UNSET
        else:
            document_id = self.document_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_id is not UNSET:
            field_dict["DocumentId"] = document_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id: int | None | Unset = d.pop("DocumentId", UNSET)

        get_unsanitized_e_mail_from_document_id_without_attachment_stream_request = cls(
            document_id=document_id,
        )

        get_unsanitized_e_mail_from_document_id_without_attachment_stream_request.additional_properties = d
        return get_unsanitized_e_mail_from_document_id_without_attachment_stream_request

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
