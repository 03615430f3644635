from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetEMailAddressesRequest")


@_attrs_define
class GetEMailAddressesRequest:
    """Body of GetEMailAddresses."""

    email_ids: list[int] | None | Unset = UNSET
    """ Primary keys of e-mail address records. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_ids: list[int] | None | Unset
        if isinstance(self.email_ids, Unset):
            email_ids = UNSET
        elif isinstance(self.email_ids, list):
            email_ids = self.email_ids

        else:
            email_ids = self.email_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_ids is not UNSET:
            field_dict["EmailIds"] = email_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_ids = _parse_email_ids(d.pop("EmailIds", UNSET))

        get_e_mail_addresses_request = cls(
            email_ids=email_ids,
        )

        get_e_mail_addresses_request.additional_properties = d
        return get_e_mail_addresses_request

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


def _parse_email_ids(data: object) -> list[int] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        email_ids_type_0 = cast("list[int]", data)

        return email_ids_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[int] | None | Unset", data)
