from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recurrence_end_type import RecurrenceEndType
from ..models.recurrence_pattern import RecurrencePattern
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecurrenceInfo")


@_attrs_define
class RecurrenceInfo:
    """The repetition rules and the resulting dates of a repeating appointment."""

    recurrence_id: int | None | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    recurrence_end_type: None | RecurrenceEndType | str | Unset = UNSET
    pattern: None | RecurrencePattern | str | Unset = UNSET
    day_pattern: None | RecurrenceDayPattern | Unset = UNSET
    week_pattern: None | RecurrenceWeekPattern | Unset = UNSET
    month_pattern: None | RecurrenceMonthPattern | Unset = UNSET
    year_pattern: None | RecurrenceYearPattern | Unset = UNSET
    dates: list[RecurrenceDate] | None | Unset = UNSET
    recurrence_counter: int | None | Unset = UNSET
    is_recurrence: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recurrence_id: int | None | Unset
        if isinstance(self.recurrence_id, Unset):
            recurrence_id = UNSET
        else:
            recurrence_id = self.recurrence_id

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        recurrence_end_type: None | str | Unset
        if isinstance(self.recurrence_end_type, Unset):
            recurrence_end_type = UNSET
        elif isinstance(self.recurrence_end_type, RecurrenceEndType):
            recurrence_end_type = self.recurrence_end_type.value
        else:
            recurrence_end_type = self.recurrence_end_type

        pattern: None | str | Unset
        if isinstance(self.pattern, Unset):
            pattern = UNSET
        elif isinstance(self.pattern, RecurrencePattern):
            pattern = self.pattern.value
        else:
            pattern = self.pattern

        day_pattern: dict[str, Any] | None | Unset
        if isinstance(self.day_pattern, Unset):
            day_pattern = UNSET
        elif isinstance(self.day_pattern, RecurrenceDayPattern):
            day_pattern = self.day_pattern.to_dict()
        else:
            day_pattern = self.day_pattern

        week_pattern: dict[str, Any] | None | Unset
        if isinstance(self.week_pattern, Unset):
            week_pattern = UNSET
        elif isinstance(self.week_pattern, RecurrenceWeekPattern):
            week_pattern = self.week_pattern.to_dict()
        else:
            week_pattern = self.week_pattern

        month_pattern: dict[str, Any] | None | Unset
        if isinstance(self.month_pattern, Unset):
            month_pattern = UNSET
        elif isinstance(self.month_pattern, RecurrenceMonthPattern):
            month_pattern = self.month_pattern.to_dict()
        else:
            month_pattern = self.month_pattern

        year_pattern: dict[str, Any] | None | Unset
        if isinstance(self.year_pattern, Unset):
            year_pattern = UNSET
        elif isinstance(self.year_pattern, RecurrenceYearPattern):
            year_pattern = self.year_pattern.to_dict()
        else:
            year_pattern = self.year_pattern

        dates: list[dict[str, Any]] | None | Unset
        if isinstance(self.dates, Unset):
            dates = UNSET
        elif isinstance(self.dates, list):
            dates = []
            for dates_type_0_item_data in self.dates:
                dates_type_0_item = dates_type_0_item_data.to_dict()
                dates.append(dates_type_0_item)

        else:
            dates = self.dates

        recurrence_counter: int | None | Unset
        if isinstance(self.recurrence_counter, Unset):
            recurrence_counter = UNSET
        else:
            recurrence_counter = self.recurrence_counter

        is_recurrence: bool | None | Unset
        if isinstance(self.is_recurrence, Unset):
            is_recurrence = UNSET
        else:
            is_recurrence = self.is_recurrence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recurrence_id is not UNSET:
            field_dict["RecurrenceId"] = recurrence_id
        if start_date is not UNSET:
            field_dict["StartDate"] = start_date
        if end_date is not UNSET:
            field_dict["EndDate"] = end_date
        if recurrence_end_type is not UNSET:
            field_dict["RecurrenceEndType"] = recurrence_end_type
        if pattern is not UNSET:
            field_dict["Pattern"] = pattern
        if day_pattern is not UNSET:
            field_dict["DayPattern"] = day_pattern
        if week_pattern is not UNSET:
            field_dict["WeekPattern"] = week_pattern
        if month_pattern is not UNSET:
            field_dict["MonthPattern"] = month_pattern
        if year_pattern is not UNSET:
            field_dict["YearPattern"] = year_pattern
        if dates is not UNSET:
            field_dict["Dates"] = dates
        if recurrence_counter is not UNSET:
            field_dict["RecurrenceCounter"] = recurrence_counter
        if is_recurrence is not UNSET:
            field_dict["IsRecurrence"] = is_recurrence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recurrence_id: int | None | Unset = d.pop("RecurrenceId", UNSET)

        start_date = _parse_start_date(d.pop("StartDate", UNSET))

        end_date = _parse_end_date(d.pop("EndDate", UNSET))

        recurrence_end_type = _parse_recurrence_end_type(d.pop("RecurrenceEndType", UNSET))

        pattern = _parse_pattern(d.pop("Pattern", UNSET))

        day_pattern = _parse_day_pattern(d.pop("DayPattern", UNSET))

        week_pattern = _parse_week_pattern(d.pop("WeekPattern", UNSET))

        month_pattern = _parse_month_pattern(d.pop("MonthPattern", UNSET))

        year_pattern = _parse_year_pattern(d.pop("YearPattern", UNSET))

        dates = _parse_dates(d.pop("Dates", UNSET))

        recurrence_counter: int | None | Unset = d.pop("RecurrenceCounter", UNSET)

        is_recurrence: bool | None | Unset = d.pop("IsRecurrence", UNSET)

        recurrence_info = cls(
            recurrence_id=recurrence_id,
            start_date=start_date,
            end_date=end_date,
            recurrence_end_type=recurrence_end_type,
            pattern=pattern,
            day_pattern=day_pattern,
            week_pattern=week_pattern,
            month_pattern=month_pattern,
            year_pattern=year_pattern,
            dates=dates,
            recurrence_counter=recurrence_counter,
            is_recurrence=is_recurrence,
        )

        recurrence_info.additional_properties = d
        return recurrence_info

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


