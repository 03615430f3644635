from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetSubscriptionRequest")


@_attrs_define
class SetSubscriptionRequest:
    """Body of SetSubscription."""

    connection_info: EMailConnectionInfo | None | Unset = UNSET
    """ Mail server, login and folder to work on. """
    folders: list[EMailFolder] | None | Unset = UNSET
    """ Folder names. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_info: dict[str, Any] | None | Unset
        if isinstance(self.connection_info, Unset):
            connection_info = UNSET
        elif isinstance(self.connection_info, EMailConnectionInfo):
            connection_info = self.connection_info.to_dict()
        else:
            connection_info = self.connection_info

        folders: list[dict[str, Any]] | None | Unset
        if isinstance(self.folders, Unset):
            folders = UNSET
        elif isinstance(self.folders, list):
            folders = []
            for folders_type_0_item_data in self.folders:
                folders_type_0_item = folders_type_0_item_data.to_dict()
                folders.append(folders_type_0_item)

        else:
            folders = self.folders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connection_info is not UNSET:
            field_dict["ConnectionInfo"] = connection_info
        if folders is not UNSET:
            field_dict["Folders"] = folders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        connection_info = _parse_connection_info(d.pop("ConnectionInfo", UNSET))

        folders = _parse_folders(d.pop("Folders", UNSET))

        set_subscription_request = cls(
            connection_info=connection_info,
            folders=folders,
        )

        set_subscription_request.additional_properties = d
        return set_subscription_request

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


def _parse_connection_info(data: object) -> EMailConnectionInfo | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        connection_info_type_0 = EMailConnectionInfo.from_dict(data)

        return connection_info_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("EMailConnectionInfo | None | Unset", data)


def _parse_folders(data: object) -> list[EMailFolder] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        folders_type_0 = []
        _folders_type_0 = data
        for folders_type_0_item_data in _folders_type_0:
            folders_type_0_item = EMailFolder.from_dict(folders_type_0_item_data)

            folders_type_0.append(folders_type_0_item)

        return folders_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[EMailFolder] | None | Unset", data)


# Imported here, after the class, so that models which refer to each other can import each other.
from ..models.e_mail_connection_info import EMailConnectionInfo  # noqa: E402
from ..models.e_mail_folder import EMailFolder  # noqa: E402
