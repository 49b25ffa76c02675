"""Services and referrals: what the team delivered and where it referred the participant (PC 1001.86's
service list plus the harm-reduction services funders count), with what it cost, how many units (nights,
passes) and which funding paid (a code of the program's service catalogue, or typed text)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from leaddesk.domain import Service
from leaddesk.domain.clock import local_today
from leaddesk.domain.enums import ServiceKind
from leaddesk.ui.display import money, number
from leaddesk.ui.participant.casework_fields import (
    CountEditor,
    MoneyEditor,
    catalogue_field,
    catalogue_text,
)
from leaddesk.ui.participant.form_fields import CHOICE, DATE, MULTILINE, TEXT, FieldSpec, enum_options
from leaddesk.ui.participant.records_model import Column, count_text, day, enum_text, one_line
from leaddesk.ui.participant.records_tab import RecordsTab
from leaddesk.ui.text import fill

SERVICE_KIND_LABELS = {
    ServiceKind.CASE_MANAGEMENT: QT_TRANSLATE_NOOP("RecordTabs", "Case management"),
    ServiceKind.HOUSING: QT_TRANSLATE_NOOP("RecordTabs", "Housing"),
    ServiceKind.MEDICAL: QT_TRANSLATE_NOOP("RecordTabs", "Medical care"),
    ServiceKind.MENTAL_HEALTH: QT_TRANSLATE_NOOP("RecordTabs", "Mental health"),
    ServiceKind.SUD_TREATMENT: QT_TRANSLATE_NOOP("RecordTabs", "Substance use treatment"),
    ServiceKind.RECOVERY_SUPPORT: QT_TRANSLATE_NOOP("RecordTabs", "Recovery support"),
    ServiceKind.MAT: QT_TRANSLATE_NOOP("RecordTabs", "Medication for addiction treatment (MAT)"),
    ServiceKind.NALOXONE: QT_TRANSLATE_NOOP("RecordTabs", "Naloxone"),
    ServiceKind.NUTRITIONAL_COUNSELING: QT_TRANSLATE_NOOP("RecordTabs", "Nutritional counseling"),
    ServiceKind.PSYCHOLOGICAL_COUNSELING: QT_TRANSLATE_NOOP("RecordTabs", "Psychological counseling"),
    ServiceKind.EMPLOYMENT: QT_TRANSLATE_NOOP("RecordTabs", "Employment"),
    ServiceKind.TRAINING_EDUCATION: QT_TRANSLATE_NOOP("RecordTabs", "Training and education"),
    ServiceKind.CIVIL_LEGAL: QT_TRANSLATE_NOOP("RecordTabs", "Civil legal help"),
    ServiceKind.SYSTEM_NAVIGATION: QT_TRANSLATE_NOOP("RecordTabs", "System navigation"),
    ServiceKind.BASIC_NEEDS: QT_TRANSLATE_NOOP("RecordTabs", "Basic needs (other)"),
    ServiceKind.GROCERIES: QT_TRANSLATE_NOOP("RecordTabs", "Groceries"),
    ServiceKind.HYGIENE: QT_TRANSLATE_NOOP("RecordTabs", "Hygiene supplies"),
    ServiceKind.CLOTHING: QT_TRANSLATE_NOOP("RecordTabs", "Clothing"),
    ServiceKind.HOTEL_MOTEL: QT_TRANSLATE_NOOP("RecordTabs", "Hotel or motel"),
    ServiceKind.PHONE: QT_TRANSLATE_NOOP("RecordTabs", "Phone"),
    ServiceKind.TRANSPORT: QT_TRANSLATE_NOOP("RecordTabs", "Transport"),
    ServiceKind.FLEXIBLE_FUNDS: QT_TRANSLATE_NOOP("RecordTabs", "Flexible funds"),
    ServiceKind.OTHER: QT_TRANSLATE_NOOP("RecordTabs", "Other"),
}


class ServicesTab(RecordsTab):
    entity = Service.entity
    order = ("delivered_on", "created_at")
    descending = True

    def columns(self) -> list[Column]:
        # The program's list as the tab opens: read once, not once per row.
        catalogue = self.session.desk.program.settings().service_catalogue
        return [
            Column(self.tr("Date"), lambda s: day(s.delivered_on), sort=("delivered_on", "created_at")),
            Column(self.tr("Service"), lambda s: enum_text(s.kind, SERVICE_KIND_LABELS), sort=("kind",)),
            Column(self.tr("Provider"), lambda s: one_line(s.provider, 50), sort=("provider",)),
            Column(self.tr("Referral or delivered"), self._how, sort=("is_referral", "delivered_on")),
            Column(self.tr("Amount"), self._amount, key=lambda s: s.amount or 0, align_right=True),
            Column(
                self.tr("Funding"),
                lambda s: catalogue_text(s.funding_source, catalogue),
                sort=("funding_source",),
            ),
            Column(
                self.tr("Outcome"),
                lambda s: one_line(s.outcome),
                sort=("outcome",),
                tooltip=lambda s: s.outcome,
                stretch=True,
            ),
        ]

    def fields(self, record: Any = None) -> list[FieldSpec]:
        return [
            FieldSpec("delivered_on", self.tr("&Date"), DATE, default=local_today),
            FieldSpec(
                "kind",
                self.tr("&Service"),
                CHOICE,
                options=enum_options(ServiceKind, SERVICE_KIND_LABELS),
                placeholder=self.tr("Choose a service…"),
            ),
            FieldSpec(
                "is_referral",
                self.tr("&Referral or delivered"),
                CHOICE,
                options=[
                    (False, self.tr("Delivered by our team")),
                    (True, self.tr("Referral made to another provider")),
                ],
                default=False,
            ),
            FieldSpec(
                "provider", self.tr("&Provider"), TEXT, placeholder=self.tr("Agency or clinic, and a contact")
            ),
            FieldSpec(
                "outcome",
                self.tr("&Outcome"),
                MULTILINE,
                placeholder=self.tr("e.g. intake booked for Tuesday; declined; delivered"),
            ),
            *self._cost_fields(),
        ]

    def _cost_fields(self) -> list[FieldSpec]:
        catalogue = self.session.desk.program.settings().service_catalogue
        return [
            FieldSpec(
                "amount",
                self.tr("A&mount"),
                TEXT,
                placeholder=self.tr("What it cost, e.g. 45.00"),
                extra={"editor": MoneyEditor},
            ),
            FieldSpec(
                "units",
                self.tr("&Units"),
                TEXT,
                placeholder=self.tr("Nights, passes, hours…"),
                minimum=1,
                maximum=10_000,
                extra={"editor": CountEditor},
            ),
            catalogue_field(
                "funding_source",
                self.tr("&Funding"),
                entries=catalogue,
                placeholder=self.tr("Which funding paid for it"),
            ),
        ]

    def _amount(self, service: Service) -> str:
        if service.amount is None:
            return ""
        if service.units and service.units > 1:
            return fill(self.tr("%1 (%2 units)"), money(service.amount), number(service.units))
        return money(service.amount)

    def _how(self, service: Service) -> str:
        return self.tr("Referral") if service.is_referral else self.tr("Delivered")

    def add_text(self) -> str:
        return self.tr("&Add service or referral…")

    def list_name(self) -> str:
        return self.tr("Services and referrals")

    def form_title(self, record: Any) -> str:
        return (
            self.tr("Edit service or referral") if record is not None else self.tr("Add service or referral")
        )

    def empty_text(self) -> str:
        return self.tr("No services or referrals recorded yet.")

    def summary_text(self, rows: list[Any]) -> str:
        if not rows:
            return ""
        referrals = sum(1 for s in rows if s.is_referral)
        delivered = count_text(
            len(rows) - referrals, self.tr("%1 service delivered"), self.tr("%1 services delivered")
        )
        made = count_text(referrals, self.tr("%1 referral made"), self.tr("%1 referrals made"))
        spent = sum((s.amount for s in rows if s.amount is not None), Decimal(0))
        if not spent:
            return f"{delivered} · {made}"
        return f"{delivered} · {made} · " + fill(self.tr("%1 spent"), money(spent))
