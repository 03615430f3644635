"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .activity_status import ActivityStatus
    from .address import Address
    from .address_type import AddressType
    from .appointment import Appointment
    from .appointment_caution_warning import AppointmentCautionWarning
    from .appointment_external_owner import AppointmentExternalOwner
    from .appointment_private import AppointmentPrivate
    from .appointment_type import AppointmentType
    from .assignment_status import AssignmentStatus
    from .associate import Associate
    from .authenticate_incoming_request import AuthenticateIncomingRequest
    from .authenticate_outgoing_request import AuthenticateOutgoingRequest
    from .authenticate_request import AuthenticateRequest
    from .booking_type import BookingType
    from .business import Business
    from .cal_method import CalMethod
    from .cal_reply_status import CalReplyStatus
    from .category import Category
    from .category_group import CategoryGroup
    from .consent_info import ConsentInfo
    from .contact import Contact
    from .contact_or_person_from_email import ContactOrPersonFromEmail
    from .country import Country
    from .create_e_mail_from_document_entity_request import CreateEMailFromDocumentEntityRequest
    from .create_e_mail_from_mime_message_request import CreateEMailFromMimeMessageRequest
    from .create_folder_request import CreateFolderRequest
    from .create_forward_email_request import CreateForwardEmailRequest
    from .create_inline_html_header_request import CreateInlineHtmlHeaderRequest
    from .create_new_physical_document_from_email_attachment_request import (
        CreateNewPhysicalDocumentFromEmailAttachmentRequest,
    )
    from .create_new_physical_document_from_email_request import CreateNewPhysicalDocumentFromEmailRequest
    from .customer_language import CustomerLanguage
    from .delete_emails_request import DeleteEmailsRequest
    from .delete_extended_request import DeleteExtendedRequest
    from .delete_folder_request import DeleteFolderRequest
    from .delete_from_server_identifier_request import DeleteFromServerIdentifierRequest
    from .delete_request import DeleteRequest
    from .doc_tmpl_direction import DocTmplDirection
    from .doc_tmpl_quote_type import DocTmplQuoteType
    from .doc_tmpl_type import DocTmplType
    from .document_entity import DocumentEntity
    from .document_lock_semantics import DocumentLockSemantics
    from .document_template import DocumentTemplate
    from .e_field_right import EFieldRight
    from .e_mail_account import EMailAccount
    from .e_mail_address import EMailAddress
    from .e_mail_appointment import EMailAppointment
    from .e_mail_attachment import EMailAttachment
    from .e_mail_connection_info import EMailConnectionInfo
    from .e_mail_connection_info_extended import EMailConnectionInfoExtended
    from .e_mail_custom_header import EMailCustomHeader
    from .e_mail_entity import EMailEntity
    from .e_mail_envelope import EMailEnvelope
    from .e_mail_flags import EMailFlags
    from .e_mail_folder import EMailFolder
    from .e_mail_priority import EMailPriority
    from .e_mail_so_info import EMailSOInfo
    from .e_table_right import ETableRight
    from .empty_folder_request import EmptyFolderRequest
    from .entity_element import EntityElement
    from .error_info import ErrorInfo
    from .field_property import FieldProperty
    from .field_property_dictionary import FieldPropertyDictionary
    from .field_right import FieldRight
    from .find_address_request import FindAddressRequest
    from .find_contact_or_person_by_email_name_request import FindContactOrPersonByEmailNameRequest
    from .find_contact_or_person_by_email_name_with_limit_request import FindContactOrPersonByEmailNameWithLimitRequest
    from .get_attachment_from_id_request import GetAttachmentFromIdRequest
    from .get_attachment_from_server_identifier_request import GetAttachmentFromServerIdentifierRequest
    from .get_attachment_request import GetAttachmentRequest
    from .get_e_mail_account_from_e_mail_address_request import GetEMailAccountFromEMailAddressRequest
    from .get_e_mail_addresses_request import GetEMailAddressesRequest
    from .get_e_mail_as_eml_stream_request import GetEMailAsEmlStreamRequest
    from .get_e_mail_as_stream_from_server_identifier_request import GetEMailAsStreamFromServerIdentifierRequest
    from .get_e_mail_as_stream_request import GetEMailAsStreamRequest
    from .get_e_mail_envelopes_from_server_ids_request import GetEMailEnvelopesFromServerIdsRequest
    from .get_e_mail_envelopes_request import GetEMailEnvelopesRequest
    from .get_e_mail_from_attachment_id_request import GetEMailFromAttachmentIdRequest
    from .get_e_mail_from_document_attachment_id_request import GetEMailFromDocumentAttachmentIdRequest
    from .get_e_mail_from_document_id_request import GetEMailFromDocumentIdRequest
    from .get_e_mail_from_document_id_without_attachment_stream_request import (
        GetEMailFromDocumentIdWithoutAttachmentStreamRequest,
    )
    from .get_e_mail_from_id_request import GetEMailFromIdRequest
    from .get_e_mail_from_server_identifier_request import GetEMailFromServerIdentifierRequest
    from .get_e_mail_from_temp_request import GetEMailFromTempRequest
    from .get_e_mail_request import GetEMailRequest
    from .get_email_appointment_recurrence_request import GetEmailAppointmentRecurrenceRequest
    from .get_email_appointment_request import GetEmailAppointmentRequest
    from .get_email_document_as_mime_stream_request import GetEmailDocumentAsMimeStreamRequest
    from .get_email_message_ids_request import GetEmailMessageIdsRequest
    from .get_emails_as_string_request import GetEmailsAsStringRequest
    from .get_extended_email_message_ids_request import GetExtendedEmailMessageIdsRequest
    from .get_folder_e_mail_count_request import GetFolderEMailCountRequest
    from .get_folder_has_new_e_mail_request import GetFolderHasNewEMailRequest
    from .get_folder_info_request import GetFolderInfoRequest
    from .get_folder_list_request import GetFolderListRequest
    from .get_mail_from_in_reply_to_request import GetMailFromInReplyToRequest
    from .get_mail_from_message_id_request import GetMailFromMessageIdRequest
    from .get_new_mail_request import GetNewMailRequest
    from .get_participant_info_from_email_address_request import GetParticipantInfoFromEmailAddressRequest
    from .get_person_entities_from_email_address_request import GetPersonEntitiesFromEmailAddressRequest
    from .get_persons_from_email_address_request import GetPersonsFromEmailAddressRequest
    from .get_preview_attachment_from_doc_id_request import GetPreviewAttachmentFromDocIdRequest
    from .get_preview_attachment_from_id_request import GetPreviewAttachmentFromIdRequest
    from .get_unsanitized_e_mail_from_attachment_id_request import GetUnsanitizedEMailFromAttachmentIdRequest
    from .get_unsanitized_e_mail_from_document_attachment_id_request import (
        GetUnsanitizedEMailFromDocumentAttachmentIdRequest,
    )
    from .get_unsanitized_e_mail_from_document_id_request import GetUnsanitizedEMailFromDocumentIdRequest
    from .get_unsanitized_e_mail_from_document_id_without_attachment_stream_request import (
        GetUnsanitizedEMailFromDocumentIdWithoutAttachmentStreamRequest,
    )
    from .get_unsanitized_e_mail_request import GetUnsanitizedEMailRequest
    from .get_unsanitized_preview_attachment_from_doc_id_request import GetUnsanitizedPreviewAttachmentFromDocIdRequest
    from .get_unsanitized_preview_attachment_from_id_request import GetUnsanitizedPreviewAttachmentFromIdRequest
    from .has_mx_record_request import HasMXRecordRequest
    from .has_new_mail_request import HasNewMailRequest
    from .has_spf_record_request import HasSPFRecordRequest
    from .invitation_status import InvitationStatus
    from .latest_item_id_by_folder_request import LatestItemIdByFolderRequest
    from .link import Link
    from .localized_field import LocalizedField
    from .mark_as_read_from_server_identifiers_request import MarkAsReadFromServerIdentifiersRequest
    from .mark_as_read_request import MarkAsReadRequest
    from .mark_emails_as_read_request import MarkEmailsAsReadRequest
    from .move_emails_to_folder_request import MoveEmailsToFolderRequest
    from .move_emails_to_trash_request import MoveEmailsToTrashRequest
    from .move_to_folder_from_server_identifier_request import MoveToFolderFromServerIdentifierRequest
    from .move_to_folder_request import MoveToFolderRequest
    from .person import Person
    from .person_entity import PersonEntity
    from .position import Position
    from .project import Project
    from .recurrence_daily_pattern import RecurrenceDailyPattern
    from .recurrence_date import RecurrenceDate
    from .recurrence_day_pattern import RecurrenceDayPattern
    from .recurrence_end_type import RecurrenceEndType
    from .recurrence_info import RecurrenceInfo
    from .recurrence_month_pattern import RecurrenceMonthPattern
    from .recurrence_monthly_pattern import RecurrenceMonthlyPattern
    from .recurrence_pattern import RecurrencePattern
    from .recurrence_week_pattern import RecurrenceWeekPattern
    from .recurrence_year_pattern import RecurrenceYearPattern
    from .recurrence_yearly_pattern import RecurrenceYearlyPattern
    from .refresh_folder_for_associate_request import RefreshFolderForAssociateRequest
    from .refresh_folder_request import RefreshFolderRequest
    from .relay_message_request import RelayMessageRequest
    from .resolve_e_mail_recipients_request import ResolveEMailRecipientsRequest
    from .sale import Sale
    from .sale_status import SaleStatus
    from .save_draft_request import SaveDraftRequest
    from .save_e_mail_request import SaveEMailRequest
    from .save_email_to_tmp_document_request import SaveEmailToTmpDocumentRequest
    from .save_request import SaveRequest
    from .save_to_mail_server_request import SaveToMailServerRequest
    from .saved_utm_parameters import SavedUtmParameters
    from .selectable_mdo_list_item import SelectableMDOListItem
    from .send_and_save_email_to_tmp_document_request import SendAndSaveEmailToTmpDocumentRequest
    from .send_e_mails_request import SendEMailsRequest
    from .send_request import SendRequest
    from .service_auth import ServiceAuth
    from .set_replied_at_request import SetRepliedAtRequest
    from .set_subscription_request import SetSubscriptionRequest
    from .string_dictionary import StringDictionary
    from .structured_address import StructuredAddress
    from .sync_email_account_request import SyncEmailAccountRequest
    from .sync_email_accounts_request import SyncEmailAccountsRequest
    from .sync_user_account import SyncUserAccount
    from .table_right import TableRight
    from .task_type import TaskType
    from .ticket_priority import TicketPriority
    from .toggle_subscription_request import ToggleSubscriptionRequest
    from .user_info import UserInfo
    from .user_type import UserType
    from .visibility import Visibility
    from .visible_for import VisibleFor
    from .week_of_month import WeekOfMonth
    from .weekday import Weekday

