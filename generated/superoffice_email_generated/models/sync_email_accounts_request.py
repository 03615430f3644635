from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SyncEmailAccountsRequest")


@_attrs_define
class SyncEmailAccountsRequest:
    """Body of SyncEmailAccounts."""

    sync_user_accounts: list[SyncUserAccount] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sync_user_accounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.sync_user_accounts, Unset):
            sync_user_accounts = UNSET
        elif isinstance(self.sync_user_accounts, list):
            sync_user_accounts = []
            for sync_user_accounts_type_0_item_data in self.sync_user_accounts:
                sync_user_accounts_type_0_item = sync_user_accounts_type_0_item_data.to_dict()
                sync_user_accounts.append(sync_user_accounts_type_0_item)

        else:
            sync_user_accounts = self.sync_user_accounts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sync_user_accounts is not UNSET:
            field_dict["SyncUserAccounts"] = sync_user_accounts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sync_user_accounts = _parse_sync_user_accounts(d.pop("SyncUserAccounts", UNSET))

        sync_email_accounts_request = cls(
            sync_user_accounts=sync_user_accounts,
        )

        sync_email_accounts_request.additional_properties = d
        return sync_email_accounts_request

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


def _parse_sync_user_accounts(data: object) -> list[SyncUserAccount] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        sync_user_accounts_type_0 = []
        _sync_user_accounts_type_0 = data
        for sync_user_accounts_type_0_item_data in _sync_user_accounts_type_0:
            sync_user_accounts_type_0_item = SyncUserAccount.from_dict(sync_user_accounts_type_0_item_data)

            sync_user_accounts_type_0.append(sync_user_accounts_type_0_item)

        return sync_user_accounts_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[SyncUserAccount] | None | Unset", data)


# Imported here, after the class, so that models which refer to each other can import each other.
from ..models.sync_user_account import SyncUserAccount  # noqa: E402
