from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonEntity")


@_attrs_define
class PersonEntity:
    """A full person record with phones, addresses, consents and custom fields."""

    person_id: int | None | Unset = UNSET
    firstname: None | str | Unset = UNSET
    middle_name: None | str | Unset = UNSET
    lastname: None | str | Unset = UNSET
    mrmrs: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    updated_date: datetime.datetime | None | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    birth_date: datetime.datetime | None | Unset = UNSET
    created_by: Associate | None | Unset = UNSET
    emails: list[EntityElement] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    is_associate: bool | None | Unset = UNSET
    private_phones: list[EntityElement] | None | Unset = UNSET
    faxes: list[EntityElement] | None | Unset = UNSET
    mobile_phones: list[EntityElement] | None | Unset = UNSET
    office_phones: list[EntityElement] | None | Unset = UNSET
    other_phones: list[EntityElement] | None | Unset = UNSET
    position: None | Position | Unset = UNSET
    updated_by: Associate | None | Unset = UNSET
    contact: Contact | None | Unset = UNSET
    country: Country | None | Unset = UNSET
    interests: list[SelectableMDOListItem] | None | Unset = UNSET
    person_number: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    no_mailing: bool | None | Unset = UNSET
    use_person_address: bool | None | Unset = UNSET
    retired: bool | None | Unset = UNSET
    urls: list[EntityElement] | None | Unset = UNSET
    formal_name: None | str | Unset = UNSET
    address: Address | None | Unset = UNSET
    post_3: None | str | Unset = UNSET
    post_2: None | str | Unset = UNSET
    post_1: None | str | Unset = UNSET
    kanalname: None | str | Unset = UNSET
    kanafname: None | str | Unset = UNSET
    corresponding_associate: Associate | None | Unset = UNSET
    category: Category | None | Unset = UNSET
    business: Business | None | Unset = UNSET
    associate: Associate | None | Unset = UNSET
    salutation: None | str | Unset = UNSET
    active_interests: int | None | Unset = UNSET
    support_associate: Associate | None | Unset = UNSET
    ticket_priority: None | TicketPriority | Unset = UNSET
    customer_language: CustomerLanguage | None | Unset = UNSET
    dbi_agent_id: int | None | Unset = UNSET
    dbi_key: None | str | Unset = UNSET
    dbi_last_modified: datetime.datetime | None | Unset = UNSET
    dbi_last_syncronized: datetime.datetime | None | Unset = UNSET
    sent_info: int | None | Unset = UNSET
    show_contact_tickets: int | None | Unset = UNSET
    user_info: None | Unset | UserInfo = UNSET
    chat_emails: list[EntityElement] | None | Unset = UNSET
    internet_phones: list[EntityElement] | None | Unset = UNSET
    source: int | None | Unset = UNSET
    active_erp_links: int | None | Unset = UNSET
    shipment_types: list[SelectableMDOListItem] | None | Unset = UNSET
    consents: list[ConsentInfo] | None | Unset = UNSET
    bounce_emails: list[str] | None | Unset = UNSET
    active_status_monitor_id: int | None | Unset = UNSET
    created_by_form_id: int | None | Unset = UNSET
    utm_parameters: None | SavedUtmParameters | Unset = UNSET
    leadstatus_id: int | None | Unset = UNSET
    leadstatus: None | str | Unset = UNSET
    user_defined_fields: None | StringDictionary | Unset = UNSET
    extra_fields: None | StringDictionary | Unset = UNSET
    custom_fields: None | StringDictionary | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_id: int | None | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        firstname: None | str | Unset
        if isinstance(self.firstname, Unset):
            firstname = UNSET
        else:
            firstname = self.firstname

        middle_name: None | str | Unset
        if isinstance(self.middle_name, Unset):
            middle_name = UNSET
        else:
            middle_name = self.middle_name

        lastname: None | str | Unset
        if isinstance(self.lastname, Unset):
            lastname = UNSET
        else:
            lastname = self.lastname

        mrmrs: None | str | Unset
        if isinstance(self.mrmrs, Unset):
            mrmrs = UNSET
        else:
            mrmrs = self.mrmrs

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        updated_date: None | str | Unset
        if isinstance(self.updated_date, Unset):
            updated_date = UNSET
        elif isinstance(self.updated_date, datetime.datetime):
            updated_date = self.updated_date.isoformat()
        else:
            updated_date = self.updated_date

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.datetime):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, Associate):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        emails: list[dict[str, Any]] | None | Unset
        if isinstance(self.emails, Unset):
            emails = UNSET
        elif isinstance(self.emails, list):
            emails = []
            for emails_type_0_item_data in self.emails:
                emails_type_0_item = emails_type_0_item_data.to_dict()
                emails.append(emails_type_0_item)

        else:
            emails = self.emails

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_associate: bool | None | Unset
        if isinstance(self.is_associate, Unset):
            is_associate = UNSET
        else:
            is_associate = self.is_associate

        private_phones: list[dict[str, Any]] | None | Unset
        if isinstance(self.private_phones, Unset):
            private_phones = UNSET
        elif isinstance(self.private_phones, list):
            private_phones = []
            for private_phones_type_0_item_data in self.private_phones:
                private_phones_type_0_item = private_phones_type_0_item_data.to_dict()
                private_phones.append(private_phones_type_0_item)

        else:
            private_phones = self.private_phones

        faxes: list[dict[str, Any]] | None | Unset
        if isinstance(self.faxes, Unset):
            faxes = UNSET
        elif isinstance(self.faxes, list):
            faxes = []
            for faxes_type_0_item_data in self.faxes:
                faxes_type_0_item = faxes_type_0_item_data.to_dict()
                faxes.append(faxes_type_0_item)

        else:
            faxes = self.faxes

        mobile_phones: list[dict[str, Any]] | None | Unset
        if isinstance(self.mobile_phones, Unset):
            mobile_phones = UNSET
        elif isinstance(self.mobile_phones, list):
            mobile_phones = []
            for mobile_phones_type_0_item_data in self.mobile_phones:
                mobile_phones_type_0_item = mobile_phones_type_0_item_data.to_dict()
                mobile_phones.append(mobile_phones_type_0_item)

        else:
            mobile_phones = self.mobile_phones

        office_phones: list[dict[str, Any]] | None | Unset
        if isinstance(self.office_phones, Unset):
            office_phones = UNSET
        elif isinstance(self.office_phones, list):
            office_phones = []
            for office_phones_type_0_item_data in self.office_phones:
                office_phones_type_0_item = office_phones_type_0_item_data.to_dict()
                office_phones.append(office_phones_type_0_item)

        else:
            office_phones = self.office_phones

        other_phones: list[dict[str, Any]] | None | Unset
        if isinstance(self.other_phones, Unset):
            other_phones = UNSET
        elif isinstance(self.other_phones, list):
            other_phones = []
            for other_phones_type_0_item_data in self.other_phones:
                other_phones_type_0_item = other_phones_type_0_item_data.to_dict()
                other_phones.append(other_phones_type_0_item)

        else:
            other_phones = self.other_phones

        position: dict[str, Any] | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, Position):
            position = self.position.to_dict()
        else:
            position = self.position

        updated_by: dict[str, Any] | None | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        elif isinstance(self.updated_by, Associate):
            updated_by = self.updated_by.to_dict()
        else:
            updated_by = self.updated_by

        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, Contact):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        country: dict[str, Any] | None | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, Country):
            country = self.country.to_dict()
        else:
            country = self.country

        interests: list[dict[str, Any]] | None | Unset
        if isinstance(self.interests, Unset):
            interests = UNSET
        elif isinstance(self.interests, list):
            interests = []
            for interests_type_0_item_data in self.interests:
                interests_type_0_item = interests_type_0_item_data.to_dict()
                interests.append(interests_type_0_item)

        else:
            interests = self.interests

        person_number: None | str | Unset
        if isinstance(self.person_number, Unset):
            person_number = UNSET
        else:
            person_number = self.person_number

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        no_mailing: bool | None | Unset
        if isinstance(self.no_mailing, Unset):
            no_mailing = UNSET
        else:
            no_mailing = self.no_mailing

        use_person_address: bool | None | Unset
        if isinstance(self.use_person_address, Unset):
            use_person_address = UNSET
        else:
            use_person_address = self.use_person_address

        retired: bool | None | Unset
        if isinstance(self.retired, Unset):
            retired = UNSET
        else:
            retired = self.retired

        urls: list[dict[str, Any]] | None | Unset
        if isinstance(self.urls, Unset):
            urls = UNSET
        elif isinstance(self.urls, list):
            urls = []
            for urls_type_0_item_data in self.urls:
                urls_type_0_item = urls_type_0_item_data.to_dict()
                urls.append(urls_type_0_item)

        else:
            urls = self.urls

        formal_name: None | str | Unset
        if isinstance(self.formal_name, Unset):
            formal_name = UNSET
        else:
            formal_name = self.formal_name

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, Address):
            address = self.address.to_dict()
        else:
            address = self.address

        post_3: None | str | Unset
        if isinstance(self.post_3, Unset):
            post_3 = UNSET
        else:
            post_3 = self.post_3

        post_2: None | str | Unset
        if isinstance(self.post_2, Unset):
            post_2 = UNSET
        else:
            post_2 = self.post_2

        post_1: None | str | Unset
        if isinstance(self.post_1, Unset):
            post_1 = UNSET
        else:
            post_1 = self.post_1

        kanalname: None | str | Unset
        if isinstance(self.kanalname, Unset):
            kanalname = UNSET
        else:
            kanalname = self.kanalname

        kanafname: None | str | Unset
        if isinstance(self.kanafname, Unset):
            kanafname = UNSET
        else:
            kanafname = self.kanafname

        corresponding_associate: dict[str, Any] | None | Unset
        if isinstance(self.corresponding_associate, Unset):
            corresponding_associate = UNSET
        elif isinstance(self.corresponding_associate, Associate):
            corresponding_associate = self.corresponding_associate.to_dict()
        else:
            corresponding_associate = self.corresponding_associate

        category: dict[str, Any] | None | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, Category):
            category = self.category.to_dict()
        else:
            category = self.category

        business: dict[str, Any] | None | Unset
        if isinstance(self.business, Unset):
            business = UNSET
        elif isinstance(self.business, Business):
            business = self.business.to_dict()
        else:
            business = self.business

        associate: dict[str, Any] | None | Unset
        if isinstance(self.associate, Unset):
            associate = UNSET
        elif isinstance(self.associate, Associate):
            associate = self.associate.to_dict()
        else:
            associate = self.associate

        salutation: None | str | Unset
        if isinstance(self.salutation, Unset):
            salutation = UNSET
        else:
            salutation = self.salutation

        active_interests: int | None | Unset
        if isinstance(self.active_interests, Unset):
            active_interests = UNSET
        else:
            active_interests = self.active_interests

        support_associate: dict[str, Any] | None | Unset
        if isinstance(self.support_associate, Unset):
            support_associate = UNSET
        elif isinstance(self.support_associate, Associate):
            support_associate = self.support_associate.to_dict()
        else:
            support_associate = self.support_associate

        ticket_priority: dict[str, Any] | None | Unset
        if isinstance(self.ticket_priority, Unset):
            ticket_priority = UNSET
        elif isinstance(self.ticket_priority, TicketPriority):
            ticket_priority = self.ticket_priority.to_dict()
        else:
            ticket_priority = self.ticket_priority

        customer_language: dict[str, Any] | None | Unset
        if isinstance(self.customer_language, Unset):
            customer_language = UNSET
        elif isinstance(self.customer_language, CustomerLanguage):
            customer_language = self.customer_language.to_dict()
        else:
            customer_language = self.customer_language

        dbi_agent_id: int | None | Unset
        if isinstance(self.dbi_agent_id, Unset):
            dbi_agent_id = UNSET
        else:
            dbi_agent_id = self.dbi_agent_id

        dbi_key: None | str | Unset
        if isinstance(self.dbi_key, Unset):
            dbi_key = UNSET
        else:
            dbi_key = self.dbi_key

        dbi_last_modified: None | str | Unset
        if isinstance(self.dbi_last_modified, Unset):
            dbi_last_modified = UNSET
        elif isinstance(self.dbi_last_modified, datetime.datetime):
            dbi_last_modified = self.dbi_last_modified.isoformat()
        else:
            dbi_last_modified = self.dbi_last_modified

        dbi_last_syncronized: None | str | Unset
        if isinstance(self.dbi_last_syncronized, Unset):
            dbi_last_syncronized = UNSET
        elif isinstance(self.dbi_last_syncronized, datetime.datetime):
            dbi_last_syncronized = self.dbi_last_syncronized.isoformat()
        else:
            dbi_last_syncronized = self.dbi_last_syncronized

        sent_info: int | None | Unset
        if isinstance(self.sent_info, Unset):
            sent_info = UNSET
        else:
            sent_info = self.sent_info

        show_contact_tickets: int | None | Unset
        if isinstance(self.show_contact_tickets, Unset):
            show_contact_tickets = UNSET
        else:
            show_contact_tickets = self.show_contact_tickets

        user_info: dict[str, Any] | None | Unset
        if isinstance(self.user_info, Unset):
            user_info = UNSET
        elif isinstance(self.user_info, UserInfo):
            user_info = self.user_info.to_dict()
        else:
            user_info = self.user_info

        chat_emails: list[dict[str, Any]] | None | Unset
        if isinstance(self.chat_emails, Unset):
            chat_emails = UNSET
        elif isinstance(self.chat_emails, list):
            chat_emails = []
            for chat_emails_type_0_item_data in self.chat_emails:
                chat_emails_type_0_item = chat_emails_type_0_item_data.to_dict()
                chat_emails.append(chat_emails_type_0_item)

        else:
            chat_emails = self.chat_emails

        internet_phones: list[dict[str, Any]] | None | Unset
        if isinstance(self.internet_phones, Unset):
            internet_phones = UNSET
        elif isinstance(self.internet_phones, list):
            internet_phones = []
            for internet_phones_type_0_item_data in self.internet_phones:
                internet_phones_type_0_item = internet_phones_type_0_item_data.to_dict()
                internet_phones.append(internet_phones_type_0_item)

        else:
            internet_phones = self.internet_phones

        source: int | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        active_erp_links: int | None | Unset
        if isinstance(self.active_erp_links, Unset):
            active_erp_links = UNSET
        else:
            active_erp_links = self.active_erp_links

        shipment_types: list[dict[str, Any]] | None | Unset
        if isinstance(self.shipment_types, Unset):
            shipment_types = UNSET
        elif isinstance(self.shipment_types, list):
            shipment_types = []
            for shipment_types_type_0_item_data in self.shipment_types:
                shipment_types_type_0_item = shipment_types_type_0_item_data.to_dict()
                shipment_types.append(shipment_types_type_0_item)

        else:
            shipment_types = self.shipment_types

        consents: list[dict[str, Any]] | None | Unset
        if isinstance(self.consents, Unset):
            consents = UNSET
        elif isinstance(self.consents, list):
            consents = []
            for consents_type_0_item_data in self.consents:
                consents_type_0_item = consents_type_0_item_data.to_dict()
                consents.append(consents_type_0_item)

        else:
            consents = self.consents

        bounce_emails: list[str] | None | Unset
        if isinstance(self.bounce_emails, Unset):
            bounce_emails = UNSET
        elif isinstance(self.bounce_emails, list):
            bounce_emails = self.bounce_emails

        else:
            bounce_emails = self.bounce_emails

        active_status_monitor_id: int | None | Unset
        if isinstance(self.active_status_monitor_id, Unset):
            active_status_monitor_id = UNSET
        else:
            active_status_monitor_id = self.active_status_monitor_id

        created_by_form_id: int | None | Unset
        if isinstance(self.created_by_form_id, Unset):
            created_by_form_id = UNSET
        else:
            created_by_form_id = self.created_by_form_id

        utm_parameters: dict[str, Any] | None | Unset
        if isinstance(self.utm_parameters, Unset):
            utm_parameters = UNSET
        elif isinstance(self.utm_parameters, SavedUtmParameters):
            utm_parameters = self.utm_parameters.to_dict()
        else:
            utm_parameters = self.utm_parameters

        leadstatus_id: int | None | Unset
        if isinstance(self.leadstatus_id, Unset):
            leadstatus_id = UNSET
        else:
            leadstatus_id = self.leadstatus_id

        leadstatus: None | str | Unset
        if isinstance(self.leadstatus, Unset):
            leadstatus = UNSET
        else:
            leadstatus = self.leadstatus

        user_defined_fields: dict[str, Any] | None | Unset
        if isinstance(self.user_defined_fields, Unset):
            user_defined_fields = UNSET
        elif isinstance(self.user_defined_fields, StringDictionary):
            user_defined_fields = self.user_defined_fields.to_dict()
        else:
            user_defined_fields = self.user_defined_fields

        extra_fields: dict[str, Any] | None | Unset
        if isinstance(self.extra_fields, Unset):
            extra_fields = UNSET
        elif isinstance(self.extra_fields, StringDictionary):
            extra_fields = self.extra_fields.to_dict()
        else:
            extra_fields = self.extra_fields

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, StringDictionary):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

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
        if firstname is not UNSET:
            field_dict["Firstname"] = firstname
        if middle_name is not UNSET:
            field_dict["MiddleName"] = middle_name
        if lastname is not UNSET:
            field_dict["Lastname"] = lastname
        if mrmrs is not UNSET:
            field_dict["Mrmrs"] = mrmrs
        if title is not UNSET:
            field_dict["Title"] = title
        if updated_date is not UNSET:
            field_dict["UpdatedDate"] = updated_date
        if created_date is not UNSET:
            field_dict["CreatedDate"] = created_date
        if birth_date is not UNSET:
            field_dict["BirthDate"] = birth_date
        if created_by is not UNSET:
            field_dict["CreatedBy"] = created_by
        if emails is not UNSET:
            field_dict["Emails"] = emails
        if description is not UNSET:
            field_dict["Description"] = description
        if is_associate is not UNSET:
            field_dict["IsAssociate"] = is_associate
        if private_phones is not UNSET:
            field_dict["PrivatePhones"] = private_phones
        if faxes is not UNSET:
            field_dict["Faxes"] = faxes
        if mobile_phones is not UNSET:
            field_dict["MobilePhones"] = mobile_phones
        if office_phones is not UNSET:
            field_dict["OfficePhones"] = office_phones
        if other_phones is not UNSET:
            field_dict["OtherPhones"] = other_phones
        if position is not UNSET:
            field_dict["Position"] = position
        if updated_by is not UNSET:
            field_dict["UpdatedBy"] = updated_by
        if contact is not UNSET:
            field_dict["Contact"] = contact
        if country is not UNSET:
            field_dict["Country"] = country
        if interests is not UNSET:
            field_dict["Interests"] = interests
        if person_number is not UNSET:
            field_dict["PersonNumber"] = person_number
        if full_name is not UNSET:
            field_dict["FullName"] = full_name
        if no_mailing is not UNSET:
            field_dict["NoMailing"] = no_mailing
        if use_person_address is not UNSET:
            field_dict["UsePersonAddress"] = use_person_address
        if retired is not UNSET:
            field_dict["Retired"] = retired
        if urls is not UNSET:
            field_dict["Urls"] = urls
        if formal_name is not UNSET:
            field_dict["FormalName"] = formal_name
        if address is not UNSET:
            field_dict["Address"] = address
        if post_3 is not UNSET:
            field_dict["Post3"] = post_3
        if post_2 is not UNSET:
            field_dict["Post2"] = post_2
        if post_1 is not UNSET:
            field_dict["Post1"] = post_1
        if kanalname is not UNSET:
            field_dict["Kanalname"] = kanalname
        if kanafname is not UNSET:
            field_dict["Kanafname"] = kanafname
        if corresponding_associate is not UNSET:
            field_dict["CorrespondingAssociate"] = corresponding_associate
        if category is not UNSET:
            field_dict["Category"] = category
        if business is not UNSET:
            field_dict["Business"] = business
        if associate is not UNSET:
            field_dict["Associate"] = associate
        if salutation is not UNSET:
            field_dict["Salutation"] = salutation
        if active_interests is not UNSET:
            field_dict["ActiveInterests"] = active_interests
        if support_associate is not UNSET:
            field_dict["SupportAssociate"] = support_associate
        if ticket_priority is not UNSET:
            field_dict["TicketPriority"] = ticket_priority
        if customer_language is not UNSET:
            field_dict["CustomerLanguage"] = customer_language
        if dbi_agent_id is not UNSET:
            field_dict["DbiAgentId"] = dbi_agent_id
        if dbi_key is not UNSET:
            field_dict["DbiKey"] = dbi_key
        if dbi_last_modified is not UNSET:
            field_dict["DbiLastModified"] = dbi_last_modified
        if dbi_last_syncronized is not UNSET:
            field_dict["DbiLastSyncronized"] = dbi_last_syncronized
        if sent_info is not UNSET:
            field_dict["SentInfo"] = sent_info
        if show_contact_tickets is not UNSET:
            field_dict["ShowContactTickets"] = show_contact_tickets
        if user_info is not UNSET:
            field_dict["UserInfo"] = user_info
        if chat_emails is not UNSET:
            field_dict["ChatEmails"] = chat_emails
        if internet_phones is not UNSET:
            field_dict["InternetPhones"] = internet_phones
        if source is not UNSET:
            field_dict["Source"] = source
        if active_erp_links is not UNSET:
            field_dict["ActiveErpLinks"] = active_erp_links
        if shipment_types is not UNSET:
            field_dict["ShipmentTypes"] = shipment_types
        if consents is not UNSET:
            field_dict["Consents"] = consents
        if bounce_emails is not UNSET:
            field_dict["BounceEmails"] = bounce_emails
        if active_status_monitor_id is not UNSET:
            field_dict["ActiveStatusMonitorId"] = active_status_monitor_id
        if created_by_form_id is not UNSET:
            field_dict["CreatedByFormId"] = created_by_form_id
        if utm_parameters is not UNSET:
            field_dict["UtmParameters"] = utm_parameters
        if leadstatus_id is not UNSET:
            field_dict["LeadstatusId"] = leadstatus_id
        if leadstatus is not UNSET:
            field_dict["Leadstatus"] = leadstatus
        if user_defined_fields is not UNSET:
            field_dict["UserDefinedFields"] = user_defined_fields
        if extra_fields is not UNSET:
            field_dict["ExtraFields"] = extra_fields
        if custom_fields is not UNSET:
            field_dict["CustomFields"] = custom_fields
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_id: int | None | Unset = d.pop("PersonId", UNSET)

        firstname: None | str | Unset = d.pop("Firstname", UNSET)

        middle_name: None | str | Unset = d.pop("MiddleName", UNSET)

        lastname: None | str | Unset = d.pop("Lastname", UNSET)

        mrmrs: None | str | Unset = d.pop("Mrmrs", UNSET)

        title: None | str | Unset = d.pop("Title", UNSET)

        updated_date = _parse_updated_date(d.pop("UpdatedDate", UNSET))

        created_date = _parse_created_date(d.pop("CreatedDate", UNSET))

        birth_date = _parse_birth_date(d.pop("BirthDate", UNSET))

        created_by = _parse_created_by(d.pop("CreatedBy", UNSET))

        emails = _parse_emails(d.pop("Emails", UNSET))

        description: None | str | Unset = d.pop("Description", UNSET)

        is_associate: bool | None | Unset = d.pop("IsAssociate", UNSET)

        private_phones = _parse_private_phones(d.pop("PrivatePhones", UNSET))

        faxes = _parse_faxes(d.pop("Faxes", UNSET))

        mobile_phones = _parse_mobile_phones(d.pop("MobilePhones", UNSET))

        office_phones = _parse_office_phones(d.pop("OfficePhones", UNSET))

        other_phones = _parse_other_phones(d.pop("OtherPhones", UNSET))

        position = _parse_position(d.pop("Position", UNSET))

        updated_by = _parse_updated_by(d.pop("UpdatedBy", UNSET))

        contact = _parse_contact(d.pop("Contact", UNSET))

        country = _parse_country(d.pop("Country", UNSET))

        interests = _parse_interests(d.pop("Interests", UNSET))

        person_number: None | str | Unset = d.pop("PersonNumber", UNSET)

        full_name: None | str | Unset = d.pop("FullName", UNSET)

        no_mailing: bool | None | Unset = d.pop("NoMailing", UNSET)

        use_person_address: bool | None | Unset = d.pop("UsePersonAddress", UNSET)

        retired: bool | None | Unset = d.pop("Retired", UNSET)

        urls = _parse_urls(d.pop("Urls", UNSET))

        formal_name: None | str | Unset = d.pop("FormalName", UNSET)

        address = _parse_address(d.pop("Address", UNSET))

        post_3: None | str | Unset = d.pop("Post3", UNSET)

        post_2: None | str | Unset = d.pop("Post2", UNSET)

        post_1: None | str | Unset = d.pop("Post1", UNSET)

        kanalname: None | str | Unset = d.pop("Kanalname", UNSET)

        kanafname: None | str | Unset = d.pop("Kanafname", UNSET)

        corresponding_associate = _parse_corresponding_associate(d.pop("CorrespondingAssociate", UNSET))

        category = _parse_category(d.pop("Category", UNSET))

        business = _parse_business(d.pop("Business", UNSET))

        associate = _parse_associate(d.pop("Associate", UNSET))

        salutation: None | str | Unset = d.pop("Salutation", UNSET)

        active_interests: int | None | Unset = d.pop("ActiveInterests", UNSET)

        support_associate = _parse_support_associate(d.pop("SupportAssociate", UNSET))

        ticket_priority = _parse_ticket_priority(d.pop("TicketPriority", UNSET))

        customer_language = _parse_customer_language(d.pop("CustomerLanguage", UNSET))

        dbi_agent_id: int | None | Unset = d.pop("DbiAgentId", UNSET)

        dbi_key: None | str | Unset = d.pop("DbiKey", UNSET)

        dbi_last_modified = _parse_dbi_last_modified(d.pop("DbiLastModified", UNSET))

        dbi_last_syncronized = _parse_dbi_last_syncronized(d.pop("DbiLastSyncronized", UNSET))

        sent_info: int | None | Unset = d.pop("SentInfo", UNSET)

        show_contact_tickets: int | None | Unset = d.pop("ShowContactTickets", UNSET)

        user_info = _parse_user_info(d.pop("UserInfo", UNSET))

        chat_emails = _parse_chat_emails(d.pop("ChatEmails", UNSET))

        internet_phones = _parse_internet_phones(d.pop("InternetPhones", UNSET))

        source: int | None | Unset = d.pop("Source", UNSET)

        active_erp_links: int | None | Unset = d.pop("ActiveErpLinks", UNSET)

        shipment_types = _parse_shipment_types(d.pop("ShipmentTypes", UNSET))

        consents = _parse_consents(d.pop("Consents", UNSET))

        bounce_emails = _parse_bounce_emails(d.pop("BounceEmails", UNSET))

        active_status_monitor_id: int | None | Unset = d.pop("ActiveStatusMonitorId", UNSET)

        created_by_form_id: int | None | Unset = d.pop("CreatedByFormId", UNSET)

        utm_parameters = _parse_utm_parameters(d.pop("UtmParameters", UNSET))

        leadstatus_id: int | None | Unset = d.pop("LeadstatusId", UNSET)

        leadstatus: None | str | Unset = d.pop("Leadstatus", UNSET)

        user_defined_fields = _parse_user_defined_fields(d.pop("UserDefinedFields", UNSET))

        extra_fields = _parse_extra_fields(d.pop("ExtraFields", UNSET))

        custom_fields = _parse_custom_fields(d.pop("CustomFields", UNSET))

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        person_entity = cls(
            person_id=person_id,
            firstname=firstname,
            middle_name=middle_name,
            lastname=lastname,
            mrmrs=mrmrs,
            title=title,
            updated_date=updated_date,
            created_date=created_date,
            birth_date=birth_date,
            created_by=created_by,
            emails=emails,
            description=description,
            is_associate=is_associate,
            private_phones=private_phones,
            faxes=faxes,
            mobile_phones=mobile_phones,
            office_phones=office_phones,
            other_phones=other_phones,
            position=position,
            updated_by=updated_by,
            contact=contact,
            country=country,
            interests=interests,
            person_number=person_number,
            full_name=full_name,
            no_mailing=no_mailing,
            use_person_address=use_person_address,
            retired=retired,
            urls=urls,
            formal_name=formal_name,
            address=address,
            post_3=post_3,
            post_2=post_2,
            post_1=post_1,
            kanalname=kanalname,
            kanafname=kanafname,
            corresponding_associate=corresponding_associate,
            category=category,
            business=business,
            associate=associate,
            salutation=salutation,
            active_interests=active_interests,
            support_associate=support_associate,
            ticket_priority=ticket_priority,
            customer_language=customer_language,
            dbi_agent_id=dbi_agent_id,
            dbi_key=dbi_key,
            dbi_last_modified=dbi_last_modified,
            dbi_last_syncronized=dbi_last_syncronized,
            sent_info=sent_info,
            show_contact_tickets=show_contact_tickets,
            user_info=user_info,
            chat_emails=chat_emails,
            internet_phones=internet_phones,
            source=source,
            active_erp_links=active_erp_links,
            shipment_types=shipment_types,
            consents=consents,
            bounce_emails=bounce_emails,
            active_status_monitor_id=active_status_monitor_id,
            created_by_form_id=created_by_form_id,
            utm_parameters=utm_parameters,
            leadstatus_id=leadstatus_id,
            leadstatus=leadstatus,
            user_defined_fields=user_defined_fields,
            extra_fields=extra_fields,
            custom_fields=custom_fields,
            table_right=table_right,
            field_properties=field_properties,
        )

        person_entity.additional_properties = d
        return person_entity

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


