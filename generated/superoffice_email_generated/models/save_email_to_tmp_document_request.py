from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SaveEmailToTmpDocumentRequest")


@_attrs_define
class SaveEmailToTmpDocumentRequest:
    """Body of SaveEmailToTmpDocument."""

    email: EMailEntity | None | Unset = UNSET
    """ The mail. """
    folder_id: int | None | Unset = UNSET
    """ Primary key of the folder in the CRM. """
    strip_attachments: bool | None | Unset = UNSET
    """ Leave attachments out. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: dict[str, Any] | None | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        elif isinstance(self.email, EMailEntity):
            email = self.email.to_dict()
        else:
            email = self.email

        folder_id: int | None | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        strip_attachments: bool | None | Unset
        if isinstance(self.strip_attachments, Unset):
            strip_attachments = UNSET
        else:
            strip_attachments = self.strip_attachments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["Email"] = email
        if folder_id is not UNSET:
            field_dict["FolderId"] = folder_id
        if strip_attachments is not UNSET:
            field_dict["StripAttachments"] = strip_attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = _parse_email(d.pop("Email", UNSET))

        folder_id: int | None | Unset = d.pop("FolderId", UNSET)

        strip_attachments: bool | None | Unset = d.pop("StripAttachments", UNSET)

        save_email_to_tmp_document_request = cls(
            email=email,
            folder_id=folder_id,
            strip_attachments=strip_attachments,
        )

        save_email_to_tmp_document_request.additional_properties = d
        return save_email_to_tmp_document_request

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


def _parse_email(data: object) -> EMailEntity | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        email_type_0 = EMailEntity.from_dict(data)

        return email_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("EMailEntity | None | Unset", data)


# Imported here, after the class, so that models which refer to each other can import each other.
from ..models.e_mail_entity import EMailEntity  # noqa: E402
