from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """A street and a postal address, both structured and as localized display rows."""

    wgs_84_latitude: float | None | Unset = UNSET
    wgs_84_longitude: float | None | Unset = UNSET
    localized_address: list[list[LocalizedField]] | None | Unset = UNSET
    street: None | StructuredAddress | Unset = UNSET
    postal: None | StructuredAddress | Unset = UNSET
    formatted: None | str | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wgs_84_latitude: float | None | Unset
        if isinstance(self.wgs_84_latitude, Unset):
            wgs_84_latitude = UNSET
        else:
            wgs_84_latitude = self.wgs_84_latitude

        wgs_84_longitude: float | None | Unset
        if isinstance(self.wgs_84_longitude, Unset):
            wgs_84_longitude = UNSET
        else:
            wgs_84_longitude = self.wgs_84_longitude

        localized_address: list[list[dict[str, Any]]] | None | Unset
        if isinstance(self.localized_address, Unset):
            localized_address = UNSET
        elif isinstance(self.localized_address, list):
            localized_address = []
            for localized_address_type_0_item_data in self.localized_address:
                localized_address_type_0_item = []
                for localized_address_type_0_item_item_data in localized_address_type_0_item_data:
                    localized_address_type_0_item_item = localized_address_type_0_item_item_data.to_dict()
                    localized_address_type_0_item.append(localized_address_type_0_item_item)

                localized_address.append(localized_address_type_0_item)

        else:
            localized_address = self.localized_address

        street: dict[str, Any] | None | Unset
        if isinstance(self.street, Unset):
            street = UNSET
        elif isinstance(self.street, StructuredAddress):
            street = self.street.to_dict()
        else:
            street = self.street

        postal: dict[str, Any] | None | Unset
        if isinstance(self.postal, Unset):
            postal = UNSET
        elif isinstance(self.postal, StructuredAddress):
            postal = self.postal.to_dict()
        else:
            postal = self.postal

        formatted: None | str | Unset
        if isinstance(self.formatted, Unset):
            formatted = UNSET
        else:
            formatted = self.formatted

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
        if wgs_84_latitude is not UNSET:
            field_dict["Wgs84Latitude"] = wgs_84_latitude
        if wgs_84_longitude is not UNSET:
            field_dict["Wgs84Longitude"] = wgs_84_longitude
        if localized_address is not UNSET:
            field_dict["LocalizedAddress"] = localized_address
        if street is not UNSET:
            field_dict["Street"] = street
        if postal is not UNSET:
            field_dict["Postal"] = postal
        if formatted is not UNSET:
            field_dict["Formatted"] = formatted
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wgs_84_latitude: float | None | Unset = d.pop("Wgs84Latitude", UNSET)

        wgs_84_longitude: float | None | Unset = d.pop("Wgs84Longitude", UNSET)

        localized_address = _parse_localized_address(d.pop("LocalizedAddress", UNSET))

        street = _parse_street(d.pop("Street", UNSET))

        postal = _parse_postal(d.pop("Postal", UNSET))

        formatted: None | str | Unset = d.pop("Formatted", UNSET)

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        address = cls(
            wgs_84_latitude=wgs_84_latitude,
            wgs_84_longitude=wgs_84_longitude,
            localized_address=localized_address,
            street=street,
            postal=postal,
            formatted=formatted,
            table_right=table_right,
            field_properties=field_properties,
        )

        address.additional_properties = d
        return address

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


def _parse_localized_address(data: object) -> list[list[LocalizedField]] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        localized_address_type_0 = []
        _localized_address_type_0 = data
        for localized_address_type_0_item_data in _localized_address_type_0:
            localized_address_type_0_item = []
            _localized_address_type_0_item = localized_address_type_0_item_data
            for localized_address_type_0_item_item_data in _localized_address_type_0_item:
                localized_address_type_0_item_item = LocalizedField.from_dict(localized_address_type_0_item_item_data)

                localized_address_type_0_item.append(localized_address_type_0_item_item)

            localized_address_type_0.append(localized_address_type_0_item)

        return localized_address_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[list[LocalizedField]] | None | Unset", data)


def _parse_street(data: object) -> None | StructuredAddress | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        street_type_0 = StructuredAddress.from_dict(data)

        return street_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | StructuredAddress | Unset", data)


def _parse_postal(data: object) -> None | StructuredAddress | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        postal_type_0 = StructuredAddress.from_dict(data)

        return postal_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | StructuredAddress | Unset", data)


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
from ..models.localized_field import LocalizedField  # noqa: E402
from ..models.structured_address import StructuredAddress  # noqa: E402
from ..models.table_right import TableRight  # noqa: E402
