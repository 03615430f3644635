from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetEMailAccountFromEMailAddressRequest")


@_attrs_define
class GetEMailAccountFromEMailAddressRequest:
    """Body of GetEMailAccountFromEMailAddress."""

    from_address: None | str | Unset = UNSET
    """ Sender address of the account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_address: None | str | Unset
        if isinstance(self.from_address, Unset):
            from_address = UNSET
        else:
            from_address = self.from_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_address is not UNSET:
            field_dict["FromAddress"] = from_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_address: None | str | Unset = d.pop("FromAddress", UNSET)

        get_e_mail_account_from_e_mail_address_request = cls(
            from_address=from_address,
        )

        get_e_mail_account_from_e_mail_address_request.additional_properties = d
        return get_e_mail_account_from_e_mail_address_request

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
