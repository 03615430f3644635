from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_status import ActivityStatus
from ..models.appointment_type import AppointmentType
from ..models.document_lock_semantics import DocumentLockSemantics
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentEntity")


@_attrs_define
class DocumentEntity:
    """A full document record: metadata, links and archive state."""

    document_id: int | None | Unset = UNSET
    updated_by: Associate | None | Unset = UNSET
    created_by: Associate | None | Unset = UNSET
    attention: None | str | Unset = UNSET
    header: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    our_ref: None | str | Unset = UNSET
    your_ref: None | str | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    updated_date: datetime.datetime | None | Unset = UNSET
    description: None | str | Unset = UNSET
    document_template: DocumentTemplate | None | Unset = UNSET
    person: None | Person | Unset = UNSET
    associate: Associate | None | Unset = UNSET
    contact: Contact | None | Unset = UNSET
    project: None | Project | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    external_ref: None | str | Unset = UNSET
    completed: ActivityStatus | None | str | Unset = UNSET
    active_links: int | None | Unset = UNSET
    type_: AppointmentType | None | str | Unset = UNSET
    links: list[Link] | None | Unset = UNSET
    lock_semantics: DocumentLockSemantics | None | str | Unset = UNSET
    sale: None | Sale | Unset = UNSET
    suggested_document_id: int | None | Unset = UNSET
    snum: int | None | Unset = UNSET
    user_defined_fields: None | StringDictionary | Unset = UNSET
    extra_fields: None | StringDictionary | Unset = UNSET
    custom_fields: None | StringDictionary | Unset = UNSET
    publish_event_date: datetime.datetime | None | Unset = UNSET
    publish_to: datetime.datetime | None | Unset = UNSET
    publish_from: datetime.datetime | None | Unset = UNSET
    is_published: bool | None | Unset = UNSET
    visible_for: list[VisibleFor] | None | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id: int | None | Unset
        if isinstance(self.document_id, Unset):
            document_id = UNSET
        else:
            document_id = self.document_id

        updated_by: dict[str, Any] | None | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        elif isinstance(self.updated_by, Associate):
            updated_by = self.updated_by.to_dict()
        else:
            updated_by = self.updated_by

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, Associate):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        attention: None | str | Unset
        if isinstance(self.attention, Unset):
            attention = UNSET
        else:
            attention = self.attention

        header: None | str | Unset
        if isinstance(self.header, Unset):
            header = UNSET
        else:
            header = self.header

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        our_ref: None | str | Unset
        if isinstance(self.our_ref, Unset):
            our_ref = UNSET
        else:
            our_ref = self.our_ref

        your_ref: None | str | Unset
        if isinstance(self.your_ref, Unset):
            your_ref = UNSET
        else:
            your_ref = self.your_ref

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        updated_date: None | str | Unset
        if isinstance(self.updated_date, Unset):
            updated_date = UNSET
        elif isinstance(self.updated_date, datetime.datetime):
            updated_date = self.updated_date.isoformat()
        else:
            updated_date = self.updated_date

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        document_template: dict[str, Any] | None | Unset
        if isinstance(self.document_template, Unset):
            document_template = UNSET
        elif isinstance(self.document_template, DocumentTemplate):
            document_template = self.document_template.to_dict()
        else:
            document_template = self.document_template

        person: dict[str, Any] | None | Unset
        if isinstance(self.person, Unset):
            person = UNSET
        elif isinstance(self.person, Person):
            person = self.person.to_dict()
        else:
            person = self.person

        associate: dict[str, Any] | None | Unset
        if isinstance(self.associate, Unset):
            associate = UNSET
        elif isinstance(self.associate, Associate):
            associate = self.associate.to_dict()
        else:
            associate = self.associate

        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, Contact):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        project: dict[str, Any] | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, Project):
            project = self.project.to_dict()
        else:
            project = self.project

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        external_ref: None | str | Unset
        if isinstance(self.external_ref, Unset):
            external_ref = UNSET
        else:
            external_ref = self.external_ref

        completed: None | str | Unset
        if isinstance(self.completed, Unset):
            completed = UNSET
        elif isinstance(self.completed, ActivityStatus):
            completed = self.completed.value
        else:
            completed = self.completed

        active_links: int | None | Unset
        if isinstance(self.active_links, Unset):
            active_links = UNSET
        else:
            active_links = self.active_links

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AppointmentType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        links: list[dict[str, Any]] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, list):
            links = []
            for links_type_0_item_data in self.links:
                links_type_0_item = links_type_0_item_data.to_dict()
                links.append(links_type_0_item)

        else:
            links = self.links

        lock_semantics: None | str | Unset
        if isinstance(self.lock_semantics, Unset):
            lock_semantics = UNSET
        elif isinstance(self.lock_semantics, DocumentLockSemantics):
            lock_semantics = self.lock_semantics.value
        else:
            lock_semantics = self.lock_semantics

        sale: dict[str, Any] | None | Unset
        if isinstance(self.sale, Unset):
            sale = UNSET
        elif isinstance(self.sale, Sale):
            sale = self.sale.to_dict()
        else:
            sale = self.sale

        suggested_document_id: int | None | Unset
        if isinstance(self.suggested_document_id, Unset):
            suggested_document_id = UNSET
        else:
            suggested_document_id = self.suggested_document_id

        snum: int | None | Unset
        if isinstance(self.snum, Unset):
            snum = UNSET
        else:
            snum = self.snum

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

        publish_event_date: None | str | Unset
        if isinstance(self.publish_event_date, Unset):
            publish_event_date = UNSET
        elif isinstance(self.publish_event_date, datetime.datetime):
            publish_event_date = self.publish_event_date.isoformat()
        else:
            publish_event_date = self.publish_event_date

        publish_to: None | str | Unset
        if isinstance(self.publish_to, Unset):
            publish_to = UNSET
        elif isinstance(self.publish_to, datetime.datetime):
            publish_to = self.publish_to.isoformat()
        else:
            publish_to = self.publish_to

        publish_from: None | str | Unset
        if isinstance(self.publish_from, Unset):
            publish_from = UNSET
        elif isinstance(self.publish_from, datetime.datetime):
            publish_from = self.publish_from.isoformat()
        else:
            publish_from = self.publish_from

        is_published: bool | None | Unset
        if isinstance(self.is_published, Unset):
            is_published = UNSET
        else:
            is_published = self.is_published

        visible_for: list[dict[str, Any]] | None | Unset
        if isinstance(self.visible_for, Unset):
            visible_for = UNSET
        elif isinstance(self.visible_for, list):
            visible_for = []
            for visible_for_type_0_item_data in self.visible_for:
                visible_for_type_0_item = visible_for_type_0_item_data.to_dict()
                visible_for.append(visible_for_type_0_item)

        else:
            visible_for = self.visible_for

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
        if document_id is not UNSET:
            field_dict["DocumentId"] = document_id
        if updated_by is not UNSET:
            field_dict["UpdatedBy"] = updated_by
        if created_by is not UNSET:
            field_dict["CreatedBy"] = created_by
        if attention is not UNSET:
            field_dict["Attention"] = attention
        if header is not UNSET:
            field_dict["Header"] = header
        if name is not UNSET:
            field_dict["Name"] = name
        if our_ref is not UNSET:
            field_dict["OurRef"] = our_ref
        if your_ref is not UNSET:
            field_dict["YourRef"] = your_ref
        if created_date is not UNSET:
            field_dict["CreatedDate"] = created_date
        if updated_date is not UNSET:
            field_dict["UpdatedDate"] = updated_date
        if description is not UNSET:
            field_dict["Description"] = description
        if document_template is not UNSET:
            field_dict["DocumentTemplate"] = document_template
        if person is not UNSET:
            field_dict["Person"] = person
        if associate is not UNSET:
            field_dict["Associate"] = associate
        if contact is not UNSET:
            field_dict["Contact"] = contact
        if project is not UNSET:
            field_dict["Project"] = project
        if date is not UNSET:
            field_dict["Date"] = date
        if external_ref is not UNSET:
            field_dict["ExternalRef"] = external_ref
        if completed is not UNSET:
            field_dict["Completed"] = completed
        if active_links is not UNSET:
            field_dict["ActiveLinks"] = active_links
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if links is not UNSET:
            field_dict["Links"] = links
        if lock_semantics is not UNSET:
            field_dict["LockSemantics"] = lock_semantics
        if sale is not UNSET:
            field_dict["Sale"] = sale
        if suggested_document_id is not UNSET:
            field_dict["SuggestedDocumentId"] = suggested_document_id
        if snum is not UNSET:
            field_dict["Snum"] = snum
        if user_defined_fields is not UNSET:
            field_dict["UserDefinedFields"] = user_defined_fields
        if extra_fields is not UNSET:
            field_dict["ExtraFields"] = extra_fields
        if custom_fields is not UNSET:
            field_dict["CustomFields"] = custom_fields
        if publish_event_date is not UNSET:
            field_dict["PublishEventDate"] = publish_event_date
        if publish_to is not UNSET:
            field_dict["PublishTo"] = publish_to
        if publish_from is not UNSET:
            field_dict["PublishFrom"] = publish_from
        if is_published is not UNSET:
            field_dict["IsPublished"] = is_published
        if visible_for is not UNSET:
            field_dict["VisibleFor"] = visible_for
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id: int | None | Unset = d.pop("DocumentId", UNSET)

        updated_by = _parse_updated_by(d.pop("UpdatedBy", UNSET))

        created_by = _parse_created_by(d.pop("CreatedBy", UNSET))

        attention: None | str | Unset = d.pop("Attention", UNSET)

        header: None | str | Unset = d.pop("Header", UNSET)

        name: None | str | Unset = d.pop("Name", UNSET)

        our_ref: None | str | Unset = d.pop("OurRef", UNSET)

        your_ref: None | str | Unset = d.pop("YourRef", UNSET)

        created_date = _parse_created_date(d.pop("CreatedDate", UNSET))

        updated_date = _parse_updated_date(d.pop("UpdatedDate", UNSET))

        description: None | str | Unset = d.pop("Description", UNSET)

        document_template = _parse_document_template(d.pop("DocumentTemplate", UNSET))

        person = _parse_person(d.pop("Person", UNSET))

        associate = _parse_associate(d.pop("Associate", UNSET))

        contact = _parse_contact(d.pop("Contact", UNSET))

        project = _parse_project(d.pop("Project", UNSET))

        date = _parse_date(d.pop("Date", UNSET))

        external_ref: None | str | Unset = d.pop("ExternalRef", UNSET)

        completed = _parse_completed(d.pop("Completed", UNSET))

        active_links: int | None | Unset = d.pop("ActiveLinks", UNSET)

        type_ = _parse_type_(d.pop("Type", UNSET))

        links = _parse_links(d.pop("Links", UNSET))

        lock_semantics = _parse_lock_semantics(d.pop("LockSemantics", UNSET))

        sale = _parse_sale(d.pop("Sale", UNSET))

        suggested_document_id: int | None | Unset = d.pop("SuggestedDocumentId", UNSET)

        snum: int | None | Unset = d.pop("Snum", UNSET)

        user_defined_fields = _parse_user_defined_fields(d.pop("UserDefinedFields", UNSET))

        extra_fields = _parse_extra_fields(d.pop("ExtraFields", UNSET))

        custom_fields = _parse_custom_fields(d.pop("CustomFields", UNSET))

        publish_event_date = _parse_publish_event_date(d.pop("PublishEventDate", UNSET))

        publish_to = _parse_publish_to(d.pop("PublishTo", UNSET))

        publish_from = _parse_publish_from(d.pop("PublishFrom", UNSET))

        is_published: bool | None | Unset = d.pop("IsPublished", UNSET)

        visible_for = _parse_visible_for(d.pop("VisibleFor", UNSET))

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        document_entity = cls(
            document_id=document_id,
            updated_by=updated_by,
            created_by=created_by,
            attention=attention,
            header=header,
            name=name,
            our_ref=our_ref,
            your_ref=your_ref,
            created_date=created_date,
            updated_date=updated_date,
            description=description,
            document_template=document_template,
            person=person,
            associate=associate,
            contact=contact,
            project=project,
            date=date,
            external_ref=external_ref,
            completed=completed,
            active_links=active_links,
            type_=type_,
            links=links,
            lock_semantics=lock_semantics,
            sale=sale,
            suggested_document_id=suggested_document_id,
            snum=snum,
            user_defined_fields=user_defined_fields,
            extra_fields=extra_fields,
            custom_fields=custom_fields,
            publish_event_date=publish_event_date,
            publish_to=publish_to,
            publish_from=publish_from,
            is_published=is_published,
            visible_for=visible_for,
            table_right=table_right,
            field_properties=field_properties,
        )

        document_entity.additional_properties = d
        return document_entity

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


