from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SelectableMDOListItem")


@_attrs_define
class SelectableMDOListItem:
    """A list item that the user can select, possibly with child items."""

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    tool_tip: None | str | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    rank: int | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    color_block: int | None | Unset = UNSET
    icon_hint: None | str | Unset = UNSET
    selected: bool | None | Unset = UNSET
    last_changed: datetime.datetime | None | Unset = UNSET
    child_items: list[SelectableMDOListItem] | None | Unset = UNSET
    extra_info: None | str | Unset = UNSET
    style_hint: None | str | Unset = UNSET
    hidden: bool | None | Unset = UNSET
    full_name: None | str | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        tool_tip: None | str | Unset
        if isinstance(self.tool_tip, Unset):
            tool_tip = UNSET
        else:
            tool_tip = self.tool_tip

        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        rank: int | None | Unset
        if isinstance(self.rank, Unset):
            rank = UNSET
        else:
            rank = self.rank

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        color_block: int | None | Unset
        if isinstance(self.color_block, Unset):
            color_block = UNSET
        else:
            color_block = self.color_block

        icon_hint: None | str | Unset
        if isinstance(self.icon_hint, Unset):
            icon_hint = UNSET
        else:
            icon_hint = self.icon_hint

        selected: bool | None | Unset
        if isinstance(self.selected, Unset):
            selected = UNSET
        else:
            selected = self.selected

        last_changed: None | str | Unset
        if isinstance(self.last_changed, Unset):
            last_changed = UNSET
        elif isinstance(self.last_changed, datetime.datetime):
            last_changed = self.last_changed.isoformat()
        else:
            last_changed = self.last_changed

        child_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.child_items, Unset):
            child_items = UNSET
        elif isinstance(self.child_items, list):
            child_items = []
            for child_items_type_0_item_data in self.child_items:
                child_items_type_0_item = child_items_type_0_item_data.to_dict()
                child_items.append(child_items_type_0_item)

        else:
            child_items = self.child_items

        extra_info: None | str | Unset
        if isinstance(self.extra_info, Unset):
            extra_info = UNSET
        else:
            extra_info = self.extra_info

        style_hint: None | str | Unset
        if isinstance(self.style_hint, Unset):
            style_hint = UNSET
        else:
            style_hint = self.style_hint

        hidden: bool | None | Unset
        if isinstance(self.hidden, Unset):
            hidden = UNSET
        else:
            hidden = self.hidden

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

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
        if name is not UNSET:
            field_dict["Name"] = name
        if tool_tip is not UNSET:
            field_dict["ToolTip"] = tool_tip
        if deleted is not UNSET:
            field_dict["Deleted"] = deleted
        if rank is not UNSET:
            field_dict["Rank"] = rank
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if color_block is not UNSET:
            field_dict["ColorBlock"] = color_block
        if icon_hint is not UNSET:
            field_dict["IconHint"] = icon_hint
        if selected is not UNSET:
            field_dict["Selected"] = selected
        if last_changed is not UNSET:
            field_dict["LastChanged"] = last_changed
        if child_items is not UNSET:
            field_dict["ChildItems"] = child_items
        if extra_info is not UNSET:
            field_dict["ExtraInfo"] = extra_info
        if style_hint is not UNSET:
            field_dict["StyleHint"] = style_hint
        if hidden is not UNSET:
            field_dict["Hidden"] = hidden
        if full_name is not UNSET:
            field_dict["FullName"] = full_name
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: int | None | Unset = d.pop("Id", UNSET)

        name: None | str | Unset = d.pop("Name", UNSET)

        tool_tip: None | str | Unset = d.pop("ToolTip", UNSET)

        deleted: bool | None | Unset = d.pop("Deleted", UNSET)

        rank: int | None | Unset = d.pop("Rank", UNSET)

        type_: None | str | Unset = d.pop("Type", UNSET)

        color_block: int | None | Unset = d.pop("ColorBlock", UNSET)

        icon_hint: None | str | Unset = d.pop("IconHint", UNSET)

        selected: bool | None | Unset = d.pop("Selected", UNSET)

        last_changed = _parse_last_changed(d.pop("LastChanged", UNSET))

        child_items = _parse_child_items(d.pop("ChildItems", UNSET))

        extra_info: None | str | Unset = d.pop("ExtraInfo", UNSET)

        style_hint: None | str | Unset = d.pop("StyleHint", UNSET)

        hidden: bool | None | Unset = d.pop("Hidden", UNSET)

        full_name: None | str | Unset = d.pop("FullName", UNSET)

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        selectable_mdo_list_item = cls(
            id=id,
            name=name,
            tool_tip=tool_tip,
            deleted=deleted,
            rank=rank,
            type_=type_,
            color_block=color_block,
            icon_hint=icon_hint,
            selected=selected,
            last_changed=last_changed,
            child_items=child_items,
            extra_info=extra_info,
            style_hint=style_hint,
            hidden=hidden,
            full_name=full_name,
            table_right=table_right,
            field_properties=field_properties,
        )

        selectable_mdo_list_item.additional_properties = d
        return selectable_mdo_list_item

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


def _parse_last_changed(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        last_changed_type_0 = datetime.datetime.fromisoformat(data)

        return last_changed_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_child_items(data: object) -> list[SelectableMDOListItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        child_items_type_0 = []
        _child_items_type_0 = data
        for child_items_type_0_item_data in _child_items_type_0:
            child_items_type_0_item = SelectableMDOListItem.from_dict(child_items_type_0_item_data)

            child_items_type_0.append(child_items_type_0_item)

        return child_items_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[SelectableMDOListItem] | None | Unset", data)


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
