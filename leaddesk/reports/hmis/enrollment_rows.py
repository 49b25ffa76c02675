"""Enrollment.csv, Exit.csv, CurrentLivingSituation.csv and Services.csv rows: a LEAD episode, its exit,
each street-outreach contact (HMIS 4.12 Current Living Situation) and each service sent.

Project Start Date (3.10) is the episode's referral date: for street outreach HUD counts a project from
the first contact, and a LEAD episode starts at the referral (the warm hand-off). Date of Engagement
(4.13) is the episode's. Every participant is their own household (HouseholdID = EnrollmentID,
RelationshipToHoH 1). A living situation comes from the housing history: the latest entry on or before
the day, if the gate lets that entry go; 99 (data not collected) otherwise."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from leaddesk.domain import Contact, HousingStatus, Service
from leaddesk.domain.enums import Destination
from leaddesk.reports.hmis.context import Enrolled, Row
from leaddesk.reports.hmis.gate import DESTINATION_PART, Disclosed
from leaddesk.reports.hmis.ids import hmis_id
from leaddesk.reports.hmis.service_types import hud_service

NOT_COLLECTED = 99
SELF = 1  # 3.15.1 Self (head of household)
RENTAL_WITH_SUBSIDY = "435"
# 3.12.A: the subsidy LEAD Desk does not record; "Rental by client, with other ongoing housing subsidy",
# as the HUD Data Lab's FY2026 test kit fills it when a subsidy type is missing.
OTHER_SUBSIDY = 420
PLACE_MAX = 250


def situation_on(day: date, *, history: Sequence[HousingStatus], shown: Disclosed) -> int:
    """The 3.12 code of the participant's living situation on `day` (history sorted by date)."""
    known = [h for h in history if h.effective_on <= day and not h.deleted]
    if not known or not shown.may(known[-1]):
        return NOT_COLLECTED
    return int(known[-1].situation.value)


def enrollment_row(
    enrolled: Enrolled, *, project_id: str, coc_code: str, history: Sequence[HousingStatus], shown: Disclosed
) -> Row:
    episode, person = enrolled.episode, enrolled.person
    entry = episode.referral_date
    situation = situation_on(entry, history=history, shown=shown)
    return {
        **enrolled.keys(), "ProjectID": project_id, "EntryDate": entry, "HouseholdID": hmis_id(episode.id),
        "RelationshipToHoH": SELF,
        "EnrollmentCoC": coc_code, "LivingSituation": situation,
        "RentalSubsidyType": OTHER_SUBSIDY if str(situation) == RENTAL_WITH_SUBSIDY else None,
        "LengthOfStay": NOT_COLLECTED, "TimesHomelessPastThreeYears": NOT_COLLECTED,
        "MonthsHomelessPastThreeYears": NOT_COLLECTED,
        "DisablingCondition": int(person.disabling_condition.value) if not person.deleted else NOT_COLLECTED,
        "DateOfEngagement": episode.engagement_date,
    } | enrolled.trailer(episode)  # fmt: skip


def exit_row(enrolled: Enrolled, *, shown: Disclosed) -> Row:
    episode = enrolled.episode
    destination = episode.destination or Destination.NOT_COLLECTED
    if destination is Destination.SUD_TREATMENT_FACILITY and not shown.may(episode, DESTINATION_PART):
        destination = Destination.NOT_COLLECTED
    other = episode.exit_reason.value.replace("_", " ") if episode.exit_reason else "other"
    return {
        "ExitID": hmis_id(episode.id), **enrolled.keys(), "ExitDate": episode.exit_date,
        "Destination": int(destination.value),
        "DestinationSubsidyType": OTHER_SUBSIDY if destination is Destination.RENTAL_WITH_SUBSIDY else None,
        "OtherDestination": other if destination is Destination.OTHER else None,
    } | enrolled.trailer(episode)  # fmt: skip


def living_situation_row(
    contact: Contact, enrolled: Enrolled, *, history: Sequence[HousingStatus], shown: Disclosed
) -> Row:
    day = enrolled.ctx.day(contact.occurred_at)
    situation = situation_on(day, history=history, shown=shown)
    place = contact.place[:PLACE_MAX] if shown.identified and contact.place and not contact.deleted else None
    return {
        "CurrentLivingSitID": hmis_id(contact.id), **enrolled.keys(), "InformationDate": day,
        "CurrentLivingSituation": situation,
        "CLSSubsidyType": OTHER_SUBSIDY if str(situation) == RENTAL_WITH_SUBSIDY else None,
        "LocationDetails": place,
    } | enrolled.trailer(contact)  # fmt: skip


def service_row(service: Service, enrolled: Enrolled) -> Row | None:
    """The Services.csv row of a service, or None when HUD's lists have no place for its kind."""
    hud = hud_service(service.kind, is_referral=service.is_referral)
    if hud is None:
        return None
    return {
        "ServicesID": hmis_id(service.id), **enrolled.keys(), "DateProvided": service.delivered_on,
        "RecordType": hud[0], "TypeProvided": hud[1],
    } | enrolled.trailer(service)  # fmt: skip