def _parse_updated_date(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        updated_date_type_0 = datetime.datetime.fromisoformat(data)

        return updated_date_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_created_date(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        created_date_type_0 = datetime.datetime.fromisoformat(data)

        return created_date_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_birth_date(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        birth_date_type_0 = datetime.datetime.fromisoformat(data)

        return birth_date_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_created_by(data: object) -> Associate | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        created_by_type_0 = Associate.from_dict(data)

        return created_by_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("Associate | None | Unset", data)


def _parse_emails(data: object) -> list[EntityElement] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        emails_type_0 = []
        _emails_type_0 = data
        for emails_type_0_item_data in _emails_type_0:
            emails_type_0_item = EntityElement.from_dict(emails_type_0_item_data)

            emails_type_0.append(emails_type_0_item)

        return emails_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[EntityElement] | None | Unset", data)


def _parse_private_phones(data: object) -> list[EntityElement] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        private_phones_type_0 = []
        _private_phones_type_0 = data
        for private_phones_type_0_item_data in _private_phones_type_0:
            private_phones_type_0_item = EntityElement.from_dict(private_phones_type_0_item_data)

            private_phones_type_0.append(private_phones_type_0_item)

        return private_phones_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[EntityElement] | None | Unset", data)


def _parse_faxes(data: object) -> list[EntityElement] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        faxes_type_0 = []
        _faxes_type_0 = data
        for faxes_type_0_item_data in _faxes_type_0:
            faxes_type_0_item = EntityElement.from_dict(faxes_type_0_item_data)

            faxes_type_0.append(faxes_type_0_item)

        return faxes_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[EntityElement] | None | Unset", data)


def _parse_mobile_phones(data: object) -> list[EntityElement] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        mobile_phones_type_0 = []
        _mobile_phones_type_0 = data
        for mobile_phones_type_0_item_data in _mobile_phones_type_0:
            mobile_phones_type_0_item = EntityElement.from_dict(mobile_phones_type_0_item_data)

            mobile_phones_type_0.append(mobile_phones_type_0_item)

        return mobile_phones_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[EntityElement] | None | Unset", data)


def _parse_office_phones(data: object) -> list[EntityElement] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        office_phones_type_0 = []
        _office_phones_type_0 = data
        for office_phones_type_0_item_data in _office_phones_type_0:
            office_phones_type_0_item = EntityElement.from_dict(office_phones_type_0_item_data)

            office_phones_type_0.append(office_phones_type_0_item)

        return office_phones_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[EntityElement] | None | Unset", data)


def _parse_other_phones(data: object) -> list[EntityElement] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        other_phones_type_0 = []
        _other_phones_type_0 = data
        for other_phones_type_0_item_data in _other_phones_type_0:
            other_phones_type_0_item = EntityElement.from_dict(other_phones_type_0_item_data)

            other_phones_type_0.append(other_phones_type_0_item)

        return other_phones_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[EntityElement] | None | Unset", data)


def _parse_position(data: object) -> None | Position | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        position_type_0 = Position.from_dict(data)

        return position_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | Position | Unset", data)


def _parse_updated_by(data: object) -> Associate | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        updated_by_type_0 = Associate.from_dict(data)

        return updated_by_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("Associate | None | Unset", data)


def _parse_contact(data: object) -> Contact | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        contact_type_0 = Contact.from_dict(data)

        return contact_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("Contact | None | Unset", data)


def _parse_country(data: object) -> Country | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        country_type_0 = Country.from_dict(data)

        return country_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("Country | None | Unset", data)


def _parse_interests(data: object) -> list[SelectableMDOListItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        interests_type_0 = []
        _interests_type_0 = data
        for interests_type_0_item_data in _interests_type_0:
            interests_type_0_item = SelectableMDOListItem.from_dict(interests_type_0_item_data)

            interests_type_0.append(interests_type_0_item)

        return interests_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[SelectableMDOListItem] | None | Unset", data)


def _parse_urls(data: object) -> list[EntityElement] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        urls_type_0 = []
        _urls_type_0 = data
        for urls_type_0_item_data in _urls_type_0:
            urls_type_0_item = EntityElement.from_dict(urls_type_0_item_data)

            urls_type_0.append(urls_type_0_item)

        return urls_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[EntityElement] | None | Unset", data)


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


def _parse_corresponding_associate(data: object) -> Associate | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        corresponding_associate_type_0 = Associate.from_dict(data)

        return corresponding_associate_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("Associate | None | Unset", data)


def _parse_category(data: object) -> Category | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        category_type_0 = Category.from_dict(data)

        return category_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("Category | None | Unset", data)


def _parse_business(data: object) -> Business | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        business_type_0 = Business.from_dict(data)

        return business_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("Business | None | Unset", data)


def _parse_associate(data: object) -> Associate | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        associate_type_0 = Associate.from_dict(data)

        return associate_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("Associate | None | Unset", data)


def _parse_support_associate(data: object) -> Associate | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        support_associate_type_0 = Associate.from_dict(data)

        return support_associate_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("Associate | None | Unset", data)


def _parse_ticket_priority(data: object) -> None | TicketPriority | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        ticket_priority_type_0 = TicketPriority.from_dict(data)

        return ticket_priority_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | TicketPriority | Unset", data)


def _parse_customer_language(data: object) -> CustomerLanguage | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        customer_language_type_0 = CustomerLanguage.from_dict(data)

        return customer_language_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("CustomerLanguage | None | Unset", data)


def _parse_dbi_last_modified(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        dbi_last_modified_type_0 = datetime.datetime.fromisoformat(data)

        return dbi_last_modified_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_dbi_last_syncronized(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        dbi_last_syncronized_type_0 = datetime.datetime.fromisoformat(data)

        return dbi_last_syncronized_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_user_info(data: object) -> None | Unset | UserInfo:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        user_info_type_0 = UserInfo.from_dict(data)

        return user_info_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | Unset | UserInfo", data)


def _parse_chat_emails(data: object) -> list[EntityElement] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        chat_emails_type_0 = []
        _chat_emails_type_0 = data
        for chat_emails_type_0_item_data in _chat_emails_type_0:
            chat_emails_type_0_item = EntityElement.from_dict(chat_emails_type_0_item_data)

            chat_emails_type_0.append(chat_emails_type_0_item)

        return chat_emails_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[EntityElement] | None | Unset", data)


def _parse_internet_phones(data: object) -> list[EntityElement] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        internet_phones_type_0 = []
        _internet_phones_type_0 = data
        for internet_phones_type_0_item_data in _internet_phones_type_0:
            internet_phones_type_0_item = EntityElement.from_dict(internet_phones_type_0_item_data)

            internet_phones_type_0.append(internet_phones_type_0_item)

        return internet_phones_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[EntityElement] | None | Unset", data)


def _parse_shipment_types(data: object) -> list[SelectableMDOListItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        shipment_types_type_0 = []
        _shipment_types_type_0 = data
        for shipment_types_type_0_item_data in _shipment_types_type_0:
            shipment_types_type_0_item = SelectableMDOListItem.from_dict(shipment_types_type_0_item_data)

            shipment_types_type_0.append(shipment_types_type_0_item)

        return shipment_types_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[SelectableMDOListItem] | None | Unset", data)


def _parse_consents(data: object) -> list[ConsentInfo] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        consents_type_0 = []
        _consents_type_0 = data
        for consents_type_0_item_data in _consents_type_0:
            consents_type_0_item = ConsentInfo.from_dict(consents_type_0_item_data)

            consents_type_0.append(consents_type_0_item)

        return consents_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[ConsentInfo] | None | Unset", data)


def _parse_bounce_emails(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        bounce_emails_type_0 = cast("list[str]", data)

        return bounce_emails_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None | Unset", data)


def _parse_utm_parameters(data: object) -> None | SavedUtmParameters | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        utm_parameters_type_0 = SavedUtmParameters.from_dict(data)

        return utm_parameters_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | SavedUtmParameters | Unset", data)


def _parse_user_defined_fields(data: object) -> None | StringDictionary | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        user_defined_fields_type_0 = StringDictionary.from_dict(data)

        return user_defined_fields_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | StringDictionary | Unset", data)


def _parse_extra_fields(data: object) -> None | StringDictionary | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        extra_fields_type_0 = StringDictionary.from_dict(data)

        return extra_fields_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | StringDictionary | Unset", data)


def _parse_custom_fields(data: object) -> None | StringDictionary | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        custom_fields_type_0 = StringDictionary.from_dict(data)

        return custom_fields_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | StringDictionary | Unset", data)


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
from ..models.associate import Associate  # noqa: E402
from ..models.business import Business  # noqa: E402
from ..models.category import Category  # noqa: E402
from ..models.consent_info import ConsentInfo  # noqa: E402
from ..models.contact import Contact  # noqa: E402
from ..models.country import Country  # noqa: E402
from ..models.customer_language import CustomerLanguage  # noqa: E402
from ..models.entity_element import EntityElement  # noqa: E402
from ..models.field_property_dictionary import FieldPropertyDictionary  # noqa: E402
from ..models.position import Position  # noqa: E402
from ..models.saved_utm_parameters import SavedUtmParameters  # noqa: E402
from ..models.selectable_mdo_list_item import SelectableMDOListItem  # noqa: E402
from ..models.string_dictionary import StringDictionary  # noqa: E402
from ..models.table_right import TableRight  # noqa: E402
from ..models.ticket_priority import TicketPriority  # noqa: E402
from ..models.user_info import UserInfo  # noqa: E402
