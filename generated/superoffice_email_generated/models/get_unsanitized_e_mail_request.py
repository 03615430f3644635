from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUnsanitizedEMailRequest")


@_attrs_define
class GetUnsanitizedEMailRequest:
    """Body of GetUnsanitizedEMail."""

    id: int | None | Unset = UNSET
    """ Primary key of the mail in the CRM. """
    include_attachments: bool | None | Unset = UNSET
    """ Also return attachment contents. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        include_attachments: bool | None | Unset
        if isinstance(self.include_attachments, Unset):
            include_attachments = UNSET
        else:
            include_attachments = self.include_attachments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if include_attachments is not UNSET:
            field_dict["IncludeAttachments"] = include_attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: int | None | Unset = d.pop("Id", UNSET)

        include_attachments: bool | None | Unset = d.pop("IncludeAttachments", UNSET)

        get_unsanitized_e_mail_request = cls(
            id=id,
            include_attachments=include_attachments,
        )

        get_unsanitized_e_mail_request.additional_properties = d
        return get_unsanitized_e_mail_request

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
