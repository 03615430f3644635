from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EMailAttachment")


@_attrs_define
class EMailAttachment:
    """A file attached to a mail; Stream holds its bytes, base64 encoded on the wire."""

    description: None | str | Unset = UNSET
    """ Free text about the file. """
    filename: None | str | Unset = UNSET
    """ File name. """
    size: int | None | Unset = UNSET
    """ Size in bytes. """
    type_: None | str | Unset = UNSET
    """ MIME type, such as application/pdf. """
    encoding: None | str | Unset = UNSET
    """ Transfer encoding in the mail. """
    id: None | str | Unset = UNSET
    """ Id of the attachment within its mail. """
    disposition: None | str | Unset = UNSET
    """ inline or attachment. """
    is_safe_file_extension: bool | None | Unset = UNSET
    """ False when the file extension is one that clients should not open directly. """
    stream: None | str | Unset = UNSET
    """ The file's bytes, base64 encoded. """
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        encoding: None | str | Unset
        if isinstance(self.encoding, Unset):
            encoding = UNSET
        else:
            encoding = self.encoding

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        disposition: None | str | Unset
        if isinstance(self.disposition, Unset):
            disposition = UNSET
        else:
            disposition = self.disposition

        is_safe_file_extension: bool | None | Unset
        if isinstance(self.is_safe_file_extension, Unset):
            is_safe_file_extension = UNSET
        else:
            is_safe_file_extension = self.is_safe_file_extension

        stream: None | str | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

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
        if description is not UNSET:
            field_dict["Description"] = description
        if filename is not UNSET:
            field_dict["Filename"] = filename
        if size is not UNSET:
            field_dict["Size"] = size
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if encoding is not UNSET:
            field_dict["Encoding"] = encoding
        if id is not UNSET:
            field_dict["Id"] = id
        if disposition is not UNSET:
            field_dict["Disposition"] = disposition
        if is_safe_file_extension is not UNSET:
            field_dict["IsSafeFileExtension"] = is_safe_file_extension
        if stream is not UNSET:
            field_dict["Stream"] = stream
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description: None | str | Unset = d.pop("Description", UNSET)

        filename: None | str | Unset = d.pop("Filename", UNSET)

        size: int | None | Unset = d.pop("Size", UNSET)

        type_: None | str | Unset = d.pop("Type", UNSET)

        encoding: None | str | Unset = d.pop("Encoding", UNSET)

        id: None | str | Unset = d.pop("Id", UNSET)

        disposition: None | str | Unset = d.pop("Disposition", UNSET)

        is_safe_file_extension: bool | None | Unset = d.pop("IsSafeFileExtension", UNSET)

        stream: None | str | Unset = d.pop("Stream", UNSET)

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        e_mail_attachment = cls(
            description=description,
            filename=filename,
            size=size,
            type_=type_,
            encoding=encoding,
            id=id,
            disposition=disposition,
            is_safe_file_extension=is_safe_file_extension,
            stream=stream,
            table_right=table_right,
            field_properties=field_properties,
        )

        e_mail_attachment.additional_properties = d
        return e_mail_attachment

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
