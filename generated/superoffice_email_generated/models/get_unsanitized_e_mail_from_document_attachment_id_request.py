from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUnsanitizedEMailFromDocumentAttachmentIdRequest")


@_attrs_define
class GetUnsanitizedEMailFromDocumentAttachmentIdRequest:
    """Body of GetUnsanitizedEMailFromDocumentAttachmentId."""

    doc_id: int | None | Unset = UNSET
    """ Document primary key. """
    attachment_ids: list[str] | None | Unset = UNSET
    """ Attachment ids, outermost first, leading to a mail attached inside a mail. """
    include_attachments: bool | None | Unset = UNSET
    """ Also return attachment contents. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        doc_id: int | None | Unset
        if isinstance(self.doc_id, Unset):
            doc_id = UNSET
        else:
            doc_id = self.doc_id

        attachment_ids: list[str] | None | Unset
        if isinstance(self.attachment_ids, Unset):
            attachment_ids = UNSET
        elif isinstance(self.attachment_ids, list):
            attachment_ids = self.attachment_ids

        else:
            attachment_ids = self.attachment_ids

        include_attachments: bool | None | Unset
        if isinstance(self.include_attachments, Unset):
            include_attachments = UNSET
        else:
            include_attachments = self.include_attachments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if doc_id is not UNSET:
            field_dict["DocId"] = doc_id
        if attachment_ids is not UNSET:
            field_dict["AttachmentIds"] = attachment_ids
        if include_attachments is not UNSET:
            field_dict["IncludeAttachments"] = include_attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        doc_id: int | None | Unset = d.pop("DocId", UNSET)

        attachment_ids = _parse_attachment_ids(d.pop("AttachmentIds", UNSET))

        include_attachments: bool | None | Unset = d.pop("IncludeAttachments", UNSET)

        get_unsanitized_e_mail_from_document_attachment_id_request = cls(
            doc_id=doc_id,
            attachment_ids=attachment_ids,
            include_attachments=include_attachments,
        )

        get_unsanitized_e_mail_from_document_attachment_id_request.additional_properties = d
        return get_unsanitized_e_mail_from_document_attachment_id_request

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


def _parse_attachment_ids(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        attachment_ids_type_0 = cast("list[str]", data)

        return attachment_ids_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None | Unset", data)
