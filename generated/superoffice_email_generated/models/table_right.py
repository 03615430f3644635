from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_table_right import ETableRight
from ..types import UNSET, Unset

T = TypeVar("T", bound="TableRight")


@_attrs_define
class TableRight:
    """What the current user may do with the row the carrier came from."""

    mask: ETableRight | None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    """ Why a right is missing; empty when every right is granted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mask: None | str | Unset
        if isinstance(self.mask, Unset):
            mask = UNSET
        elif isinstance(self.mask, ETableRight):
            mask = self.mask.value
        else:
            mask = self.mask

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mask is not UNSET:
            field_dict["Mask"] = mask
        if reason is not UNSET:
            field_dict["Reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mask = _parse_mask(d.pop("Mask", UNSET))

        reason: None | str | Unset = d.pop("Reason", UNSET)

        table_right = cls(
            mask=mask,
            reason=reason,
        )

        table_right.additional_properties = d
        return table_right

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


def _parse_mask(data: object) -> ETableRight | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        mask_type_0 = ETableRight(data)

        return mask_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("ETableRight | None | str | Unset", data)
