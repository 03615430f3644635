from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recurrence_yearly_pattern import RecurrenceYearlyPattern
from ..models.week_of_month import WeekOfMonth
from ..models.weekday import Weekday
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecurrenceYearPattern")


@_attrs_define
class RecurrenceYearPattern:
    """Yearly repetition rule."""

    cycle: int | None | Unset = UNSET
    day: int | None | Unset = UNSET
    weekday: None | str | Unset | Weekday = UNSET
    week_of_month: None | str | Unset | WeekOfMonth = UNSET
    pattern: None | RecurrenceYearlyPattern | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cycle: int | None | Unset
        if isinstance(self.cycle, Unset):
            cycle = UNSET
        else:
            cycle = self.cycle

        day: int | None | Unset
        if isinstance(self.day, Unset):
            day = UNSET
        else:
            day = self.day

        weekday: None | str | Unset
        if isinstance(self.weekday, Unset):
            weekday = UNSET
        elif isinstance(self.weekday, Weekday):
            weekday = self.weekday.value
        else:
            weekday = self.weekday

        week_of_month: None | str | Unset
        if isinstance(self.week_of_month, Unset):
            week_of_month = UNSET
        elif isinstance(self.week_of_month, WeekOfMonth):
            week_of_month = self.week_of_month.value
        else:
            week_of_month = self.week_of_month

        pattern: None | str | Unset
        if isinstance(self.pattern, Unset):
            pattern = UNSET
        elif isinstance(self.pattern, RecurrenceYearlyPattern):
            pattern = self.pattern.value
        else:
            pattern = self.pattern

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cycle is not UNSET:
            field_dict["Cycle"] = cycle
        if day is not UNSET:
            field_dict["Day"] = day
        if weekday is not UNSET:
            field_dict["Weekday"] = weekday
        if week_of_month is not UNSET:
            field_dict["WeekOfMonth"] = week_of_month
        if pattern is not UNSET:
            field_dict["Pattern"] = pattern

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cycle: int | None | Unset = d.pop("Cycle", UNSET)

        day: int | None | Unset = d.pop("Day", UNSET)

        weekday = _parse_weekday(d.pop("Weekday", UNSET))

        week_of_month = _parse_week_of_month(d.pop("WeekOfMonth", UNSET))

        pattern = _parse_pattern(d.pop("Pattern", UNSET))

        recurrence_year_pattern = cls(
            cycle=cycle,
            day=day,
            weekday=weekday,
            week_of_month=week_of_month,
            pattern=pattern,
        )

        recurrence_year_pattern.additional_properties = d
        return recurrence_year_pattern

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


def _parse_weekday(data: object) -> None | str | Unset | Weekday:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        weekday_type_0 = Weekday(data)

        return weekday_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | str | Unset | Weekday", data)


def _parse_week_of_month(data: object) -> None | str | Unset | WeekOfMonth:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        week_of_month_type_0 = WeekOfMonth(data)

        return week_of_month_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | str | Unset | WeekOfMonth", data)


def _parse_pattern(data: object) -> None | RecurrenceYearlyPattern | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        pattern_type_0 = RecurrenceYearlyPattern(data)

        return pattern_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | RecurrenceYearlyPattern | str | Unset", data)
