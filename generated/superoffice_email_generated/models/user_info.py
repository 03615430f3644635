from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_type import UserType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserInfo")


@_attrs_define
class UserInfo:
    """The user account data of a person who is a CRM user."""

    deleted: bool | None | Unset = UNSET
    user_info_id: int | None | Unset = UNSET
    user_name: None | str | Unset = UNSET
    person_id: int | None | Unset = UNSET
    rank: int | None | Unset = UNSET
    tooltip: None | str | Unset = UNSET
    user_group_id: int | None | Unset = UNSET
    ej_user_id: int | None | Unset = UNSET
    user_type: None | str | Unset | UserType = UNSET
    granted_licenses: list[str] | None | Unset = UNSET
    can_logon: bool | None | Unset = UNSET
    role_name: None | str | Unset = UNSET
    role_tooltip: None | str | Unset = UNSET
    user_group_name: None | str | Unset = UNSET
    user_group_tooltip: None | str | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        user_info_id: int | None | Unset
        if isinstance(self.user_info_id, Unset):
            user_info_id = UNSET
        else:
            user_info_id = self.user_info_id

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

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

        user_group_id: int | None | Unset
        if isinstance(self.user_group_id, Unset):
            user_group_id = UNSET
        else:
            user_group_id = self.user_group_id

        ej_user_id: int | None | Unset
        if isinstance(self.ej_user_id, Unset):
            ej_user_id = UNSET
        else:
            ej_user_id = self.ej_user_id

        user_type: None | str | Unset
        if isinstance(self.user_type, Unset):
            user_type = UNSET
        elif isinstance(self.user_type, UserType):
            user_type = self.user_type.value
        else:
            user_type = self.user_type

        granted_licenses: list[str] | None | Unset
        if isinstance(self.granted_licenses, Unset):
            granted_licenses = UNSET
        elif isinstance(self.granted_licenses, list):
            granted_licenses = self.granted_licenses

        else:
            granted_licenses = self.granted_licenses

        can_logon: bool | None | Unset
        if isinstance(self.can_logon, Unset):
            can_logon = UNSET
        else:
            can_logon = self.can_logon

        role_name: None | str | Unset
        if isinstance(self.role_name, Unset):
            role_name = UNSET
        else:
            role_name = self.role_name

        role_tooltip: None | str | Unset
        if isinstance(self.role_tooltip, Unset):
            role_tooltip = UNSET
        else:
            role_tooltip = self.role_tooltip

        user_group_name: None | str | Unset
        if isinstance(self.user_group_name, Unset):
            user_group_name = UNSET
        else:
            user_group_name = self.user_group_name

        user_group_tooltip: None | str | Unset
        if isinstance(self.user_group_tooltip, Unset):
            user_group_tooltip = UNSET
        else:
            user_group_tooltip = self.user_group_tooltip

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
        if deleted is not UNSET:
            field_dict["Deleted"] = deleted
        if user_info_id is not UNSET:
            field_dict["UserInfoId"] = user_info_id
        if user_name is not UNSET:
            field_dict["UserName"] = user_name
        if person_id is not UNSET:
            field_dict["PersonId"] = person_id
        if rank is not UNSET:
            field_dict["Rank"] = rank
        if tooltip is not UNSET:
            field_dict["Tooltip"] = tooltip
        if user_group_id is not UNSET:
            field_dict["UserGroupId"] = user_group_id
        if ej_user_id is not UNSET:
            field_dict["EjUserId"] = ej_user_id
        if user_type is not UNSET:
            field_dict["UserType"] = user_type
        if granted_licenses is not UNSET:
            field_dict["GrantedLicenses"] = granted_licenses
        if can_logon is not UNSET:
            field_dict["CanLogon"] = can_logon
        if role_name is not UNSET:
            field_dict["RoleName"] = role_name
        if role_tooltip is not UNSET:
            field_dict["RoleTooltip"] = role_tooltip
        if user_group_name is not UNSET:
            field_dict["UserGroupName"] = user_group_name
        if user_group_tooltip is not UNSET:
            field_dict["UserGroupTooltip"] = user_group_tooltip
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deleted: bool | None | Unset = d.pop("Deleted", UNSET)

        user_info_id: int | None | Unset = d.pop("UserInfoId", UNSET)

        user_name: None | str | Unset = d.pop("UserName", UNSET)

        person_id: int | None | Unset = d.pop("PersonId", UNSET)

        rank: int | None | Unset = d.pop("Rank", UNSET)

        tooltip: None | str | Unset = d.pop("Tooltip", UNSET)

        user_group_id: int | None | Unset = d.pop("UserGroupId", UNSET)

        ej_user_id: int | None | Unset = d.pop("EjUserId", UNSET)

        user_type = _parse_user_type(d.pop("UserType", UNSET))

        granted_licenses = _parse_granted_licenses(d.pop("GrantedLicenses", UNSET))

        can_logon: bool | None | Unset = d.pop("CanLogon", UNSET)

        role_name: None | str | Unset = d.pop("RoleName", UNSET)

        role_tooltip: None | str | Unset = d.pop("RoleTooltip", UNSET)

        user_group_name: None | str | Unset = d.pop("UserGroupName", UNSET)

        user_group_tooltip: None | str | Unset = d.pop("UserGroupTooltip", UNSET)

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        user_info = cls(
            deleted=deleted,
            user_info_id=user_info_id,
            user_name=user_name,
            person_id=person_id,
            rank=rank,
            tooltip=tooltip,
            user_group_id=user_group_id,
            ej_user_id=ej_user_id,
            user_type=user_type,
            granted_licenses=granted_licenses,
            can_logon=can_logon,
            role_name=role_name,
            role_tooltip=role_tooltip,
            user_group_name=user_group_name,
            user_group_tooltip=user_group_tooltip,
            table_right=table_right,
            field_properties=field_properties,
        )

        user_info.additional_properties = d
        return user_info

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


def _parse_user_type(data: object) -> None | str | Unset | UserType:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        user_type_type_0 = UserType(data)

        return user_type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | str | Unset | UserType", data)


def _parse_granted_licenses(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        granted_licenses_type_0 = cast("list[str]", data)

        return granted_licenses_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None | Unset", data)


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
