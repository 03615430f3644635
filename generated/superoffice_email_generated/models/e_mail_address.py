from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EMailAddress")


@_attrs_define
class EMailAddress:
    """An e-mail address with the CRM company, person or user that it belongs to, when known."""

    contact_id: int | None | Unset = UNSET
    """ Company that owns the address, or 0. """
    contact_name: None | str | Unset = UNSET
    """ Name of that company. """
    person_id: int | None | Unset = UNSET
    """ Person that owns the address, or 0. """
    person_name: None | str | Unset = UNSET
    """ Name of that person. """
    associate_id: int | None | Unset = UNSET
    """ User that owns the address, or 0. """
    address: None | str | Unset = UNSET
    """ The address itself, such as jo@example.com. """
    email_id: int | None | Unset = UNSET
    """ Primary key of the address record in the CRM. """
    duplicate_person_ids: list[int] | None | Unset = UNSET
    """ Other persons that use the same address. """
    name: None | str | Unset = UNSET
    """ Display name. """
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id: int | None | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        person_id: int | None | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        person_name: None | str | Unset
        if isinstance(self.person_name, Unset):
            person_name = UNSET
        else:
            person_name = self.person_name

        associate_id: int | None | Unset
        if isinstance(self.associate_id, Unset):
            associate_id = UNSET
        else:
            associate_id = self.associate_id

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        email_id: int | None | Unset
        if isinstance(self.email_id, Unset):
            email_id = UNSET
        else:
            email_id = self.email_id

        duplicate_person_ids: list[int] | None | Unset
        if isinstance(self.duplicate_person_ids, Unset):
            duplicate_person_ids = UNSET
        elif isinstance(self.duplicate_person_ids, list):
            duplicate_person_ids = self.duplicate_person_ids

        else:
            duplicate_person_ids = self.duplicate_person_ids

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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
        if contact_id is not UNSET:
            field_dict["ContactId"] = contact_id
        if contact_name is not UNSET:
            field_dict["ContactName"] = contact_name
        if person_id is not UNSET:
            field_dict["PersonId"] = person_id
        if person_name is not UNSET:
            field_dict["PersonName"] = person_name
        if associate_id is not UNSET:
            field_dict["AssociateId"] = associate_id
        if address is not UNSET:
            field_dict["Address"] = address
        if email_id is not UNSET:
            field_dict["EmailId"] = email_id
        if duplicate_person_ids is not UNSET:
            field_dict["DuplicatePersonIds"] = duplicate_person_ids
        if name is not UNSET:
            field_dict["Name"] = name
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_id: int | None | Unset = d.pop("ContactId", UNSET)

        contact_name: None | str | Unset = d.pop("ContactName", UNSET)

        person_id: int | None | Unset = d.pop("PersonId", UNSET)

        person_name: None | str | Unset = d.pop("PersonName", UNSET)

        associate_id: int | None | Unset = d.pop("AssociateId", UNSET)

        address: None | str | Unset = d.pop("Address", UNSET)

        email_id: int | None | Unset = d.pop("EmailId", UNSET)

        duplicate_person_ids = _parse_duplicate_person_ids(d.pop("DuplicatePersonIds", UNSET))

        name: None | str | Unset = d.pop("Name", UNSET)

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        e_mail_address = cls(
            contact_id=contact_id,
            contact_name=contact_name,
            person_id=person_id,
            person_name=person_name,
            associate_id=associate_id,
            address=address,
            email_id=email_id,
            duplicate_person_ids=duplicate_person_ids,
            name=name,
            table_right=table_right,
            field_properties=field_properties,
        )

        e_mail_address.additional_properties = d
        return e_mail_address

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


def _parse_duplicate_person_ids(data: object) -> list[int] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        duplicate_person_ids_type_0 = cast("list[int]", data)

        return duplicate_person_ids_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[int] | None | Unset", data)


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
from ..models.field_property_dictionary import FieldPropertyDictionary  # noqa: E402
from ..models.table_right import TableRight  # noqa: E402
