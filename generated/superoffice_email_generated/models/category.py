from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.category_group import CategoryGroup
from ..types import UNSET, Unset

T = TypeVar("T", bound="Category")


@_attrs_define
class Category:
    """An item of the company category list."""

    id: int | None | Unset = UNSET
    value: None | str | Unset = UNSET
    tooltip: None | str | Unset = UNSET
    category_group: CategoryGroup | None | str | Unset = UNSET
    enable_lead_status: bool | None | Unset = UNSET
    rank: int | None | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        tooltip: None | str | Unset
        if isinstance(self.tooltip, Unset):
            tooltip = UNSET
        else:
            tooltip = self.tooltip

        category_group: None | str | Unset
        if isinstance(self.category_group, Unset):
            category_group = UNSET
        elif isinstance(self.category_group, CategoryGroup):
            category_group = self.category_group.value
        else:
            category_group = self.category_group

        enable_lead_status: bool | None | Unset
        if isinstance(self.enable_lead_status, Unset):
            enable_lead_status = UNSET
        else:
            enable_lead_status = self.enable_lead_status

        rank: int | None | Unset
        if isinstance(self.rank, Unset):
            rank = UNSET
        else:
            rank = self.rank

        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

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
        if id is not UNSET:
            field_dict["Id"] = id
        if value is not UNSET:
            field_dict["Value"] = value
        if tooltip is not UNSET:
            field_dict["Tooltip"] = tooltip
        if category_group is not UNSET:
            field_dict["CategoryGroup"] = category_group
        if enable_lead_status is not UNSET:
            field_dict["EnableLeadStatus"] = enable_lead_status
        if rank is not UNSET:
            field_dict["Rank"] = rank
        if deleted is not UNSET:
            field_dict["Deleted"] = deleted
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: int | None | Unset = d.pop("Id", UNSET)

        value: None | str | Unset = d.pop("Value", UNSET)

        tooltip: None | str | Unset = d.pop("Tooltip", UNSET)

        category_group = _parse_category_group(d.pop("CategoryGroup", UNSET))

        enable_lead_status: bool | None | Unset = d.pop("EnableLeadStatus", UNSET)

        rank: int | None | Unset = d.pop("Rank", UNSET)

        deleted: bool | None | Unset = d.pop("Deleted", UNSET)

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        category = cls(
            id=id,
            value=value,
            tooltip=tooltip,
            category_group=category_group,
            enable_lead_status=enable_lead_status,
            rank=rank,
            deleted=deleted,
            table_right=table_right,
            field_properties=field_properties,
        )

        category.additional_properties = d
        return category

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


def _parse_category_group(data: object) -> CategoryGroup | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        category_group_type_0 = CategoryGroup(data)

        return category_group_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("CategoryGroup | None | str | Unset", data)


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