def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        start_date_type_0 = datetime.datetime.fromisoformat(data)

        return start_date_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        end_date_type_0 = datetime.datetime.fromisoformat(data)

        return end_date_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_recurrence_end_type(data: object) -> None | RecurrenceEndType | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        recurrence_end_type_type_0 = RecurrenceEndType(data)

        return recurrence_end_type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | RecurrenceEndType | str | Unset", data)


def _parse_pattern(data: object) -> None | RecurrencePattern | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        pattern_type_0 = RecurrencePattern(data)

        return pattern_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | RecurrencePattern | str | Unset", data)


def _parse_day_pattern(data: object) -> None | RecurrenceDayPattern | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        day_pattern_type_0 = RecurrenceDayPattern.from_dict(data)

        return day_pattern_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | RecurrenceDayPattern | Unset", data)


def _parse_week_pattern(data: object) -> None | RecurrenceWeekPattern | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        week_pattern_type_0 = RecurrenceWeekPattern.from_dict(data)

        return week_pattern_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | RecurrenceWeekPattern | Unset", data)


def _parse_month_pattern(data: object) -> None | RecurrenceMonthPattern | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        month_pattern_type_0 = RecurrenceMonthPattern.from_dict(data)

        return month_pattern_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | RecurrenceMonthPattern | Unset", data)


def _parse_year_pattern(data: object) -> None | RecurrenceYearPattern | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        year_pattern_type_0 = RecurrenceYearPattern.from_dict(data)

        return year_pattern_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | RecurrenceYearPattern | Unset", data)


def _parse_dates(data: object) -> list[RecurrenceDate] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        dates_type_0 = []
        _dates_type_0 = data
        for dates_type_0_item_data in _dates_type_0:
            dates_type_0_item = RecurrenceDate.from_dict(dates_type_0_item_data)

            dates_type_0.append(dates_type_0_item)

        return dates_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[RecurrenceDate] | None | Unset", data)


# Imported here, after the class, so that models which refer to each other can import each other.
from ..models.recurrence_date import RecurrenceDate  # noqa: E402
from ..models.recurrence_day_pattern import RecurrenceDayPattern  # noqa: E402
from ..models.recurrence_month_pattern import RecurrenceMonthPattern  # noqa: E402
from ..models.recurrence_week_pattern import RecurrenceWeekPattern  # noqa: E402
from ..models.recurrence_year_pattern import RecurrenceYearPattern  # noqa: E402
