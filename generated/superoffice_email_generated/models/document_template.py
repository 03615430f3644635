from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.doc_tmpl_direction import DocTmplDirection
from ..models.doc_tmpl_quote_type import DocTmplQuoteType
from ..models.doc_tmpl_type import DocTmplType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentTemplate")


@_attrs_define
class DocumentTemplate:
    """A document template: the kind of document it makes and where it is stored."""

    document_template_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    tooltip: None | str | Unset = UNSET
    save_in_db: int | None | Unset = UNSET
    filename: None | str | Unset = UNSET
    default_oref: None | str | Unset = UNSET
    record_type: DocTmplType | None | str | Unset = UNSET
    deleted: int | None | Unset = UNSET
    direction: DocTmplDirection | None | str | Unset = UNSET
    autoevent_id: int | None | Unset = UNSET
    quote_doc_type: DocTmplQuoteType | None | str | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_template_id: int | None | Unset
        if isinstance(self.document_template_id, Unset):
            document_template_id = UNSET
        else:
            document_template_id = self.document_template_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        tooltip: None | str | Unset
        if isinstance(self.tooltip, Unset):
            tooltip = UNSET
        else:
            tooltip = self.tooltip

        save_in_db: int | None | Unset
        if isinstance(self.save_in_db, Unset):
            save_in_db = UNSET
        else:
            save_in_db = self.save_in_db

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        default_oref: None | str | Unset
        if isinstance(self.default_oref, Unset):
            default_oref = UNSET
        else:
            default_oref = self.default_oref

        record_type: None | str | Unset
        if isinstance(self.record_type, Unset):
            record_type = UNSET
        elif isinstance(self.record_type, DocTmplType):
            record_type = self.record_type.value
        else:
            record_type = self.record_type

        deleted: int | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, DocTmplDirection):
            direction = self.direction.value
        else:
            direction = self.direction

        autoevent_id: int | None | Unset
        if isinstance(self.autoevent_id, Unset):
            autoevent_id = UNSET
        else:
            autoevent_id = self.autoevent_id

        quote_doc_type: None | str | Unset
        if isinstance(self.quote_doc_type, Unset):
            quote_doc_type = UNSET
        elif isinstance(self.quote_doc_type, DocTmplQuoteType):
            quote_doc_type = self.quote_doc_type.value
        else:
            quote_doc_type = self.quote_doc_type

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
        if document_template_id is not UNSET:
            field_dict["DocumentTemplateId"] = document_template_id
        if name is not UNSET:
            field_dict["Name"] = name
        if tooltip is not UNSET:
            field_dict["Tooltip"] = tooltip
        if save_in_db is not UNSET:
            field_dict["SaveInDb"] = save_in_db
        if filename is not UNSET:
            field_dict["Filename"] = filename
        if default_oref is not UNSET:
            field_dict["DefaultOref"] = default_oref
        if record_type is not UNSET:
            field_dict["RecordType"] = record_type
        if deleted is not UNSET:
            field_dict["Deleted"] = deleted
        if direction is not UNSET:
            field_dict["Direction"] = direction
        if autoevent_id is not UNSET:
            field_dict["AutoeventId"] = autoevent_id
        if quote_doc_type is not UNSET:
            field_dict["QuoteDocType"] = quote_doc_type
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_template_id: int | None | Unset = d.pop("DocumentTemplateId", UNSET)

        name: None | str | Unset = d.pop("Name", UNSET)

        tooltip: None | str | Unset = d.pop("Tooltip", UNSET)

        save_in_db: int | None | Unset = d.pop("SaveInDb", UNSET)

        filename: None | str | Unset = d.pop("Filename", UNSET)

        default_oref: None | str | Unset = d.pop("DefaultOref", UNSET)

        record_type = _parse_record_type(d.pop("RecordType", UNSET))

        deleted: int | None | Unset = d.pop("Deleted", UNSET)

        direction = _parse_direction(d.pop("Direction", UNSET))

        autoevent_id: int | None | Unset = d.pop("AutoeventId", UNSET)

        quote_doc_type = _parse_quote_doc_type(d.pop("QuoteDocType", UNSET))

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        document_template = cls(
            document_template_id=document_template_id,
            name=name,
            tooltip=tooltip,
            save_in_db=save_in_db,
            filename=filename,
            default_oref=default_oref,
            record_type=record_type,
            deleted=deleted,
            direction=direction,
            autoevent_id=autoevent_id,
            quote_doc_type=quote_doc_type,
            table_right=table_right,
            field_properties=field_properties,
        )

        document_template.additional_properties = d
        return document_template

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


def _parse_record_type(data: object) -> DocTmplType | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        record_type_type_0 = DocTmplType(data)

        return record_type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("DocTmplType | None | str | Unset", data)


def _parse_direction(data: object) -> DocTmplDirection | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        direction_type_0 = DocTmplDirection(data)

        return direction_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("DocTmplDirection | None | str | Unset", data)


def _parse_quote_doc_type(data: object) -> DocTmplQuoteType | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        quote_doc_type_type_0 = DocTmplQuoteType(data)

        return quote_doc_type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("DocTmplQuoteType | None | str | Unset", data)


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
