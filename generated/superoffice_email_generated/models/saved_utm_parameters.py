from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SavedUtmParameters")


@_attrs_define
class SavedUtmParameters:
    """The campaign (UTM) values stored with a record that came from a web form."""

    form_name: None | str | Unset = UNSET
    firsttouch_source: None | str | Unset = UNSET
    firsttouch_medium: None | str | Unset = UNSET
    firsttouch_campaign: None | str | Unset = UNSET
    firsttouch_term: None | str | Unset = UNSET
    firsttouch_content: None | str | Unset = UNSET
    firsttouch_referrer_domain: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    medium: None | str | Unset = UNSET
    campaign: None | str | Unset = UNSET
    term: None | str | Unset = UNSET
    content: None | str | Unset = UNSET
    referrer_domain: None | str | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        form_name: None | str | Unset
        if isinstance(self.form_name, Unset):
            form_name = UNSET
        else:
            form_name = self.form_name

        firsttouch_source: None | str | Unset
        if isinstance(self.firsttouch_source, Unset):
            firsttouch_source = UNSET
        else:
            firsttouch_source = self.firsttouch_source

        firsttouch_medium: None | str | Unset
        if isinstance(self.firsttouch_medium, Unset):
            firsttouch_medium = UNSET
        else:
            firsttouch_medium = self.firsttouch_medium

        firsttouch_campaign: None | str | Unset
        if isinstance(self.firsttouch_campaign, Unset):
            firsttouch_campaign = UNSET
        else:
            firsttouch_campaign = self.firsttouch_campaign

        firsttouch_term: None | str | Unset
        if isinstance(self.firsttouch_term, Unset):
            firsttouch_term = UNSET
        else:
            firsttouch_term = self.firsttouch_term

        firsttouch_content: None | str | Unset
        if isinstance(self.firsttouch_content, Unset):
            firsttouch_content = UNSET
        else:
            firsttouch_content = self.firsttouch_content

        firsttouch_referrer_domain: None | str | Unset
        if isinstance(self.firsttouch_referrer_domain, Unset):
            firsttouch_referrer_domain = UNSET
        else:
            firsttouch_referrer_domain = self.firsttouch_referrer_domain

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        medium: None | str | Unset
        if isinstance(self.medium, Unset):
            medium = UNSET
        else:
            medium = self.medium

        campaign: None | str | Unset
        if isinstance(self.campaign, Unset):
            campaign = UNSET
        else:
            campaign = self.campaign

        term: None | str | Unset
        if isinstance(self.term, Unset):
            term = UNSET
        else:
            term = self.term

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        referrer_domain: None | str | Unset
        if isinstance(self.referrer_domain, Unset):
            referrer_domain = UNSET
        else:
            referrer_domain = self.referrer_domain

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
        if form_name is not UNSET:
            field_dict["FormName"] = form_name
        if firsttouch_source is not UNSET:
            field_dict["FirsttouchSource"] = firsttouch_source
        if firsttouch_medium is not UNSET:
            field_dict["FirsttouchMedium"] = firsttouch_medium
        if firsttouch_campaign is not UNSET:
            field_dict["FirsttouchCampaign"] = firsttouch_campaign
        if firsttouch_term is not UNSET:
            field_dict["FirsttouchTerm"] = firsttouch_term
        if firsttouch_content is not UNSET:
            field_dict["FirsttouchContent"] = firsttouch_content
        if firsttouch_referrer_domain is not UNSET:
            field_dict["FirsttouchReferrerDomain"] = firsttouch_referrer_domain
        if source is not UNSET:
            field_dict["Source"] = source
        if medium is not UNSET:
            field_dict["Medium"] = medium
        if campaign is not UNSET:
            field_dict["Campaign"] = campaign
        if term is not UNSET:
            field_dict["Term"] = term
        if content is not UNSET:
            field_dict["Content"] = content
        if referrer_domain is not UNSET:
            field_dict["ReferrerDomain"] = referrer_domain
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        form_name: None | str | Unset = d.pop("FormName", UNSET)

        firsttouch_source: None | str | Unset = d.pop("FirsttouchSource", UNSET)

        firsttouch_medium: None | str | Unset = d.pop("FirsttouchMedium", UNSET)

        firsttouch_campaign: None | str | Unset = d.pop("FirsttouchCampaign", UNSET)

        firsttouch_term: None | str | Unset = d.pop("FirsttouchTerm", UNSET)

        firsttouch_content: None | str | Unset = d.pop("FirsttouchContent", UNSET)

        firsttouch_referrer_domain: None | str | Unset = d.pop("FirsttouchReferrerDomain", UNSET)

        source: None | str | Unset = d.pop("Source", UNSET)

        medium: None | str | Unset = d.pop("Medium", UNSET)

        campaign: None | str | Unset = d.pop("Campaign", UNSET)

        term: None | str | Unset = d.pop("Term", UNSET)

        content: None | str | Unset = d.pop("Content", UNSET)

        referrer_domain: None | str | Unset = d.pop("ReferrerDomain", UNSET)

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        saved_utm_parameters = cls(
            form_name=form_name,
            firsttouch_source=firsttouch_source,
            firsttouch_medium=firsttouch_medium,
            firsttouch_campaign=firsttouch_campaign,
            firsttouch_term=firsttouch_term,
            firsttouch_content=firsttouch_content,
            firsttouch_referrer_domain=firsttouch_referrer_domain,
            source=source,
            medium=medium,
            campaign=campaign,
            term=term,
            content=content,
            referrer_domain=referrer_domain,
            table_right=table_right,
            field_properties=field_properties,
        )

        saved_utm_parameters.additional_properties = d
        return saved_utm_parameters

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
