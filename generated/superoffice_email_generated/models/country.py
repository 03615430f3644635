from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Country")


@_attrs_define
class Country:
    """A country with its currency and address layout settings."""

    country_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    currency_id: int | None | Unset = UNSET
    english_name: None | str | Unset = UNSET
    two_letter_iso_country: None | str | Unset = UNSET
    three_letter_iso_country: None | str | Unset = UNSET
    image_description: None | str | Unset = UNSET
    org_nr_text: None | str | Unset = UNSET
    inter_area_prefix: None | str | Unset = UNSET
    dial_in_prefix: None | str | Unset = UNSET
    zip_prefix: None | str | Unset = UNSET
    domain_name: None | str | Unset = UNSET
    address_layout_id: int | None | Unset = UNSET
    domestic_address_layout_id: int | None | Unset = UNSET
    foreign_address_layout_id: int | None | Unset = UNSET
    rank: int | None | Unset = UNSET
    tooltip: None | str | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_id: int | None | Unset
        if isinstance(self.country_id, Unset):
            country_id = UNSET
        else:
            country_id = self.country_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        currency_id: int | None | Unset
        if isinstance(self.currency_id, Unset):
            currency_id = UNSET
        else:
            currency_id = self.currency_id

        english_name: None | str | Unset
        if isinstance(self.english_name, Unset):
            english_name = UNSET
        else:
            english_name = self.english_name

        two_letter_iso_country: None | str | Unset
        if isinstance(self.two_letter_iso_country, Unset):
            two_letter_iso_country = UNSET
        else:
            two_letter_iso_country = self.two_letter_iso_country

        three_letter_iso_country: None | str | Unset
        if isinstance(self.three_letter_iso_country, Unset):
            three_letter_iso_country = UNSET
        else:
            three_letter_iso_country = self.three_letter_iso_country

        image_description: None | str | Unset
        if isinstance(self.image_description, Unset):
            image_description = UNSET
        else:
            image_description = self.image_description

        org_nr_text: None | str | Unset
        if isinstance(self.org_nr_text, Unset):
            org_nr_text = UNSET
        else:
            org_nr_text = self.org_nr_text

        inter_area_prefix: None | str | Unset
        if isinstance(self.inter_area_prefix, Unset):
            inter_area_prefix = UNSET
        else:
            inter_area_prefix = self.inter_area_prefix

        dial_in_prefix: None | str | Unset
        if isinstance(self.dial_in_prefix, Unset):
            dial_in_prefix = UNSET
        else:
            dial_in_prefix = self.dial_in_prefix

        zip_prefix: None | str | Unset
        if isinstance(self.zip_prefix, Unset):
            zip_prefix = UNSET
        else:
            zip_prefix = self.zip_prefix

        domain_name: None | str | Unset
        if isinstance(self.domain_name, Unset):
            domain_name = UNSET
        else:
            domain_name = self.domain_name

        address_layout_id: int | None | Unset
        if isinstance(self.address_layout_id, Unset):
            address_layout_id = UNSET
        else:
            address_layout_id = self.address_layout_id

        domestic_address_layout_id: int | None | Unset
        if isinstance(self.domestic_address_layout_id, Unset):
            domestic_address_layout_id = UNSET
        else:
            domestic_address_layout_id = self.domestic_address_layout_id

        foreign_address_layout_id: int | None | Unset
        if isinstance(self.foreign_address_layout_id, Unset):
            foreign_address_layout_id = UNSET
        else:
            foreign_address_layout_id = self.foreign_address_layout_id

        rank: int | None | Unset
        if isinstance(self.rank, Unset):
            rank = UNSET
        else:
            rank = self.rank

        tooltip: None | str | Unset
        if isinstance(self.tooltip, Unset):
            tooltip = UNSET
        else:
            tooltip = self.tooltip

        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

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
        if country_id is not UNSET:
            field_dict["CountryId"] = country_id
        if name is not UNSET:
            field_dict["Name"] = name
        if currency_id is not UNSET:
            field_dict["CurrencyId"] = currency_id
        if english_name is not UNSET:
            field_dict["EnglishName"] = english_name
        if two_letter_iso_country is not UNSET:
            field_dict["TwoLetterISOCountry"] = two_letter_iso_country
        if three_letter_iso_country is not UNSET:
            field_dict["ThreeLetterISOCountry"] = three_letter_iso_country
        if image_description is not UNSET:
            field_dict["ImageDescription"] = image_description
        if org_nr_text is not UNSET:
            field_dict["OrgNrText"] = org_nr_text
        if inter_area_prefix is not UNSET:
            field_dict["InterAreaPrefix"] = inter_area_prefix
        if dial_in_prefix is not UNSET:
            field_dict["DialInPrefix"] = dial_in_prefix
        if zip_prefix is not UNSET:
            field_dict["ZipPrefix"] = zip_prefix
        if domain_name is not UNSET:
            field_dict["DomainName"] = domain_name
        if address_layout_id is not UNSET:
            field_dict["AddressLayoutId"] = address_layout_id
        if domestic_address_layout_id is not UNSET:
            field_dict["DomesticAddressLayoutId"] = domestic_address_layout_id
        if foreign_address_layout_id is not UNSET:
            field_dict["ForeignAddressLayoutId"] = foreign_address_layout_id
        if rank is not UNSET:
            field_dict["Rank"] = rank
        if tooltip is not UNSET:
            field_dict["Tooltip"] = tooltip
        if deleted is not UNSET:
            field_dict["Deleted"] = deleted
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_id: int | None | Unset = d.pop("CountryId", UNSET)

        name: None | str | Unset = d.pop("Name", UNSET)

        currency_id: int | None | Unset = d.pop("CurrencyId", UNSET)

        english_name: None | str | Unset = d.pop("EnglishName", UNSET)

        two_letter_iso_country: None | str | Unset = d.pop("TwoLetterISOCountry", UNSET)

        three_letter_iso_country: None | str | Unset = d.pop("ThreeLetterISOCountry", UNSET)

        image_description: None | str | Unset = d.pop("ImageDescription", UNSET)

        org_nr_text: None | str | Unset = d.pop("OrgNrText", UNSET)

        inter_area_prefix: None | str | Unset = d.pop("InterAreaPrefix", UNSET)

        dial_in_prefix: None | str | Unset = d.pop("DialInPrefix", UNSET)

        zip_prefix: None | str | Unset = d.pop("ZipPrefix", UNSET)

        domain_name: None | str | Unset = d.pop("DomainName", UNSET)

        address_layout_id: int | None | Unset = d.pop("AddressLayoutId", UNSET)

        domestic_address_layout_id: int | None | Unset = d.pop("DomesticAddressLayoutId", UNSET)

        foreign_address_layout_id: int | None | Unset = d.pop("ForeignAddressLayoutId", UNSET)

        rank: int | None | Unset = d.pop("Rank", UNSET)

        tooltip: None | str | Unset = d.pop("Tooltip", UNSET)

        deleted: bool | None | Unset = d.pop("Deleted", UNSET)

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        country = cls(
            country_id=country_id,
            name=name,
            currency_id=currency_id,
            english_name=english_name,
            two_letter_iso_country=two_letter_iso_country,
            three_letter_iso_country=three_letter_iso_country,
            image_description=image_description,
            org_nr_text=org_nr_text,
            inter_area_prefix=inter_area_prefix,
            dial_in_prefix=dial_in_prefix,
            zip_prefix=zip_prefix,
            domain_name=domain_name,
            address_layout_id=address_layout_id,
            domestic_address_layout_id=domestic_address_layout_id,
            foreign_address_layout_id=foreign_address_layout_id,
            rank=rank,
            tooltip=tooltip,
            deleted=deleted,
            table_right=table_right,
            field_properties=field_properties,
        )

        country.additional_properties = d
        return country

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
from ..models.table_right import TableRight  # noqa: E402
