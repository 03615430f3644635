from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A company as it appears in lists."""

    contact_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    org_nr: None | str | Unset = UNSET
    department: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    direct_phone: None | str | Unset = UNSET
    associate_id: int | None | Unset = UNSET
    country_id: int | None | Unset = UNSET
    email_address: None | str | Unset = UNSET
    kananame: None | str | Unset = UNSET
    email_address_name: None | str | Unset = UNSET
    url_name: None | str | Unset = UNSET
    associate_full_name: None | str | Unset = UNSET
    business_name: None | str | Unset = UNSET
    category_name: None | str | Unset = UNSET
    country_name: None | str | Unset = UNSET
    address: Address | None | Unset = UNSET
    formatted_address: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    is_owner_contact: bool | None | Unset = UNSET
    active_erp_links: int | None | Unset = UNSET
    number_1: None | str | Unset = UNSET
    number_2: None | str | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id: int | None | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        org_nr: None | str | Unset
        if isinstance(self.org_nr, Unset):
            org_nr = UNSET
        else:
            org_nr = self.org_nr

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        direct_phone: None | str | Unset
        if isinstance(self.direct_phone, Unset):
            direct_phone = UNSET
        else:
            direct_phone = self.direct_phone

        associate_id: int | None | Unset
        if isinstance(self.associate_id, Unset):
            associate_id = UNSET
        else:
            associate_id = self.associate_id

        country_id: int | None | Unset
        if isinstance(self.country_id, Unset):
            country_id = UNSET
        else:
            country_id = self.country_id

        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        kananame: None | str | Unset
        if isinstance(self.kananame, Unset):
            kananame = UNSET
        else:
            kananame = self.kananame

        email_address_name: None | str | Unset
        if isinstance(self.email_address_name, Unset):
            email_address_name = UNSET
        else:
            email_address_name = self.email_address_name

        url_name: None | str | Unset
        if isinstance(self.url_name, Unset):
            url_name = UNSET
        else:
            url_name = self.url_name

        associate_full_name: None | str | Unset
        if isinstance(self.associate_full_name, Unset):
            associate_full_name = UNSET
        else:
            associate_full_name = self.associate_full_name

        business_name: None | str | Unset
        if isinstance(self.business_name, Unset):
            business_name = UNSET
        else:
            business_name = self.business_name

        category_name: None | str | Unset
        if isinstance(self.category_name, Unset):
            category_name = UNSET
        else:
            category_name = self.category_name

        country_name: None | str | Unset
        if isinstance(self.country_name, Unset):
            country_name = UNSET
        else:
            country_name = self.country_name

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, Address):
            address = self.address.to_dict()
        else:
            address = self.address

        formatted_address: None | str | Unset
        if isinstance(self.formatted_address, Unset):
            formatted_address = UNSET
        else:
            formatted_address = self.formatted_address

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        is_owner_contact: bool | None | Unset
        if isinstance(self.is_owner_contact, Unset):
            is_owner_contact = UNSET
        else:
            is_owner_contact = self.is_owner_contact

        active_erp_links: int | None | Unset
        if isinstance(self.active_erp_links, Unset):
            active_erp_links = UNSET
        else:
            active_erp_links = self.active_erp_links

        number_1: None | str | Unset
        if isinstance(self.number_1, Unset):
            number_1 = UNSET
        else:
            number_1 = self.number_1

        number_2: None | str | Unset
        if isinstance(self.number_2, Unset):
            number_2 = UNSET
        else:
            number_2 = self.number_2

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
        if name is not UNSET:
            field_dict["Name"] = name
        if org_nr is not UNSET:
            field_dict["OrgNr"] = org_nr
        if department is not UNSET:
            field_dict["Department"] = department
        if url is not UNSET:
            field_dict["URL"] = url
        if city is not UNSET:
            field_dict["City"] = city
        if direct_phone is not UNSET:
            field_dict["DirectPhone"] = direct_phone
        if associate_id is not UNSET:
            field_dict["AssociateId"] = associate_id
        if country_id is not UNSET:
            field_dict["CountryId"] = country_id
        if email_address is not UNSET:
            field_dict["EmailAddress"] = email_address
        if kananame is not UNSET:
            field_dict["Kananame"] = kananame
        if email_address_name is not UNSET:
            field_dict["EmailAddressName"] = email_address_name
        if url_name is not UNSET:
            field_dict["URLName"] = url_name
        if associate_full_name is not UNSET:
            field_dict["AssociateFullName"] = associate_full_name
        if business_name is not UNSET:
            field_dict["BusinessName"] = business_name
        if category_name is not UNSET:
            field_dict["CategoryName"] = category_name
        if country_name is not UNSET:
            field_dict["CountryName"] = country_name
        if address is not UNSET:
            field_dict["Address"] = address
        if formatted_address is not UNSET:
            field_dict["FormattedAddress"] = formatted_address
        if full_name is not UNSET:
            field_dict["FullName"] = full_name
        if is_owner_contact is not UNSET:
            field_dict["IsOwnerContact"] = is_owner_contact
        if active_erp_links is not UNSET:
            field_dict["ActiveErpLinks"] = active_erp_links
        if number_1 is not UNSET:
            field_dict["Number1"] = number_1
        if number_2 is not UNSET:
            field_dict["Number2"] = number_2
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_id: int | None | Unset = d.pop("ContactId", UNSET)

        name: None | str | Unset = d.pop("Name", UNSET)

        org_nr: None | str | Unset = d.pop("OrgNr", UNSET)

        department: None | str | Unset = d.pop("Department", UNSET)

        url: None | str | Unset = d.pop("URL", UNSET)

        city: None | str | Unset = d.pop("City", UNSET)

        direct_phone: None | str | Unset = d.pop("DirectPhone", UNSET)

        associate_id: int | None | Unset = d.pop("AssociateId", UNSET)

        country_id: int | None | Unset = d.pop("CountryId", UNSET)

        email_address: None | str | Unset = d.pop("EmailAddress", UNSET)

        kananame: None | str | Unset = d.pop("Kananame", UNSET)

        email_address_name: None | str | Unset = d.pop("EmailAddressName", UNSET)

        url_name: None | str | Unset = d.pop("URLName", UNSET)

        associate_full_name: None | str | Unset = d.pop("AssociateFullName", UNSET)

        business_name: None | str | Unset = d.pop("BusinessName", UNSET)

        category_name: None | str | Unset = d.pop("CategoryName", UNSET)

        country_name: None | str | Unset = d.pop("CountryName", UNSET)

        address = _parse_address(d.pop("Address", UNSET))

        formatted_address: None | str | Unset = d.pop("FormattedAddress", UNSET)

        full_name: None | str | Unset = d.pop("FullName", UNSET)

        is_owner_contact: bool | None | Unset = d.pop("IsOwnerContact", UNSET)

        active_erp_links: int | None | Unset = d.pop("ActiveErpLinks", UNSET)

        number_1: None | str | Unset = d.pop("Number1", UNSET)

        number_2: None | str | Unset = d.pop("Number2", UNSET)

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        contact = cls(
            contact_id=contact_id,
            name=name,
            org_nr=org_nr,
            department=department,
            url=url,
            city=city,
            direct_phone=direct_phone,
            associate_id=associate_id,
            country_id=country_id,
            email_address=email_address,
            kananame=kananame,
            email_address_name=email_address_name,
            url_name=url_name,
            associate_full_name=associate_full_name,
            business_name=business_name,
            category_name=category_name,
            country_name=country_name,
            address=address,
            formatted_address=formatted_address,
            full_name=full_name,
            is_owner_contact=is_owner_contact,
            active_erp_links=active_erp_links,
            number_1=number_1,
            number_2=number_2,
            table_right=table_right,
            field_properties=field_properties,
        )

        contact.additional_properties = d
        return contact

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


def _parse_address(data: object) -> Address | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        address_type_0 = Address.from_dict(data)

        return address_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("Address | None | Unset", data)


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
from ..models.address import Address  # noqa: E402
from ..models.field_property_dictionary import FieldPropertyDictionary  # noqa: E402
from ..models.table_right import TableRight  # noqa: E402
