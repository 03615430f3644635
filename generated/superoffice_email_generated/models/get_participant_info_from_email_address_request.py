from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetParticipantInfoFromEmailAddressRequest")


@_attrs_define
class GetParticipantInfoFromEmailAddressRequest:
    """Body of GetParticipantInfoFromEmailAddress."""

    email_address: None | str | Unset = UNSET
    """ E-mail address to look for. """
    appointment_id: int | None | Unset = UNSET
    """ Appointment the participant belongs to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        appointment_id: int | None | Unset
        if isinstance(self.appointment_id, Unset):
            appointment_id = UNSET
        else:
            appointment_id = self.appointment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_address is not UNSET:
            field_dict["EmailAddress"] = email_address
        if appointment_id is not UNSET:
            field_dict["AppointmentId"] = appointment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_address: None | str | Unset = d.pop("EmailAddress", UNSET)

        appointment_id: int | None | Unset = d.pop("AppointmentId", UNSET)

        get_participant_info_from_email_address_request = cls(
            email_address=email_address,
            appointment_id=appointment_id,
        )

        get_participant_info_from_email_address_request.additional_properties = d
        return get_participant_info_from_email_address_request

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
