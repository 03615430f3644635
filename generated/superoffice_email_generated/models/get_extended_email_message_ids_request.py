from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetExtendedEmailMessageIdsRequest")


@_attrs_define
class GetExtendedEmailMessageIdsRequest:
    """Body of GetExtendedEmailMessageIds."""

    connection_info_extended: EMailConnectionInfoExtended | None | Unset = UNSET
    """ Mail server connection details given explicitly. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_info_extended: dict[str, Any] | None | Unset
        if isinstance(self.connection_info_extended, Unset):
            connection_info_extended = UNSET
        elif isinstance(self.connection_info_extended, EMailConnectionInfoExtended):
            connection_info_extended = self.connection_info_extended.to_dict()
        else:
            connection_info_extended = self.connection_info_extended

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connection_info_extended is not UNSET:
            field_dict["ConnectionInfoExtended"] = connection_info_extended

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        connection_info_extended = _parse_connection_info_extended(d.pop("ConnectionInfoExtended", UNSET))

        get_extended_email_message_ids_request = cls(
            connection_info_extended=connection_info_extended,
        )

        get_extended_email_message_ids_request.additional_properties = d
        return get_extended_email_message_ids_request

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


def _parse_connection_info_extended(data: object) -> EMailConnectionInfoExtended | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        connection_info_extended_type_0 = EMailConnectionInfoExtended.from_dict(data)

        return connection_info_extended_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("EMailConnectionInfoExtended | None | Unset", data)


# Imported here, after the class, so that models which refer to each other can import each other.
from ..models.e_mail_connection_info_extended import EMailConnectionInfoExtended  # noqa: E402
