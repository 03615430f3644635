from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_status import ActivityStatus
from ..models.appointment_caution_warning import AppointmentCautionWarning
from ..models.appointment_external_owner import AppointmentExternalOwner
from ..models.appointment_private import AppointmentPrivate
from ..models.appointment_type import AppointmentType
from ..models.assignment_status import AssignmentStatus
from ..models.booking_type import BookingType
from ..models.invitation_status import InvitationStatus
from ..models.recurrence_pattern import RecurrencePattern
from ..models.task_type import TaskType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Appointment")


@_attrs_define
class Appointment:
    """A diary entry or task as it appears in lists, with its links to company, person, project and sale."""

    appointment_id: int | None | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    type_: AppointmentType | None | str | Unset = UNSET
    task: None | str | Unset = UNSET
    associate_full_name: None | str | Unset = UNSET
    contact_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    person_full_name: None | str | Unset = UNSET
    person_id: int | None | Unset = UNSET
    contact_id: int | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    project_name: None | str | Unset = UNSET
    is_published: bool | None | Unset = UNSET
    associate_id: int | None | Unset = UNSET
    color_index: int | None | Unset = UNSET
    is_free: bool | None | Unset = UNSET
    has_alarm: bool | None | Unset = UNSET
    is_allday_event: bool | None | Unset = UNSET
    private: AppointmentPrivate | None | str | Unset = UNSET
    priority_id: int | None | Unset = UNSET
    priority_name: None | str | Unset = UNSET
    task_type: None | str | TaskType | Unset = UNSET
    is_booking_main: bool | None | Unset = UNSET
    is_recurrence: bool | None | Unset = UNSET
    is_booking: bool | None | Unset = UNSET
    active_date: datetime.datetime | None | Unset = UNSET
    assignment_status: AssignmentStatus | None | str | Unset = UNSET
    invitation_status: InvitationStatus | None | str | Unset = UNSET
    booking_type: BookingType | None | str | Unset = UNSET
    completed: ActivityStatus | None | str | Unset = UNSET
    recurring_pattern: None | RecurrencePattern | str | Unset = UNSET
    recurring_start_date: datetime.datetime | None | Unset = UNSET
    recurring_end_date: datetime.datetime | None | Unset = UNSET
    mother_id: int | None | Unset = UNSET
    assigned_by: int | None | Unset = UNSET
    assigned_by_full_name: None | str | Unset = UNSET
    reject_reason: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    alarm_lead_time: None | str | Unset = UNSET
    """ A time span as the server writes it, such as 00:15:00. """
    sale_id: int | None | Unset = UNSET
    sale_name: None | str | Unset = UNSET
    associate_name: None | str | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_by_full_name: None | str | Unset = UNSET
    created_by_associate_id: int | None | Unset = UNSET
    caution_warning: AppointmentCautionWarning | None | str | Unset = UNSET
    owned_externally: AppointmentExternalOwner | None | str | Unset = UNSET
    mother_associate_id: int | None | Unset = UNSET
    join_videomeet_url: None | str | Unset = UNSET
    preferred_tz_location: int | None | Unset = UNSET
    title: None | str | Unset = UNSET
    agenda: None | str | Unset = UNSET
    internal_notes: None | str | Unset = UNSET
    task_id: int | None | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appointment_id: int | None | Unset
        if isinstance(self.appointment_id, Unset):
            appointment_id = UNSET
        else:
            appointment_id = self.appointment_id

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AppointmentType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        task: None | str | Unset
        if isinstance(self.task, Unset):
            task = UNSET
        else:
            task = self.task

        associate_full_name: None | str | Unset
        if isinstance(self.associate_full_name, Unset):
            associate_full_name = UNSET
        else:
            associate_full_name = self.associate_full_name

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        person_full_name: None | str | Unset
        if isinstance(self.person_full_name, Unset):
            person_full_name = UNSET
        else:
            person_full_name = self.person_full_name

        person_id: int | None | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        contact_id: int | None | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        project_name: None | str | Unset
        if isinstance(self.project_name, Unset):
            project_name = UNSET
        else:
            project_name = self.project_name

        is_published: bool | None | Unset
        if isinstance(self.is_published, Unset):
            is_published = UNSET
        else:
            is_published = self.is_published

        associate_id: int | None | Unset
        if isinstance(self.associate_id, Unset):
            associate_id = UNSET
        else:
            associate_id = self.associate_id

        color_index: int | None | Unset
        if isinstance(self.color_index, Unset):
            color_index = UNSET
        else:
            color_index = self.color_index

        is_free: bool | None | Unset
        if isinstance(self.is_free, Unset):
            is_free = UNSET
        else:
            is_free = self.is_free

        has_alarm: bool | None | Unset
        if isinstance(self.has_alarm, Unset):
            has_alarm = UNSET
        else:
            has_alarm = self.has_alarm

        is_allday_event: bool | None | Unset
        if isinstance(self.is_allday_event, Unset):
            is_allday_event = UNSET
        else:
            is_allday_event = self.is_allday_event

        private: None | str | Unset
        if isinstance(self.private, Unset):
            private = UNSET
        elif isinstance(self.private, AppointmentPrivate):
            private = self.private.value
        else:
            private = self.private

        priority_id: int | None | Unset
        if isinstance(self.priority_id, Unset):
            priority_id = UNSET
        else:
            priority_id = self.priority_id

        priority_name: None | str | Unset
        if isinstance(self.priority_name, Unset):
            priority_name = UNSET
        else:
            priority_name = self.priority_name

        task_type: None | str | Unset
        if isinstance(self.task_type, Unset):
            task_type = UNSET
        elif isinstance(self.task_type, TaskType):
            task_type = self.task_type.value
        else:
            task_type = self.task_type

        is_booking_main: bool | None | Unset
        if isinstance(self.is_booking_main, Unset):
            is_booking_main = UNSET
        else:
            is_booking_main = self.is_booking_main

        is_recurrence: bool | None | Unset
        if isinstance(self.is_recurrence, Unset):
            is_recurrence = UNSET
        else:
            is_recurrence = self.is_recurrence

        is_booking: bool | None | Unset
        if isinstance(self.is_booking, Unset):
            is_booking = UNSET
        else:
            is_booking = self.is_booking

        active_date: None | str | Unset
        if isinstance(self.active_date, Unset):
            active_date = UNSET
        elif isinstance(self.active_date, datetime.datetime):
            active_date = self.active_date.isoformat()
        else:
            active_date = self.active_date

        assignment_status: None | str | Unset
        if isinstance(self.assignment_status, Unset):
            assignment_status = UNSET
        elif isinstance(self.assignment_status, AssignmentStatus):
            assignment_status = self.assignment_status.value
        else:
            assignment_status = self.assignment_status

        invitation_status: None | str | Unset
        if isinstance(self.invitation_status, Unset):
            invitation_status = UNSET
        elif isinstance(self.invitation_status, InvitationStatus):
            invitation_status = self.invitation_status.value
        else:
            invitation_status = self.invitation_status

        booking_type: None | str | Unset
        if isinstance(self.booking_type, Unset):
            booking_type = UNSET
        elif isinstance(self.booking_type, BookingType):
            booking_type = self.booking_type.value
        else:
            booking_type = self.booking_type

        completed: None | str | Unset
        if isinstance(self.completed, Unset):
            completed = UNSET
        elif isinstance(self.completed, ActivityStatus):
            completed = self.completed.value
        else:
            completed = self.completed

        recurring_pattern: None | str | Unset
        if isinstance(self.recurring_pattern, Unset):
            recurring_pattern = UNSET
        elif isinstance(self.recurring_pattern, RecurrencePattern):
            recurring_pattern = self.recurring_pattern.value
        else:
            recurring_pattern = self.recurring_pattern

        recurring_start_date: None | str | Unset
        if isinstance(self.recurring_start_date, Unset):
            recurring_start_date = UNSET
        elif isinstance(self.recurring_start_date, datetime.datetime):
            recurring_start_date = self.recurring_start_date.isoformat()
        else:
            recurring_start_date = self.recurring_start_date

        recurring_end_date: None | str | Unset
        if isinstance(self.recurring_end_date, Unset):
            recurring_end_date = UNSET
        elif isinstance(self.recurring_end_date, datetime.datetime):
            recurring_end_date = self.recurring_end_date.isoformat()
        else:
            recurring_end_date = self.recurring_end_date

        mother_id: int | None | Unset
        if isinstance(self.mother_id, Unset):
            mother_id = UNSET
        else:
            mother_id = self.mother_id

        assigned_by: int | None | Unset
        if isinstance(self.assigned_by, Unset):
            assigned_by = UNSET
        else:
            assigned_by = self.assigned_by

        assigned_by_full_name: None | str | Unset
        if isinstance(self.assigned_by_full_name, Unset):
            assigned_by_full_name = UNSET
        else:
            assigned_by_full_name = self.assigned_by_full_name

        reject_reason: None | str | Unset
        if isinstance(self.reject_reason, Unset):
            reject_reason = UNSET
        else:
            reject_reason = self.reject_reason

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        alarm_lead_time: None | str | Unset
        if isinstance(self.alarm_lead_time, Unset):
            alarm_lead_time = UNSET
        else:
            alarm_lead_time = self.alarm_lead_time

        sale_id: int | None | Unset
        if isinstance(self.sale_id, Unset):
            sale_id = UNSET
        else:
            sale_id = self.sale_id

        sale_name: None | str | Unset
        if isinstance(self.sale_name, Unset):
            sale_name = UNSET
        else:
            sale_name = self.sale_name

        associate_name: None | str | Unset
        if isinstance(self.associate_name, Unset):
            associate_name = UNSET
        else:
            associate_name = self.associate_name

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        created_by_full_name: None | str | Unset
        if isinstance(self.created_by_full_name, Unset):
            created_by_full_name = UNSET
        else:
            created_by_full_name = self.created_by_full_name

        created_by_associate_id: int | None | Unset
        if isinstance(self.created_by_associate_id, Unset):
            created_by_associate_id = UNSET
        else:
            created_by_associate_id = self.created_by_associate_id

        caution_warning: None | str | Unset
        if isinstance(self.caution_warning, Unset):
            caution_warning = UNSET
        elif isinstance(self.caution_warning, AppointmentCautionWarning):
            caution_warning = self.caution_warning.value
        else:
            caution_warning = self.caution_warning

        owned_externally: None | str | Unset
        if isinstance(self.owned_externally, Unset):
            owned_externally = UNSET
        elif isinstance(self.owned_externally, AppointmentExternalOwner):
            owned_externally = self.owned_externally.value
        else:
            owned_externally = self.owned_externally

        mother_associate_id: int | None | Unset
        if isinstance(self.mother_associate_id, Unset):
            mother_associate_id = UNSET
        else:
            mother_associate_id = self.mother_associate_id

        join_videomeet_url: None | str | Unset
        if isinstance(self.join_videomeet_url, Unset):
            join_videomeet_url = UNSET
        else:
            join_videomeet_url = self.join_videomeet_url

        preferred_tz_location: int | None | Unset
        if isinstance(self.preferred_tz_location, Unset):
            preferred_tz_location = UNSET
        else:
            preferred_tz_location = self.preferred_tz_location

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        agenda: None | str | Unset
        if isinstance(self.agenda, Unset):
            agenda = UNSET
        else:
            agenda = self.agenda

        internal_notes: None | str | Unset
        if isinstance(self.internal_notes, Unset):
            internal_notes = UNSET
        else:
            internal_notes = self.internal_notes

        task_id: int | None | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

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
        if appointment_id is not UNSET:
            field_dict["AppointmentId"] = appointment_id
        if start_date is not UNSET:
            field_dict["StartDate"] = start_date
        if end_date is not UNSET:
            field_dict["EndDate"] = end_date
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if task is not UNSET:
            field_dict["Task"] = task
        if associate_full_name is not UNSET:
            field_dict["AssociateFullName"] = associate_full_name
        if contact_name is not UNSET:
            field_dict["ContactName"] = contact_name
        if description is not UNSET:
            field_dict["Description"] = description
        if person_full_name is not UNSET:
            field_dict["PersonFullName"] = person_full_name
        if person_id is not UNSET:
            field_dict["PersonId"] = person_id
        if contact_id is not UNSET:
            field_dict["ContactId"] = contact_id
        if project_id is not UNSET:
            field_dict["ProjectId"] = project_id
        if project_name is not UNSET:
            field_dict["ProjectName"] = project_name
        if is_published is not UNSET:
            field_dict["IsPublished"] = is_published
        if associate_id is not UNSET:
            field_dict["AssociateId"] = associate_id
        if color_index is not UNSET:
            field_dict["ColorIndex"] = color_index
        if is_free is not UNSET:
            field_dict["IsFree"] = is_free
        if has_alarm is not UNSET:
            field_dict["HasAlarm"] = has_alarm
        if is_allday_event is not UNSET:
            field_dict["IsAlldayEvent"] = is_allday_event
        if private is not UNSET:
            field_dict["Private"] = private
        if priority_id is not UNSET:
            field_dict["PriorityId"] = priority_id
        if priority_name is not UNSET:
            field_dict["PriorityName"] = priority_name
        if task_type is not UNSET:
            field_dict["TaskType"] = task_type
        if is_booking_main is not UNSET:
            field_dict["IsBookingMain"] = is_booking_main
        if is_recurrence is not UNSET:
            field_dict["IsRecurrence"] = is_recurrence
        if is_booking is not UNSET:
            field_dict["IsBooking"] = is_booking
        if active_date is not UNSET:
            field_dict["ActiveDate"] = active_date
        if assignment_status is not UNSET:
            field_dict["AssignmentStatus"] = assignment_status
        if invitation_status is not UNSET:
            field_dict["InvitationStatus"] = invitation_status
        if booking_type is not UNSET:
            field_dict["BookingType"] = booking_type
        if completed is not UNSET:
            field_dict["Completed"] = completed
        if recurring_pattern is not UNSET:
            field_dict["RecurringPattern"] = recurring_pattern
        if recurring_start_date is not UNSET:
            field_dict["RecurringStartDate"] = recurring_start_date
        if recurring_end_date is not UNSET:
            field_dict["RecurringEndDate"] = recurring_end_date
        if mother_id is not UNSET:
            field_dict["MotherId"] = mother_id
        if assigned_by is not UNSET:
            field_dict["AssignedBy"] = assigned_by
        if assigned_by_full_name is not UNSET:
            field_dict["AssignedByFullName"] = assigned_by_full_name
        if reject_reason is not UNSET:
            field_dict["RejectReason"] = reject_reason
        if location is not UNSET:
            field_dict["Location"] = location
        if alarm_lead_time is not UNSET:
            field_dict["AlarmLeadTime"] = alarm_lead_time
        if sale_id is not UNSET:
            field_dict["SaleId"] = sale_id
        if sale_name is not UNSET:
            field_dict["SaleName"] = sale_name
        if associate_name is not UNSET:
            field_dict["AssociateName"] = associate_name
        if created_date is not UNSET:
            field_dict["CreatedDate"] = created_date
        if created_by is not UNSET:
            field_dict["CreatedBy"] = created_by
        if created_by_full_name is not UNSET:
            field_dict["CreatedByFullName"] = created_by_full_name
        if created_by_associate_id is not UNSET:
            field_dict["CreatedByAssociateId"] = created_by_associate_id
        if caution_warning is not UNSET:
            field_dict["CautionWarning"] = caution_warning
        if owned_externally is not UNSET:
            field_dict["OwnedExternally"] = owned_externally
        if mother_associate_id is not UNSET:
            field_dict["MotherAssociateId"] = mother_associate_id
        if join_videomeet_url is not UNSET:
            field_dict["JoinVideomeetUrl"] = join_videomeet_url
        if preferred_tz_location is not UNSET:
            field_dict["PreferredTZLocation"] = preferred_tz_location
        if title is not UNSET:
            field_dict["Title"] = title
        if agenda is not UNSET:
            field_dict["Agenda"] = agenda
        if internal_notes is not UNSET:
            field_dict["InternalNotes"] = internal_notes
        if task_id is not UNSET:
            field_dict["TaskId"] = task_id
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        appointment_id: int | None | Unset = d.pop("AppointmentId", UNSET)

        start_date = _parse_start_date(d.pop("StartDate", UNSET))

        end_date = _parse_end_date(d.pop("EndDate", UNSET))

        type_ = _parse_type_(d.pop("Type", UNSET))

        task: None | str | Unset = d.pop("Task", UNSET)

        associate_full_name: None | str | Unset = d.pop("AssociateFullName", UNSET)

        contact_name: None | str | Unset = d.pop("ContactName", UNSET)

        description: None | str | Unset = d.pop("Description", UNSET)

        person_full_name: None | str | Unset = d.pop("PersonFullName", UNSET)

        person_id: int | None | Unset = d.pop("PersonId", UNSET)

        contact_id: int | None | Unset = d.pop("ContactId", UNSET)

        project_id: int | None | Unset = d.pop("ProjectId", UNSET)

        project_name: None | str | Unset = d.pop("ProjectName", UNSET)

        is_published: bool | None | Unset = d.pop("IsPublished", UNSET)

        associate_id: int | None | Unset = d.pop("AssociateId", UNSET)

        color_index: int | None | Unset = d.pop("ColorIndex", UNSET)

        is_free: bool | None | Unset = d.pop("IsFree", UNSET)

        has_alarm: bool | None | Unset = d.pop("HasAlarm", UNSET)

        is_allday_event: bool | None | Unset = d.pop("IsAlldayEvent", UNSET)

        private = _parse_private(d.pop("Private", UNSET))

        priority_id: int | None | Unset = d.pop("PriorityId", UNSET)

        priority_name: None | str | Unset = d.pop("PriorityName", UNSET)

        task_type = _parse_task_type(d.pop("TaskType", UNSET))

        is_booking_main: bool | None | Unset = d.pop("IsBookingMain", UNSET)

        is_recurrence: bool | None | Unset = d.pop("IsRecurrence", UNSET)

        is_booking: bool | None | Unset = d.pop("IsBooking", UNSET)

        active_date = _parse_active_date(d.pop("ActiveDate", UNSET))

        assignment_status = _parse_assignment_status(d.pop("AssignmentStatus", UNSET))

        invitation_status = _parse_invitation_status(d.pop("InvitationStatus", UNSET))

        booking_type = _parse_booking_type(d.pop("BookingType", UNSET))

        completed = _parse_completed(d.pop("Completed", UNSET))

        recurring_pattern = _parse_recurring_pattern(d.pop("RecurringPattern", UNSET))

        recurring_start_date = _parse_recurring_start_date(d.pop("RecurringStartDate", UNSET))

        recurring_end_date = _parse_recurring_end_date(d.pop("RecurringEndDate", UNSET))

        mother_id: int | None | Unset = d.pop("MotherId", UNSET)

        assigned_by: int | None | Unset = d.pop("AssignedBy", UNSET)

        assigned_by_full_name: None | str | Unset = d.pop("AssignedByFullName", UNSET)

        reject_reason: None | str | Unset = d.pop("RejectReason", UNSET)

        location: None | str | Unset = d.pop("Location", UNSET)

        alarm_lead_time: None | str | Unset = d.pop("AlarmLeadTime", UNSET)

        sale_id: int | None | Unset = d.pop("SaleId", UNSET)

        sale_name: None | str | Unset = d.pop("SaleName", UNSET)

        associate_name: None | str | Unset = d.pop("AssociateName", UNSET)

        created_date = _parse_created_date(d.pop("CreatedDate", UNSET))

        created_by: None | str | Unset = d.pop("CreatedBy", UNSET)

        created_by_full_name: None | str | Unset = d.pop("CreatedByFullName", UNSET)

        created_by_associate_id: int | None | Unset = d.pop("CreatedByAssociateId", UNSET)

        caution_warning = _parse_caution_warning(d.pop("CautionWarning", UNSET))

        owned_externally = _parse_owned_externally(d.pop("OwnedExternally", UNSET))

        mother_associate_id: int | None | Unset = d.pop("MotherAssociateId", UNSET)

        join_videomeet_url: None | str | Unset = d.pop("JoinVideomeetUrl", UNSET)

        preferred_tz_location: int | None | Unset = d.pop("PreferredTZLocation", UNSET)

        title: None | str | Unset = d.pop("Title", UNSET)

        agenda: None | str | Unset = d.pop("Agenda", UNSET)

        internal_notes: None | str | Unset = d.pop("InternalNotes", UNSET)

        task_id: int | None | Unset = d.pop("TaskId", UNSET)

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        appointment = cls(
            appointment_id=appointment_id,
            start_date=start_date,
            end_date=end_date,
            type_=type_,
            task=task,
            associate_full_name=associate_full_name,
            contact_name=contact_name,
            description=description,
            person_full_name=person_full_name,
            person_id=person_id,
            contact_id=contact_id,
            project_id=project_id,
            project_name=project_name,
            is_published=is_published,
            associate_id=associate_id,
            color_index=color_index,
            is_free=is_free,
            has_alarm=has_alarm,
            is_allday_event=is_allday_event,
            private=private,
            priority_id=priority_id,
            priority_name=priority_name,
            task_type=task_type,
            is_booking_main=is_booking_main,
            is_recurrence=is_recurrence,
            is_booking=is_booking,
            active_date=active_date,
            assignment_status=assignment_status,
            invitation_status=invitation_status,
            booking_type=booking_type,
            completed=completed,
            recurring_pattern=recurring_pattern,
            recurring_start_date=recurring_start_date,
            recurring_end_date=recurring_end_date,
            mother_id=mother_id,
            assigned_by=assigned_by,
            assigned_by_full_name=assigned_by_full_name,
            reject_reason=reject_reason,
            location=location,
            alarm_lead_time=alarm_lead_time,
            sale_id=sale_id,
            sale_name=sale_name,
            associate_name=associate_name,
            created_date=created_date,
            created_by=created_by,
            created_by_full_name=created_by_full_name,
            created_by_associate_id=created_by_associate_id,
            caution_warning=caution_warning,
            owned_externally=owned_externally,
            mother_associate_id=mother_associate_id,
            join_videomeet_url=join_videomeet_url,
            preferred_tz_location=preferred_tz_location,
            title=title,
            agenda=agenda,
            internal_notes=internal_notes,
            task_id=task_id,
            table_right=table_right,
            field_properties=field_properties,
        )

        appointment.additional_properties = d
        return appointment

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


