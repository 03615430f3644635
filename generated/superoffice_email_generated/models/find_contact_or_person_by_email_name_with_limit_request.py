from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FindContactOrPersonByEmailNameWithLimitRequest")


@_attrs_define
class FindContactOrPersonByEmailNameWithLimitRequest:
    """Body of FindContactOrPersonByEmailNameWithLimit."""

    name: None | str | Unset = UNSET
    """ Display name to look for. """
    email_address: None | str | Unset = UNSET
    """ E-mail address to look for. """
    number_of_contacts: int | None | Unset = UNSET
    """ Most companies to return. """
    number_of_persons: int | None | Unset = UNSET
    """ Most persons to return. """
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

        number_of_contacts: int | None | Unset
        if isinstance(self.number_of_contacts, Unset):
            number_of_contacts = UNSET
        else:
            number_of_contacts = self.number_of_contacts

        number_of_persons: int | None | Unset
        if isinstance(self.number_of_persons, Unset):
            number_of_persons = UNSET
        else:
            number_of_persons = self.number_of_persons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if email_address is not UNSET:
            field_dict["EmailAddress"] = email_address
        if number_of_contacts is not UNSET:
            field_dict["NumberOfContacts"] = number_of_contacts
        if number_of_persons is not UNSET:
            field_dict["NumberOfPersons"] = number_of_persons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name: None | str | Unset = d.pop("Name", UNSET)

        email_address: None | str | Unset = d.pop("EmailAddress", UNSET)

        number_of_contacts: int | None | Unset = d.pop("NumberOfContacts", UNSET)

        number_of_persons: int | None | Unset = d.pop("NumberOfPersons", UNSET)

        find_contact_or_person_by_email_name_with_limit_request = cls(
            name=name,
            email_address=email_address,
            number_of_contacts=number_of_contacts,
            number_of_persons=number_of_persons,
        )

        find_contact_or_person_by_email_name_with_limit_request.additional_properties = d
        return find_contact_or_person_by_email_name_with_limit_request

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
