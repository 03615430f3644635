from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EMailSOInfo")


@_attrs_define
class EMailSOInfo:
    """Where a mail is archived in the CRM: document, appointment, project and sale links."""

    document_id: int | None | Unset = UNSET
    """ Document the mail is archived as. """
    appointment_id: int | None | Unset = UNSET
    """ Linked appointment. """
    project_id: int | None | Unset = UNSET
    """ Linked project. """
    sale_id: int | None | Unset = UNSET
    """ Linked sale. """
    archived: bool | None | Unset = UNSET
    """ True when the mail is archived. """
    archived_at: datetime.datetime | None | Unset = UNSET
    """ When it was archived. """
    archived_by: int | None | Unset = UNSET
    """ User who archived it. """
    archived_display_name: None | str | Unset = UNSET
    """ Display name of that user. """
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id: int | None | Unset
        if isinstance(self.document_id, Unset):
            document_id = UNSET
        else:
            document_id = self.document_id

        appointment_id: int | None | Unset
        if isinstance(self.appointment_id, Unset):
            appointment_id = UNSET
        else:
            appointment_id = self.appointment_id

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        sale_id: int | None | Unset
        if isinstance(self.sale_id, Unset):
            sale_id = UNSET
        else:
            sale_id = self.sale_id

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        archived_by: int | None | Unset
        if isinstance(self.archived_by, Unset):
            archived_by = UNSET
        else:
            archived_by = self.archived_by

        archived_display_name: None | str | Unset
        if isinstance(self.archived_display_name, Unset):
            archived_display_name = UNSET
        else:
            archived_display_name = self.archived_display_name

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
        if appointment_id is not UNSET:
            field_dict["AppointmentId"] = appointment_id
        if project_id is not UNSET:
            field_dict["ProjectId"] = project_id
        if sale_id is not UNSET:
            field_dict["SaleId"] = sale_id
        if archived is not UNSET:
            field_dict["Archived"] = archived
        if archived_at is not UNSET:
            field_dict["ArchivedAt"] = archived_at
        if archived_by is not UNSET:
            field_dict["ArchivedBy"] = archived_by
        if archived_display_name is not UNSET:
            field_dict["ArchivedDisplayName"] = archived_display_name
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id: int | None | Unset = d.pop("DocumentId", UNSET)

        appointment_id: int | None | Unset = d.pop("AppointmentId", UNSET)

        project_id: int | None | Unset = d.pop("ProjectId", UNSET)

        sale_id: int | None | Unset = d.pop("SaleId", UNSET)

        archived: bool | None | Unset = d.pop("Archived", UNSET)

        archived_at = _parse_archived_at(d.pop("ArchivedAt", UNSET))

        archived_by: int | None | Unset = d.pop("ArchivedBy", UNSET)

        archived_display_name: None | str | Unset = d.pop("ArchivedDisplayName", UNSET)

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        e_mail_so_info = cls(
            document_id=document_id,
            appointment_id=appointment_id,
            project_id=project_id,
            sale_id=sale_id,
            archived=archived,
            archived_at=archived_at,
            archived_by=archived_by,
            archived_display_name=archived_display_name,
            table_right=table_right,
            field_properties=field_properties,
        )

        e_mail_so_info.additional_properties = d
        return e_mail_so_info

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


def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        archived_at_type_0 = datetime.datetime.fromisoformat(data)

        return archived_at_type_0
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
