from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetEmailAppointmentRequest")


@_attrs_define
class GetEmailAppointmentRequest:
    """Body of GetEmailAppointment."""

    mail_item_id: int | None | Unset = UNSET
    """ Primary key of the mail in the CRM. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mail_item_id: int | None | Unset
        if isinstance(self.mail_item_id, Unset):
            mail_item_id = UNSET
        else:
            mail_item_id = self.mail_item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mail_item_id is not UNSET:
            field_dict["MailItemId"] = mail_item_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mail_item_id: int | None | Unset = d.pop("MailItemId", UNSET)

        get_email_appointment_request = cls(
            mail_item_id=mail_item_id,
        )

        get_email_appointment_request.additional_properties = d
        return get_email_appointment_request

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