__all__ = (
    "ActivityStatus",
    "Address",
    "AddressType",
    "Appointment",
    "AppointmentCautionWarning",
    "AppointmentExternalOwner",
    "AppointmentPrivate",
    "AppointmentType",
    "AssignmentStatus",
    "Associate",
    "AuthenticateIncomingRequest",
    "AuthenticateOutgoingRequest",
    "AuthenticateRequest",
    "BookingType",
    "Business",
    "CalMethod",
    "CalReplyStatus",
    "Category",
    "CategoryGroup",
    "ConsentInfo",
    "Contact",
    "ContactOrPersonFromEmail",
    "Country",
    "CreateEMailFromDocumentEntityRequest",
    "CreateEMailFromMimeMessageRequest",
    "CreateFolderRequest",
    "CreateForwardEmailRequest",
    "CreateInlineHtmlHeaderRequest",
    "CreateNewPhysicalDocumentFromEmailAttachmentRequest",
    "CreateNewPhysicalDocumentFromEmailRequest",
    "CustomerLanguage",
    "DeleteEmailsRequest",
    "DeleteExtendedRequest",
    "DeleteFolderRequest",
    "DeleteFromServerIdentifierRequest",
    "DeleteRequest",
    "DocTmplDirection",
    "DocTmplQuoteType",
    "DocTmplType",
    "DocumentEntity",
    "DocumentLockSemantics",
    "DocumentTemplate",
    "EFieldRight",
    "EMailAccount",
    "EMailAddress",
    "EMailAppointment",
    "EMailAttachment",
    "EMailConnectionInfo",
    "EMailConnectionInfoExtended",
    "EMailCustomHeader",
    "EMailEntity",
    "EMailEnvelope",
    "EMailFlags",
    "EMailFolder",
    "EMailPriority",
    "EMailSOInfo",
    "EmptyFolderRequest",
    "EntityElement",
    "ErrorInfo",
    "ETableRight",
    "FieldProperty",
    "FieldPropertyDictionary",
    "FieldRight",
    "FindAddressRequest",
    "FindContactOrPersonByEmailNameRequest",
    "FindContactOrPersonByEmailNameWithLimitRequest",
    "GetAttachmentFromIdRequest",
    "GetAttachmentFromServerIdentifierRequest",
    "GetAttachmentRequest",
    "GetEMailAccountFromEMailAddressRequest",
    "GetEMailAddressesRequest",
    "GetEmailAppointmentRecurrenceRequest",
    "GetEmailAppointmentRequest",
    "GetEMailAsEmlStreamRequest",
    "GetEMailAsStreamFromServerIdentifierRequest",
    "GetEMailAsStreamRequest",
    "GetEmailDocumentAsMimeStreamRequest",
    "GetEMailEnvelopesFromServerIdsRequest",
    "GetEMailEnvelopesRequest",
    "GetEMailFromAttachmentIdRequest",
    "GetEMailFromDocumentAttachmentIdRequest",
    "GetEMailFromDocumentIdRequest",
    "GetEMailFromDocumentIdWithoutAttachmentStreamRequest",
    "GetEMailFromIdRequest",
    "GetEMailFromServerIdentifierRequest",
    "GetEMailFromTempRequest",
    "GetEmailMessageIdsRequest",
    "GetEMailRequest",
    "GetEmailsAsStringRequest",
    "GetExtendedEmailMessageIdsRequest",
    "GetFolderEMailCountRequest",
    "GetFolderHasNewEMailRequest",
    "GetFolderInfoRequest",
    "GetFolderListRequest",
    "GetMailFromInReplyToRequest",
    "GetMailFromMessageIdRequest",
    "GetNewMailRequest",
    "GetParticipantInfoFromEmailAddressRequest",
    "GetPersonEntitiesFromEmailAddressRequest",
    "GetPersonsFromEmailAddressRequest",
    "GetPreviewAttachmentFromDocIdRequest",
    "GetPreviewAttachmentFromIdRequest",
    "GetUnsanitizedEMailFromAttachmentIdRequest",
    "GetUnsanitizedEMailFromDocumentAttachmentIdRequest",
    "GetUnsanitizedEMailFromDocumentIdRequest",
    "GetUnsanitizedEMailFromDocumentIdWithoutAttachmentStreamRequest",
    "GetUnsanitizedEMailRequest",
    "GetUnsanitizedPreviewAttachmentFromDocIdRequest",
    "GetUnsanitizedPreviewAttachmentFromIdRequest",
    "HasMXRecordRequest",
    "HasNewMailRequest",
    "HasSPFRecordRequest",
    "InvitationStatus",
    "LatestItemIdByFolderRequest",
    "Link",
    "LocalizedField",
    "MarkAsReadFromServerIdentifiersRequest",
    "MarkAsReadRequest",
    "MarkEmailsAsReadRequest",
    "MoveEmailsToFolderRequest",
    "MoveEmailsToTrashRequest",
    "MoveToFolderFromServerIdentifierRequest",
    "MoveToFolderRequest",
    "Person",
    "PersonEntity",
    "Position",
    "Project",
    "RecurrenceDailyPattern",
    "RecurrenceDate",
    "RecurrenceDayPattern",
    "RecurrenceEndType",
    "RecurrenceInfo",
    "RecurrenceMonthlyPattern",
    "RecurrenceMonthPattern",
    "RecurrencePattern",
    "RecurrenceWeekPattern",
    "RecurrenceYearlyPattern",
    "RecurrenceYearPattern",
    "RefreshFolderForAssociateRequest",
    "RefreshFolderRequest",
    "RelayMessageRequest",
    "ResolveEMailRecipientsRequest",
    "Sale",
    "SaleStatus",
    "SaveDraftRequest",
    "SavedUtmParameters",
    "SaveEMailRequest",
    "SaveEmailToTmpDocumentRequest",
    "SaveRequest",
    "SaveToMailServerRequest",
    "SelectableMDOListItem",
    "SendAndSaveEmailToTmpDocumentRequest",
    "SendEMailsRequest",
    "SendRequest",
    "ServiceAuth",
    "SetRepliedAtRequest",
    "SetSubscriptionRequest",
    "StringDictionary",
    "StructuredAddress",
    "SyncEmailAccountRequest",
    "SyncEmailAccountsRequest",
    "SyncUserAccount",
    "TableRight",
    "TaskType",
    "TicketPriority",
    "ToggleSubscriptionRequest",
    "UserInfo",
    "UserType",
    "Visibility",
    "VisibleFor",
    "Weekday",
    "WeekOfMonth",
)

