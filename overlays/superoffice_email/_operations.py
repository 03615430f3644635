"""The EMail agent's operations as methods, sync and async.

Rendered by tools/render_operations.py from openapi.yaml and the generated client; do not edit:
change openapi.yaml and run `make generate`. Endpoint modules and models are imported inside each
method so that importing the package stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar, cast

from ._generated.types import UNSET, Unset

if TYPE_CHECKING:
    from ._generated.models import (
        ContactOrPersonFromEmail,
        DocumentEntity,
        EMailAccount,
        EMailAddress,
        EMailAppointment,
        EMailAttachment,
        EMailConnectionInfo,
        EMailConnectionInfoExtended,
        EMailCustomHeader,
        EMailEntity,
        EMailEnvelope,
        EMailFlags,
        EMailFolder,
        EMailSOInfo,
        Person,
        PersonEntity,
        RecurrenceInfo,
        SyncUserAccount,
    )
    from .options import RequestOptions

_T = TypeVar("_T")

METHOD_NAMES: dict[str, str] = {
    "Authenticate": "authenticate",
    "AuthenticateIncoming": "authenticate_incoming",
    "AuthenticateOutgoing": "authenticate_outgoing",
    "CacheFolderList": "cache_folder_list",
    "CreateDefaultEMailAccount": "create_default_email_account",
    "CreateDefaultEMailAddress": "create_default_email_address",
    "CreateDefaultEMailAppointment": "create_default_email_appointment",
    "CreateDefaultEMailAttachment": "create_default_email_attachment",
    "CreateDefaultEMailConnectionInfo": "create_default_email_connection_info",
    "CreateDefaultEMailConnectionInfoExtended": "create_default_email_connection_info_extended",
    "CreateDefaultEMailCustomHeader": "create_default_email_custom_header",
    "CreateDefaultEMailEntity": "create_default_email_entity",
    "CreateDefaultEMailEnvelope": "create_default_email_envelope",
    "CreateDefaultEMailFolder": "create_default_email_folder",
    "CreateDefaultEMailSOInfo": "create_default_email_so_info",
    "CreateEMailFromDocumentEntity": "create_email_from_document_entity",
    "CreateEMailFromMimeMessage": "create_email_from_mime_message",
    "CreateFolder": "create_folder",
    "CreateForwardEmail": "create_forward_email",
    "CreateInlineHtmlHeader": "create_inline_html_header",
    "CreateNewPhysicalDocumentFromEmail": "create_new_physical_document_from_email",
    "CreateNewPhysicalDocumentFromEmailAttachment": "create_new_physical_document_from_email_attachment",
    "Delete": "delete",
    "DeleteEMailAccount": "delete_email_account",
    "DeleteEmails": "delete_emails",
    "DeleteExtended": "delete_extended",
    "DeleteFolder": "delete_folder",
    "DeleteFromServerIdentifier": "delete_from_server_identifier",
    "EmptyFolder": "empty_folder",
    "FindAddress": "find_address",
    "FindContactOrPersonByEmailName": "find_contact_or_person_by_email_name",
    "FindContactOrPersonByEmailNameWithLimit": "find_contact_or_person_by_email_name_with_limit",
    "GetAttachment": "get_attachment",
    "GetAttachmentFromId": "get_attachment_from_id",
    "GetAttachmentFromServerIdentifier": "get_attachment_from_server_identifier",
    "GetCurrentAccount": "get_current_account",
    "GetCurrentAccountId": "get_current_account_id",
    "GetEMail": "get_email",
    "GetEMailAccount": "get_email_account",
    "GetEMailAccountFromEMailAddress": "get_email_account_from_email_address",
    "GetEMailAddresses": "get_email_addresses",
    "GetEMailAsEmlStream": "get_email_as_eml_stream",
    "GetEMailAsStream": "get_email_as_stream",
    "GetEMailAsStreamFromServerIdentifier": "get_email_as_stream_from_server_identifier",
    "GetEMailEnvelopes": "get_email_envelopes",
    "GetEMailEnvelopesFromServerIds": "get_email_envelopes_from_server_ids",
    "GetEMailFromAttachmentId": "get_email_from_attachment_id",
    "GetEMailFromDocumentAttachmentId": "get_email_from_document_attachment_id",
    "GetEMailFromDocumentId": "get_email_from_document_id",
    "GetEMailFromDocumentIdWithoutAttachmentStream": "get_email_from_document_id_without_attachment_stream",
    "GetEMailFromId": "get_email_from_id",
    "GetEMailFromServerIdentifier": "get_email_from_server_identifier",
    "GetEMailFromTemp": "get_email_from_temp",
    "GetEMailSOInfo": "get_email_so_info",
    "GetEmailAppointment": "get_email_appointment",
    "GetEmailAppointmentRecurrence": "get_email_appointment_recurrence",
    "GetEmailDocumentAsMimeStream": "get_email_document_as_mime_stream",
    "GetEmailMessageIds": "get_email_message_ids",
    "GetEmailsAsString": "get_emails_as_string",
    "GetExtendedEmailMessageIds": "get_extended_email_message_ids",
    "GetFolderEMailCount": "get_folder_email_count",
    "GetFolderHasNewEMail": "get_folder_has_new_email",
    "GetFolderInfo": "get_folder_info",
    "GetFolderList": "get_folder_list",
    "GetMailFromInReplyTo": "get_mail_from_in_reply_to",
    "GetMailFromMessageId": "get_mail_from_message_id",
    "GetNewMail": "get_new_mail",
    "GetParticipantInfoFromEmailAddress": "get_participant_info_from_email_address",
    "GetPersonEntitiesFromEmailAddress": "get_person_entities_from_email_address",
    "GetPersonsFromEmailAddress": "get_persons_from_email_address",
    "GetPreviewAttachmentFromDocId": "get_preview_attachment_from_doc_id",
    "GetPreviewAttachmentFromId": "get_preview_attachment_from_id",
    "GetReadySyncEmailAccounts": "get_ready_sync_email_accounts",
    "GetUnsanitizedEMail": "get_unsanitized_email",
    "GetUnsanitizedEMailFromAttachmentId": "get_unsanitized_email_from_attachment_id",
    "GetUnsanitizedEMailFromDocumentAttachmentId": "get_unsanitized_email_from_document_attachment_id",
    "GetUnsanitizedEMailFromDocumentId": "get_unsanitized_email_from_document_id",
    "GetUnsanitizedEMailFromDocumentIdWithoutAttachmentStream": "get_unsanitized_email_from_document_id_without_attachment_stream",
    "GetUnsanitizedPreviewAttachmentFromDocId": "get_unsanitized_preview_attachment_from_doc_id",
    "GetUnsanitizedPreviewAttachmentFromId": "get_unsanitized_preview_attachment_from_id",
    "HasMXRecord": "has_mx_record",
    "HasNewMail": "has_new_mail",
    "HasSPFRecord": "has_spf_record",
    "LatestItemIdByFolder": "latest_item_id_by_folder",
    "MarkAsRead": "mark_as_read",
    "MarkAsReadFromServerIdentifiers": "mark_as_read_from_server_identifiers",
    "MarkEmailsAsRead": "mark_emails_as_read",
    "MoveEmailsToFolder": "move_emails_to_folder",
    "MoveEmailsToTrash": "move_emails_to_trash",
    "MoveToFolder": "move_to_folder",
    "MoveToFolderFromServerIdentifier": "move_to_folder_from_server_identifier",
    "RefreshFolder": "refresh_folder",
    "RefreshFolderForAssociate": "refresh_folder_for_associate",
    "RelayMessage": "relay_message",
    "ResolveEMailRecipients": "resolve_email_recipients",
    "Save": "save",
    "SaveDraft": "save_draft",
    "SaveEMail": "save_email",
    "SaveEMailAccount": "save_email_account",
    "SaveEmailToTmpDocument": "save_email_to_tmp_document",
    "SaveToMailServer": "save_to_mail_server",
    "Send": "send",
    "SendAndSaveEmailToTmpDocument": "send_and_save_email_to_tmp_document",
    "SendEMails": "send_emails",
    "SetRepliedAt": "set_replied_at",
    "SetSubscription": "set_subscription",
    "SyncEmailAccount": "sync_email_account",
    "SyncEmailAccounts": "sync_email_accounts",
    "TestAuthenticate": "test_authenticate",
    "ToggleSubscription": "toggle_subscription",
}
"""Vendor operation name -> agent method name."""


def _unset_if_none(value: _T | None) -> _T | Unset:
    return UNSET if value is None else value


def _decode_base64(operation: str, value: Any) -> bytes | None:
    """Bytes from a base64 answer; None for null; ResponseValidationError otherwise."""
    from .validation import decode_base64

    return decode_base64(operation, value)


class Operations:
    """Every EMail agent operation as a blocking method; the agent supplies ``_invoke``."""

    __slots__ = ()

    def _invoke(
        self,
        operation: str,
        endpoint: Any,
        kwargs: dict[str, Any],
        select: str | None,
        options: RequestOptions | None,
    ) -> Any:
        raise NotImplementedError

    def authenticate(
        self,
        connection_info_extended: EMailConnectionInfoExtended | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> bool | None:
        """Check that the extended connection details let the server log on to the mail server.

        Talks to the mail server whose host, port, protocol and login are given explicitly.

        ``POST /api/v1/Agents/EMail/Authenticate``
        """
        from ._generated.api.email import authenticate as endpoint
        from ._generated.models import AuthenticateRequest

        return cast(
            "bool | None",
            self._invoke(
                "Authenticate",
                endpoint,
                {"body": AuthenticateRequest(connection_info_extended=connection_info_extended)},
                select,
                options,
            ),
        )

    def authenticate_incoming(
        self,
        connection_info: EMailConnectionInfo | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> bool | None:
        """Check that the connection details let the server log on to the incoming (IMAP) mail
        server.

        Talks to the mail server described by the connection details.

        ``POST /api/v1/Agents/EMail/AuthenticateIncoming``
        """
        from ._generated.api.email import authenticate_incoming as endpoint
        from ._generated.models import AuthenticateIncomingRequest

        return cast(
            "bool | None",
            self._invoke(
                "AuthenticateIncoming",
                endpoint,
                {"body": AuthenticateIncomingRequest(connection_info=connection_info)},
                select,
                options,
            ),
        )

    def authenticate_outgoing(
        self,
        connection_info: EMailConnectionInfo | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> bool | None:
        """Check that the connection details let the server log on to the outgoing (SMTP) mail
        server.

        Talks to the mail server described by the connection details.

        ``POST /api/v1/Agents/EMail/AuthenticateOutgoing``
        """
        from ._generated.api.email import authenticate_outgoing as endpoint
        from ._generated.models import AuthenticateOutgoingRequest

        return cast(
            "bool | None",
            self._invoke(
                "AuthenticateOutgoing",
                endpoint,
                {"body": AuthenticateOutgoingRequest(connection_info=connection_info)},
                select,
                options,
            ),
        )

    def cache_folder_list(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> list[EMailFolder] | None:
        """Read the current account's folder list from the mail server and store it in the CRM
        database.

        Uses the current user's active account; the answer is the folder list that was stored.

        ``POST /api/v1/Agents/EMail/CacheFolderList``
        """
        from ._generated.api.email import cache_folder_list as endpoint

        return cast(
            "list[EMailFolder] | None", self._invoke("CacheFolderList", endpoint, {}, select, options)
        )

    def create_default_email_account(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailAccount | None:
        """Get a new EMailAccount filled with the server's default values.

        Nothing is stored: fill in the returned EMailAccount and pass it to the operation that
        saves or sends it.

        ``POST /api/v1/Agents/EMail/CreateDefaultEMailAccount``
        """
        from ._generated.api.email import create_default_e_mail_account as endpoint

        return cast(
            "EMailAccount | None", self._invoke("CreateDefaultEMailAccount", endpoint, {}, select, options)
        )

    def create_default_email_address(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailAddress | None:
        """Get a new EMailAddress filled with the server's default values.

        Nothing is stored: fill in the returned EMailAddress and pass it to the operation that
        saves or sends it.

        ``POST /api/v1/Agents/EMail/CreateDefaultEMailAddress``
        """
        from ._generated.api.email import create_default_e_mail_address as endpoint

        return cast(
            "EMailAddress | None", self._invoke("CreateDefaultEMailAddress", endpoint, {}, select, options)
        )

    def create_default_email_appointment(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailAppointment | None:
        """Get a new EMailAppointment filled with the server's default values.

        Nothing is stored: fill in the returned EMailAppointment and pass it to the operation
        that saves or sends it.

        ``POST /api/v1/Agents/EMail/CreateDefaultEMailAppointment``
        """
        from ._generated.api.email import create_default_e_mail_appointment as endpoint

        return cast(
            "EMailAppointment | None",
            self._invoke("CreateDefaultEMailAppointment", endpoint, {}, select, options),
        )

    def create_default_email_attachment(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailAttachment | None:
        """Get a new EMailAttachment filled with the server's default values.

        Nothing is stored: fill in the returned EMailAttachment and pass it to the operation that
        saves or sends it.

        ``POST /api/v1/Agents/EMail/CreateDefaultEMailAttachment``
        """
        from ._generated.api.email import create_default_e_mail_attachment as endpoint

        return cast(
            "EMailAttachment | None",
            self._invoke("CreateDefaultEMailAttachment", endpoint, {}, select, options),
        )

    def create_default_email_connection_info(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailConnectionInfo | None:
        """Get a new EMailConnectionInfo filled with the server's default values.

        Nothing is stored: fill in the returned EMailConnectionInfo and pass it to the operation
        that saves or sends it.

        ``POST /api/v1/Agents/EMail/CreateDefaultEMailConnectionInfo``
        """
        from ._generated.api.email import create_default_e_mail_connection_info as endpoint

        return cast(
            "EMailConnectionInfo | None",
            self._invoke("CreateDefaultEMailConnectionInfo", endpoint, {}, select, options),
        )

    def create_default_email_connection_info_extended(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailConnectionInfoExtended | None:
        """Get a new EMailConnectionInfoExtended filled with the server's default values.

        Nothing is stored: fill in the returned EMailConnectionInfoExtended and pass it to the
        operation that saves or sends it.

        ``POST /api/v1/Agents/EMail/CreateDefaultEMailConnectionInfoExtended``
        """
        from ._generated.api.email import create_default_e_mail_connection_info_extended as endpoint

        return cast(
            "EMailConnectionInfoExtended | None",
            self._invoke("CreateDefaultEMailConnectionInfoExtended", endpoint, {}, select, options),
        )

    def create_default_email_custom_header(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailCustomHeader | None:
        """Get a new EMailCustomHeader filled with the server's default values.

        Nothing is stored: fill in the returned EMailCustomHeader and pass it to the operation
        that saves or sends it.

        ``POST /api/v1/Agents/EMail/CreateDefaultEMailCustomHeader``
        """
        from ._generated.api.email import create_default_e_mail_custom_header as endpoint

        return cast(
            "EMailCustomHeader | None",
            self._invoke("CreateDefaultEMailCustomHeader", endpoint, {}, select, options),
        )

    def create_default_email_entity(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Get a new EMailEntity filled with the server's default values.

        Nothing is stored: fill in the returned EMailEntity and pass it to the operation that
        saves or sends it.

        ``POST /api/v1/Agents/EMail/CreateDefaultEMailEntity``
        """
        from ._generated.api.email import create_default_e_mail_entity as endpoint

        return cast(
            "EMailEntity | None", self._invoke("CreateDefaultEMailEntity", endpoint, {}, select, options)
        )

    def create_default_email_envelope(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEnvelope | None:
        """Get a new EMailEnvelope filled with the server's default values.

        Nothing is stored: fill in the returned EMailEnvelope and pass it to the operation that
        saves or sends it.

        ``POST /api/v1/Agents/EMail/CreateDefaultEMailEnvelope``
        """
        from ._generated.api.email import create_default_e_mail_envelope as endpoint

        return cast(
            "EMailEnvelope | None", self._invoke("CreateDefaultEMailEnvelope", endpoint, {}, select, options)
        )

    def create_default_email_folder(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailFolder | None:
        """Get a new EMailFolder filled with the server's default values.

        Nothing is stored: fill in the returned EMailFolder and pass it to the operation that
        saves or sends it.

        ``POST /api/v1/Agents/EMail/CreateDefaultEMailFolder``
        """
        from ._generated.api.email import create_default_e_mail_folder as endpoint

        return cast(
            "EMailFolder | None", self._invoke("CreateDefaultEMailFolder", endpoint, {}, select, options)
        )

    def create_default_email_so_info(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailSOInfo | None:
        """Get a new EMailSOInfo filled with the server's default values.

        Nothing is stored: fill in the returned EMailSOInfo and pass it to the operation that
        saves or sends it.

        ``POST /api/v1/Agents/EMail/CreateDefaultEMailSOInfo``
        """
        from ._generated.api.email import create_default_e_mail_so_info as endpoint

        return cast(
            "EMailSOInfo | None", self._invoke("CreateDefaultEMailSOInfo", endpoint, {}, select, options)
        )

    def create_email_from_document_entity(
        self,
        document_entity: DocumentEntity | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailEntity | None:
        """Build a mail from a document record.

        Nothing is sent or stored; the answer is the mail the document holds.

        ``POST /api/v1/Agents/EMail/CreateEMailFromDocumentEntity``
        """
        from ._generated.api.email import create_e_mail_from_document_entity as endpoint
        from ._generated.models import CreateEMailFromDocumentEntityRequest

        return cast(
            "EMailEntity | None",
            self._invoke(
                "CreateEMailFromDocumentEntity",
                endpoint,
                {"body": CreateEMailFromDocumentEntityRequest(document_entity=document_entity)},
                select,
                options,
            ),
        )

    def create_email_from_mime_message(
        self, mime_message: str | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Parse a MIME message into a mail.

        Nothing is stored; the answer is the parsed mail.

        ``POST /api/v1/Agents/EMail/CreateEMailFromMimeMessage``
        """
        from ._generated.api.email import create_e_mail_from_mime_message as endpoint
        from ._generated.models import CreateEMailFromMimeMessageRequest

        return cast(
            "EMailEntity | None",
            self._invoke(
                "CreateEMailFromMimeMessage",
                endpoint,
                {"body": CreateEMailFromMimeMessageRequest(mime_message=mime_message)},
                select,
                options,
            ),
        )

    def create_folder(
        self,
        connection_info: EMailConnectionInfo | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Create the folder named in the connection details on the mail server.

        Talks to the mail server described by the connection details. Answers 204 with no body on
        success.

        ``POST /api/v1/Agents/EMail/CreateFolder``
        """
        from ._generated.api.email import create_folder as endpoint
        from ._generated.models import CreateFolderRequest

        self._invoke(
            "CreateFolder",
            endpoint,
            {"body": CreateFolderRequest(connection_info=connection_info)},
            select,
            options,
        )

    def create_forward_email(
        self, email: EMailEntity | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Build a forward of the given mail.

        Nothing is sent; the answer is a new mail to complete and send.

        ``POST /api/v1/Agents/EMail/CreateForwardEmail``
        """
        from ._generated.api.email import create_forward_email as endpoint
        from ._generated.models import CreateForwardEmailRequest

        return cast(
            "EMailEntity | None",
            self._invoke(
                "CreateForwardEmail",
                endpoint,
                {"body": CreateForwardEmailRequest(email=email)},
                select,
                options,
            ),
        )

    def create_inline_html_header(
        self, email: EMailEntity | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> str | None:
        """Render an HTML header block (from, sent, to, subject) for the given mail, for quoting or
        printing.

        Nothing is stored; the answer is an HTML fragment.

        ``POST /api/v1/Agents/EMail/CreateInlineHtmlHeader``
        """
        from ._generated.api.email import create_inline_html_header as endpoint
        from ._generated.models import CreateInlineHtmlHeaderRequest

        return cast(
            "str | None",
            self._invoke(
                "CreateInlineHtmlHeader",
                endpoint,
                {"body": CreateInlineHtmlHeaderRequest(email=email)},
                select,
                options,
            ),
        )

    def create_new_physical_document_from_email(
        self,
        document_id: int | None,
        email_item_id: int | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> DocumentEntity | None:
        """Store a mail held by the CRM as the file of an existing document record.

        The mail is named by its CRM primary key; the answer is the document record.

        ``POST /api/v1/Agents/EMail/CreateNewPhysicalDocumentFromEmail``
        """
        from ._generated.api.email import create_new_physical_document_from_email as endpoint
        from ._generated.models import CreateNewPhysicalDocumentFromEmailRequest

        return cast(
            "DocumentEntity | None",
            self._invoke(
                "CreateNewPhysicalDocumentFromEmail",
                endpoint,
                {
                    "body": CreateNewPhysicalDocumentFromEmailRequest(
                        document_id=document_id, email_item_id=email_item_id
                    )
                },
                select,
                options,
            ),
        )

    def create_new_physical_document_from_email_attachment(
        self,
        document_id: int | None,
        email_item_id: int | None,
        attachment_id: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> DocumentEntity | None:
        """Store one attachment of a mail held by the CRM as the file of an existing document
        record.

        The mail is named by its CRM primary key; the answer is the document record.

        ``POST /api/v1/Agents/EMail/CreateNewPhysicalDocumentFromEmailAttachment``
        """
        from ._generated.api.email import create_new_physical_document_from_email_attachment as endpoint
        from ._generated.models import CreateNewPhysicalDocumentFromEmailAttachmentRequest

        return cast(
            "DocumentEntity | None",
            self._invoke(
                "CreateNewPhysicalDocumentFromEmailAttachment",
                endpoint,
                {
                    "body": CreateNewPhysicalDocumentFromEmailAttachmentRequest(
                        document_id=document_id, email_item_id=email_item_id, attachment_id=attachment_id
                    )
                },
                select,
                options,
            ),
        )

    def delete(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_ids: list[int] | None,
        move_to_folder: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Delete mails, by numeric server id, optionally moving them to another folder.

        Talks to the mail server described by the connection details. Answers 204 with no body on
        success.

        ``POST /api/v1/Agents/EMail/Delete``
        """
        from ._generated.api.email import delete as endpoint
        from ._generated.models import DeleteRequest

        self._invoke(
            "Delete",
            endpoint,
            {
                "body": DeleteRequest(
                    connection_info=connection_info,
                    message_server_ids=message_server_ids,
                    move_to_folder=move_to_folder,
                )
            },
            select,
            options,
        )

    def delete_email_account(
        self, e_mail_account_id: int, *, select: str | None = None, options: RequestOptions | None = None
    ) -> None:
        """Delete a mail account by its id.

        Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/DeleteEMailAccount``
        """
        from ._generated.api.email import delete_e_mail_account as endpoint

        self._invoke(
            "DeleteEMailAccount", endpoint, {"e_mail_account_id": e_mail_account_id}, select, options
        )

    def delete_emails(
        self,
        ids: list[int] | None,
        move_to_folder: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Delete mails held by the CRM, optionally moving them to another folder.

        Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/DeleteEmails``
        """
        from ._generated.api.email import delete_emails as endpoint
        from ._generated.models import DeleteEmailsRequest

        self._invoke(
            "DeleteEmails",
            endpoint,
            {"body": DeleteEmailsRequest(ids=ids, move_to_folder=move_to_folder)},
            select,
            options,
        )

    def delete_extended(
        self,
        connection_info_extended: EMailConnectionInfoExtended | None,
        message_ids: list[str] | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Delete mails identified by extended message ids.

        Talks to the mail server whose host, port, protocol and login are given explicitly.
        Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/DeleteExtended``
        """
        from ._generated.api.email import delete_extended as endpoint
        from ._generated.models import DeleteExtendedRequest

        self._invoke(
            "DeleteExtended",
            endpoint,
            {
                "body": DeleteExtendedRequest(
                    connection_info_extended=connection_info_extended, message_ids=message_ids
                )
            },
            select,
            options,
        )

    def delete_folder(
        self,
        connection_info: EMailConnectionInfo | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Delete the folder named in the connection details from the mail server.

        Talks to the mail server described by the connection details. Answers 204 with no body on
        success.

        ``POST /api/v1/Agents/EMail/DeleteFolder``
        """
        from ._generated.api.email import delete_folder as endpoint
        from ._generated.models import DeleteFolderRequest

        self._invoke(
            "DeleteFolder",
            endpoint,
            {"body": DeleteFolderRequest(connection_info=connection_info)},
            select,
            options,
        )

    def delete_from_server_identifier(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_ids: list[str] | None,
        move_to_folder: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Delete mails, by string server identifier, optionally moving them to another folder.

        Like Delete, but mails are named by their string server identifier
        (EMailEntity.ServerIdentifier) instead of the numeric ServerId. Talks to the mail server
        described by the connection details. Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/DeleteFromServerIdentifier``
        """
        from ._generated.api.email import delete_from_server_identifier as endpoint
        from ._generated.models import DeleteFromServerIdentifierRequest

        self._invoke(
            "DeleteFromServerIdentifier",
            endpoint,
            {
                "body": DeleteFromServerIdentifierRequest(
                    connection_info=connection_info,
                    message_server_ids=message_server_ids,
                    move_to_folder=move_to_folder,
                )
            },
            select,
            options,
        )

    def empty_folder(
        self,
        connection_info: EMailConnectionInfo | None,
        move_to_folder: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Remove every mail from the folder named in the connection details.

        Talks to the mail server described by the connection details. Answers 204 with no body on
        success.

        ``POST /api/v1/Agents/EMail/EmptyFolder``
        """
        from ._generated.api.email import empty_folder as endpoint
        from ._generated.models import EmptyFolderRequest

        self._invoke(
            "EmptyFolder",
            endpoint,
            {"body": EmptyFolderRequest(connection_info=connection_info, move_to_folder=move_to_folder)},
            select,
            options,
        )

    def find_address(
        self, address: str | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> list[EMailAddress] | None:
        """Find the contacts and persons whose e-mail address equals the given one exactly.

        The match is on the whole address string; there is no partial search.

        ``POST /api/v1/Agents/EMail/FindAddress``
        """
        from ._generated.api.email import find_address as endpoint
        from ._generated.models import FindAddressRequest

        return cast(
            "list[EMailAddress] | None",
            self._invoke(
                "FindAddress", endpoint, {"body": FindAddressRequest(address=address)}, select, options
            ),
        )

    def find_contact_or_person_by_email_name(
        self,
        name: str | None,
        email_address: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[ContactOrPersonFromEmail] | None:
        """Find contacts or persons by display name and e-mail address.

        Each hit names either a company or a person.

        ``POST /api/v1/Agents/EMail/FindContactOrPersonByEmailName``
        """
        from ._generated.api.email import find_contact_or_person_by_email_name as endpoint
        from ._generated.models import FindContactOrPersonByEmailNameRequest

        return cast(
            "list[ContactOrPersonFromEmail] | None",
            self._invoke(
                "FindContactOrPersonByEmailName",
                endpoint,
                {"body": FindContactOrPersonByEmailNameRequest(name=name, email_address=email_address)},
                select,
                options,
            ),
        )

    def find_contact_or_person_by_email_name_with_limit(
        self,
        name: str | None,
        email_address: str | None,
        number_of_contacts: int | None,
        number_of_persons: int | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[ContactOrPersonFromEmail] | None:
        """Find contacts or persons by display name and e-mail address, with caps on how many of
        each come back.

        Each hit names either a company or a person.

        ``POST /api/v1/Agents/EMail/FindContactOrPersonByEmailNameWithLimit``
        """
        from ._generated.api.email import find_contact_or_person_by_email_name_with_limit as endpoint
        from ._generated.models import FindContactOrPersonByEmailNameWithLimitRequest

        return cast(
            "list[ContactOrPersonFromEmail] | None",
            self._invoke(
                "FindContactOrPersonByEmailNameWithLimit",
                endpoint,
                {
                    "body": FindContactOrPersonByEmailNameWithLimitRequest(
                        name=name,
                        email_address=email_address,
                        number_of_contacts=number_of_contacts,
                        number_of_persons=number_of_persons,
                    )
                },
                select,
                options,
            ),
        )

    def get_attachment(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_id: int | None,
        attachment_id: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailAttachment | None:
        """Fetch one attachment of a mail on the mail server, by numeric server id.

        Talks to the mail server described by the connection details.

        ``POST /api/v1/Agents/EMail/GetAttachment``
        """
        from ._generated.api.email import get_attachment as endpoint
        from ._generated.models import GetAttachmentRequest

        return cast(
            "EMailAttachment | None",
            self._invoke(
                "GetAttachment",
                endpoint,
                {
                    "body": GetAttachmentRequest(
                        connection_info=connection_info,
                        message_server_id=message_server_id,
                        attachment_id=attachment_id,
                    )
                },
                select,
                options,
            ),
        )

    def get_attachment_from_id(
        self,
        mail_item_id: int | None,
        attachment_id: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailAttachment | None:
        """Fetch one attachment of a mail held by the CRM.

        Reads the mail from the CRM inbox tables, not from the mail server.

        ``POST /api/v1/Agents/EMail/GetAttachmentFromId``
        """
        from ._generated.api.email import get_attachment_from_id as endpoint
        from ._generated.models import GetAttachmentFromIdRequest

        return cast(
            "EMailAttachment | None",
            self._invoke(
                "GetAttachmentFromId",
                endpoint,
                {"body": GetAttachmentFromIdRequest(mail_item_id=mail_item_id, attachment_id=attachment_id)},
                select,
                options,
            ),
        )

    def get_attachment_from_server_identifier(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_id: str | None,
        attachment_id: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailAttachment | None:
        """Fetch one attachment of a mail on the mail server, by string server identifier.

        Like GetAttachment, but mails are named by their string server identifier
        (EMailEntity.ServerIdentifier) instead of the numeric ServerId. Talks to the mail server
        described by the connection details.

        ``POST /api/v1/Agents/EMail/GetAttachmentFromServerIdentifier``
        """
        from ._generated.api.email import get_attachment_from_server_identifier as endpoint
        from ._generated.models import GetAttachmentFromServerIdentifierRequest

        return cast(
            "EMailAttachment | None",
            self._invoke(
                "GetAttachmentFromServerIdentifier",
                endpoint,
                {
                    "body": GetAttachmentFromServerIdentifierRequest(
                        connection_info=connection_info,
                        message_server_id=message_server_id,
                        attachment_id=attachment_id,
                    )
                },
                select,
                options,
            ),
        )

    def get_current_account(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailAccount | None:
        """Get the current user's active mail account.

        The active account is normally the one the user signed in to last.

        ``POST /api/v1/Agents/EMail/GetCurrentAccount``
        """
        from ._generated.api.email import get_current_account as endpoint

        return cast("EMailAccount | None", self._invoke("GetCurrentAccount", endpoint, {}, select, options))

    def get_current_account_id(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> int | None:
        """Get the id of the current user's active mail account.

        The active account is normally the one the user signed in to last.

        ``POST /api/v1/Agents/EMail/GetCurrentAccountId``
        """
        from ._generated.api.email import get_current_account_id as endpoint

        return cast("int | None", self._invoke("GetCurrentAccountId", endpoint, {}, select, options))

    def get_email(
        self,
        id: int | None,
        include_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailEntity | None:
        """Get a mail held by the CRM by its primary key (HTML sanitized).

        Reads from the CRM inbox tables, not from the mail server.

        ``POST /api/v1/Agents/EMail/GetEMail``
        """
        from ._generated.api.email import get_e_mail as endpoint
        from ._generated.models import GetEMailRequest

        return cast(
            "EMailEntity | None",
            self._invoke(
                "GetEMail",
                endpoint,
                {"body": GetEMailRequest(id=id, include_attachments=include_attachments)},
                select,
                options,
            ),
        )

    def get_email_account(
        self, e_mail_account_id: int, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailAccount | None:
        """Get a mail account by its id.

        The id travels in the query string; there is no request body.

        ``POST /api/v1/Agents/EMail/GetEMailAccount``
        """
        from ._generated.api.email import get_e_mail_account as endpoint

        return cast(
            "EMailAccount | None",
            self._invoke(
                "GetEMailAccount", endpoint, {"e_mail_account_id": e_mail_account_id}, select, options
            ),
        )

    def get_email_account_from_email_address(
        self, from_address: str | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailAccount | None:
        """Get the current user's mail account that sends from the given address.

        Only the current user's accounts are searched.

        ``POST /api/v1/Agents/EMail/GetEMailAccountFromEMailAddress``
        """
        from ._generated.api.email import get_e_mail_account_from_e_mail_address as endpoint
        from ._generated.models import GetEMailAccountFromEMailAddressRequest

        return cast(
            "EMailAccount | None",
            self._invoke(
                "GetEMailAccountFromEMailAddress",
                endpoint,
                {"body": GetEMailAccountFromEMailAddressRequest(from_address=from_address)},
                select,
                options,
            ),
        )

    def get_email_addresses(
        self, email_ids: list[int] | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> list[EMailAddress] | None:
        """Get e-mail address details for the given e-mail address ids.

        The ids are primary keys of e-mail address records.

        ``POST /api/v1/Agents/EMail/GetEMailAddresses``
        """
        from ._generated.api.email import get_e_mail_addresses as endpoint
        from ._generated.models import GetEMailAddressesRequest

        return cast(
            "list[EMailAddress] | None",
            self._invoke(
                "GetEMailAddresses",
                endpoint,
                {"body": GetEMailAddressesRequest(email_ids=email_ids)},
                select,
                options,
            ),
        )

    def get_email_as_eml_stream(
        self,
        email_item_id: int | None,
        include_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> bytes | None:
        """Get a mail held by the CRM as an RFC 822 (.eml) byte stream.

        The bytes arrive base64 encoded in a JSON string; the SDK method returns them decoded.

        ``POST /api/v1/Agents/EMail/GetEMailAsEmlStream``
        """
        from ._generated.api.email import get_e_mail_as_eml_stream as endpoint
        from ._generated.models import GetEMailAsEmlStreamRequest

        return _decode_base64(
            "GetEMailAsEmlStream",
            self._invoke(
                "GetEMailAsEmlStream",
                endpoint,
                {
                    "body": GetEMailAsEmlStreamRequest(
                        email_item_id=email_item_id, include_attachments=include_attachments
                    )
                },
                select,
                options,
            ),
        )

    def get_email_as_stream(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_id: int | None,
        strip_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> bytes | None:
        """Get a mail from the mail server as a byte stream, by numeric server id.

        Talks to the mail server described by the connection details. The bytes arrive base64
        encoded in a JSON string; the SDK method returns them decoded.

        ``POST /api/v1/Agents/EMail/GetEMailAsStream``
        """
        from ._generated.api.email import get_e_mail_as_stream as endpoint
        from ._generated.models import GetEMailAsStreamRequest

        return _decode_base64(
            "GetEMailAsStream",
            self._invoke(
                "GetEMailAsStream",
                endpoint,
                {
                    "body": GetEMailAsStreamRequest(
                        connection_info=connection_info,
                        message_server_id=message_server_id,
                        strip_attachments=strip_attachments,
                    )
                },
                select,
                options,
            ),
        )

    def get_email_as_stream_from_server_identifier(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_id: str | None,
        strip_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> bytes | None:
        """Get a mail from the mail server as a byte stream, by string server identifier.

        Like GetEMailAsStream, but mails are named by their string server identifier
        (EMailEntity.ServerIdentifier) instead of the numeric ServerId. Talks to the mail server
        described by the connection details. The bytes arrive base64 encoded in a JSON string;
        the SDK method returns them decoded.

        ``POST /api/v1/Agents/EMail/GetEMailAsStreamFromServerIdentifier``
        """
        from ._generated.api.email import get_e_mail_as_stream_from_server_identifier as endpoint
        from ._generated.models import GetEMailAsStreamFromServerIdentifierRequest

        return _decode_base64(
            "GetEMailAsStreamFromServerIdentifier",
            self._invoke(
                "GetEMailAsStreamFromServerIdentifier",
                endpoint,
                {
                    "body": GetEMailAsStreamFromServerIdentifierRequest(
                        connection_info=connection_info,
                        message_server_id=message_server_id,
                        strip_attachments=strip_attachments,
                    )
                },
                select,
                options,
            ),
        )

    def get_email_envelopes(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_ids: list[int] | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[EMailEnvelope] | None:
        """Get the envelopes (headers only) of mails on the mail server, by numeric server ids.

        Talks to the mail server described by the connection details.

        ``POST /api/v1/Agents/EMail/GetEMailEnvelopes``
        """
        from ._generated.api.email import get_e_mail_envelopes as endpoint
        from ._generated.models import GetEMailEnvelopesRequest

        return cast(
            "list[EMailEnvelope] | None",
            self._invoke(
                "GetEMailEnvelopes",
                endpoint,
                {
                    "body": GetEMailEnvelopesRequest(
                        connection_info=connection_info, message_server_ids=message_server_ids
                    )
                },
                select,
                options,
            ),
        )

    def get_email_envelopes_from_server_ids(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_ids: list[str] | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[EMailEnvelope] | None:
        """Get the envelopes (headers only) of mails on the mail server, by string server
        identifiers.

        Like GetEMailEnvelopes, but mails are named by their string server identifier
        (EMailEntity.ServerIdentifier) instead of the numeric ServerId. Talks to the mail server
        described by the connection details.

        ``POST /api/v1/Agents/EMail/GetEMailEnvelopesFromServerIds``
        """
        from ._generated.api.email import get_e_mail_envelopes_from_server_ids as endpoint
        from ._generated.models import GetEMailEnvelopesFromServerIdsRequest

        return cast(
            "list[EMailEnvelope] | None",
            self._invoke(
                "GetEMailEnvelopesFromServerIds",
                endpoint,
                {
                    "body": GetEMailEnvelopesFromServerIdsRequest(
                        connection_info=connection_info, message_server_ids=message_server_ids
                    )
                },
                select,
                options,
            ),
        )

    def get_email_from_attachment_id(
        self,
        email_id: int | None,
        attachment_ids: list[str] | None,
        include_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailEntity | None:
        """Get a mail that is attached to a mail held by the CRM (HTML sanitized).

        Opens a mail that was sent as an attachment of another mail (a forwarded .eml, for
        example).

        ``POST /api/v1/Agents/EMail/GetEMailFromAttachmentId``
        """
        from ._generated.api.email import get_e_mail_from_attachment_id as endpoint
        from ._generated.models import GetEMailFromAttachmentIdRequest

        return cast(
            "EMailEntity | None",
            self._invoke(
                "GetEMailFromAttachmentId",
                endpoint,
                {
                    "body": GetEMailFromAttachmentIdRequest(
                        email_id=email_id,
                        attachment_ids=attachment_ids,
                        include_attachments=include_attachments,
                    )
                },
                select,
                options,
            ),
        )

    def get_email_from_document_attachment_id(
        self,
        doc_id: int | None,
        attachment_ids: list[str] | None,
        include_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailEntity | None:
        """Get a mail that is attached to an archived mail document (HTML sanitized).

        Opens a mail that is attached to a mail stored in the document archive.

        ``POST /api/v1/Agents/EMail/GetEMailFromDocumentAttachmentId``
        """
        from ._generated.api.email import get_e_mail_from_document_attachment_id as endpoint
        from ._generated.models import GetEMailFromDocumentAttachmentIdRequest

        return cast(
            "EMailEntity | None",
            self._invoke(
                "GetEMailFromDocumentAttachmentId",
                endpoint,
                {
                    "body": GetEMailFromDocumentAttachmentIdRequest(
                        doc_id=doc_id, attachment_ids=attachment_ids, include_attachments=include_attachments
                    )
                },
                select,
                options,
            ),
        )

    def get_email_from_document_id(
        self, document_id: int | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Get the mail stored as an archived document (HTML sanitized).

        The document must hold a mail file (.eml or .msg).

        ``POST /api/v1/Agents/EMail/GetEMailFromDocumentId``
        """
        from ._generated.api.email import get_e_mail_from_document_id as endpoint
        from ._generated.models import GetEMailFromDocumentIdRequest

        return cast(
            "EMailEntity | None",
            self._invoke(
                "GetEMailFromDocumentId",
                endpoint,
                {"body": GetEMailFromDocumentIdRequest(document_id=document_id)},
                select,
                options,
            ),
        )

    def get_email_from_document_id_without_attachment_stream(
        self, document_id: int | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Get the mail stored as an archived document, without attachment contents (HTML
        sanitized).

        Attachment contents (Stream) are left out to keep the answer small.

        ``POST /api/v1/Agents/EMail/GetEMailFromDocumentIdWithoutAttachmentStream``
        """
        from ._generated.api.email import get_e_mail_from_document_id_without_attachment_stream as endpoint
        from ._generated.models import GetEMailFromDocumentIdWithoutAttachmentStreamRequest

        return cast(
            "EMailEntity | None",
            self._invoke(
                "GetEMailFromDocumentIdWithoutAttachmentStream",
                endpoint,
                {"body": GetEMailFromDocumentIdWithoutAttachmentStreamRequest(document_id=document_id)},
                select,
                options,
            ),
        )

    def get_email_from_id(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_id: int | None,
        lookup_addresses: bool | None,
        flags: EMailFlags | str | None,
        include_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailEntity | None:
        """Get a mail from the mail server by numeric server id.

        Talks to the mail server described by the connection details.

        ``POST /api/v1/Agents/EMail/GetEMailFromId``
        """
        from ._generated.api.email import get_e_mail_from_id as endpoint
        from ._generated.models import GetEMailFromIdRequest

        return cast(
            "EMailEntity | None",
            self._invoke(
                "GetEMailFromId",
                endpoint,
                {
                    "body": GetEMailFromIdRequest(
                        connection_info=connection_info,
                        message_server_id=message_server_id,
                        lookup_addresses=lookup_addresses,
                        flags=flags,
                        include_attachments=include_attachments,
                    )
                },
                select,
                options,
            ),
        )

    def get_email_from_server_identifier(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_id: str | None,
        lookup_addresses: bool | None,
        flags: EMailFlags | str | None,
        include_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailEntity | None:
        """Get a mail from the mail server by string server identifier.

        Like GetEMail, but mails are named by their string server identifier
        (EMailEntity.ServerIdentifier) instead of the numeric ServerId. Talks to the mail server
        described by the connection details.

        ``POST /api/v1/Agents/EMail/GetEMailFromServerIdentifier``
        """
        from ._generated.api.email import get_e_mail_from_server_identifier as endpoint
        from ._generated.models import GetEMailFromServerIdentifierRequest

        return cast(
            "EMailEntity | None",
            self._invoke(
                "GetEMailFromServerIdentifier",
                endpoint,
                {
                    "body": GetEMailFromServerIdentifierRequest(
                        connection_info=connection_info,
                        message_server_id=message_server_id,
                        lookup_addresses=lookup_addresses,
                        flags=flags,
                        include_attachments=include_attachments,
                    )
                },
                select,
                options,
            ),
        )

    def get_email_from_temp(
        self, file_name: str | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Read a mail from a file in the server's temporary folder.

        The file must already be in the server's temporary folder.

        ``POST /api/v1/Agents/EMail/GetEMailFromTemp``
        """
        from ._generated.api.email import get_e_mail_from_temp as endpoint
        from ._generated.models import GetEMailFromTempRequest

        return cast(
            "EMailEntity | None",
            self._invoke(
                "GetEMailFromTemp",
                endpoint,
                {"body": GetEMailFromTempRequest(file_name=file_name)},
                select,
                options,
            ),
        )

    def get_email_so_info(
        self, e_mail_so_info_id: int, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailSOInfo | None:
        """Get the CRM link record of a mail by its id.

        The id travels in the query string; there is no request body.

        ``POST /api/v1/Agents/EMail/GetEMailSOInfo``
        """
        from ._generated.api.email import get_e_mail_so_info as endpoint

        return cast(
            "EMailSOInfo | None",
            self._invoke(
                "GetEMailSOInfo", endpoint, {"e_mail_so_info_id": e_mail_so_info_id}, select, options
            ),
        )

    def get_email_appointment(
        self, mail_item_id: int | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailAppointment | None:
        """Read the meeting in a mail's iCalendar attachment.

        The mail is named by its CRM primary key.

        ``POST /api/v1/Agents/EMail/GetEmailAppointment``
        """
        from ._generated.api.email import get_email_appointment as endpoint
        from ._generated.models import GetEmailAppointmentRequest

        return cast(
            "EMailAppointment | None",
            self._invoke(
                "GetEmailAppointment",
                endpoint,
                {"body": GetEmailAppointmentRequest(mail_item_id=mail_item_id)},
                select,
                options,
            ),
        )

    def get_email_appointment_recurrence(
        self, mail_item_id: int | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> RecurrenceInfo | None:
        """Read the repetition rules of the meeting in a mail's iCalendar attachment.

        The mail is named by its CRM primary key.

        ``POST /api/v1/Agents/EMail/GetEmailAppointmentRecurrence``
        """
        from ._generated.api.email import get_email_appointment_recurrence as endpoint
        from ._generated.models import GetEmailAppointmentRecurrenceRequest

        return cast(
            "RecurrenceInfo | None",
            self._invoke(
                "GetEmailAppointmentRecurrence",
                endpoint,
                {"body": GetEmailAppointmentRecurrenceRequest(mail_item_id=mail_item_id)},
                select,
                options,
            ),
        )

    def get_email_document_as_mime_stream(
        self, document_id: int | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> bytes | None:
        """Get an archived document as an RFC 822 (MIME) byte stream.

        The bytes arrive base64 encoded in a JSON string; the SDK method returns them decoded.

        ``POST /api/v1/Agents/EMail/GetEmailDocumentAsMimeStream``
        """
        from ._generated.api.email import get_email_document_as_mime_stream as endpoint
        from ._generated.models import GetEmailDocumentAsMimeStreamRequest

        return _decode_base64(
            "GetEmailDocumentAsMimeStream",
            self._invoke(
                "GetEmailDocumentAsMimeStream",
                endpoint,
                {"body": GetEmailDocumentAsMimeStreamRequest(document_id=document_id)},
                select,
                options,
            ),
        )

    def get_email_message_ids(
        self,
        connection_info_extended: EMailConnectionInfoExtended | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[str] | None:
        """List the Message-Id values of the mails in a folder.

        Talks to the mail server whose host, port, protocol and login are given explicitly.

        ``POST /api/v1/Agents/EMail/GetEmailMessageIds``
        """
        from ._generated.api.email import get_email_message_ids as endpoint
        from ._generated.models import GetEmailMessageIdsRequest

        return cast(
            "list[str] | None",
            self._invoke(
                "GetEmailMessageIds",
                endpoint,
                {"body": GetEmailMessageIdsRequest(connection_info_extended=connection_info_extended)},
                select,
                options,
            ),
        )

    def get_emails_as_string(
        self,
        connection_info_extended: EMailConnectionInfoExtended | None,
        message_ids: list[str] | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[str] | None:
        """Get mails as raw RFC 822 text, by message id.

        Talks to the mail server whose host, port, protocol and login are given explicitly.

        ``POST /api/v1/Agents/EMail/GetEmailsAsString``
        """
        from ._generated.api.email import get_emails_as_string as endpoint
        from ._generated.models import GetEmailsAsStringRequest

        return cast(
            "list[str] | None",
            self._invoke(
                "GetEmailsAsString",
                endpoint,
                {
                    "body": GetEmailsAsStringRequest(
                        connection_info_extended=connection_info_extended, message_ids=message_ids
                    )
                },
                select,
                options,
            ),
        )

    def get_extended_email_message_ids(
        self,
        connection_info_extended: EMailConnectionInfoExtended | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[str] | None:
        """List the mails in a folder as uidvalidity:uid:Message-Id strings.

        Talks to the mail server whose host, port, protocol and login are given explicitly.

        ``POST /api/v1/Agents/EMail/GetExtendedEmailMessageIds``
        """
        from ._generated.api.email import get_extended_email_message_ids as endpoint
        from ._generated.models import GetExtendedEmailMessageIdsRequest

        return cast(
            "list[str] | None",
            self._invoke(
                "GetExtendedEmailMessageIds",
                endpoint,
                {
                    "body": GetExtendedEmailMessageIdsRequest(
                        connection_info_extended=connection_info_extended
                    )
                },
                select,
                options,
            ),
        )

    def get_folder_email_count(
        self,
        connection_info: EMailConnectionInfo | None,
        only_unread: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> int | None:
        """Count the mails (all or only unread) in the folder named in the connection details.

        Talks to the mail server described by the connection details.

        ``POST /api/v1/Agents/EMail/GetFolderEMailCount``
        """
        from ._generated.api.email import get_folder_e_mail_count as endpoint
        from ._generated.models import GetFolderEMailCountRequest

        return cast(
            "int | None",
            self._invoke(
                "GetFolderEMailCount",
                endpoint,
                {
                    "body": GetFolderEMailCountRequest(
                        connection_info=connection_info, only_unread=only_unread
                    )
                },
                select,
                options,
            ),
        )

    def get_folder_has_new_email(
        self,
        connection_info: EMailConnectionInfo | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> bool | None:
        """Tell whether the folder named in the connection details got new mail since the last look.

        Talks to the mail server described by the connection details.

        ``POST /api/v1/Agents/EMail/GetFolderHasNewEMail``
        """
        from ._generated.api.email import get_folder_has_new_e_mail as endpoint
        from ._generated.models import GetFolderHasNewEMailRequest

        return cast(
            "bool | None",
            self._invoke(
                "GetFolderHasNewEMail",
                endpoint,
                {"body": GetFolderHasNewEMailRequest(connection_info=connection_info)},
                select,
                options,
            ),
        )

    def get_folder_info(
        self,
        connection_info: EMailConnectionInfo | None,
        folders: list[str] | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[EMailFolder] | None:
        """Get details (counts, subscription) of the named folders.

        Talks to the mail server described by the connection details. With Folders null the
        answer covers every subscribed folder.

        ``POST /api/v1/Agents/EMail/GetFolderInfo``
        """
        from ._generated.api.email import get_folder_info as endpoint
        from ._generated.models import GetFolderInfoRequest

        return cast(
            "list[EMailFolder] | None",
            self._invoke(
                "GetFolderInfo",
                endpoint,
                {"body": GetFolderInfoRequest(connection_info=connection_info, folders=folders)},
                select,
                options,
            ),
        )

    def get_folder_list(
        self,
        connection_info: EMailConnectionInfo | None,
        include_item_count: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[str] | None:
        """List the folders of the mail account.

        Talks to the mail server described by the connection details.

        ``POST /api/v1/Agents/EMail/GetFolderList``
        """
        from ._generated.api.email import get_folder_list as endpoint
        from ._generated.models import GetFolderListRequest

        return cast(
            "list[str] | None",
            self._invoke(
                "GetFolderList",
                endpoint,
                {
                    "body": GetFolderListRequest(
                        connection_info=connection_info, include_item_count=include_item_count
                    )
                },
                select,
                options,
            ),
        )

    def get_mail_from_in_reply_to(
        self, message_id: str | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Get the mail held by the CRM that the given In-Reply-To id points at.

        Use it to find the mail that an incoming answer refers to.

        ``POST /api/v1/Agents/EMail/GetMailFromInReplyTo``
        """
        from ._generated.api.email import get_mail_from_in_reply_to as endpoint
        from ._generated.models import GetMailFromInReplyToRequest

        return cast(
            "EMailEntity | None",
            self._invoke(
                "GetMailFromInReplyTo",
                endpoint,
                {"body": GetMailFromInReplyToRequest(message_id=message_id)},
                select,
                options,
            ),
        )

    def get_mail_from_message_id(
        self, message_id: str | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Get the mail held by the CRM with the given Message-Id.

        Searches the CRM inbox tables.

        ``POST /api/v1/Agents/EMail/GetMailFromMessageId``
        """
        from ._generated.api.email import get_mail_from_message_id as endpoint
        from ._generated.models import GetMailFromMessageIdRequest

        return cast(
            "EMailEntity | None",
            self._invoke(
                "GetMailFromMessageId",
                endpoint,
                {"body": GetMailFromMessageIdRequest(message_id=message_id)},
                select,
                options,
            ),
        )

    def get_new_mail(
        self, folders: list[int] | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> list[EMailEnvelope] | None:
        """Get the envelopes of new mails in the current user's folders.

        The folders are given by their CRM folder ids.

        ``POST /api/v1/Agents/EMail/GetNewMail``
        """
        from ._generated.api.email import get_new_mail as endpoint
        from ._generated.models import GetNewMailRequest

        return cast(
            "list[EMailEnvelope] | None",
            self._invoke(
                "GetNewMail", endpoint, {"body": GetNewMailRequest(folders=folders)}, select, options
            ),
        )

    def get_participant_info_from_email_address(
        self,
        email_address: str | None,
        appointment_id: int | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> Person | None:
        """Get the person behind a meeting participant's e-mail address.

        Looks the address up among the participants of the given appointment.

        ``POST /api/v1/Agents/EMail/GetParticipantInfoFromEmailAddress``
        """
        from ._generated.api.email import get_participant_info_from_email_address as endpoint
        from ._generated.models import GetParticipantInfoFromEmailAddressRequest

        return cast(
            "Person | None",
            self._invoke(
                "GetParticipantInfoFromEmailAddress",
                endpoint,
                {
                    "body": GetParticipantInfoFromEmailAddressRequest(
                        email_address=email_address, appointment_id=appointment_id
                    )
                },
                select,
                options,
            ),
        )

    def get_person_entities_from_email_address(
        self, email_address: str | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> list[PersonEntity] | None:
        """Get the full person records that use the given e-mail address.

        Several persons may share one address.

        ``POST /api/v1/Agents/EMail/GetPersonEntitiesFromEmailAddress``
        """
        from ._generated.api.email import get_person_entities_from_email_address as endpoint
        from ._generated.models import GetPersonEntitiesFromEmailAddressRequest

        return cast(
            "list[PersonEntity] | None",
            self._invoke(
                "GetPersonEntitiesFromEmailAddress",
                endpoint,
                {"body": GetPersonEntitiesFromEmailAddressRequest(email_address=email_address)},
                select,
                options,
            ),
        )

    def get_persons_from_email_address(
        self, email_address: str | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> list[Person] | None:
        """Get the persons that use the given e-mail address.

        Several persons may share one address.

        ``POST /api/v1/Agents/EMail/GetPersonsFromEmailAddress``
        """
        from ._generated.api.email import get_persons_from_email_address as endpoint
        from ._generated.models import GetPersonsFromEmailAddressRequest

        return cast(
            "list[Person] | None",
            self._invoke(
                "GetPersonsFromEmailAddress",
                endpoint,
                {"body": GetPersonsFromEmailAddressRequest(email_address=email_address)},
                select,
                options,
            ),
        )

    def get_preview_attachment_from_doc_id(
        self,
        doc_id: int | None,
        attachment_id: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailAttachment | None:
        """Get a previewable attachment of an archived mail document (HTML sanitized).

        The answer is meant for showing a preview, not for saving the file.

        ``POST /api/v1/Agents/EMail/GetPreviewAttachmentFromDocId``
        """
        from ._generated.api.email import get_preview_attachment_from_doc_id as endpoint
        from ._generated.models import GetPreviewAttachmentFromDocIdRequest

        return cast(
            "EMailAttachment | None",
            self._invoke(
                "GetPreviewAttachmentFromDocId",
                endpoint,
                {"body": GetPreviewAttachmentFromDocIdRequest(doc_id=doc_id, attachment_id=attachment_id)},
                select,
                options,
            ),
        )

    def get_preview_attachment_from_id(
        self,
        mail_item_id: int | None,
        attachment_id: str | None,
        attachment_type: str | None,
        attachment_filename: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailAttachment | None:
        """Get a previewable attachment of a mail held by the CRM (HTML sanitized).

        The answer is meant for showing a preview, not for saving the file.

        ``POST /api/v1/Agents/EMail/GetPreviewAttachmentFromId``
        """
        from ._generated.api.email import get_preview_attachment_from_id as endpoint
        from ._generated.models import GetPreviewAttachmentFromIdRequest

        return cast(
            "EMailAttachment | None",
            self._invoke(
                "GetPreviewAttachmentFromId",
                endpoint,
                {
                    "body": GetPreviewAttachmentFromIdRequest(
                        mail_item_id=mail_item_id,
                        attachment_id=attachment_id,
                        attachment_type=attachment_type,
                        attachment_filename=attachment_filename,
                    )
                },
                select,
                options,
            ),
        )

    def get_ready_sync_email_accounts(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> list[SyncUserAccount] | None:
        """List the mail accounts that are due for synchronisation.

        Pass each account to SyncEmailAccount, or all of them to SyncEmailAccounts.

        ``POST /api/v1/Agents/EMail/GetReadySyncEmailAccounts``
        """
        from ._generated.api.email import get_ready_sync_email_accounts as endpoint

        return cast(
            "list[SyncUserAccount] | None",
            self._invoke("GetReadySyncEmailAccounts", endpoint, {}, select, options),
        )

    def get_unsanitized_email(
        self,
        id: int | None,
        include_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailEntity | None:
        """Get a mail held by the CRM by its primary key, HTML left as received.

        Like GetEMail, but HTML comes back exactly as received, without the server's cleaning;
        show it only in a sandbox.

        ``POST /api/v1/Agents/EMail/GetUnsanitizedEMail``
        """
        from ._generated.api.email import get_unsanitized_e_mail as endpoint
        from ._generated.models import GetUnsanitizedEMailRequest

        return cast(
            "EMailEntity | None",
            self._invoke(
                "GetUnsanitizedEMail",
                endpoint,
                {"body": GetUnsanitizedEMailRequest(id=id, include_attachments=include_attachments)},
                select,
                options,
            ),
        )

    def get_unsanitized_email_from_attachment_id(
        self,
        email_id: int | None,
        attachment_ids: list[str] | None,
        include_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailEntity | None:
        """Get a mail that is attached to a mail held by the CRM, HTML left as received.

        Like GetEMailFromAttachmentId, but HTML comes back exactly as received, without the
        server's cleaning; show it only in a sandbox.

        ``POST /api/v1/Agents/EMail/GetUnsanitizedEMailFromAttachmentId``
        """
        from ._generated.api.email import get_unsanitized_e_mail_from_attachment_id as endpoint
        from ._generated.models import GetUnsanitizedEMailFromAttachmentIdRequest

        return cast(
            "EMailEntity | None",
            self._invoke(
                "GetUnsanitizedEMailFromAttachmentId",
                endpoint,
                {
                    "body": GetUnsanitizedEMailFromAttachmentIdRequest(
                        email_id=email_id,
                        attachment_ids=attachment_ids,
                        include_attachments=include_attachments,
                    )
                },
                select,
                options,
            ),
        )

    def get_unsanitized_email_from_document_attachment_id(
        self,
        doc_id: int | None,
        attachment_ids: list[str] | None,
        include_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailEntity | None:
        """Get a mail that is attached to an archived mail document, HTML left as received.

        Like GetEMailFromDocumentAttachmentId, but HTML comes back exactly as received, without
        the server's cleaning; show it only in a sandbox.

        ``POST /api/v1/Agents/EMail/GetUnsanitizedEMailFromDocumentAttachmentId``
        """
        from ._generated.api.email import get_unsanitized_e_mail_from_document_attachment_id as endpoint
        from ._generated.models import GetUnsanitizedEMailFromDocumentAttachmentIdRequest

        return cast(
            "EMailEntity | None",
            self._invoke(
                "GetUnsanitizedEMailFromDocumentAttachmentId",
                endpoint,
                {
                    "body": GetUnsanitizedEMailFromDocumentAttachmentIdRequest(
                        doc_id=doc_id, attachment_ids=attachment_ids, include_attachments=include_attachments
                    )
                },
                select,
                options,
            ),
        )

    def get_unsanitized_email_from_document_id(
        self, document_id: int | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Get the mail stored as an archived document, HTML left as received.

        Like GetEMailFromDocumentId, but HTML comes back exactly as received, without the
        server's cleaning; show it only in a sandbox.

        ``POST /api/v1/Agents/EMail/GetUnsanitizedEMailFromDocumentId``
        """
        from ._generated.api.email import get_unsanitized_e_mail_from_document_id as endpoint
        from ._generated.models import GetUnsanitizedEMailFromDocumentIdRequest

        return cast(
            "EMailEntity | None",
            self._invoke(
                "GetUnsanitizedEMailFromDocumentId",
                endpoint,
                {"body": GetUnsanitizedEMailFromDocumentIdRequest(document_id=document_id)},
                select,
                options,
            ),
        )

    def get_unsanitized_email_from_document_id_without_attachment_stream(
        self, document_id: int | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Get the mail stored as an archived document without attachment contents, HTML left as
        received.

        Like GetEMailFromDocumentIdWithoutAttachmentStream, but HTML comes back exactly as
        received, without the server's cleaning; show it only in a sandbox.

        ``POST /api/v1/Agents/EMail/GetUnsanitizedEMailFromDocumentIdWithoutAttachmentStream``
        """
        from ._generated.api.email import (
            get_unsanitized_e_mail_from_document_id_without_attachment_stream as endpoint,
        )
        from ._generated.models import GetUnsanitizedEMailFromDocumentIdWithoutAttachmentStreamRequest

        return cast(
            "EMailEntity | None",
            self._invoke(
                "GetUnsanitizedEMailFromDocumentIdWithoutAttachmentStream",
                endpoint,
                {
                    "body": GetUnsanitizedEMailFromDocumentIdWithoutAttachmentStreamRequest(
                        document_id=document_id
                    )
                },
                select,
                options,
            ),
        )

    def get_unsanitized_preview_attachment_from_doc_id(
        self,
        doc_id: int | None,
        attachment_id: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailAttachment | None:
        """Get a previewable attachment of an archived mail document, HTML left as received.

        Like GetPreviewAttachmentFromDocId, but HTML comes back exactly as received, without the
        server's cleaning; show it only in a sandbox.

        ``POST /api/v1/Agents/EMail/GetUnsanitizedPreviewAttachmentFromDocId``
        """
        from ._generated.api.email import get_unsanitized_preview_attachment_from_doc_id as endpoint
        from ._generated.models import GetUnsanitizedPreviewAttachmentFromDocIdRequest

        return cast(
            "EMailAttachment | None",
            self._invoke(
                "GetUnsanitizedPreviewAttachmentFromDocId",
                endpoint,
                {
                    "body": GetUnsanitizedPreviewAttachmentFromDocIdRequest(
                        doc_id=doc_id, attachment_id=attachment_id
                    )
                },
                select,
                options,
            ),
        )

    def get_unsanitized_preview_attachment_from_id(
        self,
        mail_item_id: int | None,
        attachment_id: str | None,
        attachment_type: str | None,
        attachment_filename: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailAttachment | None:
        """Get a previewable attachment of a mail held by the CRM, HTML left as received.

        Like GetPreviewAttachmentFromId, but HTML comes back exactly as received, without the
        server's cleaning; show it only in a sandbox.

        ``POST /api/v1/Agents/EMail/GetUnsanitizedPreviewAttachmentFromId``
        """
        from ._generated.api.email import get_unsanitized_preview_attachment_from_id as endpoint
        from ._generated.models import GetUnsanitizedPreviewAttachmentFromIdRequest

        return cast(
            "EMailAttachment | None",
            self._invoke(
                "GetUnsanitizedPreviewAttachmentFromId",
                endpoint,
                {
                    "body": GetUnsanitizedPreviewAttachmentFromIdRequest(
                        mail_item_id=mail_item_id,
                        attachment_id=attachment_id,
                        attachment_type=attachment_type,
                        attachment_filename=attachment_filename,
                    )
                },
                select,
                options,
            ),
        )

    def has_mx_record(
        self, mail_domain: str | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> bool | None:
        """Tell whether DNS has at least one MX record for the mail domain.

        A DNS lookup done by the CRM server.

        ``POST /api/v1/Agents/EMail/HasMXRecord``
        """
        from ._generated.api.email import has_mx_record as endpoint
        from ._generated.models import HasMXRecordRequest

        return cast(
            "bool | None",
            self._invoke(
                "HasMXRecord",
                endpoint,
                {"body": HasMXRecordRequest(mail_domain=mail_domain)},
                select,
                options,
            ),
        )

    def has_new_mail(
        self,
        mail_item_id: int | None,
        folder_id: int | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> bool | None:
        """Quick database check for mail newer than the given item in a folder.

        Reads the CRM inbox tables only; it does not contact the mail server.

        ``POST /api/v1/Agents/EMail/HasNewMail``
        """
        from ._generated.api.email import has_new_mail as endpoint
        from ._generated.models import HasNewMailRequest

        return cast(
            "bool | None",
            self._invoke(
                "HasNewMail",
                endpoint,
                {"body": HasNewMailRequest(mail_item_id=mail_item_id, folder_id=folder_id)},
                select,
                options,
            ),
        )

    def has_spf_record(
        self,
        source_spf: str | None,
        target_domain: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> bool | None:
        """Tell whether the target domain's SPF record includes the given SPF source.

        Use it to check that a sending service is allowed to send for the target domain.

        ``POST /api/v1/Agents/EMail/HasSPFRecord``
        """
        from ._generated.api.email import has_spf_record as endpoint
        from ._generated.models import HasSPFRecordRequest

        return cast(
            "bool | None",
            self._invoke(
                "HasSPFRecord",
                endpoint,
                {"body": HasSPFRecordRequest(source_spf=source_spf, target_domain=target_domain)},
                select,
                options,
            ),
        )

    def latest_item_id_by_folder(
        self, folder_id: int | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> int | None:
        """Get the id of the newest mail item in a folder.

        Pair it with HasNewMail to poll a folder cheaply.

        ``POST /api/v1/Agents/EMail/LatestItemIdByFolder``
        """
        from ._generated.api.email import latest_item_id_by_folder as endpoint
        from ._generated.models import LatestItemIdByFolderRequest

        return cast(
            "int | None",
            self._invoke(
                "LatestItemIdByFolder",
                endpoint,
                {"body": LatestItemIdByFolderRequest(folder_id=folder_id)},
                select,
                options,
            ),
        )

    def mark_as_read(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_ids: list[int] | None,
        read: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Mark mails read or unread on the mail server, by numeric server ids.

        Talks to the mail server described by the connection details. Answers 204 with no body on
        success.

        ``POST /api/v1/Agents/EMail/MarkAsRead``
        """
        from ._generated.api.email import mark_as_read as endpoint
        from ._generated.models import MarkAsReadRequest

        self._invoke(
            "MarkAsRead",
            endpoint,
            {
                "body": MarkAsReadRequest(
                    connection_info=connection_info, message_server_ids=message_server_ids, read=read
                )
            },
            select,
            options,
        )

    def mark_as_read_from_server_identifiers(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_ids: list[str] | None,
        read: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Mark mails read or unread on the mail server, by string server identifiers.

        Like MarkAsRead, but mails are named by their string server identifier
        (EMailEntity.ServerIdentifier) instead of the numeric ServerId. Talks to the mail server
        described by the connection details. Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/MarkAsReadFromServerIdentifiers``
        """
        from ._generated.api.email import mark_as_read_from_server_identifiers as endpoint
        from ._generated.models import MarkAsReadFromServerIdentifiersRequest

        self._invoke(
            "MarkAsReadFromServerIdentifiers",
            endpoint,
            {
                "body": MarkAsReadFromServerIdentifiersRequest(
                    connection_info=connection_info, message_server_ids=message_server_ids, read=read
                )
            },
            select,
            options,
        )

    def mark_emails_as_read(
        self,
        ids: list[int] | None,
        read: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Mark mails held by the CRM read or unread.

        Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/MarkEmailsAsRead``
        """
        from ._generated.api.email import mark_emails_as_read as endpoint
        from ._generated.models import MarkEmailsAsReadRequest

        self._invoke(
            "MarkEmailsAsRead",
            endpoint,
            {"body": MarkEmailsAsReadRequest(ids=ids, read=read)},
            select,
            options,
        )

    def move_emails_to_folder(
        self,
        folder_id: int | None,
        email_item_ids: list[int] | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Move mails held by the CRM to a folder, both in the database and on the mail server.

        Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/MoveEmailsToFolder``
        """
        from ._generated.api.email import move_emails_to_folder as endpoint
        from ._generated.models import MoveEmailsToFolderRequest

        self._invoke(
            "MoveEmailsToFolder",
            endpoint,
            {"body": MoveEmailsToFolderRequest(folder_id=folder_id, email_item_ids=email_item_ids)},
            select,
            options,
        )

    def move_emails_to_trash(
        self, ids: list[int] | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> None:
        """Move mails held by the CRM to the trash folder.

        Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/MoveEmailsToTrash``
        """
        from ._generated.api.email import move_emails_to_trash as endpoint
        from ._generated.models import MoveEmailsToTrashRequest

        self._invoke(
            "MoveEmailsToTrash", endpoint, {"body": MoveEmailsToTrashRequest(ids=ids)}, select, options
        )

    def move_to_folder(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_ids: list[int] | None,
        target_folder: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Move mails from the current folder to another, by numeric server ids.

        Talks to the mail server described by the connection details. Answers 204 with no body on
        success.

        ``POST /api/v1/Agents/EMail/MoveToFolder``
        """
        from ._generated.api.email import move_to_folder as endpoint
        from ._generated.models import MoveToFolderRequest

        self._invoke(
            "MoveToFolder",
            endpoint,
            {
                "body": MoveToFolderRequest(
                    connection_info=connection_info,
                    message_server_ids=message_server_ids,
                    target_folder=target_folder,
                )
            },
            select,
            options,
        )

    def move_to_folder_from_server_identifier(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_ids: list[str] | None,
        target_folder: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Move mails from the current folder to another, by string server identifiers.

        Like MoveToFolder, but mails are named by their string server identifier
        (EMailEntity.ServerIdentifier) instead of the numeric ServerId. Talks to the mail server
        described by the connection details. Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/MoveToFolderFromServerIdentifier``
        """
        from ._generated.api.email import move_to_folder_from_server_identifier as endpoint
        from ._generated.models import MoveToFolderFromServerIdentifierRequest

        self._invoke(
            "MoveToFolderFromServerIdentifier",
            endpoint,
            {
                "body": MoveToFolderFromServerIdentifierRequest(
                    connection_info=connection_info,
                    message_server_ids=message_server_ids,
                    target_folder=target_folder,
                )
            },
            select,
            options,
        )

    def refresh_folder(
        self,
        connection_info: EMailConnectionInfo | None,
        folders: list[str] | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> int | None:
        """Re-read the named folders from the mail server into the CRM cache.

        Talks to the mail server described by the connection details. Answers 0 when the work was
        done at once, or the id of the batch task that does it.

        ``POST /api/v1/Agents/EMail/RefreshFolder``
        """
        from ._generated.api.email import refresh_folder as endpoint
        from ._generated.models import RefreshFolderRequest

        return cast(
            "int | None",
            self._invoke(
                "RefreshFolder",
                endpoint,
                {"body": RefreshFolderRequest(connection_info=connection_info, folders=folders)},
                select,
                options,
            ),
        )

    def refresh_folder_for_associate(
        self, folders: list[str] | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> str | None:
        """Re-read the current user's named folders from the mail server.

        Uses the current user's active account; the answer is JSON text with an entry per folder.

        ``POST /api/v1/Agents/EMail/RefreshFolderForAssociate``
        """
        from ._generated.api.email import refresh_folder_for_associate as endpoint
        from ._generated.models import RefreshFolderForAssociateRequest

        return cast(
            "str | None",
            self._invoke(
                "RefreshFolderForAssociate",
                endpoint,
                {"body": RefreshFolderForAssociateRequest(folders=folders)},
                select,
                options,
            ),
        )

    def relay_message(
        self,
        connection_info_extended: EMailConnectionInfoExtended | None,
        rfc_822: str | None,
        from_: str | None,
        recipients: list[str] | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Send a raw RFC 822 message on through the outgoing server to the given recipients.

        Talks to the mail server whose host, port, protocol and login are given explicitly.
        Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/RelayMessage``
        """
        from ._generated.api.email import relay_message as endpoint
        from ._generated.models import RelayMessageRequest

        self._invoke(
            "RelayMessage",
            endpoint,
            {
                "body": RelayMessageRequest(
                    connection_info_extended=connection_info_extended,
                    rfc_822=rfc_822,
                    from_=from_,
                    recipients=recipients,
                )
            },
            select,
            options,
        )

    def resolve_email_recipients(
        self, email_address: str | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> list[EMailAddress] | None:
        """Split a string of recipients into separate e-mail addresses.

        Each address is also looked up among CRM persons.

        ``POST /api/v1/Agents/EMail/ResolveEMailRecipients``
        """
        from ._generated.api.email import resolve_e_mail_recipients as endpoint
        from ._generated.models import ResolveEMailRecipientsRequest

        return cast(
            "list[EMailAddress] | None",
            self._invoke(
                "ResolveEMailRecipients",
                endpoint,
                {"body": ResolveEMailRecipientsRequest(email_address=email_address)},
                select,
                options,
            ),
        )

    def save(
        self, email: EMailEntity | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Store the mail in the CRM database.

        Stores the mail in the CRM inbox tables.

        ``POST /api/v1/Agents/EMail/Save``
        """
        from ._generated.api.email import save as endpoint
        from ._generated.models import SaveRequest

        return cast(
            "EMailEntity | None",
            self._invoke("Save", endpoint, {"body": SaveRequest(email=email)}, select, options),
        )

    def save_draft(
        self, entity: EMailEntity | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Store the mail in the drafts folder.

        The answer is the stored draft with its keys filled in.

        ``POST /api/v1/Agents/EMail/SaveDraft``
        """
        from ._generated.api.email import save_draft as endpoint
        from ._generated.models import SaveDraftRequest

        return cast(
            "EMailEntity | None",
            self._invoke("SaveDraft", endpoint, {"body": SaveDraftRequest(entity=entity)}, select, options),
        )

    def save_email(
        self,
        connection_info: EMailConnectionInfo | None,
        email: EMailEntity | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailEntity | None:
        """Store the mail on the mail server.

        Talks to the mail server described by the connection details.

        ``POST /api/v1/Agents/EMail/SaveEMail``
        """
        from ._generated.api.email import save_e_mail as endpoint
        from ._generated.models import SaveEMailRequest

        return cast(
            "EMailEntity | None",
            self._invoke(
                "SaveEMail",
                endpoint,
                {"body": SaveEMailRequest(connection_info=connection_info, email=email)},
                select,
                options,
            ),
        )

    def save_email_account(
        self, entity: EMailAccount, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailAccount | None:
        """Create a mail account (when its id is 0) or update an existing one.

        The body is the EMailAccount itself, not a wrapper.

        ``POST /api/v1/Agents/EMail/SaveEMailAccount``
        """
        from ._generated.api.email import save_e_mail_account as endpoint

        return cast(
            "EMailAccount | None",
            self._invoke("SaveEMailAccount", endpoint, {"body": entity}, select, options),
        )

    def save_email_to_tmp_document(
        self,
        email: EMailEntity | None,
        folder_id: int | None,
        strip_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> str | None:
        """Write the mail to a temporary document, ready for archiving; answers the file name.

        Pass the file name to the document archive to keep the mail.

        ``POST /api/v1/Agents/EMail/SaveEmailToTmpDocument``
        """
        from ._generated.api.email import save_email_to_tmp_document as endpoint
        from ._generated.models import SaveEmailToTmpDocumentRequest

        return cast(
            "str | None",
            self._invoke(
                "SaveEmailToTmpDocument",
                endpoint,
                {
                    "body": SaveEmailToTmpDocumentRequest(
                        email=email, folder_id=folder_id, strip_attachments=strip_attachments
                    )
                },
                select,
                options,
            ),
        )

    def save_to_mail_server(
        self, email: EMailEntity | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Store the mail on the current account's mail server.

        Uses the current user's active account.

        ``POST /api/v1/Agents/EMail/SaveToMailServer``
        """
        from ._generated.api.email import save_to_mail_server as endpoint
        from ._generated.models import SaveToMailServerRequest

        return cast(
            "EMailEntity | None",
            self._invoke(
                "SaveToMailServer", endpoint, {"body": SaveToMailServerRequest(email=email)}, select, options
            ),
        )

    def send(
        self,
        emails: list[EMailEntity] | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[EMailEntity] | None:
        """Send mails through the current account.

        Uses the current user's active account.

        ``POST /api/v1/Agents/EMail/Send``
        """
        from ._generated.api.email import send as endpoint
        from ._generated.models import SendRequest

        return cast(
            "list[EMailEntity] | None",
            self._invoke("Send", endpoint, {"body": SendRequest(emails=emails)}, select, options),
        )

    def send_and_save_email_to_tmp_document(
        self,
        email: EMailEntity | None,
        strip_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> str | None:
        """Send the mail and write it to a temporary document, ready for archiving; answers the file
        name.

        Uses the current user's active account.

        ``POST /api/v1/Agents/EMail/SendAndSaveEmailToTmpDocument``
        """
        from ._generated.api.email import send_and_save_email_to_tmp_document as endpoint
        from ._generated.models import SendAndSaveEmailToTmpDocumentRequest

        return cast(
            "str | None",
            self._invoke(
                "SendAndSaveEmailToTmpDocument",
                endpoint,
                {
                    "body": SendAndSaveEmailToTmpDocumentRequest(
                        email=email, strip_attachments=strip_attachments
                    )
                },
                select,
                options,
            ),
        )

    def send_emails(
        self,
        outgoing_connection_info: EMailConnectionInfo | None,
        emails: list[EMailEntity] | None,
        sent_items_connection_info: EMailConnectionInfo | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[EMailEntity] | None:
        """Send mails through the given outgoing server and file copies in the sent-items folder.

        Talks to the mail server described by the connection details.

        ``POST /api/v1/Agents/EMail/SendEMails``
        """
        from ._generated.api.email import send_e_mails as endpoint
        from ._generated.models import SendEMailsRequest

        return cast(
            "list[EMailEntity] | None",
            self._invoke(
                "SendEMails",
                endpoint,
                {
                    "body": SendEMailsRequest(
                        outgoing_connection_info=outgoing_connection_info,
                        emails=emails,
                        sent_items_connection_info=sent_items_connection_info,
                    )
                },
                select,
                options,
            ),
        )

    def set_replied_at(
        self, message_id: str | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> None:
        """Record the reply time on the mail with the given Message-Id.

        Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/SetRepliedAt``
        """
        from ._generated.api.email import set_replied_at as endpoint
        from ._generated.models import SetRepliedAtRequest

        self._invoke(
            "SetRepliedAt", endpoint, {"body": SetRepliedAtRequest(message_id=message_id)}, select, options
        )

    def set_subscription(
        self,
        connection_info: EMailConnectionInfo | None,
        folders: list[EMailFolder] | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Turn folder subscriptions on or off on the mail server.

        Talks to the mail server described by the connection details. Answers 204 with no body on
        success.

        ``POST /api/v1/Agents/EMail/SetSubscription``
        """
        from ._generated.api.email import set_subscription as endpoint
        from ._generated.models import SetSubscriptionRequest

        self._invoke(
            "SetSubscription",
            endpoint,
            {"body": SetSubscriptionRequest(connection_info=connection_info, folders=folders)},
            select,
            options,
        )

    def sync_email_account(
        self,
        sync_user_account: SyncUserAccount | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Synchronise one mail account from its mail server into the SuperOffice cache.

        The server does not throttle this call; each call makes the CRM server talk to the
        account's mail server, so callers should keep only a few in flight at once.

        ``POST /api/v1/Agents/EMail/SyncEmailAccount``
        """
        from ._generated.api.email import sync_email_account as endpoint
        from ._generated.models import SyncEmailAccountRequest

        self._invoke(
            "SyncEmailAccount",
            endpoint,
            {"body": SyncEmailAccountRequest(sync_user_account=sync_user_account)},
            select,
            options,
        )

    def sync_email_accounts(
        self,
        sync_user_accounts: list[SyncUserAccount] | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Synchronise several mail accounts; the server runs one such call at a time.

        Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/SyncEmailAccounts``
        """
        from ._generated.api.email import sync_email_accounts as endpoint
        from ._generated.models import SyncEmailAccountsRequest

        self._invoke(
            "SyncEmailAccounts",
            endpoint,
            {"body": SyncEmailAccountsRequest(sync_user_accounts=sync_user_accounts)},
            select,
            options,
        )

    def test_authenticate(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> bool | None:
        """Tell whether the current user has a mail account that can log on.

        Uses the current user's active account.

        ``POST /api/v1/Agents/EMail/TestAuthenticate``
        """
        from ._generated.api.email import test_authenticate as endpoint

        return cast("bool | None", self._invoke("TestAuthenticate", endpoint, {}, select, options))

    def toggle_subscription(
        self,
        folder_id: int | None,
        subscription_status: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Turn the subscription of one folder on or off.

        Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/ToggleSubscription``
        """
        from ._generated.api.email import toggle_subscription as endpoint
        from ._generated.models import ToggleSubscriptionRequest

        self._invoke(
            "ToggleSubscription",
            endpoint,
            {"body": ToggleSubscriptionRequest(folder_id=folder_id, subscription_status=subscription_status)},
            select,
            options,
        )


class AsyncOperations:
    """Every EMail agent operation as a coroutine; the agent supplies ``_ainvoke``."""

    __slots__ = ()

    async def _ainvoke(
        self,
        operation: str,
        endpoint: Any,
        kwargs: dict[str, Any],
        select: str | None,
        options: RequestOptions | None,
    ) -> Any:
        raise NotImplementedError

    async def authenticate(
        self,
        connection_info_extended: EMailConnectionInfoExtended | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> bool | None:
        """Check that the extended connection details let the server log on to the mail server.

        Talks to the mail server whose host, port, protocol and login are given explicitly.

        ``POST /api/v1/Agents/EMail/Authenticate``
        """
        from ._generated.api.email import authenticate as endpoint
        from ._generated.models import AuthenticateRequest

        return cast(
            "bool | None",
            await self._ainvoke(
                "Authenticate",
                endpoint,
                {"body": AuthenticateRequest(connection_info_extended=connection_info_extended)},
                select,
                options,
            ),
        )

    async def authenticate_incoming(
        self,
        connection_info: EMailConnectionInfo | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> bool | None:
        """Check that the connection details let the server log on to the incoming (IMAP) mail
        server.

        Talks to the mail server described by the connection details.

        ``POST /api/v1/Agents/EMail/AuthenticateIncoming``
        """
        from ._generated.api.email import authenticate_incoming as endpoint
        from ._generated.models import AuthenticateIncomingRequest

        return cast(
            "bool | None",
            await self._ainvoke(
                "AuthenticateIncoming",
                endpoint,
                {"body": AuthenticateIncomingRequest(connection_info=connection_info)},
                select,
                options,
            ),
        )

    async def authenticate_outgoing(
        self,
        connection_info: EMailConnectionInfo | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> bool | None:
        """Check that the connection details let the server log on to the outgoing (SMTP) mail
        server.

        Talks to the mail server described by the connection details.

        ``POST /api/v1/Agents/EMail/AuthenticateOutgoing``
        """
        from ._generated.api.email import authenticate_outgoing as endpoint
        from ._generated.models import AuthenticateOutgoingRequest

        return cast(
            "bool | None",
            await self._ainvoke(
                "AuthenticateOutgoing",
                endpoint,
                {"body": AuthenticateOutgoingRequest(connection_info=connection_info)},
                select,
                options,
            ),
        )

    async def cache_folder_list(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> list[EMailFolder] | None:
        """Read the current account's folder list from the mail server and store it in the CRM
        database.

        Uses the current user's active account; the answer is the folder list that was stored.

        ``POST /api/v1/Agents/EMail/CacheFolderList``
        """
        from ._generated.api.email import cache_folder_list as endpoint

        return cast(
            "list[EMailFolder] | None", await self._ainvoke("CacheFolderList", endpoint, {}, select, options)
        )

    async def create_default_email_account(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailAccount | None:
        """Get a new EMailAccount filled with the server's default values.

        Nothing is stored: fill in the returned EMailAccount and pass it to the operation that
        saves or sends it.

        ``POST /api/v1/Agents/EMail/CreateDefaultEMailAccount``
        """
        from ._generated.api.email import create_default_e_mail_account as endpoint

        return cast(
            "EMailAccount | None",
            await self._ainvoke("CreateDefaultEMailAccount", endpoint, {}, select, options),
        )

    async def create_default_email_address(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailAddress | None:
        """Get a new EMailAddress filled with the server's default values.

        Nothing is stored: fill in the returned EMailAddress and pass it to the operation that
        saves or sends it.

        ``POST /api/v1/Agents/EMail/CreateDefaultEMailAddress``
        """
        from ._generated.api.email import create_default_e_mail_address as endpoint

        return cast(
            "EMailAddress | None",
            await self._ainvoke("CreateDefaultEMailAddress", endpoint, {}, select, options),
        )

    async def create_default_email_appointment(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailAppointment | None:
        """Get a new EMailAppointment filled with the server's default values.

        Nothing is stored: fill in the returned EMailAppointment and pass it to the operation
        that saves or sends it.

        ``POST /api/v1/Agents/EMail/CreateDefaultEMailAppointment``
        """
        from ._generated.api.email import create_default_e_mail_appointment as endpoint

        return cast(
            "EMailAppointment | None",
            await self._ainvoke("CreateDefaultEMailAppointment", endpoint, {}, select, options),
        )

    async def create_default_email_attachment(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailAttachment | None:
        """Get a new EMailAttachment filled with the server's default values.

        Nothing is stored: fill in the returned EMailAttachment and pass it to the operation that
        saves or sends it.

        ``POST /api/v1/Agents/EMail/CreateDefaultEMailAttachment``
        """
        from ._generated.api.email import create_default_e_mail_attachment as endpoint

        return cast(
            "EMailAttachment | None",
            await self._ainvoke("CreateDefaultEMailAttachment", endpoint, {}, select, options),
        )

    async def create_default_email_connection_info(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailConnectionInfo | None:
        """Get a new EMailConnectionInfo filled with the server's default values.

        Nothing is stored: fill in the returned EMailConnectionInfo and pass it to the operation
        that saves or sends it.

        ``POST /api/v1/Agents/EMail/CreateDefaultEMailConnectionInfo``
        """
        from ._generated.api.email import create_default_e_mail_connection_info as endpoint

        return cast(
            "EMailConnectionInfo | None",
            await self._ainvoke("CreateDefaultEMailConnectionInfo", endpoint, {}, select, options),
        )

    async def create_default_email_connection_info_extended(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailConnectionInfoExtended | None:
        """Get a new EMailConnectionInfoExtended filled with the server's default values.

        Nothing is stored: fill in the returned EMailConnectionInfoExtended and pass it to the
        operation that saves or sends it.

        ``POST /api/v1/Agents/EMail/CreateDefaultEMailConnectionInfoExtended``
        """
        from ._generated.api.email import create_default_e_mail_connection_info_extended as endpoint

        return cast(
            "EMailConnectionInfoExtended | None",
            await self._ainvoke("CreateDefaultEMailConnectionInfoExtended", endpoint, {}, select, options),
        )

    async def create_default_email_custom_header(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailCustomHeader | None:
        """Get a new EMailCustomHeader filled with the server's default values.

        Nothing is stored: fill in the returned EMailCustomHeader and pass it to the operation
        that saves or sends it.

        ``POST /api/v1/Agents/EMail/CreateDefaultEMailCustomHeader``
        """
        from ._generated.api.email import create_default_e_mail_custom_header as endpoint

        return cast(
            "EMailCustomHeader | None",
            await self._ainvoke("CreateDefaultEMailCustomHeader", endpoint, {}, select, options),
        )

    async def create_default_email_entity(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Get a new EMailEntity filled with the server's default values.

        Nothing is stored: fill in the returned EMailEntity and pass it to the operation that
        saves or sends it.

        ``POST /api/v1/Agents/EMail/CreateDefaultEMailEntity``
        """
        from ._generated.api.email import create_default_e_mail_entity as endpoint

        return cast(
            "EMailEntity | None",
            await self._ainvoke("CreateDefaultEMailEntity", endpoint, {}, select, options),
        )

    async def create_default_email_envelope(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEnvelope | None:
        """Get a new EMailEnvelope filled with the server's default values.

        Nothing is stored: fill in the returned EMailEnvelope and pass it to the operation that
        saves or sends it.

        ``POST /api/v1/Agents/EMail/CreateDefaultEMailEnvelope``
        """
        from ._generated.api.email import create_default_e_mail_envelope as endpoint

        return cast(
            "EMailEnvelope | None",
            await self._ainvoke("CreateDefaultEMailEnvelope", endpoint, {}, select, options),
        )

    async def create_default_email_folder(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailFolder | None:
        """Get a new EMailFolder filled with the server's default values.

        Nothing is stored: fill in the returned EMailFolder and pass it to the operation that
        saves or sends it.

        ``POST /api/v1/Agents/EMail/CreateDefaultEMailFolder``
        """
        from ._generated.api.email import create_default_e_mail_folder as endpoint

        return cast(
            "EMailFolder | None",
            await self._ainvoke("CreateDefaultEMailFolder", endpoint, {}, select, options),
        )

    async def create_default_email_so_info(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailSOInfo | None:
        """Get a new EMailSOInfo filled with the server's default values.

        Nothing is stored: fill in the returned EMailSOInfo and pass it to the operation that
        saves or sends it.

        ``POST /api/v1/Agents/EMail/CreateDefaultEMailSOInfo``
        """
        from ._generated.api.email import create_default_e_mail_so_info as endpoint

        return cast(
            "EMailSOInfo | None",
            await self._ainvoke("CreateDefaultEMailSOInfo", endpoint, {}, select, options),
        )

    async def create_email_from_document_entity(
        self,
        document_entity: DocumentEntity | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailEntity | None:
        """Build a mail from a document record.

        Nothing is sent or stored; the answer is the mail the document holds.

        ``POST /api/v1/Agents/EMail/CreateEMailFromDocumentEntity``
        """
        from ._generated.api.email import create_e_mail_from_document_entity as endpoint
        from ._generated.models import CreateEMailFromDocumentEntityRequest

        return cast(
            "EMailEntity | None",
            await self._ainvoke(
                "CreateEMailFromDocumentEntity",
                endpoint,
                {"body": CreateEMailFromDocumentEntityRequest(document_entity=document_entity)},
                select,
                options,
            ),
        )

    async def create_email_from_mime_message(
        self, mime_message: str | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Parse a MIME message into a mail.

        Nothing is stored; the answer is the parsed mail.

        ``POST /api/v1/Agents/EMail/CreateEMailFromMimeMessage``
        """
        from ._generated.api.email import create_e_mail_from_mime_message as endpoint
        from ._generated.models import CreateEMailFromMimeMessageRequest

        return cast(
            "EMailEntity | None",
            await self._ainvoke(
                "CreateEMailFromMimeMessage",
                endpoint,
                {"body": CreateEMailFromMimeMessageRequest(mime_message=mime_message)},
                select,
                options,
            ),
        )

    async def create_folder(
        self,
        connection_info: EMailConnectionInfo | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Create the folder named in the connection details on the mail server.

        Talks to the mail server described by the connection details. Answers 204 with no body on
        success.

        ``POST /api/v1/Agents/EMail/CreateFolder``
        """
        from ._generated.api.email import create_folder as endpoint
        from ._generated.models import CreateFolderRequest

        await self._ainvoke(
            "CreateFolder",
            endpoint,
            {"body": CreateFolderRequest(connection_info=connection_info)},
            select,
            options,
        )

    async def create_forward_email(
        self, email: EMailEntity | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Build a forward of the given mail.

        Nothing is sent; the answer is a new mail to complete and send.

        ``POST /api/v1/Agents/EMail/CreateForwardEmail``
        """
        from ._generated.api.email import create_forward_email as endpoint
        from ._generated.models import CreateForwardEmailRequest

        return cast(
            "EMailEntity | None",
            await self._ainvoke(
                "CreateForwardEmail",
                endpoint,
                {"body": CreateForwardEmailRequest(email=email)},
                select,
                options,
            ),
        )

    async def create_inline_html_header(
        self, email: EMailEntity | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> str | None:
        """Render an HTML header block (from, sent, to, subject) for the given mail, for quoting or
        printing.

        Nothing is stored; the answer is an HTML fragment.

        ``POST /api/v1/Agents/EMail/CreateInlineHtmlHeader``
        """
        from ._generated.api.email import create_inline_html_header as endpoint
        from ._generated.models import CreateInlineHtmlHeaderRequest

        return cast(
            "str | None",
            await self._ainvoke(
                "CreateInlineHtmlHeader",
                endpoint,
                {"body": CreateInlineHtmlHeaderRequest(email=email)},
                select,
                options,
            ),
        )

    async def create_new_physical_document_from_email(
        self,
        document_id: int | None,
        email_item_id: int | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> DocumentEntity | None:
        """Store a mail held by the CRM as the file of an existing document record.

        The mail is named by its CRM primary key; the answer is the document record.

        ``POST /api/v1/Agents/EMail/CreateNewPhysicalDocumentFromEmail``
        """
        from ._generated.api.email import create_new_physical_document_from_email as endpoint
        from ._generated.models import CreateNewPhysicalDocumentFromEmailRequest

        return cast(
            "DocumentEntity | None",
            await self._ainvoke(
                "CreateNewPhysicalDocumentFromEmail",
                endpoint,
                {
                    "body": CreateNewPhysicalDocumentFromEmailRequest(
                        document_id=document_id, email_item_id=email_item_id
                    )
                },
                select,
                options,
            ),
        )

    async def create_new_physical_document_from_email_attachment(
        self,
        document_id: int | None,
        email_item_id: int | None,
        attachment_id: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> DocumentEntity | None:
        """Store one attachment of a mail held by the CRM as the file of an existing document
        record.

        The mail is named by its CRM primary key; the answer is the document record.

        ``POST /api/v1/Agents/EMail/CreateNewPhysicalDocumentFromEmailAttachment``
        """
        from ._generated.api.email import create_new_physical_document_from_email_attachment as endpoint
        from ._generated.models import CreateNewPhysicalDocumentFromEmailAttachmentRequest

        return cast(
            "DocumentEntity | None",
            await self._ainvoke(
                "CreateNewPhysicalDocumentFromEmailAttachment",
                endpoint,
                {
                    "body": CreateNewPhysicalDocumentFromEmailAttachmentRequest(
                        document_id=document_id, email_item_id=email_item_id, attachment_id=attachment_id
                    )
                },
                select,
                options,
            ),
        )

    async def delete(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_ids: list[int] | None,
        move_to_folder: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Delete mails, by numeric server id, optionally moving them to another folder.

        Talks to the mail server described by the connection details. Answers 204 with no body on
        success.

        ``POST /api/v1/Agents/EMail/Delete``
        """
        from ._generated.api.email import delete as endpoint
        from ._generated.models import DeleteRequest

        await self._ainvoke(
            "Delete",
            endpoint,
            {
                "body": DeleteRequest(
                    connection_info=connection_info,
                    message_server_ids=message_server_ids,
                    move_to_folder=move_to_folder,
                )
            },
            select,
            options,
        )

    async def delete_email_account(
        self, e_mail_account_id: int, *, select: str | None = None, options: RequestOptions | None = None
    ) -> None:
        """Delete a mail account by its id.

        Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/DeleteEMailAccount``
        """
        from ._generated.api.email import delete_e_mail_account as endpoint

        await self._ainvoke(
            "DeleteEMailAccount", endpoint, {"e_mail_account_id": e_mail_account_id}, select, options
        )

    async def delete_emails(
        self,
        ids: list[int] | None,
        move_to_folder: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Delete mails held by the CRM, optionally moving them to another folder.

        Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/DeleteEmails``
        """
        from ._generated.api.email import delete_emails as endpoint
        from ._generated.models import DeleteEmailsRequest

        await self._ainvoke(
            "DeleteEmails",
            endpoint,
            {"body": DeleteEmailsRequest(ids=ids, move_to_folder=move_to_folder)},
            select,
            options,
        )

    async def delete_extended(
        self,
        connection_info_extended: EMailConnectionInfoExtended | None,
        message_ids: list[str] | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Delete mails identified by extended message ids.

        Talks to the mail server whose host, port, protocol and login are given explicitly.
        Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/DeleteExtended``
        """
        from ._generated.api.email import delete_extended as endpoint
        from ._generated.models import DeleteExtendedRequest

        await self._ainvoke(
            "DeleteExtended",
            endpoint,
            {
                "body": DeleteExtendedRequest(
                    connection_info_extended=connection_info_extended, message_ids=message_ids
                )
            },
            select,
            options,
        )

    async def delete_folder(
        self,
        connection_info: EMailConnectionInfo | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Delete the folder named in the connection details from the mail server.

        Talks to the mail server described by the connection details. Answers 204 with no body on
        success.

        ``POST /api/v1/Agents/EMail/DeleteFolder``
        """
        from ._generated.api.email import delete_folder as endpoint
        from ._generated.models import DeleteFolderRequest

        await self._ainvoke(
            "DeleteFolder",
            endpoint,
            {"body": DeleteFolderRequest(connection_info=connection_info)},
            select,
            options,
        )

    async def delete_from_server_identifier(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_ids: list[str] | None,
        move_to_folder: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Delete mails, by string server identifier, optionally moving them to another folder.

        Like Delete, but mails are named by their string server identifier
        (EMailEntity.ServerIdentifier) instead of the numeric ServerId. Talks to the mail server
        described by the connection details. Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/DeleteFromServerIdentifier``
        """
        from ._generated.api.email import delete_from_server_identifier as endpoint
        from ._generated.models import DeleteFromServerIdentifierRequest

        await self._ainvoke(
            "DeleteFromServerIdentifier",
            endpoint,
            {
                "body": DeleteFromServerIdentifierRequest(
                    connection_info=connection_info,
                    message_server_ids=message_server_ids,
                    move_to_folder=move_to_folder,
                )
            },
            select,
            options,
        )

    async def empty_folder(
        self,
        connection_info: EMailConnectionInfo | None,
        move_to_folder: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Remove every mail from the folder named in the connection details.

        Talks to the mail server described by the connection details. Answers 204 with no body on
        success.

        ``POST /api/v1/Agents/EMail/EmptyFolder``
        """
        from ._generated.api.email import empty_folder as endpoint
        from ._generated.models import EmptyFolderRequest

        await self._ainvoke(
            "EmptyFolder",
            endpoint,
            {"body": EmptyFolderRequest(connection_info=connection_info, move_to_folder=move_to_folder)},
            select,
            options,
        )

    async def find_address(
        self, address: str | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> list[EMailAddress] | None:
        """Find the contacts and persons whose e-mail address equals the given one exactly.

        The match is on the whole address string; there is no partial search.

        ``POST /api/v1/Agents/EMail/FindAddress``
        """
        from ._generated.api.email import find_address as endpoint
        from ._generated.models import FindAddressRequest

        return cast(
            "list[EMailAddress] | None",
            await self._ainvoke(
                "FindAddress", endpoint, {"body": FindAddressRequest(address=address)}, select, options
            ),
        )

    async def find_contact_or_person_by_email_name(
        self,
        name: str | None,
        email_address: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[ContactOrPersonFromEmail] | None:
        """Find contacts or persons by display name and e-mail address.

        Each hit names either a company or a person.

        ``POST /api/v1/Agents/EMail/FindContactOrPersonByEmailName``
        """
        from ._generated.api.email import find_contact_or_person_by_email_name as endpoint
        from ._generated.models import FindContactOrPersonByEmailNameRequest

        return cast(
            "list[ContactOrPersonFromEmail] | None",
            await self._ainvoke(
                "FindContactOrPersonByEmailName",
                endpoint,
                {"body": FindContactOrPersonByEmailNameRequest(name=name, email_address=email_address)},
                select,
                options,
            ),
        )

    async def find_contact_or_person_by_email_name_with_limit(
        self,
        name: str | None,
        email_address: str | None,
        number_of_contacts: int | None,
        number_of_persons: int | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[ContactOrPersonFromEmail] | None:
        """Find contacts or persons by display name and e-mail address, with caps on how many of
        each come back.

        Each hit names either a company or a person.

        ``POST /api/v1/Agents/EMail/FindContactOrPersonByEmailNameWithLimit``
        """
        from ._generated.api.email import find_contact_or_person_by_email_name_with_limit as endpoint
        from ._generated.models import FindContactOrPersonByEmailNameWithLimitRequest

        return cast(
            "list[ContactOrPersonFromEmail] | None",
            await self._ainvoke(
                "FindContactOrPersonByEmailNameWithLimit",
                endpoint,
                {
                    "body": FindContactOrPersonByEmailNameWithLimitRequest(
                        name=name,
                        email_address=email_address,
                        number_of_contacts=number_of_contacts,
                        number_of_persons=number_of_persons,
                    )
                },
                select,
                options,
            ),
        )

    async def get_attachment(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_id: int | None,
        attachment_id: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailAttachment | None:
        """Fetch one attachment of a mail on the mail server, by numeric server id.

        Talks to the mail server described by the connection details.

        ``POST /api/v1/Agents/EMail/GetAttachment``
        """
        from ._generated.api.email import get_attachment as endpoint
        from ._generated.models import GetAttachmentRequest

        return cast(
            "EMailAttachment | None",
            await self._ainvoke(
                "GetAttachment",
                endpoint,
                {
                    "body": GetAttachmentRequest(
                        connection_info=connection_info,
                        message_server_id=message_server_id,
                        attachment_id=attachment_id,
                    )
                },
                select,
                options,
            ),
        )

    async def get_attachment_from_id(
        self,
        mail_item_id: int | None,
        attachment_id: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailAttachment | None:
        """Fetch one attachment of a mail held by the CRM.

        Reads the mail from the CRM inbox tables, not from the mail server.

        ``POST /api/v1/Agents/EMail/GetAttachmentFromId``
        """
        from ._generated.api.email import get_attachment_from_id as endpoint
        from ._generated.models import GetAttachmentFromIdRequest

        return cast(
            "EMailAttachment | None",
            await self._ainvoke(
                "GetAttachmentFromId",
                endpoint,
                {"body": GetAttachmentFromIdRequest(mail_item_id=mail_item_id, attachment_id=attachment_id)},
                select,
                options,
            ),
        )

    async def get_attachment_from_server_identifier(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_id: str | None,
        attachment_id: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailAttachment | None:
        """Fetch one attachment of a mail on the mail server, by string server identifier.

        Like GetAttachment, but mails are named by their string server identifier
        (EMailEntity.ServerIdentifier) instead of the numeric ServerId. Talks to the mail server
        described by the connection details.

        ``POST /api/v1/Agents/EMail/GetAttachmentFromServerIdentifier``
        """
        from ._generated.api.email import get_attachment_from_server_identifier as endpoint
        from ._generated.models import GetAttachmentFromServerIdentifierRequest

        return cast(
            "EMailAttachment | None",
            await self._ainvoke(
                "GetAttachmentFromServerIdentifier",
                endpoint,
                {
                    "body": GetAttachmentFromServerIdentifierRequest(
                        connection_info=connection_info,
                        message_server_id=message_server_id,
                        attachment_id=attachment_id,
                    )
                },
                select,
                options,
            ),
        )

    async def get_current_account(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailAccount | None:
        """Get the current user's active mail account.

        The active account is normally the one the user signed in to last.

        ``POST /api/v1/Agents/EMail/GetCurrentAccount``
        """
        from ._generated.api.email import get_current_account as endpoint

        return cast(
            "EMailAccount | None", await self._ainvoke("GetCurrentAccount", endpoint, {}, select, options)
        )

    async def get_current_account_id(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> int | None:
        """Get the id of the current user's active mail account.

        The active account is normally the one the user signed in to last.

        ``POST /api/v1/Agents/EMail/GetCurrentAccountId``
        """
        from ._generated.api.email import get_current_account_id as endpoint

        return cast("int | None", await self._ainvoke("GetCurrentAccountId", endpoint, {}, select, options))

    async def get_email(
        self,
        id: int | None,
        include_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailEntity | None:
        """Get a mail held by the CRM by its primary key (HTML sanitized).

        Reads from the CRM inbox tables, not from the mail server.

        ``POST /api/v1/Agents/EMail/GetEMail``
        """
        from ._generated.api.email import get_e_mail as endpoint
        from ._generated.models import GetEMailRequest

        return cast(
            "EMailEntity | None",
            await self._ainvoke(
                "GetEMail",
                endpoint,
                {"body": GetEMailRequest(id=id, include_attachments=include_attachments)},
                select,
                options,
            ),
        )

    async def get_email_account(
        self, e_mail_account_id: int, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailAccount | None:
        """Get a mail account by its id.

        The id travels in the query string; there is no request body.

        ``POST /api/v1/Agents/EMail/GetEMailAccount``
        """
        from ._generated.api.email import get_e_mail_account as endpoint

        return cast(
            "EMailAccount | None",
            await self._ainvoke(
                "GetEMailAccount", endpoint, {"e_mail_account_id": e_mail_account_id}, select, options
            ),
        )

    async def get_email_account_from_email_address(
        self, from_address: str | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailAccount | None:
        """Get the current user's mail account that sends from the given address.

        Only the current user's accounts are searched.

        ``POST /api/v1/Agents/EMail/GetEMailAccountFromEMailAddress``
        """
        from ._generated.api.email import get_e_mail_account_from_e_mail_address as endpoint
        from ._generated.models import GetEMailAccountFromEMailAddressRequest

        return cast(
            "EMailAccount | None",
            await self._ainvoke(
                "GetEMailAccountFromEMailAddress",
                endpoint,
                {"body": GetEMailAccountFromEMailAddressRequest(from_address=from_address)},
                select,
                options,
            ),
        )

    async def get_email_addresses(
        self, email_ids: list[int] | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> list[EMailAddress] | None:
        """Get e-mail address details for the given e-mail address ids.

        The ids are primary keys of e-mail address records.

        ``POST /api/v1/Agents/EMail/GetEMailAddresses``
        """
        from ._generated.api.email import get_e_mail_addresses as endpoint
        from ._generated.models import GetEMailAddressesRequest

        return cast(
            "list[EMailAddress] | None",
            await self._ainvoke(
                "GetEMailAddresses",
                endpoint,
                {"body": GetEMailAddressesRequest(email_ids=email_ids)},
                select,
                options,
            ),
        )

    async def get_email_as_eml_stream(
        self,
        email_item_id: int | None,
        include_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> bytes | None:
        """Get a mail held by the CRM as an RFC 822 (.eml) byte stream.

        The bytes arrive base64 encoded in a JSON string; the SDK method returns them decoded.

        ``POST /api/v1/Agents/EMail/GetEMailAsEmlStream``
        """
        from ._generated.api.email import get_e_mail_as_eml_stream as endpoint
        from ._generated.models import GetEMailAsEmlStreamRequest

        return _decode_base64(
            "GetEMailAsEmlStream",
            await self._ainvoke(
                "GetEMailAsEmlStream",
                endpoint,
                {
                    "body": GetEMailAsEmlStreamRequest(
                        email_item_id=email_item_id, include_attachments=include_attachments
                    )
                },
                select,
                options,
            ),
        )

    async def get_email_as_stream(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_id: int | None,
        strip_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> bytes | None:
        """Get a mail from the mail server as a byte stream, by numeric server id.

        Talks to the mail server described by the connection details. The bytes arrive base64
        encoded in a JSON string; the SDK method returns them decoded.

        ``POST /api/v1/Agents/EMail/GetEMailAsStream``
        """
        from ._generated.api.email import get_e_mail_as_stream as endpoint
        from ._generated.models import GetEMailAsStreamRequest

        return _decode_base64(
            "GetEMailAsStream",
            await self._ainvoke(
                "GetEMailAsStream",
                endpoint,
                {
                    "body": GetEMailAsStreamRequest(
                        connection_info=connection_info,
                        message_server_id=message_server_id,
                        strip_attachments=strip_attachments,
                    )
                },
                select,
                options,
            ),
        )

    async def get_email_as_stream_from_server_identifier(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_id: str | None,
        strip_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> bytes | None:
        """Get a mail from the mail server as a byte stream, by string server identifier.

        Like GetEMailAsStream, but mails are named by their string server identifier
        (EMailEntity.ServerIdentifier) instead of the numeric ServerId. Talks to the mail server
        described by the connection details. The bytes arrive base64 encoded in a JSON string;
        the SDK method returns them decoded.

        ``POST /api/v1/Agents/EMail/GetEMailAsStreamFromServerIdentifier``
        """
        from ._generated.api.email import get_e_mail_as_stream_from_server_identifier as endpoint
        from ._generated.models import GetEMailAsStreamFromServerIdentifierRequest

        return _decode_base64(
            "GetEMailAsStreamFromServerIdentifier",
            await self._ainvoke(
                "GetEMailAsStreamFromServerIdentifier",
                endpoint,
                {
                    "body": GetEMailAsStreamFromServerIdentifierRequest(
                        connection_info=connection_info,
                        message_server_id=message_server_id,
                        strip_attachments=strip_attachments,
                    )
                },
                select,
                options,
            ),
        )

    async def get_email_envelopes(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_ids: list[int] | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[EMailEnvelope] | None:
        """Get the envelopes (headers only) of mails on the mail server, by numeric server ids.

        Talks to the mail server described by the connection details.

        ``POST /api/v1/Agents/EMail/GetEMailEnvelopes``
        """
        from ._generated.api.email import get_e_mail_envelopes as endpoint
        from ._generated.models import GetEMailEnvelopesRequest

        return cast(
            "list[EMailEnvelope] | None",
            await self._ainvoke(
                "GetEMailEnvelopes",
                endpoint,
                {
                    "body": GetEMailEnvelopesRequest(
                        connection_info=connection_info, message_server_ids=message_server_ids
                    )
                },
                select,
                options,
            ),
        )

    async def get_email_envelopes_from_server_ids(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_ids: list[str] | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[EMailEnvelope] | None:
        """Get the envelopes (headers only) of mails on the mail server, by string server
        identifiers.

        Like GetEMailEnvelopes, but mails are named by their string server identifier
        (EMailEntity.ServerIdentifier) instead of the numeric ServerId. Talks to the mail server
        described by the connection details.

        ``POST /api/v1/Agents/EMail/GetEMailEnvelopesFromServerIds``
        """
        from ._generated.api.email import get_e_mail_envelopes_from_server_ids as endpoint
        from ._generated.models import GetEMailEnvelopesFromServerIdsRequest

        return cast(
            "list[EMailEnvelope] | None",
            await self._ainvoke(
                "GetEMailEnvelopesFromServerIds",
                endpoint,
                {
                    "body": GetEMailEnvelopesFromServerIdsRequest(
                        connection_info=connection_info, message_server_ids=message_server_ids
                    )
                },
                select,
                options,
            ),
        )

    async def get_email_from_attachment_id(
        self,
        email_id: int | None,
        attachment_ids: list[str] | None,
        include_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailEntity | None:
        """Get a mail that is attached to a mail held by the CRM (HTML sanitized).

        Opens a mail that was sent as an attachment of another mail (a forwarded .eml, for
        example).

        ``POST /api/v1/Agents/EMail/GetEMailFromAttachmentId``
        """
        from ._generated.api.email import get_e_mail_from_attachment_id as endpoint
        from ._generated.models import GetEMailFromAttachmentIdRequest

        return cast(
            "EMailEntity | None",
            await self._ainvoke(
                "GetEMailFromAttachmentId",
                endpoint,
                {
                    "body": GetEMailFromAttachmentIdRequest(
                        email_id=email_id,
                        attachment_ids=attachment_ids,
                        include_attachments=include_attachments,
                    )
                },
                select,
                options,
            ),
        )

    async def get_email_from_document_attachment_id(
        self,
        doc_id: int | None,
        attachment_ids: list[str] | None,
        include_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailEntity | None:
        """Get a mail that is attached to an archived mail document (HTML sanitized).

        Opens a mail that is attached to a mail stored in the document archive.

        ``POST /api/v1/Agents/EMail/GetEMailFromDocumentAttachmentId``
        """
        from ._generated.api.email import get_e_mail_from_document_attachment_id as endpoint
        from ._generated.models import GetEMailFromDocumentAttachmentIdRequest

        return cast(
            "EMailEntity | None",
            await self._ainvoke(
                "GetEMailFromDocumentAttachmentId",
                endpoint,
                {
                    "body": GetEMailFromDocumentAttachmentIdRequest(
                        doc_id=doc_id, attachment_ids=attachment_ids, include_attachments=include_attachments
                    )
                },
                select,
                options,
            ),
        )

    async def get_email_from_document_id(
        self, document_id: int | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Get the mail stored as an archived document (HTML sanitized).

        The document must hold a mail file (.eml or .msg).

        ``POST /api/v1/Agents/EMail/GetEMailFromDocumentId``
        """
        from ._generated.api.email import get_e_mail_from_document_id as endpoint
        from ._generated.models import GetEMailFromDocumentIdRequest

        return cast(
            "EMailEntity | None",
            await self._ainvoke(
                "GetEMailFromDocumentId",
                endpoint,
                {"body": GetEMailFromDocumentIdRequest(document_id=document_id)},
                select,
                options,
            ),
        )

    async def get_email_from_document_id_without_attachment_stream(
        self, document_id: int | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Get the mail stored as an archived document, without attachment contents (HTML
        sanitized).

        Attachment contents (Stream) are left out to keep the answer small.

        ``POST /api/v1/Agents/EMail/GetEMailFromDocumentIdWithoutAttachmentStream``
        """
        from ._generated.api.email import get_e_mail_from_document_id_without_attachment_stream as endpoint
        from ._generated.models import GetEMailFromDocumentIdWithoutAttachmentStreamRequest

        return cast(
            "EMailEntity | None",
            await self._ainvoke(
                "GetEMailFromDocumentIdWithoutAttachmentStream",
                endpoint,
                {"body": GetEMailFromDocumentIdWithoutAttachmentStreamRequest(document_id=document_id)},
                select,
                options,
            ),
        )

    async def get_email_from_id(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_id: int | None,
        lookup_addresses: bool | None,
        flags: EMailFlags | str | None,
        include_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailEntity | None:
        """Get a mail from the mail server by numeric server id.

        Talks to the mail server described by the connection details.

        ``POST /api/v1/Agents/EMail/GetEMailFromId``
        """
        from ._generated.api.email import get_e_mail_from_id as endpoint
        from ._generated.models import GetEMailFromIdRequest

        return cast(
            "EMailEntity | None",
            await self._ainvoke(
                "GetEMailFromId",
                endpoint,
                {
                    "body": GetEMailFromIdRequest(
                        connection_info=connection_info,
                        message_server_id=message_server_id,
                        lookup_addresses=lookup_addresses,
                        flags=flags,
                        include_attachments=include_attachments,
                    )
                },
                select,
                options,
            ),
        )

    async def get_email_from_server_identifier(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_id: str | None,
        lookup_addresses: bool | None,
        flags: EMailFlags | str | None,
        include_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailEntity | None:
        """Get a mail from the mail server by string server identifier.

        Like GetEMail, but mails are named by their string server identifier
        (EMailEntity.ServerIdentifier) instead of the numeric ServerId. Talks to the mail server
        described by the connection details.

        ``POST /api/v1/Agents/EMail/GetEMailFromServerIdentifier``
        """
        from ._generated.api.email import get_e_mail_from_server_identifier as endpoint
        from ._generated.models import GetEMailFromServerIdentifierRequest

        return cast(
            "EMailEntity | None",
            await self._ainvoke(
                "GetEMailFromServerIdentifier",
                endpoint,
                {
                    "body": GetEMailFromServerIdentifierRequest(
                        connection_info=connection_info,
                        message_server_id=message_server_id,
                        lookup_addresses=lookup_addresses,
                        flags=flags,
                        include_attachments=include_attachments,
                    )
                },
                select,
                options,
            ),
        )

    async def get_email_from_temp(
        self, file_name: str | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Read a mail from a file in the server's temporary folder.

        The file must already be in the server's temporary folder.

        ``POST /api/v1/Agents/EMail/GetEMailFromTemp``
        """
        from ._generated.api.email import get_e_mail_from_temp as endpoint
        from ._generated.models import GetEMailFromTempRequest

        return cast(
            "EMailEntity | None",
            await self._ainvoke(
                "GetEMailFromTemp",
                endpoint,
                {"body": GetEMailFromTempRequest(file_name=file_name)},
                select,
                options,
            ),
        )

    async def get_email_so_info(
        self, e_mail_so_info_id: int, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailSOInfo | None:
        """Get the CRM link record of a mail by its id.

        The id travels in the query string; there is no request body.

        ``POST /api/v1/Agents/EMail/GetEMailSOInfo``
        """
        from ._generated.api.email import get_e_mail_so_info as endpoint

        return cast(
            "EMailSOInfo | None",
            await self._ainvoke(
                "GetEMailSOInfo", endpoint, {"e_mail_so_info_id": e_mail_so_info_id}, select, options
            ),
        )

    async def get_email_appointment(
        self, mail_item_id: int | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailAppointment | None:
        """Read the meeting in a mail's iCalendar attachment.

        The mail is named by its CRM primary key.

        ``POST /api/v1/Agents/EMail/GetEmailAppointment``
        """
        from ._generated.api.email import get_email_appointment as endpoint
        from ._generated.models import GetEmailAppointmentRequest

        return cast(
            "EMailAppointment | None",
            await self._ainvoke(
                "GetEmailAppointment",
                endpoint,
                {"body": GetEmailAppointmentRequest(mail_item_id=mail_item_id)},
                select,
                options,
            ),
        )

    async def get_email_appointment_recurrence(
        self, mail_item_id: int | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> RecurrenceInfo | None:
        """Read the repetition rules of the meeting in a mail's iCalendar attachment.

        The mail is named by its CRM primary key.

        ``POST /api/v1/Agents/EMail/GetEmailAppointmentRecurrence``
        """
        from ._generated.api.email import get_email_appointment_recurrence as endpoint
        from ._generated.models import GetEmailAppointmentRecurrenceRequest

        return cast(
            "RecurrenceInfo | None",
            await self._ainvoke(
                "GetEmailAppointmentRecurrence",
                endpoint,
                {"body": GetEmailAppointmentRecurrenceRequest(mail_item_id=mail_item_id)},
                select,
                options,
            ),
        )

    async def get_email_document_as_mime_stream(
        self, document_id: int | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> bytes | None:
        """Get an archived document as an RFC 822 (MIME) byte stream.

        The bytes arrive base64 encoded in a JSON string; the SDK method returns them decoded.

        ``POST /api/v1/Agents/EMail/GetEmailDocumentAsMimeStream``
        """
        from ._generated.api.email import get_email_document_as_mime_stream as endpoint
        from ._generated.models import GetEmailDocumentAsMimeStreamRequest

        return _decode_base64(
            "GetEmailDocumentAsMimeStream",
            await self._ainvoke(
                "GetEmailDocumentAsMimeStream",
                endpoint,
                {"body": GetEmailDocumentAsMimeStreamRequest(document_id=document_id)},
                select,
                options,
            ),
        )

    async def get_email_message_ids(
        self,
        connection_info_extended: EMailConnectionInfoExtended | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[str] | None:
        """List the Message-Id values of the mails in a folder.

        Talks to the mail server whose host, port, protocol and login are given explicitly.

        ``POST /api/v1/Agents/EMail/GetEmailMessageIds``
        """
        from ._generated.api.email import get_email_message_ids as endpoint
        from ._generated.models import GetEmailMessageIdsRequest

        return cast(
            "list[str] | None",
            await self._ainvoke(
                "GetEmailMessageIds",
                endpoint,
                {"body": GetEmailMessageIdsRequest(connection_info_extended=connection_info_extended)},
                select,
                options,
            ),
        )

    async def get_emails_as_string(
        self,
        connection_info_extended: EMailConnectionInfoExtended | None,
        message_ids: list[str] | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[str] | None:
        """Get mails as raw RFC 822 text, by message id.

        Talks to the mail server whose host, port, protocol and login are given explicitly.

        ``POST /api/v1/Agents/EMail/GetEmailsAsString``
        """
        from ._generated.api.email import get_emails_as_string as endpoint
        from ._generated.models import GetEmailsAsStringRequest

        return cast(
            "list[str] | None",
            await self._ainvoke(
                "GetEmailsAsString",
                endpoint,
                {
                    "body": GetEmailsAsStringRequest(
                        connection_info_extended=connection_info_extended, message_ids=message_ids
                    )
                },
                select,
                options,
            ),
        )

    async def get_extended_email_message_ids(
        self,
        connection_info_extended: EMailConnectionInfoExtended | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[str] | None:
        """List the mails in a folder as uidvalidity:uid:Message-Id strings.

        Talks to the mail server whose host, port, protocol and login are given explicitly.

        ``POST /api/v1/Agents/EMail/GetExtendedEmailMessageIds``
        """
        from ._generated.api.email import get_extended_email_message_ids as endpoint
        from ._generated.models import GetExtendedEmailMessageIdsRequest

        return cast(
            "list[str] | None",
            await self._ainvoke(
                "GetExtendedEmailMessageIds",
                endpoint,
                {
                    "body": GetExtendedEmailMessageIdsRequest(
                        connection_info_extended=connection_info_extended
                    )
                },
                select,
                options,
            ),
        )

    async def get_folder_email_count(
        self,
        connection_info: EMailConnectionInfo | None,
        only_unread: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> int | None:
        """Count the mails (all or only unread) in the folder named in the connection details.

        Talks to the mail server described by the connection details.

        ``POST /api/v1/Agents/EMail/GetFolderEMailCount``
        """
        from ._generated.api.email import get_folder_e_mail_count as endpoint
        from ._generated.models import GetFolderEMailCountRequest

        return cast(
            "int | None",
            await self._ainvoke(
                "GetFolderEMailCount",
                endpoint,
                {
                    "body": GetFolderEMailCountRequest(
                        connection_info=connection_info, only_unread=only_unread
                    )
                },
                select,
                options,
            ),
        )

    async def get_folder_has_new_email(
        self,
        connection_info: EMailConnectionInfo | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> bool | None:
        """Tell whether the folder named in the connection details got new mail since the last look.

        Talks to the mail server described by the connection details.

        ``POST /api/v1/Agents/EMail/GetFolderHasNewEMail``
        """
        from ._generated.api.email import get_folder_has_new_e_mail as endpoint
        from ._generated.models import GetFolderHasNewEMailRequest

        return cast(
            "bool | None",
            await self._ainvoke(
                "GetFolderHasNewEMail",
                endpoint,
                {"body": GetFolderHasNewEMailRequest(connection_info=connection_info)},
                select,
                options,
            ),
        )

    async def get_folder_info(
        self,
        connection_info: EMailConnectionInfo | None,
        folders: list[str] | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[EMailFolder] | None:
        """Get details (counts, subscription) of the named folders.

        Talks to the mail server described by the connection details. With Folders null the
        answer covers every subscribed folder.

        ``POST /api/v1/Agents/EMail/GetFolderInfo``
        """
        from ._generated.api.email import get_folder_info as endpoint
        from ._generated.models import GetFolderInfoRequest

        return cast(
            "list[EMailFolder] | None",
            await self._ainvoke(
                "GetFolderInfo",
                endpoint,
                {"body": GetFolderInfoRequest(connection_info=connection_info, folders=folders)},
                select,
                options,
            ),
        )

    async def get_folder_list(
        self,
        connection_info: EMailConnectionInfo | None,
        include_item_count: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[str] | None:
        """List the folders of the mail account.

        Talks to the mail server described by the connection details.

        ``POST /api/v1/Agents/EMail/GetFolderList``
        """
        from ._generated.api.email import get_folder_list as endpoint
        from ._generated.models import GetFolderListRequest

        return cast(
            "list[str] | None",
            await self._ainvoke(
                "GetFolderList",
                endpoint,
                {
                    "body": GetFolderListRequest(
                        connection_info=connection_info, include_item_count=include_item_count
                    )
                },
                select,
                options,
            ),
        )

    async def get_mail_from_in_reply_to(
        self, message_id: str | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Get the mail held by the CRM that the given In-Reply-To id points at.

        Use it to find the mail that an incoming answer refers to.

        ``POST /api/v1/Agents/EMail/GetMailFromInReplyTo``
        """
        from ._generated.api.email import get_mail_from_in_reply_to as endpoint
        from ._generated.models import GetMailFromInReplyToRequest

        return cast(
            "EMailEntity | None",
            await self._ainvoke(
                "GetMailFromInReplyTo",
                endpoint,
                {"body": GetMailFromInReplyToRequest(message_id=message_id)},
                select,
                options,
            ),
        )

    async def get_mail_from_message_id(
        self, message_id: str | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Get the mail held by the CRM with the given Message-Id.

        Searches the CRM inbox tables.

        ``POST /api/v1/Agents/EMail/GetMailFromMessageId``
        """
        from ._generated.api.email import get_mail_from_message_id as endpoint
        from ._generated.models import GetMailFromMessageIdRequest

        return cast(
            "EMailEntity | None",
            await self._ainvoke(
                "GetMailFromMessageId",
                endpoint,
                {"body": GetMailFromMessageIdRequest(message_id=message_id)},
                select,
                options,
            ),
        )

    async def get_new_mail(
        self, folders: list[int] | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> list[EMailEnvelope] | None:
        """Get the envelopes of new mails in the current user's folders.

        The folders are given by their CRM folder ids.

        ``POST /api/v1/Agents/EMail/GetNewMail``
        """
        from ._generated.api.email import get_new_mail as endpoint
        from ._generated.models import GetNewMailRequest

        return cast(
            "list[EMailEnvelope] | None",
            await self._ainvoke(
                "GetNewMail", endpoint, {"body": GetNewMailRequest(folders=folders)}, select, options
            ),
        )

    async def get_participant_info_from_email_address(
        self,
        email_address: str | None,
        appointment_id: int | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> Person | None:
        """Get the person behind a meeting participant's e-mail address.

        Looks the address up among the participants of the given appointment.

        ``POST /api/v1/Agents/EMail/GetParticipantInfoFromEmailAddress``
        """
        from ._generated.api.email import get_participant_info_from_email_address as endpoint
        from ._generated.models import GetParticipantInfoFromEmailAddressRequest

        return cast(
            "Person | None",
            await self._ainvoke(
                "GetParticipantInfoFromEmailAddress",
                endpoint,
                {
                    "body": GetParticipantInfoFromEmailAddressRequest(
                        email_address=email_address, appointment_id=appointment_id
                    )
                },
                select,
                options,
            ),
        )

    async def get_person_entities_from_email_address(
        self, email_address: str | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> list[PersonEntity] | None:
        """Get the full person records that use the given e-mail address.

        Several persons may share one address.

        ``POST /api/v1/Agents/EMail/GetPersonEntitiesFromEmailAddress``
        """
        from ._generated.api.email import get_person_entities_from_email_address as endpoint
        from ._generated.models import GetPersonEntitiesFromEmailAddressRequest

        return cast(
            "list[PersonEntity] | None",
            await self._ainvoke(
                "GetPersonEntitiesFromEmailAddress",
                endpoint,
                {"body": GetPersonEntitiesFromEmailAddressRequest(email_address=email_address)},
                select,
                options,
            ),
        )

    async def get_persons_from_email_address(
        self, email_address: str | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> list[Person] | None:
        """Get the persons that use the given e-mail address.

        Several persons may share one address.

        ``POST /api/v1/Agents/EMail/GetPersonsFromEmailAddress``
        """
        from ._generated.api.email import get_persons_from_email_address as endpoint
        from ._generated.models import GetPersonsFromEmailAddressRequest

        return cast(
            "list[Person] | None",
            await self._ainvoke(
                "GetPersonsFromEmailAddress",
                endpoint,
                {"body": GetPersonsFromEmailAddressRequest(email_address=email_address)},
                select,
                options,
            ),
        )

    async def get_preview_attachment_from_doc_id(
        self,
        doc_id: int | None,
        attachment_id: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailAttachment | None:
        """Get a previewable attachment of an archived mail document (HTML sanitized).

        The answer is meant for showing a preview, not for saving the file.

        ``POST /api/v1/Agents/EMail/GetPreviewAttachmentFromDocId``
        """
        from ._generated.api.email import get_preview_attachment_from_doc_id as endpoint
        from ._generated.models import GetPreviewAttachmentFromDocIdRequest

        return cast(
            "EMailAttachment | None",
            await self._ainvoke(
                "GetPreviewAttachmentFromDocId",
                endpoint,
                {"body": GetPreviewAttachmentFromDocIdRequest(doc_id=doc_id, attachment_id=attachment_id)},
                select,
                options,
            ),
        )

    async def get_preview_attachment_from_id(
        self,
        mail_item_id: int | None,
        attachment_id: str | None,
        attachment_type: str | None,
        attachment_filename: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailAttachment | None:
        """Get a previewable attachment of a mail held by the CRM (HTML sanitized).

        The answer is meant for showing a preview, not for saving the file.

        ``POST /api/v1/Agents/EMail/GetPreviewAttachmentFromId``
        """
        from ._generated.api.email import get_preview_attachment_from_id as endpoint
        from ._generated.models import GetPreviewAttachmentFromIdRequest

        return cast(
            "EMailAttachment | None",
            await self._ainvoke(
                "GetPreviewAttachmentFromId",
                endpoint,
                {
                    "body": GetPreviewAttachmentFromIdRequest(
                        mail_item_id=mail_item_id,
                        attachment_id=attachment_id,
                        attachment_type=attachment_type,
                        attachment_filename=attachment_filename,
                    )
                },
                select,
                options,
            ),
        )

    async def get_ready_sync_email_accounts(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> list[SyncUserAccount] | None:
        """List the mail accounts that are due for synchronisation.

        Pass each account to SyncEmailAccount, or all of them to SyncEmailAccounts.

        ``POST /api/v1/Agents/EMail/GetReadySyncEmailAccounts``
        """
        from ._generated.api.email import get_ready_sync_email_accounts as endpoint

        return cast(
            "list[SyncUserAccount] | None",
            await self._ainvoke("GetReadySyncEmailAccounts", endpoint, {}, select, options),
        )

    async def get_unsanitized_email(
        self,
        id: int | None,
        include_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailEntity | None:
        """Get a mail held by the CRM by its primary key, HTML left as received.

        Like GetEMail, but HTML comes back exactly as received, without the server's cleaning;
        show it only in a sandbox.

        ``POST /api/v1/Agents/EMail/GetUnsanitizedEMail``
        """
        from ._generated.api.email import get_unsanitized_e_mail as endpoint
        from ._generated.models import GetUnsanitizedEMailRequest

        return cast(
            "EMailEntity | None",
            await self._ainvoke(
                "GetUnsanitizedEMail",
                endpoint,
                {"body": GetUnsanitizedEMailRequest(id=id, include_attachments=include_attachments)},
                select,
                options,
            ),
        )

    async def get_unsanitized_email_from_attachment_id(
        self,
        email_id: int | None,
        attachment_ids: list[str] | None,
        include_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailEntity | None:
        """Get a mail that is attached to a mail held by the CRM, HTML left as received.

        Like GetEMailFromAttachmentId, but HTML comes back exactly as received, without the
        server's cleaning; show it only in a sandbox.

        ``POST /api/v1/Agents/EMail/GetUnsanitizedEMailFromAttachmentId``
        """
        from ._generated.api.email import get_unsanitized_e_mail_from_attachment_id as endpoint
        from ._generated.models import GetUnsanitizedEMailFromAttachmentIdRequest

        return cast(
            "EMailEntity | None",
            await self._ainvoke(
                "GetUnsanitizedEMailFromAttachmentId",
                endpoint,
                {
                    "body": GetUnsanitizedEMailFromAttachmentIdRequest(
                        email_id=email_id,
                        attachment_ids=attachment_ids,
                        include_attachments=include_attachments,
                    )
                },
                select,
                options,
            ),
        )

    async def get_unsanitized_email_from_document_attachment_id(
        self,
        doc_id: int | None,
        attachment_ids: list[str] | None,
        include_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailEntity | None:
        """Get a mail that is attached to an archived mail document, HTML left as received.

        Like GetEMailFromDocumentAttachmentId, but HTML comes back exactly as received, without
        the server's cleaning; show it only in a sandbox.

        ``POST /api/v1/Agents/EMail/GetUnsanitizedEMailFromDocumentAttachmentId``
        """
        from ._generated.api.email import get_unsanitized_e_mail_from_document_attachment_id as endpoint
        from ._generated.models import GetUnsanitizedEMailFromDocumentAttachmentIdRequest

        return cast(
            "EMailEntity | None",
            await self._ainvoke(
                "GetUnsanitizedEMailFromDocumentAttachmentId",
                endpoint,
                {
                    "body": GetUnsanitizedEMailFromDocumentAttachmentIdRequest(
                        doc_id=doc_id, attachment_ids=attachment_ids, include_attachments=include_attachments
                    )
                },
                select,
                options,
            ),
        )

    async def get_unsanitized_email_from_document_id(
        self, document_id: int | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Get the mail stored as an archived document, HTML left as received.

        Like GetEMailFromDocumentId, but HTML comes back exactly as received, without the
        server's cleaning; show it only in a sandbox.

        ``POST /api/v1/Agents/EMail/GetUnsanitizedEMailFromDocumentId``
        """
        from ._generated.api.email import get_unsanitized_e_mail_from_document_id as endpoint
        from ._generated.models import GetUnsanitizedEMailFromDocumentIdRequest

        return cast(
            "EMailEntity | None",
            await self._ainvoke(
                "GetUnsanitizedEMailFromDocumentId",
                endpoint,
                {"body": GetUnsanitizedEMailFromDocumentIdRequest(document_id=document_id)},
                select,
                options,
            ),
        )

    async def get_unsanitized_email_from_document_id_without_attachment_stream(
        self, document_id: int | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Get the mail stored as an archived document without attachment contents, HTML left as
        received.

        Like GetEMailFromDocumentIdWithoutAttachmentStream, but HTML comes back exactly as
        received, without the server's cleaning; show it only in a sandbox.

        ``POST /api/v1/Agents/EMail/GetUnsanitizedEMailFromDocumentIdWithoutAttachmentStream``
        """
        from ._generated.api.email import (
            get_unsanitized_e_mail_from_document_id_without_attachment_stream as endpoint,
        )
        from ._generated.models import GetUnsanitizedEMailFromDocumentIdWithoutAttachmentStreamRequest

        return cast(
            "EMailEntity | None",
            await self._ainvoke(
                "GetUnsanitizedEMailFromDocumentIdWithoutAttachmentStream",
                endpoint,
                {
                    "body": GetUnsanitizedEMailFromDocumentIdWithoutAttachmentStreamRequest(
                        document_id=document_id
                    )
                },
                select,
                options,
            ),
        )

    async def get_unsanitized_preview_attachment_from_doc_id(
        self,
        doc_id: int | None,
        attachment_id: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailAttachment | None:
        """Get a previewable attachment of an archived mail document, HTML left as received.

        Like GetPreviewAttachmentFromDocId, but HTML comes back exactly as received, without the
        server's cleaning; show it only in a sandbox.

        ``POST /api/v1/Agents/EMail/GetUnsanitizedPreviewAttachmentFromDocId``
        """
        from ._generated.api.email import get_unsanitized_preview_attachment_from_doc_id as endpoint
        from ._generated.models import GetUnsanitizedPreviewAttachmentFromDocIdRequest

        return cast(
            "EMailAttachment | None",
            await self._ainvoke(
                "GetUnsanitizedPreviewAttachmentFromDocId",
                endpoint,
                {
                    "body": GetUnsanitizedPreviewAttachmentFromDocIdRequest(
                        doc_id=doc_id, attachment_id=attachment_id
                    )
                },
                select,
                options,
            ),
        )

    async def get_unsanitized_preview_attachment_from_id(
        self,
        mail_item_id: int | None,
        attachment_id: str | None,
        attachment_type: str | None,
        attachment_filename: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailAttachment | None:
        """Get a previewable attachment of a mail held by the CRM, HTML left as received.

        Like GetPreviewAttachmentFromId, but HTML comes back exactly as received, without the
        server's cleaning; show it only in a sandbox.

        ``POST /api/v1/Agents/EMail/GetUnsanitizedPreviewAttachmentFromId``
        """
        from ._generated.api.email import get_unsanitized_preview_attachment_from_id as endpoint
        from ._generated.models import GetUnsanitizedPreviewAttachmentFromIdRequest

        return cast(
            "EMailAttachment | None",
            await self._ainvoke(
                "GetUnsanitizedPreviewAttachmentFromId",
                endpoint,
                {
                    "body": GetUnsanitizedPreviewAttachmentFromIdRequest(
                        mail_item_id=mail_item_id,
                        attachment_id=attachment_id,
                        attachment_type=attachment_type,
                        attachment_filename=attachment_filename,
                    )
                },
                select,
                options,
            ),
        )

    async def has_mx_record(
        self, mail_domain: str | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> bool | None:
        """Tell whether DNS has at least one MX record for the mail domain.

        A DNS lookup done by the CRM server.

        ``POST /api/v1/Agents/EMail/HasMXRecord``
        """
        from ._generated.api.email import has_mx_record as endpoint
        from ._generated.models import HasMXRecordRequest

        return cast(
            "bool | None",
            await self._ainvoke(
                "HasMXRecord",
                endpoint,
                {"body": HasMXRecordRequest(mail_domain=mail_domain)},
                select,
                options,
            ),
        )

    async def has_new_mail(
        self,
        mail_item_id: int | None,
        folder_id: int | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> bool | None:
        """Quick database check for mail newer than the given item in a folder.

        Reads the CRM inbox tables only; it does not contact the mail server.

        ``POST /api/v1/Agents/EMail/HasNewMail``
        """
        from ._generated.api.email import has_new_mail as endpoint
        from ._generated.models import HasNewMailRequest

        return cast(
            "bool | None",
            await self._ainvoke(
                "HasNewMail",
                endpoint,
                {"body": HasNewMailRequest(mail_item_id=mail_item_id, folder_id=folder_id)},
                select,
                options,
            ),
        )

    async def has_spf_record(
        self,
        source_spf: str | None,
        target_domain: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> bool | None:
        """Tell whether the target domain's SPF record includes the given SPF source.

        Use it to check that a sending service is allowed to send for the target domain.

        ``POST /api/v1/Agents/EMail/HasSPFRecord``
        """
        from ._generated.api.email import has_spf_record as endpoint
        from ._generated.models import HasSPFRecordRequest

        return cast(
            "bool | None",
            await self._ainvoke(
                "HasSPFRecord",
                endpoint,
                {"body": HasSPFRecordRequest(source_spf=source_spf, target_domain=target_domain)},
                select,
                options,
            ),
        )

    async def latest_item_id_by_folder(
        self, folder_id: int | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> int | None:
        """Get the id of the newest mail item in a folder.

        Pair it with HasNewMail to poll a folder cheaply.

        ``POST /api/v1/Agents/EMail/LatestItemIdByFolder``
        """
        from ._generated.api.email import latest_item_id_by_folder as endpoint
        from ._generated.models import LatestItemIdByFolderRequest

        return cast(
            "int | None",
            await self._ainvoke(
                "LatestItemIdByFolder",
                endpoint,
                {"body": LatestItemIdByFolderRequest(folder_id=folder_id)},
                select,
                options,
            ),
        )

    async def mark_as_read(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_ids: list[int] | None,
        read: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Mark mails read or unread on the mail server, by numeric server ids.

        Talks to the mail server described by the connection details. Answers 204 with no body on
        success.

        ``POST /api/v1/Agents/EMail/MarkAsRead``
        """
        from ._generated.api.email import mark_as_read as endpoint
        from ._generated.models import MarkAsReadRequest

        await self._ainvoke(
            "MarkAsRead",
            endpoint,
            {
                "body": MarkAsReadRequest(
                    connection_info=connection_info, message_server_ids=message_server_ids, read=read
                )
            },
            select,
            options,
        )

    async def mark_as_read_from_server_identifiers(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_ids: list[str] | None,
        read: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Mark mails read or unread on the mail server, by string server identifiers.

        Like MarkAsRead, but mails are named by their string server identifier
        (EMailEntity.ServerIdentifier) instead of the numeric ServerId. Talks to the mail server
        described by the connection details. Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/MarkAsReadFromServerIdentifiers``
        """
        from ._generated.api.email import mark_as_read_from_server_identifiers as endpoint
        from ._generated.models import MarkAsReadFromServerIdentifiersRequest

        await self._ainvoke(
            "MarkAsReadFromServerIdentifiers",
            endpoint,
            {
                "body": MarkAsReadFromServerIdentifiersRequest(
                    connection_info=connection_info, message_server_ids=message_server_ids, read=read
                )
            },
            select,
            options,
        )

    async def mark_emails_as_read(
        self,
        ids: list[int] | None,
        read: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Mark mails held by the CRM read or unread.

        Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/MarkEmailsAsRead``
        """
        from ._generated.api.email import mark_emails_as_read as endpoint
        from ._generated.models import MarkEmailsAsReadRequest

        await self._ainvoke(
            "MarkEmailsAsRead",
            endpoint,
            {"body": MarkEmailsAsReadRequest(ids=ids, read=read)},
            select,
            options,
        )

    async def move_emails_to_folder(
        self,
        folder_id: int | None,
        email_item_ids: list[int] | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Move mails held by the CRM to a folder, both in the database and on the mail server.

        Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/MoveEmailsToFolder``
        """
        from ._generated.api.email import move_emails_to_folder as endpoint
        from ._generated.models import MoveEmailsToFolderRequest

        await self._ainvoke(
            "MoveEmailsToFolder",
            endpoint,
            {"body": MoveEmailsToFolderRequest(folder_id=folder_id, email_item_ids=email_item_ids)},
            select,
            options,
        )

    async def move_emails_to_trash(
        self, ids: list[int] | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> None:
        """Move mails held by the CRM to the trash folder.

        Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/MoveEmailsToTrash``
        """
        from ._generated.api.email import move_emails_to_trash as endpoint
        from ._generated.models import MoveEmailsToTrashRequest

        await self._ainvoke(
            "MoveEmailsToTrash", endpoint, {"body": MoveEmailsToTrashRequest(ids=ids)}, select, options
        )

    async def move_to_folder(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_ids: list[int] | None,
        target_folder: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Move mails from the current folder to another, by numeric server ids.

        Talks to the mail server described by the connection details. Answers 204 with no body on
        success.

        ``POST /api/v1/Agents/EMail/MoveToFolder``
        """
        from ._generated.api.email import move_to_folder as endpoint
        from ._generated.models import MoveToFolderRequest

        await self._ainvoke(
            "MoveToFolder",
            endpoint,
            {
                "body": MoveToFolderRequest(
                    connection_info=connection_info,
                    message_server_ids=message_server_ids,
                    target_folder=target_folder,
                )
            },
            select,
            options,
        )

    async def move_to_folder_from_server_identifier(
        self,
        connection_info: EMailConnectionInfo | None,
        message_server_ids: list[str] | None,
        target_folder: str | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Move mails from the current folder to another, by string server identifiers.

        Like MoveToFolder, but mails are named by their string server identifier
        (EMailEntity.ServerIdentifier) instead of the numeric ServerId. Talks to the mail server
        described by the connection details. Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/MoveToFolderFromServerIdentifier``
        """
        from ._generated.api.email import move_to_folder_from_server_identifier as endpoint
        from ._generated.models import MoveToFolderFromServerIdentifierRequest

        await self._ainvoke(
            "MoveToFolderFromServerIdentifier",
            endpoint,
            {
                "body": MoveToFolderFromServerIdentifierRequest(
                    connection_info=connection_info,
                    message_server_ids=message_server_ids,
                    target_folder=target_folder,
                )
            },
            select,
            options,
        )

    async def refresh_folder(
        self,
        connection_info: EMailConnectionInfo | None,
        folders: list[str] | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> int | None:
        """Re-read the named folders from the mail server into the CRM cache.

        Talks to the mail server described by the connection details. Answers 0 when the work was
        done at once, or the id of the batch task that does it.

        ``POST /api/v1/Agents/EMail/RefreshFolder``
        """
        from ._generated.api.email import refresh_folder as endpoint
        from ._generated.models import RefreshFolderRequest

        return cast(
            "int | None",
            await self._ainvoke(
                "RefreshFolder",
                endpoint,
                {"body": RefreshFolderRequest(connection_info=connection_info, folders=folders)},
                select,
                options,
            ),
        )

    async def refresh_folder_for_associate(
        self, folders: list[str] | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> str | None:
        """Re-read the current user's named folders from the mail server.

        Uses the current user's active account; the answer is JSON text with an entry per folder.

        ``POST /api/v1/Agents/EMail/RefreshFolderForAssociate``
        """
        from ._generated.api.email import refresh_folder_for_associate as endpoint
        from ._generated.models import RefreshFolderForAssociateRequest

        return cast(
            "str | None",
            await self._ainvoke(
                "RefreshFolderForAssociate",
                endpoint,
                {"body": RefreshFolderForAssociateRequest(folders=folders)},
                select,
                options,
            ),
        )

    async def relay_message(
        self,
        connection_info_extended: EMailConnectionInfoExtended | None,
        rfc_822: str | None,
        from_: str | None,
        recipients: list[str] | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Send a raw RFC 822 message on through the outgoing server to the given recipients.

        Talks to the mail server whose host, port, protocol and login are given explicitly.
        Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/RelayMessage``
        """
        from ._generated.api.email import relay_message as endpoint
        from ._generated.models import RelayMessageRequest

        await self._ainvoke(
            "RelayMessage",
            endpoint,
            {
                "body": RelayMessageRequest(
                    connection_info_extended=connection_info_extended,
                    rfc_822=rfc_822,
                    from_=from_,
                    recipients=recipients,
                )
            },
            select,
            options,
        )

    async def resolve_email_recipients(
        self, email_address: str | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> list[EMailAddress] | None:
        """Split a string of recipients into separate e-mail addresses.

        Each address is also looked up among CRM persons.

        ``POST /api/v1/Agents/EMail/ResolveEMailRecipients``
        """
        from ._generated.api.email import resolve_e_mail_recipients as endpoint
        from ._generated.models import ResolveEMailRecipientsRequest

        return cast(
            "list[EMailAddress] | None",
            await self._ainvoke(
                "ResolveEMailRecipients",
                endpoint,
                {"body": ResolveEMailRecipientsRequest(email_address=email_address)},
                select,
                options,
            ),
        )

    async def save(
        self, email: EMailEntity | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Store the mail in the CRM database.

        Stores the mail in the CRM inbox tables.

        ``POST /api/v1/Agents/EMail/Save``
        """
        from ._generated.api.email import save as endpoint
        from ._generated.models import SaveRequest

        return cast(
            "EMailEntity | None",
            await self._ainvoke("Save", endpoint, {"body": SaveRequest(email=email)}, select, options),
        )

    async def save_draft(
        self, entity: EMailEntity | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Store the mail in the drafts folder.

        The answer is the stored draft with its keys filled in.

        ``POST /api/v1/Agents/EMail/SaveDraft``
        """
        from ._generated.api.email import save_draft as endpoint
        from ._generated.models import SaveDraftRequest

        return cast(
            "EMailEntity | None",
            await self._ainvoke(
                "SaveDraft", endpoint, {"body": SaveDraftRequest(entity=entity)}, select, options
            ),
        )

    async def save_email(
        self,
        connection_info: EMailConnectionInfo | None,
        email: EMailEntity | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> EMailEntity | None:
        """Store the mail on the mail server.

        Talks to the mail server described by the connection details.

        ``POST /api/v1/Agents/EMail/SaveEMail``
        """
        from ._generated.api.email import save_e_mail as endpoint
        from ._generated.models import SaveEMailRequest

        return cast(
            "EMailEntity | None",
            await self._ainvoke(
                "SaveEMail",
                endpoint,
                {"body": SaveEMailRequest(connection_info=connection_info, email=email)},
                select,
                options,
            ),
        )

    async def save_email_account(
        self, entity: EMailAccount, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailAccount | None:
        """Create a mail account (when its id is 0) or update an existing one.

        The body is the EMailAccount itself, not a wrapper.

        ``POST /api/v1/Agents/EMail/SaveEMailAccount``
        """
        from ._generated.api.email import save_e_mail_account as endpoint

        return cast(
            "EMailAccount | None",
            await self._ainvoke("SaveEMailAccount", endpoint, {"body": entity}, select, options),
        )

    async def save_email_to_tmp_document(
        self,
        email: EMailEntity | None,
        folder_id: int | None,
        strip_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> str | None:
        """Write the mail to a temporary document, ready for archiving; answers the file name.

        Pass the file name to the document archive to keep the mail.

        ``POST /api/v1/Agents/EMail/SaveEmailToTmpDocument``
        """
        from ._generated.api.email import save_email_to_tmp_document as endpoint
        from ._generated.models import SaveEmailToTmpDocumentRequest

        return cast(
            "str | None",
            await self._ainvoke(
                "SaveEmailToTmpDocument",
                endpoint,
                {
                    "body": SaveEmailToTmpDocumentRequest(
                        email=email, folder_id=folder_id, strip_attachments=strip_attachments
                    )
                },
                select,
                options,
            ),
        )

    async def save_to_mail_server(
        self, email: EMailEntity | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> EMailEntity | None:
        """Store the mail on the current account's mail server.

        Uses the current user's active account.

        ``POST /api/v1/Agents/EMail/SaveToMailServer``
        """
        from ._generated.api.email import save_to_mail_server as endpoint
        from ._generated.models import SaveToMailServerRequest

        return cast(
            "EMailEntity | None",
            await self._ainvoke(
                "SaveToMailServer", endpoint, {"body": SaveToMailServerRequest(email=email)}, select, options
            ),
        )

    async def send(
        self,
        emails: list[EMailEntity] | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[EMailEntity] | None:
        """Send mails through the current account.

        Uses the current user's active account.

        ``POST /api/v1/Agents/EMail/Send``
        """
        from ._generated.api.email import send as endpoint
        from ._generated.models import SendRequest

        return cast(
            "list[EMailEntity] | None",
            await self._ainvoke("Send", endpoint, {"body": SendRequest(emails=emails)}, select, options),
        )

    async def send_and_save_email_to_tmp_document(
        self,
        email: EMailEntity | None,
        strip_attachments: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> str | None:
        """Send the mail and write it to a temporary document, ready for archiving; answers the file
        name.

        Uses the current user's active account.

        ``POST /api/v1/Agents/EMail/SendAndSaveEmailToTmpDocument``
        """
        from ._generated.api.email import send_and_save_email_to_tmp_document as endpoint
        from ._generated.models import SendAndSaveEmailToTmpDocumentRequest

        return cast(
            "str | None",
            await self._ainvoke(
                "SendAndSaveEmailToTmpDocument",
                endpoint,
                {
                    "body": SendAndSaveEmailToTmpDocumentRequest(
                        email=email, strip_attachments=strip_attachments
                    )
                },
                select,
                options,
            ),
        )

    async def send_emails(
        self,
        outgoing_connection_info: EMailConnectionInfo | None,
        emails: list[EMailEntity] | None,
        sent_items_connection_info: EMailConnectionInfo | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[EMailEntity] | None:
        """Send mails through the given outgoing server and file copies in the sent-items folder.

        Talks to the mail server described by the connection details.

        ``POST /api/v1/Agents/EMail/SendEMails``
        """
        from ._generated.api.email import send_e_mails as endpoint
        from ._generated.models import SendEMailsRequest

        return cast(
            "list[EMailEntity] | None",
            await self._ainvoke(
                "SendEMails",
                endpoint,
                {
                    "body": SendEMailsRequest(
                        outgoing_connection_info=outgoing_connection_info,
                        emails=emails,
                        sent_items_connection_info=sent_items_connection_info,
                    )
                },
                select,
                options,
            ),
        )

    async def set_replied_at(
        self, message_id: str | None, *, select: str | None = None, options: RequestOptions | None = None
    ) -> None:
        """Record the reply time on the mail with the given Message-Id.

        Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/SetRepliedAt``
        """
        from ._generated.api.email import set_replied_at as endpoint
        from ._generated.models import SetRepliedAtRequest

        await self._ainvoke(
            "SetRepliedAt", endpoint, {"body": SetRepliedAtRequest(message_id=message_id)}, select, options
        )

    async def set_subscription(
        self,
        connection_info: EMailConnectionInfo | None,
        folders: list[EMailFolder] | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Turn folder subscriptions on or off on the mail server.

        Talks to the mail server described by the connection details. Answers 204 with no body on
        success.

        ``POST /api/v1/Agents/EMail/SetSubscription``
        """
        from ._generated.api.email import set_subscription as endpoint
        from ._generated.models import SetSubscriptionRequest

        await self._ainvoke(
            "SetSubscription",
            endpoint,
            {"body": SetSubscriptionRequest(connection_info=connection_info, folders=folders)},
            select,
            options,
        )

    async def sync_email_account(
        self,
        sync_user_account: SyncUserAccount | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Synchronise one mail account from its mail server into the SuperOffice cache.

        The server does not throttle this call; each call makes the CRM server talk to the
        account's mail server, so callers should keep only a few in flight at once.

        ``POST /api/v1/Agents/EMail/SyncEmailAccount``
        """
        from ._generated.api.email import sync_email_account as endpoint
        from ._generated.models import SyncEmailAccountRequest

        await self._ainvoke(
            "SyncEmailAccount",
            endpoint,
            {"body": SyncEmailAccountRequest(sync_user_account=sync_user_account)},
            select,
            options,
        )

    async def sync_email_accounts(
        self,
        sync_user_accounts: list[SyncUserAccount] | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Synchronise several mail accounts; the server runs one such call at a time.

        Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/SyncEmailAccounts``
        """
        from ._generated.api.email import sync_email_accounts as endpoint
        from ._generated.models import SyncEmailAccountsRequest

        await self._ainvoke(
            "SyncEmailAccounts",
            endpoint,
            {"body": SyncEmailAccountsRequest(sync_user_accounts=sync_user_accounts)},
            select,
            options,
        )

    async def test_authenticate(
        self, *, select: str | None = None, options: RequestOptions | None = None
    ) -> bool | None:
        """Tell whether the current user has a mail account that can log on.

        Uses the current user's active account.

        ``POST /api/v1/Agents/EMail/TestAuthenticate``
        """
        from ._generated.api.email import test_authenticate as endpoint

        return cast("bool | None", await self._ainvoke("TestAuthenticate", endpoint, {}, select, options))

    async def toggle_subscription(
        self,
        folder_id: int | None,
        subscription_status: bool | None,
        *,
        select: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Turn the subscription of one folder on or off.

        Answers 204 with no body on success.

        ``POST /api/v1/Agents/EMail/ToggleSubscription``
        """
        from ._generated.api.email import toggle_subscription as endpoint
        from ._generated.models import ToggleSubscriptionRequest

        await self._ainvoke(
            "ToggleSubscription",
            endpoint,
            {"body": ToggleSubscriptionRequest(folder_id=folder_id, subscription_status=subscription_status)},
            select,
            options,
        )
