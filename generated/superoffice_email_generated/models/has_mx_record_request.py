from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HasMXRecordRequest")


@_attrs_define
class HasMXRecordRequest:
    """Body of HasMXRecord."""

    mail_domain: None | str | Unset = UNSET
    """ Domain name to look up. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mail_domain: None | str | Unset
        if isinstance(self.mail_domain, Unset):
            mail_domain = UNSET
        else:
            mail_domain = self.mail_domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mail_domain is not UNSET:
            field_dict["MailDomain"] = mail_domain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mail_domain: None | str | Unset = d.pop("MailDomain", UNSET)

        has_mx_record_request = cls(
            mail_domain=mail_domain,
        )

        has_mx_record_request.additional_properties = d
        return has_mx_record_request

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