# Public name -> the module (in this package) that defines it.
_MODULES = {
    "ActivityStatus": ".activity_status",
    "Address": ".address",
    "AddressType": ".address_type",
    "Appointment": ".appointment",
    "AppointmentCautionWarning": ".appointment_caution_warning",
    "AppointmentExternalOwner": ".appointment_external_owner",
    "AppointmentPrivate": ".appointment_private",
    "AppointmentType": ".appointment_type",
    "AssignmentStatus": ".assignment_status",
    "Associate": ".associate",
    "AuthenticateIncomingRequest": ".authenticate_incoming_request",
    "AuthenticateOutgoingRequest": ".authenticate_outgoing_request",
    "AuthenticateRequest": ".authenticate_request",
    "BookingType": ".booking_type",
    "Business": ".business",
    "CalMethod": ".cal_method",
    "CalReplyStatus": ".cal_reply_status",
    "Category": ".category",
    "CategoryGroup": ".category_group",
    "ConsentInfo": ".consent_info",
    "Contact": ".contact",
    "ContactOrPersonFromEmail": ".contact_or_person_from_email",
    "Country": ".country",
    "CreateEMailFromDocumentEntityRequest": ".create_e_mail_from_document_entity_request",
    "CreateEMailFromMimeMessageRequest": ".create_e_mail_from_mime_message_request",
    "CreateFolderRequest": ".create_folder_request",
    "CreateForwardEmailRequest": ".create_forward_email_request",
    "CreateInlineHtmlHeaderRequest": ".create_inline_html_header_request",
    "CreateNewPhysicalDocumentFromEmailAttachmentRequest": ".create_new_physical_document_from_email_attachment_request",
    "CreateNewPhysicalDocumentFromEmailRequest": ".create_new_physical_document_from_email_request",
    "CustomerLanguage": ".customer_language",
    "DeleteEmailsRequest": ".delete_emails_request",
    "DeleteExtendedRequest": ".delete_extended_request",
    "DeleteFolderRequest": ".delete_folder_request",
    "DeleteFromServerIdentifierRequest": ".delete_from_server_identifier_request",
    "DeleteRequest": ".delete_request",
    "DocTmplDirection": ".doc_tmpl_direction",
    "DocTmplQuoteType": ".doc_tmpl_quote_type",
    "DocTmplType": ".doc_tmpl_type",
    "DocumentEntity": ".document_entity",
    "DocumentLockSemantics": ".document_lock_semantics",
    "DocumentTemplate": ".document_template",
    "EFieldRight": ".e_field_right",
    "EMailAccount": ".e_mail_account",
    "EMailAddress": ".e_mail_address",
    "EMailAppointment": ".e_mail_appointment",
    "EMailAttachment": ".e_mail_attachment",
    "EMailConnectionInfo": ".e_mail_connection_info",
    "EMailConnectionInfoExtended": ".e_mail_connection_info_extended",
    "EMailCustomHeader": ".e_mail_custom_header",
    "EMailEntity": ".e_mail_entity",
    "EMailEnvelope": ".e_mail_envelope",
    "EMailFlags": ".e_mail_flags",
    "EMailFolder": ".e_mail_folder",
    "EMailPriority": ".e_mail_priority",
    "EMailSOInfo": ".e_mail_so_info",
    "ETableRight": ".e_table_right",
    "EmptyFolderRequest": ".empty_folder_request",
    "EntityElement": ".entity_element",
    "ErrorInfo": ".error_info",
    "FieldProperty": ".field_property",
    "FieldPropertyDictionary": ".field_property_dictionary",
    "FieldRight": ".field_right",
    "FindAddressRequest": ".find_address_request",
    "FindContactOrPersonByEmailNameRequest": ".find_contact_or_person_by_email_name_request",
    "FindContactOrPersonByEmailNameWithLimitRequest": ".find_contact_or_person_by_email_name_with_limit_request",
    "GetAttachmentFromIdRequest": ".get_attachment_from_id_request",
    "GetAttachmentFromServerIdentifierRequest": ".get_attachment_from_server_identifier_request",
    "GetAttachmentRequest": ".get_attachment_request",
    "GetEMailAccountFromEMailAddressRequest": ".get_e_mail_account_from_e_mail_address_request",
    "GetEMailAddressesRequest": ".get_e_mail_addresses_request",
    "GetEMailAsEmlStreamRequest": ".get_e_mail_as_eml_stream_request",
    "GetEMailAsStreamFromServerIdentifierRequest": ".get_e_mail_as_stream_from_server_identifier_request",
    "GetEMailAsStreamRequest": ".get_e_mail_as_stream_request",
    "GetEMailEnvelopesFromServerIdsRequest": ".get_e_mail_envelopes_from_server_ids_request",
    "GetEMailEnvelopesRequest": ".get_e_mail_envelopes_request",
    "GetEMailFromAttachmentIdRequest": ".get_e_mail_from_attachment_id_request",
    "GetEMailFromDocumentAttachmentIdRequest": ".get_e_mail_from_document_attachment_id_request",
    "GetEMailFromDocumentIdRequest": ".get_e_mail_from_document_id_request",
    "GetEMailFromDocumentIdWithoutAttachmentStreamRequest": ".get_e_mail_from_document_id_without_attachment_stream_request",
    "GetEMailFromIdRequest": ".get_e_mail_from_id_request",
    "GetEMailFromServerIdentifierRequest": ".get_e_mail_from_server_identifier_request",
    "GetEMailFromTempRequest": ".get_e_mail_from_temp_request",
    "GetEMailRequest": ".get_e_mail_request",
    "GetEmailAppointmentRecurrenceRequest": ".get_email_appointment_recurrence_request",
    "GetEmailAppointmentRequest": ".get_email_appointment_request",
    "GetEmailDocumentAsMimeStreamRequest": ".get_email_document_as_mime_stream_request",
    "GetEmailMessageIdsRequest": ".get_email_message_ids_request",
    "GetEmailsAsStringRequest": ".get_emails_as_string_request",
    "GetExtendedEmailMessageIdsRequest": ".get_extended_email_message_ids_request",
    "GetFolderEMailCountRequest": ".get_folder_e_mail_count_request",
    "GetFolderHasNewEMailRequest": ".get_folder_has_new_e_mail_request",
    "GetFolderInfoRequest": ".get_folder_info_request",
    "GetFolderListRequest": ".get_folder_list_request",
    "GetMailFromInReplyToRequest": ".get_mail_from_in_reply_to_request",
    "GetMailFromMessageIdRequest": ".get_mail_from_message_id_request",
    "GetNewMailRequest": ".get_new_mail_request",
    "GetParticipantInfoFromEmailAddressRequest": ".get_participant_info_from_email_address_request",
    "GetPersonEntitiesFromEmailAddressRequest": ".get_person_entities_from_email_address_request",
    "GetPersonsFromEmailAddressRequest": ".get_persons_from_email_address_request",
    "GetPreviewAttachmentFromDocIdRequest": ".get_preview_attachment_from_doc_id_request",
    "GetPreviewAttachmentFromIdRequest": ".get_preview_attachment_from_id_request",
    "GetUnsanitizedEMailFromAttachmentIdRequest": ".get_unsanitized_e_mail_from_attachment_id_request",
    "GetUnsanitizedEMailFromDocumentAttachmentIdRequest": ".get_unsanitized_e_mail_from_document_attachment_id_request",
    "GetUnsanitizedEMailFromDocumentIdRequest": ".get_unsanitized_e_mail_from_document_id_request",
    "GetUnsanitizedEMailFromDocumentIdWithoutAttachmentStreamRequest": ".get_unsanitized_e_mail_from_document_id_without_attachment_stream_request",
    "GetUnsanitizedEMailRequest": ".get_unsanitized_e_mail_request",
    "GetUnsanitizedPreviewAttachmentFromDocIdRequest": ".get_unsanitized_preview_attachment_from_doc_id_request",
    "GetUnsanitizedPreviewAttachmentFromIdRequest": ".get_unsanitized_preview_attachment_from_id_request",
    "HasMXRecordRequest": ".has_mx_record_request",
    "HasNewMailRequest": ".has_new_mail_request",
    "HasSPFRecordRequest": ".has_spf_record_request",
    "InvitationStatus": ".invitation_status",
    "LatestItemIdByFolderRequest": ".latest_item_id_by_folder_request",
    "Link": ".link",
    "LocalizedField": ".localized_field",
    "MarkAsReadFromServerIdentifiersRequest": ".mark_as_read_from_server_identifiers_request",
    "MarkAsReadRequest": ".mark_as_read_request",
    "MarkEmailsAsReadRequest": ".mark_emails_as_read_request",
    "MoveEmailsToFolderRequest": ".move_emails_to_folder_request",
    "MoveEmailsToTrashRequest": ".move_emails_to_trash_request",
    "MoveToFolderFromServerIdentifierRequest": ".move_to_folder_from_server_identifier_request",
    "MoveToFolderRequest": ".move_to_folder_request",
    "Person": ".person",
    "PersonEntity": ".person_entity",
    "Position": ".position",
    "Project": ".project",
    "RecurrenceDailyPattern": ".recurrence_daily_pattern",
    "RecurrenceDate": ".recurrence_date",
    "RecurrenceDayPattern": ".recurrence_day_pattern",
    "RecurrenceEndType": ".recurrence_end_type",
    "RecurrenceInfo": ".recurrence_info",
    "RecurrenceMonthPattern": ".recurrence_month_pattern",
    "RecurrenceMonthlyPattern": ".recurrence_monthly_pattern",
    "RecurrencePattern": ".recurrence_pattern",
    "RecurrenceWeekPattern": ".recurrence_week_pattern",
    "RecurrenceYearPattern": ".recurrence_year_pattern",
    "RecurrenceYearlyPattern": ".recurrence_yearly_pattern",
    "RefreshFolderForAssociateRequest": ".refresh_folder_for_associate_request",
    "RefreshFolderRequest": ".refresh_folder_request",
    "RelayMessageRequest": ".relay_message_request",
    "ResolveEMailRecipientsRequest": ".resolve_e_mail_recipients_request",
    "Sale": ".sale",
    "SaleStatus": ".sale_status",
    "SaveDraftRequest": ".save_draft_request",
    "SaveEMailRequest": ".save_e_mail_request",
    "SaveEmailToTmpDocumentRequest": ".save_email_to_tmp_document_request",
    "SaveRequest": ".save_request",
    "SaveToMailServerRequest": ".save_to_mail_server_request",
    "SavedUtmParameters": ".saved_utm_parameters",
    "SelectableMDOListItem": ".selectable_mdo_list_item",
    "SendAndSaveEmailToTmpDocumentRequest": ".send_and_save_email_to_tmp_document_request",
    "SendEMailsRequest": ".send_e_mails_request",
    "SendRequest": ".send_request",
    "ServiceAuth": ".service_auth",
    "SetRepliedAtRequest": ".set_replied_at_request",
    "SetSubscriptionRequest": ".set_subscription_request",
    "StringDictionary": ".string_dictionary",
    "StructuredAddress": ".structured_address",
    "SyncEmailAccountRequest": ".sync_email_account_request",
    "SyncEmailAccountsRequest": ".sync_email_accounts_request",
    "SyncUserAccount": ".sync_user_account",
    "TableRight": ".table_right",
    "TaskType": ".task_type",
    "TicketPriority": ".ticket_priority",
    "ToggleSubscriptionRequest": ".toggle_subscription_request",
    "UserInfo": ".user_info",
    "UserType": ".user_type",
    "Visibility": ".visibility",
    "VisibleFor": ".visible_for",
    "WeekOfMonth": ".week_of_month",
    "Weekday": ".weekday",
}


def __getattr__(name: str) -> object:
    """Import a model's module the first time one of its names is used (PEP 562)."""
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