def _parse_document_template(data: object) -> DocumentTemplate | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        document_template_type_0 = DocumentTemplate.from_dict(data)

        return document_template_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("DocumentTemplate | None | Unset", data)


def _parse_person(data: object) -> None | Person | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        person_type_0 = Person.from_dict(data)

        return person_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | Person | Unset", data)


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


def _parse_project(data: object) -> None | Project | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        project_type_0 = Project.from_dict(data)

        return project_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | Project | Unset", data)


def _parse_date(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        date_type_0 = datetime.datetime.fromisoformat(data)

        return date_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_completed(data: object) -> ActivityStatus | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        completed_type_0 = ActivityStatus(data)

        return completed_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("ActivityStatus | None | str | Unset", data)


def _parse_type_(data: object) -> AppointmentType | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = AppointmentType(data)

        return type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AppointmentType | None | str | Unset", data)


def _parse_links(data: object) -> list[Link] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        links_type_0 = []
        _links_type_0 = data
        for links_type_0_item_data in _links_type_0:
            links_type_0_item = Link.from_dict(links_type_0_item_data)

            links_type_0.append(links_type_0_item)

        return links_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[Link] | None | Unset", data)


def _parse_lock_semantics(data: object) -> DocumentLockSemantics | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        lock_semantics_type_0 = DocumentLockSemantics(data)

        return lock_semantics_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("DocumentLockSemantics | None | str | Unset", data)


def _parse_sale(data: object) -> None | Sale | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        sale_type_0 = Sale.from_dict(data)

        return sale_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | Sale | Unset", data)


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


def _parse_publish_event_date(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        publish_event_date_type_0 = datetime.datetime.fromisoformat(data)

        return publish_event_date_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_publish_to(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        publish_to_type_0 = datetime.datetime.fromisoformat(data)

        return publish_to_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_publish_from(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        publish_from_type_0 = datetime.datetime.fromisoformat(data)

        return publish_from_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_visible_for(data: object) -> list[VisibleFor] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        visible_for_type_0 = []
        _visible_for_type_0 = data
        for visible_for_type_0_item_data in _visible_for_type_0:
            visible_for_type_0_item = VisibleFor.from_dict(visible_for_type_0_item_data)

            visible_for_type_0.append(visible_for_type_0_item)

        return visible_for_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[VisibleFor] | None | Unset", data)


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
from ..models.associate import Associate  # noqa: E402
from ..models.contact import Contact  # noqa: E402
from ..models.document_template import DocumentTemplate  # noqa: E402
from ..models.field_property_dictionary import FieldPropertyDictionary  # noqa: E402
from ..models.link import Link  # noqa: E402
from ..models.person import Person  # noqa: E402
from ..models.project import Project  # noqa: E402
from ..models.sale import Sale  # noqa: E402
from ..models.string_dictionary import StringDictionary  # noqa: E402
from ..models.table_right import TableRight  # noqa: E402
from ..models.visible_for import VisibleFor  # noqa: E402
