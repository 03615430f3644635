from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project as it appears in lists."""

    project_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    associate_id: int | None | Unset = UNSET
    associate_full_name: None | str | Unset = UNSET
    type_id: int | None | Unset = UNSET
    updated: datetime.datetime | None | Unset = UNSET
    status_id: int | None | Unset = UNSET
    status: None | str | Unset = UNSET
    text_id: int | None | Unset = UNSET
    publish_to: datetime.datetime | None | Unset = UNSET
    publish_from: datetime.datetime | None | Unset = UNSET
    is_published: bool | None | Unset = UNSET
    url_name: None | str | Unset = UNSET
    project_number: None | str | Unset = UNSET
    active_erp_links: int | None | Unset = UNSET
    event_id: int | None | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        associate_id: int | None | Unset
        if isinstance(self.associate_id, Unset):
            associate_id = UNSET
        else:
            associate_id = self.associate_id

        associate_full_name: None | str | Unset
        if isinstance(self.associate_full_name, Unset):
            associate_full_name = UNSET
        else:
            associate_full_name = self.associate_full_name

        type_id: int | None | Unset
        if isinstance(self.type_id, Unset):
            type_id = UNSET
        else:
            type_id = self.type_id

        updated: None | str | Unset
        if isinstance(self.updated, Unset):
            updated = UNSET
        elif isinstance(self.updated, datetime.datetime):
            updated = self.updated.isoformat()
        else:
            updated = self.updated

        status_id: int | None | Unset
        if isinstance(self.status_id, Unset):
            status_id = UNSET
        else:
            status_id = self.status_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        text_id: int | None | Unset
        if isinstance(self.text_id, Unset):
            text_id = UNSET
        else:
            text_id = self.text_id

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

        url_name: None | str | Unset
        if isinstance(self.url_name, Unset):
            url_name = UNSET
        else:
            url_name = self.url_name

        project_number: None | str | Unset
        if isinstance(self.project_number, Unset):
            project_number = UNSET
        else:
            project_number = self.project_number

        active_erp_links: int | None | Unset
        if isinstance(self.active_erp_links, Unset):
            active_erp_links = UNSET
        else:
            active_erp_links = self.active_erp_links

        event_id: int | None | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

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
        if project_id is not UNSET:
            field_dict["ProjectId"] = project_id
        if name is not UNSET:
            field_dict["Name"] = name
        if description is not UNSET:
            field_dict["Description"] = description
        if url is not UNSET:
            field_dict["URL"] = url
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if associate_id is not UNSET:
            field_dict["AssociateId"] = associate_id
        if associate_full_name is not UNSET:
            field_dict["AssociateFullName"] = associate_full_name
        if type_id is not UNSET:
            field_dict["TypeId"] = type_id
        if updated is not UNSET:
            field_dict["Updated"] = updated
        if status_id is not UNSET:
            field_dict["StatusId"] = status_id
        if status is not UNSET:
            field_dict["Status"] = status
        if text_id is not UNSET:
            field_dict["TextId"] = text_id
        if publish_to is not UNSET:
            field_dict["PublishTo"] = publish_to
        if publish_from is not UNSET:
            field_dict["PublishFrom"] = publish_from
        if is_published is not UNSET:
            field_dict["IsPublished"] = is_published
        if url_name is not UNSET:
            field_dict["URLName"] = url_name
        if project_number is not UNSET:
            field_dict["ProjectNumber"] = project_number
        if active_erp_links is not UNSET:
            field_dict["ActiveErpLinks"] = active_erp_links
        if event_id is not UNSET:
            field_dict["EventId"] = event_id
        if start_date is not UNSET:
            field_dict["StartDate"] = start_date
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id: int | None | Unset = d.pop("ProjectId", UNSET)

        name: None | str | Unset = d.pop("Name", UNSET)

        description: None | str | Unset = d.pop("Description", UNSET)

        url: None | str | Unset = d.pop("URL", UNSET)

        type_: None | str | Unset = d.pop("Type", UNSET)

        associate_id: int | None | Unset = d.pop("AssociateId", UNSET)

        associate_full_name: None | str | Unset = d.pop("AssociateFullName", UNSET)

        type_id: int | None | Unset = d.pop("TypeId", UNSET)

        updated = _parse_updated(d.pop("Updated", UNSET))

        status_id: int | None | Unset = d.pop("StatusId", UNSET)

        status: None | str | Unset = d.pop("Status", UNSET)

        text_id: int | None | Unset = d.pop("TextId", UNSET)

        publish_to = _parse_publish_to(d.pop("PublishTo", UNSET))

        publish_from = _parse_publish_from(d.pop("PublishFrom", UNSET))

        is_published: bool | None | Unset = d.pop("IsPublished", UNSET)

        url_name: None | str | Unset = d.pop("URLName", UNSET)

        project_number: None | str | Unset = d.pop("ProjectNumber", UNSET)

        active_erp_links: int | None | Unset = d.pop("ActiveErpLinks", UNSET)

        event_id: int | None | Unset = d.pop("EventId", UNSET)

        start_date = _parse_start_date(d.pop("StartDate", UNSET))

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        project = cls(
            project_id=project_id,
            name=name,
            description=description,
            url=url,
            type_=type_,
            associate_id=associate_id,
            associate_full_name=associate_full_name,
            type_id=type_id,
            updated=updated,
            status_id=status_id,
            status=status,
            text_id=text_id,
            publish_to=publish_to,
            publish_from=publish_from,
            is_published=is_published,
            url_name=url_name,
            project_number=project_number,
            active_erp_links=active_erp_links,
            event_id=event_id,
            start_date=start_date,
            table_right=table_right,
            field_properties=field_properties,
        )

        project.additional_properties = d
        return project

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


def _parse_updated(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        updated_type_0 = datetime.datetime.fromisoformat(data)

        return updated_type_0
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


def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        start_date_type_0 = datetime.datetime.fromisoformat(data)

        return start_date_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


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
