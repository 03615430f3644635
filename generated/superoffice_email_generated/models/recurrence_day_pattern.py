from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recurrence_daily_pattern import RecurrenceDailyPattern
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecurrenceDayPattern")


@_attrs_define
class RecurrenceDayPattern:
    """Daily repetition rule."""

    cycle: int | None | Unset = UNSET
    pattern: None | RecurrenceDailyPattern | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cycle: int | None | Unset
        if isinstance(self.cycle, Unset):
            cycle = UNSET
        else:
            cycle = self.cycle

        pattern: None | str | Unset
        if isinstance(self.pattern, Unset):
            pattern = UNSET
        elif isinstance(self.pattern, RecurrenceDailyPattern):
            pattern = self.pattern.value
        else:
            pattern = self.pattern

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cycle is not UNSET:
            field_dict["Cycle"] = cycle
        if pattern is not UNSET:
            field_dict["Pattern"] = pattern

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cycle: int | None | Unset = d.pop("Cycle", UNSET)

        pattern = _parse_pattern(d.pop("Pattern", UNSET))

        recurrence_day_pattern = cls(
            cycle=cycle,
            pattern=pattern,
        )

        recurrence_day_pattern.additional_properties = d
        return recurrence_day_pattern

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


def _parse_pattern(data: object) -> None | RecurrenceDailyPattern | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        pattern_type_0 = RecurrenceDailyPattern(data)

        return pattern_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | RecurrenceDailyPattern | str | Unset", data)
