from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EMailFolder")


@_attrs_define
class EMailFolder:
    """A folder of a mail account, with item counts and subscription state."""

    name: None | str | Unset = UNSET
    """ Full folder name on the mail server. """
    delimiter: None | str | Unset = UNSET
    """ Character that separates folder levels. """
    flags: None | str | Unset = UNSET
    """ Folder attributes reported by the server. """
    total_items: int | None | Unset = UNSET
    """ Number of mails. """
    unread_items: int | None | Unset = UNSET
    """ Number of unread mails. """
    subscribed: bool | None | Unset = UNSET
    """ True when the user subscribes to the folder. """
    email_folder_id: int | None | Unset = UNSET
    """ Primary key of the folder in the CRM. """
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        delimiter: None | str | Unset
        if isinstance(self.delimiter, Unset):
            delimiter = UNSET
        else:
            delimiter = self.delimiter

        flags: None | str | Unset
        if isinstance(self.flags, Unset):
            flags = UNSET
        else:
            flags = self.flags

        total_items: int | None | Unset
        if isinstance(self.total_items, Unset):
            total_items = UNSET
        else:
            total_items = self.total_items

        unread_items: int | None | Unset
        if isinstance(self.unread_items, Unset):
            unread_items = UNSET
        else:
            unread_items = self.unread_items

        subscribed: bool | None | Unset
        if isinstance(self.subscribed, Unset):
            subscribed = UNSET
        else:
            subscribed = self.subscribed

        email_folder_id: int | None | Unset
        if isinstance(self.email_folder_id, Unset):
            email_folder_id = UNSET
        else:
            email_folder_id = self.email_folder_id

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
        if name is not UNSET:
            field_dict["Name"] = name
        if delimiter is not UNSET:
            field_dict["Delimiter"] = delimiter
        if flags is not UNSET:
            field_dict["Flags"] = flags
        if total_items is not UNSET:
            field_dict["TotalItems"] = total_items
        if unread_items is not UNSET:
            field_dict["UnreadItems"] = unread_items
        if subscribed is not UNSET:
            field_dict["Subscribed"] = subscribed
        if email_folder_id is not UNSET:
            field_dict["EmailFolderId"] = email_folder_id
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name: None | str | Unset = d.pop("Name", UNSET)

        delimiter: None | str | Unset = d.pop("Delimiter", UNSET)

        flags: None | str | Unset = d.pop("Flags", UNSET)

        total_items: int | None | Unset = d.pop("TotalItems", UNSET)

        unread_items: int | None | Unset = d.pop("UnreadItems", UNSET)

        subscribed: bool | None | Unset = d.pop("Subscribed", UNSET)

        email_folder_id: int | None | Unset = d.pop("EmailFolderId", UNSET)

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        e_mail_folder = cls(
            name=name,
            delimiter=delimiter,
            flags=flags,
            total_items=total_items,
            unread_items=unread_items,
            subscribed=subscribed,
            email_folder_id=email_folder_id,
            table_right=table_right,
            field_properties=field_properties,
        )

        e_mail_folder.additional_properties = d
        return e_mail_folder

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
