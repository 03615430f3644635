from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.address_type import AddressType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StructuredAddress")


@_attrs_define
class StructuredAddress:
    """An address split into fields."""

    atype_idx: AddressType | None | str | Unset = UNSET
    address_1: None | str | Unset = UNSET
    address_2: None | str | Unset = UNSET
    address_3: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    county: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    zipcode: None | str | Unset = UNSET
    formatted: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        atype_idx: None | str | Unset
        if isinstance(self.atype_idx, Unset):
            atype_idx = UNSET
        elif isinstance(self.atype_idx, AddressType):
            atype_idx = self.atype_idx.value
        else:
            atype_idx = self.atype_idx

        address_1: None | str | Unset
        if isinstance(self.address_1, Unset):
            address_1 = UNSET
        else:
            address_1 = self.address_1

        address_2: None | str | Unset
        if isinstance(self.address_2, Unset):
            address_2 = UNSET
        else:
            address_2 = self.address_2

        address_3: None | str | Unset
        if isinstance(self.address_3, Unset):
            address_3 = UNSET
        else:
            address_3 = self.address_3

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        county: None | str | Unset
        if isinstance(self.county, Unset):
            county = UNSET
        else:
            county = self.county

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        zipcode: None | str | Unset
        if isinstance(self.zipcode, Unset):
            zipcode = UNSET
        else:
            zipcode = self.zipcode

        formatted: None | str | Unset
        if isinstance(self.formatted, Unset):
            formatted = UNSET
        else:
            formatted = self.formatted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if atype_idx is not UNSET:
            field_dict["AtypeIdx"] = atype_idx
        if address_1 is not UNSET:
            field_dict["Address1"] = address_1
        if address_2 is not UNSET:
            field_dict["Address2"] = address_2
        if address_3 is not UNSET:
            field_dict["Address3"] = address_3
        if city is not UNSET:
            field_dict["City"] = city
        if county is not UNSET:
            field_dict["County"] = county
        if state is not UNSET:
            field_dict["State"] = state
        if zipcode is not UNSET:
            field_dict["Zipcode"] = zipcode
        if formatted is not UNSET:
            field_dict["Formatted"] = formatted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        atype_idx = _parse_atype_idx(d.pop("AtypeIdx", UNSET))

        address_1: None | str | Unset = d.pop("Address1", UNSET)

        address_2: None | str | Unset = d.pop("Address2", UNSET)

        address_3: None | str | Unset = d.pop("Address3", UNSET)

        city: None | str | Unset = d.pop("City", UNSET)

        county: None | str | Unset = d.pop("County", UNSET)

        state: None | str | Unset = d.pop("State", UNSET)

        zipcode: None | str | Unset = d.pop("Zipcode", UNSET)

        formatted: None | str | Unset = d.pop("Formatted", UNSET)

        structured_address = cls(
            atype_idx=atype_idx,
            address_1=address_1,
            address_2=address_2,
            address_3=address_3,
            city=city,
            county=county,
            state=state,
            zipcode=zipcode,
            formatted=formatted,
        )

        structured_address.additional_properties = d
        return structured_address

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


def _parse_atype_idx(data: object) -> AddressType | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        atype_idx_type_0 = AddressType(data)

        return atype_idx_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AddressType | None | str | Unset", data)
