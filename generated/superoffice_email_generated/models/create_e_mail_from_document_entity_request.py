from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEMailFromDocumentEntityRequest")


@_attrs_define
class CreateEMailFromDocumentEntityRequest:
    """Body of CreateEMailFromDocumentEntity."""

    document_entity: DocumentEntity | None | Unset = UNSET
    """ The document record. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_entity: dict[str, Any] | None | Unset
        if isinstance(self.document_entity, Unset):
            document_entity = UNSET
        elif isinstance(self.document_entity, DocumentEntity):
            document_entity = self.document_entity.to_dict()
        else:
            document_entity = self.document_entity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_entity is not UNSET:
            field_dict["DocumentEntity"] = document_entity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_entity = _parse_document_entity(d.pop("DocumentEntity", UNSET))

        create_e_mail_from_document_entity_request = cls(
            document_entity=document_entity,
        )

        create_e_mail_from_document_entity_request.additional_properties = d
        return create_e_mail_from_document_entity_request

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


def _parse_document_entity(data: object) -> DocumentEntity | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        document_entity_type_0 = DocumentEntity.from_dict(data)

        return document_entity_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("DocumentEntity | None | Unset", data)


# Imported here, after the class, so that models which refer to each other can import each other.
from ..models.document_entity import DocumentEntity  # noqa: E402
