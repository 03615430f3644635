from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_type import UserType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Associate")


@_attrs_define
class Associate:
    """A CRM user or resource, with the person record behind it."""

    associate_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    person_id: int | None | Unset = UNSET
    rank: int | None | Unset = UNSET
    tooltip: None | str | Unset = UNSET
    type_: None | str | Unset | UserType = UNSET
    group_idx: int | None | Unset = UNSET
    full_name: None | str | Unset = UNSET
    formal_name: None | str | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    ej_user_id: int | None | Unset = UNSET
    user_name: None | str | Unset = UNSET
    extra_fields: None | StringDictionary | Unset = UNSET
    custom_fields: None | StringDictionary | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        associate_id: int | None | Unset
        if isinstance(self.associate_id, Unset):
            associate_id = UNSET
        else:
            associate_id = self.associate_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        person_id: int | None | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        rank: int | None | Unset
        if isinstance(self.rank, Unset):
            rank = UNSET
        else:
            rank = self.rank

        tooltip: None | str | Unset
        if isinstance(self.tooltip, Unset):
            tooltip = UNSET
        else:
            tooltip = self.tooltip

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, UserType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        group_idx: int | None | Unset
        if isinstance(self.group_idx, Unset):
            group_idx = UNSET
        else:
            group_idx = self.group_idx

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        formal_name: None | str | Unset
        if isinstance(self.formal_name, Unset):
            formal_name = UNSET
        else:
            formal_name = self.formal_name

        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        ej_user_id: int | None | Unset
        if isinstance(self.ej_user_id, Unset):
            ej_user_id = UNSET
        else:
            ej_user_id = self.ej_user_id

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

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
        if associate_id is not UNSET:
            field_dict["AssociateId"] = associate_id
        if name is not UNSET:
            field_dict["Name"] = name
        if person_id is not UNSET:
            field_dict["PersonId"] = person_id
        if rank is not UNSET:
            field_dict["Rank"] = rank
        if tooltip is not UNSET:
            field_dict["Tooltip"] = tooltip
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if group_idx is not UNSET:
            field_dict["GroupIdx"] = group_idx
        if full_name is not UNSET:
            field_dict["FullName"] = full_name
        if formal_name is not UNSET:
            field_dict["FormalName"] = formal_name
        if deleted is not UNSET:
            field_dict["Deleted"] = deleted
        if ej_user_id is not UNSET:
            field_dict["EjUserId"] = ej_user_id
        if user_name is not UNSET:
            field_dict["UserName"] = user_name
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
        associate_id: int | None | Unset = d.pop("AssociateId", UNSET)

        name: None | str | Unset = d.pop("Name", UNSET)

        person_id: int | None | Unset = d.pop("PersonId", UNSET)

        rank: int | None | Unset = d.pop("Rank", UNSET)

        tooltip: None | str | Unset = d.pop("Tooltip", UNSET)

        type_ = _parse_type_(d.pop("Type", UNSET))

        group_idx: int | None | Unset = d.pop("GroupIdx", UNSET)

        full_name: None | str | Unset = d.pop("FullName", UNSET)

        formal_name: None | str | Unset = d.pop("FormalName", UNSET)

        deleted: bool | None | Unset = d.pop("Deleted", UNSET)

        ej_user_id: int | None | Unset = d.pop("EjUserId", UNSET)

        user_name: None | str | Unset = d.pop("UserName", UNSET)

        extra_fields = _parse_extra_fields(d.pop("ExtraFields", UNSET))

        custom_fields = _parse_custom_fields(d.pop("CustomFields", UNSET))

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        associate = cls(
            associate_id=associate_id,
            name=name,
            person_id=person_id,
            rank=rank,
            tooltip=tooltip,
            type_=type_,
            group_idx=group_idx,
            full_name=full_name,
            formal_name=formal_name,
            deleted=deleted,
            ej_user_id=ej_user_id,
            user_name=user_name,
            extra_fields=extra_fields,
            custom_fields=custom_fields,
            table_right=table_right,
            field_properties=field_properties,
        )

        associate.additional_properties = d
        return associate

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


def _parse_type_(data: object) -> None | str | Unset | UserType:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = UserType(data)

        return type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | str | Unset | UserType", data)


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
from ..models.field_property_dictionary import FieldPropertyDictionary  # noqa: E402
from ..models.string_dictionary import StringDictionary  # noqa: E402
from ..models.table_right import TableRight  # noqa: E402
