from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecurrenceDate")


@_attrs_define
class RecurrenceDate:
    """One occurrence date of a repeating appointment, with its conflict state."""

    date: datetime.datetime | None | Unset = UNSET
    is_conflict: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    description_style_hint: None | str | Unset = UNSET
    tooltip: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        is_conflict: bool | None | Unset
        if isinstance(self.is_conflict, Unset):
            is_conflict = UNSET
        else:
            is_conflict = self.is_conflict

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        description_style_hint: None | str | Unset
        if isinstance(self.description_style_hint, Unset):
            description_style_hint = UNSET
        else:
            description_style_hint = self.description_style_hint

        tooltip: None | str | Unset
        if isinstance(self.tooltip, Unset):
            tooltip = UNSET
        else:
            tooltip = self.tooltip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["Date"] = date
        if is_conflict is not UNSET:
            field_dict["IsConflict"] = is_conflict
        if description is not UNSET:
            field_dict["Description"] = description
        if description_style_hint is not UNSET:
            field_dict["DescriptionStyleHint"] = description_style_hint
        if tooltip is not UNSET:
            field_dict["Tooltip"] = tooltip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = _parse_date(d.pop("Date", UNSET))

        is_conflict: bool | None | Unset = d.pop("IsConflict", UNSET)

        description: None | str | Unset = d.pop("Description", UNSET)

        description_style_hint: None | str | Unset = d.pop("DescriptionStyleHint", UNSET)

        tooltip: None | str | Unset = d.pop("Tooltip", UNSET)

        recurrence_date = cls(
            date=date,
            is_conflict=is_conflict,
            description=description,
            description_style_hint=description_style_hint,
            tooltip=tooltip,
        )

        recurrence_date.additional_properties = d
        return recurrence_date

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


def _parse_date(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        date_type_0 = datetime.datetime.fromisoformat(data)

        return date_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)
