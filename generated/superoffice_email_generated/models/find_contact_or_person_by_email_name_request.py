from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FindContactOrPersonByEmailNameRequest")


@_attrs_define
class FindContactOrPersonByEmailNameRequest:
    """Body of FindContactOrPersonByEmailName."""

    name: None | str | Unset = UNSET
    """ Display name to look for. """
    email_address: None | str | Unset = UNSET
    """ E-mail address to look for. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if email_address is not UNSET:
            field_dict["EmailAddress"] = email_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name: None | str | Unset = d.pop("Name", UNSET)

        email_address: None | str | Unset = d.pop("EmailAddress", UNSET)

        find_contact_or_person_by_email_name_request = cls(
            name=name,
            email_address=email_address,
        )

        find_contact_or_person_by_email_name_request.additional_properties = d
        return find_contact_or_person_by_email_name_request

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
