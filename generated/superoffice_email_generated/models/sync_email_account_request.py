from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SyncEmailAccountRequest")


@_attrs_define
class SyncEmailAccountRequest:
    """Body of SyncEmailAccount."""

    sync_user_account: None | SyncUserAccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sync_user_account: dict[str, Any] | None | Unset
        if isinstance(self.sync_user_account, Unset):
            sync_user_account = UNSET
        elif isinstance(self.sync_user_account, SyncUserAccount):
            sync_user_account = self.sync_user_account.to_dict()
        else:
            sync_user_account = self.sync_user_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sync_user_account is not UNSET:
            field_dict["SyncUserAccount"] = sync_user_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sync_user_account = _parse_sync_user_account(d.pop("SyncUserAccount", UNSET))

        sync_email_account_request = cls(
            sync_user_account=sync_user_account,
        )

        sync_email_account_request.additional_properties = d
        return sync_email_account_request

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


def _parse_sync_user_account(data: object) -> None | SyncUserAccount | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        sync_user_account_type_0 = SyncUserAccount.from_dict(data)

        return sync_user_account_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | SyncUserAccount | Unset", data)


# Imported here, after the class, so that models which refer to each other can import each other.
from ..models.sync_user_account import SyncUserAccount  # noqa: E402
