from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EMailConnectionInfoExtended")


@_attrs_define
class EMailConnectionInfoExtended:
    """Mail server connection details given explicitly: host, port, protocol and credentials."""

    port: int | None | Unset = UNSET
    """ Server port. """
    server_name: None | str | Unset = UNSET
    """ Mail server host. """
    protocol: None | str | Unset = UNSET
    """ Protocol name, such as imap or pop3. """
    user_name: None | str | Unset = UNSET
    """ Login name. """
    password: None | str | Unset = UNSET
    """ Login password. """
    use_ssl: bool | None | Unset = UNSET
    """ Connect with TLS. """
    folder: None | str | Unset = UNSET
    """ Folder the call works on. """
    use_graph_api: bool | None | Unset = UNSET
    """ Use Microsoft Graph instead of IMAP/SMTP. """
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        port: int | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        server_name: None | str | Unset
        if isinstance(self.server_name, Unset):
            server_name = UNSET
        else:
            server_name = self.server_name

        protocol: None | str | Unset
        if isinstance(self.protocol, Unset):
            protocol = UNSET
        else:
            protocol = self.protocol

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        use_ssl: bool | None | Unset
        if isinstance(self.use_ssl, Unset):
            use_ssl = UNSET
        else:
            use_ssl = self.use_ssl

        folder: None | str | Unset
        if isinstance(self.folder, Unset):
            folder = UNSET
        else:
            folder = self.folder

        use_graph_api: bool | None | Unset
        if isinstance(self.use_graph_api, Unset):
            use_graph_api = UNSET
        else:
            use_graph_api = self.use_graph_api

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
        if port is not UNSET:
            field_dict["Port"] = port
        if server_name is not UNSET:
            field_dict["ServerName"] = server_name
        if protocol is not UNSET:
            field_dict["Protocol"] = protocol
        if user_name is not UNSET:
            field_dict["UserName"] = user_name
        if password is not UNSET:
            field_dict["Password"] = password
        if use_ssl is not UNSET:
            field_dict["UseSSL"] = use_ssl
        if folder is not UNSET:
            field_dict["Folder"] = folder
        if use_graph_api is not UNSET:
            field_dict["UseGraphApi"] = use_graph_api
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        port: int | None | Unset = d.pop("Port", UNSET)

        server_name: None | str | Unset = d.pop("ServerName", UNSET)

        protocol: None | str | Unset = d.pop("Protocol", UNSET)

        user_name: None | str | Unset = d.pop("UserName", UNSET)

        password: None | str | Unset = d.pop("Password", UNSET)

        use_ssl: bool | None | Unset = d.pop("UseSSL", UNSET)

        folder: None | str | Unset = d.pop("Folder", UNSET)

        use_graph_api: bool | None | Unset = d.pop("UseGraphApi", UNSET)

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        e_mail_connection_info_extended = cls(
            port=port,
            server_name=server_name,
            protocol=protocol,
            user_name=user_name,
            password=password,
            use_ssl=use_ssl,
            folder=folder,
            use_graph_api=use_graph_api,
            table_right=table_right,
            field_properties=field_properties,
        )

        e_mail_connection_info_extended.additional_properties = d
        return e_mail_connection_info_extended

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
