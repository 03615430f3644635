from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsentInfo")


@_attrs_define
class ConsentInfo:
    """One consent (purpose, legal base, source) registered for a person."""

    consent_person_id: int | None | Unset = UNSET
    comment: None | str | Unset = UNSET
    registered: datetime.datetime | None | Unset = UNSET
    registered_associate_id: int | None | Unset = UNSET
    updated: datetime.datetime | None | Unset = UNSET
    updated_associate_id: int | None | Unset = UNSET
    legal_base_id: int | None | Unset = UNSET
    legal_base_key: None | str | Unset = UNSET
    legal_base_name: None | str | Unset = UNSET
    consent_purpose_id: int | None | Unset = UNSET
    consent_purpose_key: None | str | Unset = UNSET
    consent_purpose_name: None | str | Unset = UNSET
    consent_source_id: int | None | Unset = UNSET
    consent_source_key: None | str | Unset = UNSET
    consent_source_name: None | str | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consent_person_id: int | None | Unset
        if isinstance(self.consent_person_id, Unset):
            consent_person_id = UNSET
        else:
            consent_person_id = self.consent_person_id

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        registered: None | str | Unset
        if isinstance(self.registered, Unset):
            registered = UNSET
        elif isinstance(self.registered, datetime.datetime):
            registered = self.registered.isoformat()
        else:
            registered = self.registered

        registered_associate_id: int | None | Unset
        if isinstance(self.registered_associate_id, Unset):
            registered_associate_id = UNSET
        else:
            registered_associate_id = self.registered_associate_id

        updated: None | str | Unset
        if isinstance(self.updated, Unset):
            updated = UNSET
        elif isinstance(self.updated, datetime.datetime):
            updated = self.updated.isoformat()
        else:
            updated = self.updated

        updated_associate_id: int | None | Unset
        if isinstance(self.updated_associate_id, Unset):
            updated_associate_id = UNSET
        else:
            updated_associate_id = self.updated_associate_id

        legal_base_id: int | None | Unset
        if isinstance(self.legal_base_id, Unset):
            legal_base_id = UNSET
        else:
            legal_base_id = self.legal_base_id

        legal_base_key: None | str | Unset
        if isinstance(self.legal_base_key, Unset):
            legal_base_key = UNSET
        else:
            legal_base_key = self.legal_base_key

        legal_base_name: None | str | Unset
        if isinstance(self.legal_base_name, Unset):
            legal_base_name = UNSET
        else:
            legal_base_name = self.legal_base_name

        consent_purpose_id: int | None | Unset
        if isinstance(self.consent_purpose_id, Unset):
            consent_purpose_id = UNSET
        else:
            consent_purpose_id = self.consent_purpose_id

        consent_purpose_key: None | str | Unset
        if isinstance(self.consent_purpose_key, Unset):
            consent_purpose_key = UNSET
        else:
            consent_purpose_key = self.consent_purpose_key

        consent_purpose_name: None | str | Unset
        if isinstance(self.consent_purpose_name, Unset):
            consent_purpose_name = UNSET
        else:
            consent_purpose_name = self.consent_purpose_name

        consent_source_id: int | None | Unset
        if isinstance(self.consent_source_id, Unset):
            consent_source_id = UNSET
        else:
            consent_source_id = self.consent_source_id

        consent_source_key: None | str | Unset
        if isinstance(self.consent_source_key, Unset):
            consent_source_key = UNSET
        else:
            consent_source_key = self.consent_source_key

        consent_source_name: None | str | Unset
        if isinstance(self.consent_source_name, Unset):
            consent_source_name = UNSET
        else:
            consent_source_name = self.consent_source_name

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
        if consent_person_id is not UNSET:
            field_dict["ConsentPersonId"] = consent_person_id
        if comment is not UNSET:
            field_dict["Comment"] = comment
        if registered is not UNSET:
            field_dict["Registered"] = registered
        if registered_associate_id is not UNSET:
            field_dict["RegisteredAssociateId"] = registered_associate_id
        if updated is not UNSET:
            field_dict["Updated"] = updated
        if updated_associate_id is not UNSET:
            field_dict["UpdatedAssociateId"] = updated_associate_id
        if legal_base_id is not UNSET:
            field_dict["LegalBaseId"] = legal_base_id
        if legal_base_key is not UNSET:
            field_dict["LegalBaseKey"] = legal_base_key
        if legal_base_name is not UNSET:
            field_dict["LegalBaseName"] = legal_base_name
        if consent_purpose_id is not UNSET:
            field_dict["ConsentPurposeId"] = consent_purpose_id
        if consent_purpose_key is not UNSET:
            field_dict["ConsentPurposeKey"] = consent_purpose_key
        if consent_purpose_name is not UNSET:
            field_dict["ConsentPurposeName"] = consent_purpose_name
        if consent_source_id is not UNSET:
            field_dict["ConsentSourceId"] = consent_source_id
        if consent_source_key is not UNSET:
            field_dict["ConsentSourceKey"] = consent_source_key
        if consent_source_name is not UNSET:
            field_dict["ConsentSourceName"] = consent_source_name
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        consent_person_id: int | None | Unset = d.pop("ConsentPersonId", UNSET)

        comment: None | str | Unset = d.pop("Comment", UNSET)

        registered = _parse_registered(d.pop("Registered", UNSET))

        registered_associate_id: int | None | Unset = d.pop("RegisteredAssociateId", UNSET)

        updated = _parse_updated(d.pop("Updated", UNSET))

        updated_associate_id: int | None | Unset = d.pop("UpdatedAssociateId", UNSET)

        legal_base_id: int | None | Unset = d.pop("LegalBaseId", UNSET)

        legal_base_key: None | str | Unset = d.pop("LegalBaseKey", UNSET)

        legal_base_name: None | str | Unset = d.pop("LegalBaseName", UNSET)

        consent_purpose_id: int | None | Unset = d.pop("ConsentPurposeId", UNSET)

        consent_purpose_key: None | str | Unset = d.pop("ConsentPurposeKey", UNSET)

        consent_purpose_name: None | str | Unset = d.pop("ConsentPurposeName", UNSET)

        consent_source_id: int | None | Unset = d.pop("ConsentSourceId", UNSET)

        consent_source_key: None | str | Unset = d.pop("ConsentSourceKey", UNSET)

        consent_source_name: None | str | Unset = d.pop("ConsentSourceName", UNSET)

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        consent_info = cls(
            consent_person_id=consent_person_id,
            comment=comment,
            registered=registered,
            registered_associate_id=registered_associate_id,
            updated=updated,
            updated_associate_id=updated_associate_id,
            legal_base_id=legal_base_id,
            legal_base_key=legal_base_key,
            legal_base_name=legal_base_name,
            consent_purpose_id=consent_purpose_id,
            consent_purpose_key=consent_purpose_key,
            consent_purpose_name=consent_purpose_name,
            consent_source_id=consent_source_id,
            consent_source_key=consent_source_key,
            consent_source_name=consent_source_name,
            table_right=table_right,
            field_properties=field_properties,
        )

        consent_info.additional_properties = d
        return consent_info

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


def _parse_registered(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        registered_type_0 = datetime.datetime.fromisoformat(data)

        return registered_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_updated(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        updated_type_0 = datetime.datetime.fromisoformat(data)

        return updated_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


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
