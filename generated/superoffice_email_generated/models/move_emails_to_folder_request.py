from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MoveEmailsToFolderRequest")


@_attrs_define
class MoveEmailsToFolderRequest:
    """Body of MoveEmailsToFolder."""

    folder_id: int | None | Unset = UNSET
    """ Primary key of the folder in the CRM. """
    email_item_ids: list[int] | None | Unset = UNSET
    """ Primary keys of the mails in the CRM. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        folder_id: int | None | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        email_item_ids: list[int] | None | Unset
        if isinstance(self.email_item_ids, Unset):
            email_item_ids = UNSET
        elif isinstance(self.email_item_ids, list):
            email_item_ids = self.email_item_ids

        else:
            email_item_ids = self.email_item_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if folder_id is not UNSET:
            field_dict["FolderId"] = folder_id
        if email_item_ids is not UNSET:
            field_dict["EmailItemIds"] = email_item_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        folder_id: int | None | Unset = d.pop("FolderId", UNSET)

        email_item_ids = _parse_email_item_ids(d.pop("EmailItemIds", UNSET))

        move_emails_to_folder_request = cls(
            folder_id=folder_id,
            email_item_ids=email_item_ids,
        )

        move_emails_to_folder_request.additional_properties = d
        return move_emails_to_folder_request

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


def _parse_email_item_ids(data: object) -> list[int] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        email_item_ids_type_0 = cast("list[int]", data)

        return email_item_ids_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[int] | None | Unset", data)
