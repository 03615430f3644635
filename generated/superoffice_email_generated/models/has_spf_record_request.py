from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HasSPFRecordRequest")


@_attrs_define
class HasSPFRecordRequest:
    """Body of HasSPFRecord."""

    source_spf: None | str | Unset = UNSET
    """ SPF source to look for, such as spf.example.net. """
    target_domain: None | str | Unset = UNSET
    """ Domain whose SPF record is read. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_spf: None | str | Unset
        if isinstance(self.source_spf, Unset):
            source_spf = UNSET
        else:
            source_spf = self.source_spf

        target_domain: None | str | Unset
        if isinstance(self.target_domain, Unset):
            target_domain = UNSET
        else:
            target_domain = self.target_domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_spf is not UNSET:
            field_dict["SourceSpf"] = source_spf
        if target_domain is not UNSET:
            field_dict["TargetDomain"] = target_domain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_spf: None | str | Unset = d.pop("SourceSpf", UNSET)

        target_domain: None | str | Unset = d.pop("TargetDomain", UNSET)

        has_spf_record_request = cls(
            source_spf=source_spf,
            target_domain=target_domain,
        )

        has_spf_record_request.additional_properties = d
        return has_spf_record_request

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
