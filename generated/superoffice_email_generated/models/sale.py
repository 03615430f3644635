from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_status import ActivityStatus
from ..models.sale_status import SaleStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Sale")


@_attrs_define
class Sale:
    """A sale as it appears in lists."""

    contact_name: None | str | Unset = UNSET
    sale_date: datetime.datetime | None | Unset = UNSET
    sale_id: int | None | Unset = UNSET
    probability: int | None | Unset = UNSET
    title: None | str | Unset = UNSET
    amount: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    project_name: None | str | Unset = UNSET
    associate_full_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    status: None | SaleStatus | str | Unset = UNSET
    weighted_amount: float | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    earning_percent: float | None | Unset = UNSET
    earning: float | None | Unset = UNSET
    contact_id: int | None | Unset = UNSET
    associate_id: int | None | Unset = UNSET
    person_id: int | None | Unset = UNSET
    sale_type_id: int | None | Unset = UNSET
    sale_type_name: None | str | Unset = UNSET
    person_full_name: None | str | Unset = UNSET
    completed: ActivityStatus | None | str | Unset = UNSET
    active_erp_links: int | None | Unset = UNSET
    next_due_date: datetime.datetime | None | Unset = UNSET
    number: None | str | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldPropertyDictionary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        sale_date: None | str | Unset
        if isinstance(self.sale_date, Unset):
            sale_date = UNSET
        elif isinstance(self.sale_date, datetime.datetime):
            sale_date = self.sale_date.isoformat()
        else:
            sale_date = self.sale_date

        sale_id: int | None | Unset
        if isinstance(self.sale_id, Unset):
            sale_id = UNSET
        else:
            sale_id = self.sale_id

        probability: int | None | Unset
        if isinstance(self.probability, Unset):
            probability = UNSET
        else:
            probability = self.probability

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        project_name: None | str | Unset
        if isinstance(self.project_name, Unset):
            project_name = UNSET
        else:
            project_name = self.project_name

        associate_full_name: None | str | Unset
        if isinstance(self.associate_full_name, Unset):
            associate_full_name = UNSET
        else:
            associate_full_name = self.associate_full_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, SaleStatus):
            status = self.status.value
        else:
            status = self.status

        weighted_amount: float | None | Unset
        if isinstance(self.weighted_amount, Unset):
            weighted_amount = UNSET
        else:
            weighted_amount = self.weighted_amount

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        earning_percent: float | None | Unset
        if isinstance(self.earning_percent, Unset):
            earning_percent = UNSET
        else:
            earning_percent = self.earning_percent

        earning: float | None | Unset
        if isinstance(self.earning, Unset):
            earning = UNSET
        else:
            earning = self.earning

        contact_id: int | None | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        associate_id: int | None | Unset
        if isinstance(self.associate_id, Unset):
            associate_id = UNSET
        else:
            associate_id = self.associate_id

        person_id: int | None | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        sale_type_id: int | None | Unset
        if isinstance(self.sale_type_id, Unset):
            sale_type_id = UNSET
        else:
            sale_type_id = self.sale_type_id

        sale_type_name: None | str | Unset
        if isinstance(self.sale_type_name, Unset):
            sale_type_name = UNSET
        else:
            sale_type_name = self.sale_type_name

        person_full_name: None | str | Unset
        if isinstance(self.person_full_name, Unset):
            person_full_name = UNSET
        else:
            person_full_name = self.person_full_name

        completed: None | str | Unset
        if isinstance(self.completed, Unset):
            completed = UNSET
        elif isinstance(self.completed, ActivityStatus):
            completed = self.completed.value
        else:
            completed = self.completed

        active_erp_links: int | None | Unset
        if isinstance(self.active_erp_links, Unset):
            active_erp_links = UNSET
        else:
            active_erp_links = self.active_erp_links

        next_due_date: None | str | Unset
        if isinstance(self.next_due_date, Unset):
            next_due_date = UNSET
        elif isinstance(self.next_due_date, datetime.datetime):
            next_due_date = self.next_due_date.isoformat()
        else:
            next_due_date = self.next_due_date

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

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
        if contact_name is not UNSET:
            field_dict["ContactName"] = contact_name
        if sale_date is not UNSET:
            field_dict["SaleDate"] = sale_date
        if sale_id is not UNSET:
            field_dict["SaleId"] = sale_id
        if probability is not UNSET:
            field_dict["Probability"] = probability
        if title is not UNSET:
            field_dict["Title"] = title
        if amount is not UNSET:
            field_dict["Amount"] = amount
        if currency is not UNSET:
            field_dict["Currency"] = currency
        if project_name is not UNSET:
            field_dict["ProjectName"] = project_name
        if associate_full_name is not UNSET:
            field_dict["AssociateFullName"] = associate_full_name
        if description is not UNSET:
            field_dict["Description"] = description
        if status is not UNSET:
            field_dict["Status"] = status
        if weighted_amount is not UNSET:
            field_dict["WeightedAmount"] = weighted_amount
        if project_id is not UNSET:
            field_dict["ProjectId"] = project_id
        if earning_percent is not UNSET:
            field_dict["EarningPercent"] = earning_percent
        if earning is not UNSET:
            field_dict["Earning"] = earning
        if contact_id is not UNSET:
            field_dict["ContactId"] = contact_id
        if associate_id is not UNSET:
            field_dict["AssociateId"] = associate_id
        if person_id is not UNSET:
            field_dict["PersonId"] = person_id
        if sale_type_id is not UNSET:
            field_dict["SaleTypeId"] = sale_type_id
        if sale_type_name is not UNSET:
            field_dict["SaleTypeName"] = sale_type_name
        if person_full_name is not UNSET:
            field_dict["PersonFullName"] = person_full_name
        if completed is not UNSET:
            field_dict["Completed"] = completed
        if active_erp_links is not UNSET:
            field_dict["ActiveErpLinks"] = active_erp_links
        if next_due_date is not UNSET:
            field_dict["NextDueDate"] = next_due_date
        if number is not UNSET:
            field_dict["Number"] = number
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_name: None | str | Unset = d.pop("ContactName", UNSET)

        sale_date = _parse_sale_date(d.pop("SaleDate", UNSET))

        sale_id: int | None | Unset = d.pop("SaleId", UNSET)

        probability: int | None | Unset = d.pop("Probability", UNSET)

        title: None | str | Unset = d.pop("Title", UNSET)

        amount: float | None | Unset = d.pop("Amount", UNSET)

        currency: None | str | Unset = d.pop("Currency", UNSET)

        project_name: None | str | Unset = d.pop("ProjectName", UNSET)

        associate_full_name: None | str | Unset = d.pop("AssociateFullName", UNSET)

        description: None | str | Unset = d.pop("Description", UNSET)

        status = _parse_status(d.pop("Status", UNSET))

        weighted_amount: float | None | Unset = d.pop("WeightedAmount", UNSET)

        project_id: int | None | Unset = d.pop("ProjectId", UNSET)

        earning_percent: float | None | Unset = d.pop("EarningPercent", UNSET)

        earning: float | None | Unset = d.pop("Earning", UNSET)

        contact_id: int | None | Unset = d.pop("ContactId", UNSET)

        associate_id: int | None | Unset = d.pop("AssociateId", UNSET)

        person_id: int | None | Unset = d.pop("PersonId", UNSET)

        sale_type_id: int | None | Unset = d.pop("SaleTypeId", UNSET)

        sale_type_name: None | str | Unset = d.pop("SaleTypeName", UNSET)

        person_full_name: None | str | Unset = d.pop("PersonFullName", UNSET)

        completed = _parse_completed(d.pop("Completed", UNSET))

        active_erp_links: int | None | Unset = d.pop("ActiveErpLinks", UNSET)

        next_due_date = _parse_next_due_date(d.pop("NextDueDate", UNSET))

        number: None | str | Unset = d.pop("Number", UNSET)

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

        sale = cls(
            contact_name=contact_name,
            sale_date=sale_date,
            sale_id=sale_id,
            probability=probability,
            title=title,
            amount=amount,
            currency=currency,
            project_name=project_name,
            associate_full_name=associate_full_name,
            description=description,
            status=status,
            weighted_amount=weighted_amount,
            project_id=project_id,
            earning_percent=earning_percent,
            earning=earning,
            contact_id=contact_id,
            associate_id=associate_id,
            person_id=person_id,
            sale_type_id=sale_type_id,
            sale_type_name=sale_type_name,
            person_full_name=person_full_name,
            completed=completed,
            active_erp_links=active_erp_links,
            next_due_date=next_due_date,
            number=number,
            table_right=table_right,
            field_properties=field_properties,
        )

        sale.additional_properties = d
        return sale

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


def _parse_sale_date(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        sale_date_type_0 = datetime.datetime.fromisoformat(data)

        return sale_date_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_status(data: object) -> None | SaleStatus | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = SaleStatus(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | SaleStatus | str | Unset", data)


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


def _parse_next_due_date(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        next_due_date_type_0 = datetime.datetime.fromisoformat(data)

        return next_due_date_type_0
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
