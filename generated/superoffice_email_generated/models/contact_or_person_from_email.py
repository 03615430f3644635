from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactOrPersonFromEmail")


@_attrs_define
class ContactOrPersonFromEmail:
    """A company or person that matched an e-mail address or name search."""

    person_id: int | None | Unset = UNSET
    full_name: None | str | Unset = UNSET
    email_address: None | str | Unset = UNSET
    contact_id: int | None | Unset = UNSET
    contact_name: None | str | Unset = UNSET
    contact_department: None | str | Unset = UNSET
    contact_category: None | str | Unset = UNSET
    sort_name: None | str | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_id: int | None | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

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

        contact_department: None | str | Unset
        if isinstance(self.contact_department, Unset):
            contact_department = UNSET
        else:
            contact_department = self.contact_department

        contact_category: None | str | Unset
        if isinstance(self.contact_category, Unset):
            contact_category = UNSET
        else:
            contact_category = self.contact_category

        sort_name: None | str | Unset
        if isinstance(self.sort_name, Unset):
            sort_name = UNSET
        else:
            sort_name = self.sort_name

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
        if person_id is not UNSET:
            field_dict["PersonId"] = person_id
        if full_name is not UNSET:
            field_dict["FullName"] = full_name
        if email_address is not UNSET:
            field_dict["EmailAddress"] = email_address
        if contact_id is not UNSET:
            field_dict["ContactId"] = contact_id
        if contact_name is not UNSET:
            field_dict["ContactName"] = contact_name
        if contact_department is not UNSET:
            field_dict["ContactDepartment"] = contact_department
        if contact_category is not UNSET:
            field_dict["ContactCategory"] = contact_category
        if sort_name is not UNSET:
            field_dict["SortName"] = sort_name
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_id: int | None | Unset = d.pop("PersonId", UNSET)

        full_name: None | str | Unset = d.pop("FullName", UNSET)

        email_address: None | str | Unset = d.pop("EmailAddress", UNSET)

        contact_id: int | None | Unset = d.pop("ContactId", UNSET)

        contact_name: None | str | Unset = d.pop("ContactName", UNSET)

        contact_department: None | str | Unset = d.pop("ContactDepartment", UNSET)

        contact_category: None | str | Unset = d.pop("ContactCategory", UNSET)

        sort_name: None | str | Unset = d.pop("SortName", UNSET)

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        contact_or_person_from_email = cls(
            person_id=person_id,
            full_name=full_name,
            email_address=email_address,
            contact_id=contact_id,
            contact_name=contact_name,
            contact_department=contact_department,
            contact_category=contact_category,
            sort_name=sort_name,
            table_right=table_right,
            field_properties=field_properties,
        )

        contact_or_person_from_email.additional_properties = d
        return contact_or_person_from_email

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
