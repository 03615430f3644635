from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.weekday import Weekday
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecurrenceWeekPattern")


@_attrs_define
class RecurrenceWeekPattern:
    """Weekly repetition rule."""

    cycle: int | None | Unset = UNSET
    weekdays: None | str | Unset | Weekday = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cycle: int | None | Unset
        if isinstance(self.cycle, Unset):
            cycle = UNSET
        else:
            cycle = self.cycle

        weekdays: None | str | Unset
        if isinstance(self.weekdays, Unset):
            weekdays = UNSET
        elif isinstance(self.weekdays, Weekday):
            weekdays = self.weekdays.value
        else:
            weekdays = self.weekdays

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cycle is not UNSET:
            field_dict["Cycle"] = cycle
        if weekdays is not UNSET:
            field_dict["Weekdays"] = weekdays

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cycle: int | None | Unset = d.pop("Cycle", UNSET)

        weekdays = _parse_weekdays(d.pop("Weekdays", UNSET))

        recurrence_week_pattern = cls(
            cycle=cycle,
            weekdays=weekdays,
        )

        recurrence_week_pattern.additional_properties = d
        return recurrence_week_pattern

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


def _parse_weekdays(data: object) -> None | str | Unset | Weekday:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        weekdays_type_0 = Weekday(data)

        return weekdays_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | str | Unset | Weekday", data)