def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        start_date_type_0 = datetime.datetime.fromisoformat(data)

        return start_date_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        end_date_type_0 = datetime.datetime.fromisoformat(data)

        return end_date_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_type_(data: object) -> AppointmentType | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = AppointmentType(data)

        return type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AppointmentType | None | str | Unset", data)


def _parse_private(data: object) -> AppointmentPrivate | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        private_type_0 = AppointmentPrivate(data)

        return private_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AppointmentPrivate | None | str | Unset", data)


def _parse_task_type(data: object) -> None | str | TaskType | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        task_type_type_0 = TaskType(data)

        return task_type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | str | TaskType | Unset", data)


def _parse_active_date(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        active_date_type_0 = datetime.datetime.fromisoformat(data)

        return active_date_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_assignment_status(data: object) -> AssignmentStatus | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        assignment_status_type_0 = AssignmentStatus(data)

        return assignment_status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AssignmentStatus | None | str | Unset", data)


def _parse_invitation_status(data: object) -> InvitationStatus | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        invitation_status_type_0 = InvitationStatus(data)

        return invitation_status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("InvitationStatus | None | str | Unset", data)


def _parse_booking_type(data: object) -> BookingType | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        booking_type_type_0 = BookingType(data)

        return booking_type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("BookingType | None | str | Unset", data)


def _parse_completed(data: object) -> ActivityStatus | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        completed_type_0 = ActivityStatus(data)

        return completed_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("ActivityStatus | None | str | Unset", data)


def _parse_recurring_pattern(data: object) -> None | RecurrencePattern | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        recurring_pattern_type_0 = RecurrencePattern(data)

        return recurring_pattern_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | RecurrencePattern | str | Unset", data)


def _parse_recurring_start_date(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        recurring_start_date_type_0 = datetime.datetime.fromisoformat(data)

        return recurring_start_date_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_recurring_end_date(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        recurring_end_date_type_0 = datetime.datetime.fromisoformat(data)

        return recurring_end_date_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_created_date(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        created_date_type_0 = datetime.datetime.fromisoformat(data)

        return created_date_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_caution_warning(data: object) -> AppointmentCautionWarning | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        caution_warning_type_0 = AppointmentCautionWarning(data)

        return caution_warning_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AppointmentCautionWarning | None | str | Unset", data)


def _parse_owned_externally(data: object) -> AppointmentExternalOwner | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        owned_externally_type_0 = AppointmentExternalOwner(data)

        return owned_externally_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AppointmentExternalOwner | None | str | Unset", data)


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
