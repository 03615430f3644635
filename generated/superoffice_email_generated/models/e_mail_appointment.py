from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cal_method import CalMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="EMailAppointment")


@_attrs_define
class EMailAppointment:
    """A meeting carried in a mail's iCalendar attachment."""

    appointment: Appointment | None | Unset = UNSET
    """ The meeting as a CRM appointment. """
    cal_method: CalMethod | None | str | Unset = UNSET
    """ METHOD of the iCalendar part. """
    participants: list[str] | None | Unset = UNSET
    """ Invited people. """
    comment: None | str | Unset = UNSET
    """ Comment in the iCalendar part. """
    sequence: int | None | Unset = UNSET
    """ iCalendar SEQUENCE (revision) number. """
    dt_start: datetime.datetime | None | Unset = UNSET
    """ Start time. """
    dt_end: datetime.datetime | None | Unset = UNSET
    """ End time. """
    superseded: bool | None | Unset = UNSET
    """ True when a newer revision of the meeting exists. """
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appointment: dict[str, Any] | None | Unset
        if isinstance(self.appointment, Unset):
            appointment = UNSET
        elif isinstance(self.appointment, Appointment):
            appointment = self.appointment.to_dict()
        else:
            appointment = self.appointment

        cal_method: None | str | Unset
        if isinstance(self.cal_method, Unset):
            cal_method = UNSET
        elif isinstance(self.cal_method, CalMethod):
            cal_method = self.cal_method.value
        else:
            cal_method = self.cal_method

        participants: list[str] | None | Unset
        if isinstance(self.participants, Unset):
            participants = UNSET
        elif isinstance(self.participants, list):
            participants = self.participants

        else:
            participants = self.participants

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        sequence: int | None | Unset
        if isinstance(self.sequence, Unset):
            sequence = UNSET
        else:
            sequence = self.sequence

        dt_start: None | str | Unset
        if isinstance(self.dt_start, Unset):
            dt_start = UNSET
        elif isinstance(self.dt_start, datetime.datetime):
            dt_start = self.dt_start.isoformat()
        else:
            dt_start = self.dt_start

        dt_end: None | str | Unset
        if isinstance(self.dt_end, Unset):
            dt_end = UNSET
        elif isinstance(self.dt_end, datetime.datetime):
            dt_end = self.dt_end.isoformat()
        else:
            dt_end = self.dt_end

        superseded: bool | None | Unset
        if isinstance(self.superseded, Unset):
            superseded = UNSET
        else:
            superseded = self.superseded

        table_right: dict[str, Any] | None | Unset
        if isinstance(self.table_right, Unset):
            table_right = UNSET
        elif isinstance(self.table_right, TableRight):
            table_right = self.table_right.to_dict()
        else:
            table_right = self.table_right

        field_properties: dict[str, Any] | None | Unset
        if isinstance(self.field_properties, Unset):
            field_properties = UNSET
        elif isinstance(self.field_properties, FieldPropertyDictionary):
            field_properties = self.field_properties.to_dict()
        else:
            field_properties = self.field_properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appointment is not UNSET:
            field_dict["Appointment"] = appointment
        if cal_method is not UNSET:
            field_dict["CalMethod"] = cal_method
        if participants is not UNSET:
            field_dict["Participants"] = participants
        if comment is not UNSET:
            field_dict["Comment"] = comment
        if sequence is not UNSET:
            field_dict["Sequence"] = sequence
        if dt_start is not UNSET:
            field_dict["DtStart"] = dt_start
        if dt_end is not UNSET:
            field_dict["DtEnd"] = dt_end
        if superseded is not UNSET:
            field_dict["Superseded"] = superseded
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        appointment = _parse_appointment(d.pop("Appointment", UNSET))

        cal_method = _parse_cal_method(d.pop("CalMethod", UNSET))

        participants = _parse_participants(d.pop("Participants", UNSET))

        comment: None | str | Unset = d.pop("Comment", UNSET)

        sequence: int | None | Unset = d.pop("Sequence", UNSET)

        dt_start = _parse_dt_start(d.pop("DtStart", UNSET))

        dt_end = _parse_dt_end(d.pop("DtEnd", UNSET))

        superseded: bool | None | Unset = d.pop("Superseded", UNSET)

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        e_mail_appointment = cls(
            appointment=appointment,
            cal_method=cal_method,
            participants=participants,
            comment=comment,
            sequence=sequence,
            dt_start=dt_start,
            dt_end=dt_end,
            superseded=superseded,
            table_right=table_right,
            field_properties=field_properties,
        )

        e_mail_appointment.additional_properties = d
        return e_mail_appointment

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


def _parse_appointment(data: object) -> Appointment | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        appointment_type_0 = Appointment.from_dict(data)

        return appointment_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("Appointment | None | Unset", data)


def _parse_cal_method(data: object) -> CalMethod | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        cal_method_type_0 = CalMethod(data)

        return cal_method_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("CalMethod | None | str | Unset", data)


def _parse_participants(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        participants_type_0 = cast("list[str]", data)

        return participants_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None | Unset", data)


def _parse_dt_start(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        dt_start_type_0 = datetime.datetime.fromisoformat(data)

        return dt_start_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_dt_end(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        dt_end_type_0 = datetime.datetime.fromisoformat(data)

        return dt_end_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_table_right(data: object) -> None | TableRight | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        table_right_type_0 = TableRight.from_dict(data)

        return table_right_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | TableRight | Unset", data)


def _parse_field_properties(data: object) -> FieldPropertyDictionary | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        field_properties_type_0 = FieldPropertyDictionary.from_dict(data)

        return field_properties_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("FieldPropertyDictionary | None | Unset", data)


# Imported here, after the class, so that models which refer to each other can import each other.
from ..models.appointment import Appointment  # noqa: E402
from ..models.field_property_dictionary import FieldPropertyDictionary  # noqa: E402
from ..models.table_right import TableRight  # noqa: E402
