from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FieldPropertyDictionary")


@_attrs_define
class FieldPropertyDictionary:
    """Field name to that field's properties."""

    additional_properties: dict[str, FieldProperty] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_property_dictionary = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = FieldProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        field_property_dictionary.additional_properties = additional_properties
        return field_property_dictionary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> FieldProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: FieldProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported here, after the class, so that models which refer to each other can import each other.
from ..models.field_property import FieldProperty  # noqa: E402
