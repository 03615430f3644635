from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Person")


@_attrs_define
class Person:
    """A person as it appears in lists, with company and support settings."""

    position: None | str | Unset = UNSET
    person_id: int | None | Unset = UNSET
    mrmrs: None | str | Unset = UNSET
    firstname: None | str | Unset = UNSET
    lastname: None | str | Unset = UNSET
    middle_name: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    direct_phone: None | str | Unset = UNSET
    formal_name: None | str | Unset = UNSET
    country_id: int | None | Unset = UNSET
    contact_id: int | None | Unset = UNSET
    contact_name: None | str | Unset = UNSET
    retired: int | None | Unset = UNSET
    rank: int | None | Unset = UNSET
    active_interests: int | None | Unset = UNSET
    contact_department: None | str | Unset = UNSET
    contact_country_id: int | None | Unset = UNSET
    contact_org_nr: None | str | Unset = UNSET
    fax_phone: None | str | Unset = UNSET
    mobile_phone: None | str | Unset = UNSET
    contact_phone: None | str | Unset = UNSET
    associate_name: None | str | Unset = UNSET
    associate_id: int | None | Unset = UNSET
    use_person_address: bool | None | Unset = UNSET
    contact_fax: None | str | Unset = UNSET
    kanafname: None | str | Unset = UNSET
    kanalname: None | str | Unset = UNSET
    post_1: None | str | Unset = UNSET
    post_2: None | str | Unset = UNSET
    post_3: None | str | Unset = UNSET
    email_name: None | str | Unset = UNSET
    contact_full_name: None | str | Unset = UNSET
    active_erp_links: int | None | Unset = UNSET
    ticket_priority_id: int | None | Unset = UNSET
    support_language_id: int | None | Unset = UNSET
    support_associate_id: int | None | Unset = UNSET
    category_name: None | str | Unset = UNSET
    person_number: None | str | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        person_id: int | None | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        mrmrs: None | str | Unset
        if isinstance(self.mrmrs, Unset):
            mrmrs = UNSET
        else:
            mrmrs = self.mrmrs

        firstname: None | str | Unset
        if isinstance(self.firstname, Unset):
            firstname = UNSET
        else:
            firstname = self.firstname

        lastname: None | str | Unset
        if isinstance(self.lastname, Unset):
            lastname = UNSET
        else:
            lastname = self.lastname

        middle_name: None | str | Unset
        if isinstance(self.middle_name, Unset):
            middle_name = UNSET
        else:
            middle_name = self.middle_name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        direct_phone: None | str | Unset
        if isinstance(self.direct_phone, Unset):
            direct_phone = UNSET
        else:
            direct_phone = self.direct_phone

        formal_name: None | str | Unset
        if isinstance(self.formal_name, Unset):
            formal_name = UNSET
        else:
            formal_name = self.formal_name

        country_id: int | None | Unset
        if isinstance(self.country_id, Unset):
            country_id = UNSET
        else:
            country_id = self.country_id

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

        retired: int | None | Unset
        if isinstance(self.retired, Unset):
            retired = UNSET
        else:
            retired = self.retired

        rank: int | None | Unset
        if isinstance(self.rank, Unset):
            rank = UNSET
        else:
            rank = self.rank

        active_interests: int | None | Unset
        if isinstance(self.active_interests, Unset):
            active_interests = UNSET
        else:
            active_interests = self.active_interests

        contact_department: None | str | Unset
        if isinstance(self.contact_department, Unset):
            contact_department = UNSET
        else:
            contact_department = self.contact_department

        contact_country_id: int | None | Unset
        if isinstance(self.contact_country_id, Unset):
            contact_country_id = UNSET
        else:
            contact_country_id = self.contact_country_id

        contact_org_nr: None | str | Unset
        if isinstance(self.contact_org_nr, Unset):
            contact_org_nr = UNSET
        else:
            contact_org_nr = self.contact_org_nr

        fax_phone: None | str | Unset
        if isinstance(self.fax_phone, Unset):
            fax_phone = UNSET
        else:
            fax_phone = self.fax_phone

        mobile_phone: None | str | Unset
        if isinstance(self.mobile_phone, Unset):
            mobile_phone = UNSET
        else:
            mobile_phone = self.mobile_phone

        contact_phone: None | str | Unset
        if isinstance(self.contact_phone, Unset):
            contact_phone = UNSET
        else:
            contact_phone = self.contact_phone

        associate_name: None | str | Unset
        if isinstance(self.associate_name, Unset):
            associate_name = UNSET
        else:
            associate_name = self.associate_name

        associate_id: int | None | Unset
        if isinstance(self.associate_id, Unset):
            associate_id = UNSET
        else:
            associate_id = self.associate_id

        use_person_address: bool | None | Unset
        if isinstance(self.use_person_address, Unset):
            use_person_address = UNSET
        else:
            use_person_address = self.use_person_address

        contact_fax: None | str | Unset
        if isinstance(self.contact_fax, Unset):
            contact_fax = UNSET
        else:
            contact_fax = self.contact_fax

        kanafname: None | str | Unset
        if isinstance(self.kanafname, Unset):
            kanafname = UNSET
        else:
            kanafname = self.kanafname

        kanalname: None | str | Unset
        if isinstance(self.kanalname, Unset):
            kanalname = UNSET
        else:
            kanalname = self.kanalname

        post_1: None | str | Unset
        if isinstance(self.post_1, Unset):
            post_1 = UNSET
        else:
            post_1 = self.post_1

        post_2: None | str | Unset
        if isinstance(self.post_2, Unset):
            post_2 = UNSET
        else:
            post_2 = self.post_2

        post_3: None | str | Unset
        if isinstance(self.post_3, Unset):
            post_3 = UNSET
        else:
            post_3 = self.post_3

        email_name: None | str | Unset
        if isinstance(self.email_name, Unset):
            email_name = UNSET
        else:
            email_name = self.email_name

        contact_full_name: None | str | Unset
        if isinstance(self.contact_full_name, Unset):
            contact_full_name = UNSET
        else:
            contact_full_name = self.contact_full_name

        active_erp_links: int | None | Unset
        if isinstance(self.active_erp_links, Unset):
            active_erp_links = UNSET
        else:
            active_erp_links = self.active_erp_links

        ticket_priority_id: int | None | Unset
        if isinstance(self.ticket_priority_id, Unset):
            ticket_priority_id = UNSET
        else:
            ticket_priority_id = self.ticket_priority_id

        support_language_id: int | None | Unset
        if isinstance(self.support_language_id, Unset):
            support_language_id = UNSET
        else:
            support_language_id = self.support_language_id

        support_associate_id: int | None | Unset
        if isinstance(self.support_associate_id, Unset):
            support_associate_id = UNSET
        else:
            support_associate_id = self.support_associate_id

        category_name: None | str | Unset
        if isinstance(self.category_name, Unset):
            category_name = UNSET
        else:
            category_name = self.category_name

        person_number: None | str | Unset
        if isinstance(self.person_number, Unset):
            person_number = UNSET
        else:
            person_number = self.person_number

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
        if position is not UNSET:
            field_dict["Position"] = position
        if person_id is not UNSET:
            field_dict["PersonId"] = person_id
        if mrmrs is not UNSET:
            field_dict["Mrmrs"] = mrmrs
        if firstname is not UNSET:
            field_dict["Firstname"] = firstname
        if lastname is not UNSET:
            field_dict["Lastname"] = lastname
        if middle_name is not UNSET:
            field_dict["MiddleName"] = middle_name
        if title is not UNSET:
            field_dict["Title"] = title
        if description is not UNSET:
            field_dict["Description"] = description
        if email is not UNSET:
            field_dict["Email"] = email
        if full_name is not UNSET:
            field_dict["FullName"] = full_name
        if direct_phone is not UNSET:
            field_dict["DirectPhone"] = direct_phone
        if formal_name is not UNSET:
            field_dict["FormalName"] = formal_name
        if country_id is not UNSET:
            field_dict["CountryId"] = country_id
        if contact_id is not UNSET:
            field_dict["ContactId"] = contact_id
        if contact_name is not UNSET:
            field_dict["ContactName"] = contact_name
        if retired is not UNSET:
            field_dict["Retired"] = retired
        if rank is not UNSET:
            field_dict["Rank"] = rank
        if active_interests is not UNSET:
            field_dict["ActiveInterests"] = active_interests
        if contact_department is not UNSET:
            field_dict["ContactDepartment"] = contact_department
        if contact_country_id is not UNSET:
            field_dict["ContactCountryId"] = contact_country_id
        if contact_org_nr is not UNSET:
            field_dict["ContactOrgNr"] = contact_org_nr
        if fax_phone is not UNSET:
            field_dict["FaxPhone"] = fax_phone
        if mobile_phone is not UNSET:
            field_dict["MobilePhone"] = mobile_phone
        if contact_phone is not UNSET:
            field_dict["ContactPhone"] = contact_phone
        if associate_name is not UNSET:
            field_dict["AssociateName"] = associate_name
        if associate_id is not UNSET:
            field_dict["AssociateId"] = associate_id
        if use_person_address is not UNSET:
            field_dict["UsePersonAddress"] = use_person_address
        if contact_fax is not UNSET:
            field_dict["ContactFax"] = contact_fax
        if kanafname is not UNSET:
            field_dict["Kanafname"] = kanafname
        if kanalname is not UNSET:
            field_dict["Kanalname"] = kanalname
        if post_1 is not UNSET:
            field_dict["Post1"] = post_1
        if post_2 is not UNSET:
            field_dict["Post2"] = post_2
        if post_3 is not UNSET:
            field_dict["Post3"] = post_3
        if email_name is not UNSET:
            field_dict["EmailName"] = email_name
        if contact_full_name is not UNSET:
            field_dict["ContactFullName"] = contact_full_name
        if active_erp_links is not UNSET:
            field_dict["ActiveErpLinks"] = active_erp_links
        if ticket_priority_id is not UNSET:
            field_dict["TicketPriorityId"] = ticket_priority_id
        if support_language_id is not UNSET:
            field_dict["SupportLanguageId"] = support_language_id
        if support_associate_id is not UNSET:
            field_dict["SupportAssociateId"] = support_associate_id
        if category_name is not UNSET:
            field_dict["CategoryName"] = category_name
        if person_number is not UNSET:
            field_dict["PersonNumber"] = person_number
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        position: None | str | Unset = d.pop("Position", UNSET)

        person_id: int | None | Unset = d.pop("PersonId", UNSET)

        mrmrs: None | str | Unset = d.pop("Mrmrs", UNSET)

        firstname: None | str | Unset = d.pop("Firstname", UNSET)

        lastname: None | str | Unset = d.pop("Lastname", UNSET)

        middle_name: None | str | Unset = d.pop("MiddleName", UNSET)

        title: None | str | Unset = d.pop("Title", UNSET)

        description: None | str | Unset = d.pop("Description", UNSET)

        email: None | str | Unset = d.pop("Email", UNSET)

        full_name: None | str | Unset = d.pop("FullName", UNSET)

        direct_phone: None | str | Unset = d.pop("DirectPhone", UNSET)

        formal_name: None | str | Unset = d.pop("FormalName", UNSET)

        country_id: int | None | Unset = d.pop("CountryId", UNSET)

        contact_id: int | None | Unset = d.pop("ContactId", UNSET)

        contact_name: None | str | Unset = d.pop("ContactName", UNSET)

        retired: int | None | Unset = d.pop("Retired", UNSET)

        rank: int | None | Unset = d.pop("Rank", UNSET)

        active_interests: int | None | Unset = d.pop("ActiveInterests", UNSET)

        contact_department: None | str | Unset = d.pop("ContactDepartment", UNSET)

        contact_country_id: int | None | Unset = d.pop("ContactCountryId", UNSET)

        contact_org_nr: None | str | Unset = d.pop("ContactOrgNr", UNSET)

        fax_phone: None | str | Unset = d.pop("FaxPhone", UNSET)

        mobile_phone: None | str | Unset = d.pop("MobilePhone", UNSET)

        contact_phone: None | str | Unset = d.pop("ContactPhone", UNSET)

        associate_name: None | str | Unset = d.pop("AssociateName", UNSET)

        associate_id: int | None | Unset = d.pop("AssociateId", UNSET)

        use_person_address: bool | None | Unset = d.pop("UsePersonAddress", UNSET)

        contact_fax: None | str | Unset = d.pop("ContactFax", UNSET)

        kanafname: None | str | Unset = d.pop("Kanafname", UNSET)

        kanalname: None | str | Unset = d.pop("Kanalname", UNSET)

        post_1: None | str | Unset = d.pop("Post1", UNSET)

        post_2: None | str | Unset = d.pop("Post2", UNSET)

        post_3: None | str | Unset = d.pop("Post3", UNSET)

        email_name: None | str | Unset = d.pop("EmailName", UNSET)

        contact_full_name: None | str | Unset = d.pop("ContactFullName", UNSET)

        active_erp_links: int | None | Unset = d.pop("ActiveErpLinks", UNSET)

        ticket_priority_id: int | None | Unset = d.pop("TicketPriorityId", UNSET)

        support_language_id: int | None | Unset = d.pop("SupportLanguageId", UNSET)

        support_associate_id: int | None | Unset = d.pop("SupportAssociateId", UNSET)

        category_name: None | str | Unset = d.pop("CategoryName", UNSET)

        person_number: None | str | Unset = d.pop("PersonNumber", UNSET)

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        person = cls(
            position=position,
            person_id=person_id,
            mrmrs=mrmrs,
            firstname=firstname,
            lastname=lastname,
            middle_name=middle_name,
            title=title,
            description=description,
            email=email,
            full_name=full_name,
            direct_phone=direct_phone,
            formal_name=formal_name,
            country_id=country_id,
            contact_id=contact_id,
            contact_name=contact_name,
            retired=retired,
            rank=rank,
            active_interests=active_interests,
            contact_department=contact_department,
            contact_country_id=contact_country_id,
            contact_org_nr=contact_org_nr,
            fax_phone=fax_phone,
            mobile_phone=mobile_phone,
            contact_phone=contact_phone,
            associate_name=associate_name,
            associate_id=associate_id,
            use_person_address=use_person_address,
            contact_fax=contact_fax,
            kanafname=kanafname,
            kanalname=kanalname,
            post_1=post_1,
            post_2=post_2,
            post_3=post_3,
            email_name=email_name,
            contact_full_name=contact_full_name,
            active_erp_links=active_erp_links,
            ticket_priority_id=ticket_priority_id,
            support_language_id=support_language_id,
            support_associate_id=support_associate_id,
            category_name=category_name,
            person_number=person_number,
            table_right=table_right,
            field_properties=field_properties,
        )

        person.additional_properties = d
        return person

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
