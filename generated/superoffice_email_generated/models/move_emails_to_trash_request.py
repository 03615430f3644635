from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MoveEmailsToTrashRequest")


@_attrs_define
class MoveEmailsToTrashRequest:
    """Body of MoveEmailsToTrash."""

    ids: list[int] | None | Unset = UNSET
    """ Primary keys of the mails in the CRM. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[int] | None | Unset
        if isinstance(self.ids, Unset):
            ids = UNSET
        elif isinstance(self.ids, list):
            ids = self.ids

        else:
            ids = self.ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["Ids"] = ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = _parse_ids(d.pop("Ids", UNSET))

        move_emails_to_trash_request = cls(
            ids=ids,
        )

        move_emails_to_trash_request.additional_properties = d
        return move_emails_to_trash_request

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


def _parse_ids(data: object) -> list[int] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        ids_type_0 = cast("list[int]", data)

        return ids_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[int] | None | Unset", data)
