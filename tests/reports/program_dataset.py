"""A small LEAD program built by hand for the report tests: twelve participants of team north (and one of
team south, and one deleted), each chosen for the edge cases of a measure. test_measures.py writes out
every figure it must give, derived by hand from what is here; the server's report is checked against
the same figures (tests/server/test_report_pcg.py).

The program's calendar is UTC-8 all year (`PROGRAM_TZ`); every time below is written in it ("local"),
mostly at 10:00 or noon, so the day is the same in UTC, except where a test wants the difference.
The main period is the fiscal year 1 July 2024 - 30 June 2025 (`PERIOD`); `LONG` adds the two years
before it, for the 2-year evaluation.

Who is who (all team north unless said):
  Ana   casey  Black          referred and engaged in the period; housed since; MAT start; a contact at
                              22:00 on 31 January (local), which is 1 February in UTC
  Ben   casey  White          re-enrolled: exited May 2024, returned August 2024; a booking with no release
  Cara  casey  Hispanic       exited before the period (June 2024); a 2-year follow-up in LONG
  Dev   robin  Black, White   exited during the period (31 March 2025), into permanent housing
  Eli   robin  White          exited on the period's last day; engaged after the intake deadline
  Fay   robin  Asian          referred in May 2025, never engaged, never seen
  Gus   robin  (none)         referred five days before the period's end; intake deadline after it
  Hal   casey  Black          engaged in 2022, inactive now: the 2-year evaluation in LONG
  Ivy   casey  prefers not    two episodes both begun in the period; a booking across midnight on the
                              day of engagement
  Jo    casey  White          last seen exactly 14 days before the period's end
  Max   (none) White          recorded before episodes existed: no enrollment record at all
  Nia   robin  Hispanic       engaged in March 2025: not yet followed up for 6 months
  Kim   dana   Black          team south
  Lou   robin                 deleted (a tombstone), with records of their own
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from leaddesk.domain import (
    Contact,
    Enrollment,
    HousingStatus,
    IncomeAmount,
    LegalEvent,
    Need,
    OutcomeSnapshot,
    Participant,
    Referral,
    Service,
    SyncedRecord,
)
from leaddesk.domain.enums import (
    ContactKind,
    Destination,
    LegalEventKind,
    LivingSituation,
    NeedDomain,
    NeedStatus,
    NoYesReason,
    ParticipantStatus,
    RaceEthnicity,
    ReferralDoor,
    ServiceKind,
)
from leaddesk.domain.outcome_codes import (
    DataCollectionStage,
    EmploymentType,
    HealthInsurance,
    IncomeSource,
    NonCashBenefit,
)
from leaddesk.domain.program import ArrestCount, CatalogueEntry, ProgramSettings, StaffMember, UnitCosts
from leaddesk.reports import ProgramData

PROGRAM_TZ = timezone(timedelta(hours=-8))
PROGRAM_TZ_NAME = "Etc/GMT+8"  # the same zone by name (POSIX signs: GMT+8 is 8 hours behind UTC)
PERIOD = (date(2024, 7, 1), date(2025, 6, 30))
LONG = (date(2022, 7, 1), date(2025, 6, 30))

R = RaceEthnicity
S = ParticipantStatus
YES, NO = NoYesReason.YES, NoYesReason.NO
SETTINGS = ProgramSettings(
    program_name="Harbor County LEAD",
    caseload_standard=2,
    caseload_maximum=3,
    precincts=[CatalogueEntry(code=c, label=f"{c} precinct") for c in ("N1", "N2", "S1")],
    referring_agencies=[
        CatalogueEntry(code="SPD", label="City Police"),
        CatalogueEntry(code="SO", label="Sheriff's Office"),
    ],
    offence_categories=[
        CatalogueEntry(code="DRUG", label="Drug possession"),
        CatalogueEntry(code="THEFT", label="Theft"),
    ],
    service_catalogue=[
        CatalogueEntry(code="CITY", label="City general fund"),
        CatalogueEntry(code="GRANT", label="COSSUP grant"),
    ],
    unit_costs=UnitCosts(jail_day=Decimal("100.00"), booking=Decimal("250.00")),
)
ROSTER = [
    StaffMember(username="casey", display_name="Casey Morgan", role="case_manager", teams=["north"]),
    StaffMember(
        username="robin", display_name="Robin Lee", role="case_manager", teams=["north"], caseload_capacity=1
    ),
    StaffMember(username="sam", display_name="Sam Ortiz", role="case_manager", teams=["north"]),
    StaffMember(username="dana", display_name="Dana Fox", role="case_manager", teams=["south"]),
    StaffMember(username="pat", display_name="Pat Quinn", role="supervisor", teams=["north"]),
    StaffMember(
        username="olde", display_name="Olde Gone", role="case_manager", teams=["north"], active=False
    ),
]


def arrest(start: date, end: date, precinct: str, race: RaceEthnicity, n: int) -> ArrestCount:
    return ArrestCount(period_start=start, period_end=end, precinct=precinct, race_ethnicity=race, arrests=n)


FY = (date(2024, 7, 1), date(2025, 6, 30))
ARRESTS = [
    arrest(*FY, "N1", R.BLACK_AFRICAN_AMERICAN_AFRICAN, 300),
    arrest(*FY, "N1", R.WHITE, 400),
    arrest(*FY, "N1", R.HISPANIC_LATINA_E_O, 50),
    arrest(*FY, "N2", R.BLACK_AFRICAN_AMERICAN_AFRICAN, 100),
    arrest(*FY, "N2", R.WHITE, 200),
    arrest(*FY, "N2", R.ASIAN_ASIAN_AMERICAN, 5),
    arrest(*FY, "", R.BLACK_AFRICAN_AMERICAN_AFRICAN, 1000),  # jurisdiction-wide: precinct rows win
    arrest(date(2024, 7, 1), date(2024, 12, 31), "N1", R.BLACK_AFRICAN_AMERICAN_AFRICAN, 150),  # overlaps FY
    arrest(date(2023, 7, 1), date(2024, 6, 30), "N1", R.BLACK_AFRICAN_AMERICAN_AFRICAN, 999),  # before
]


def local(y: int, m: int, d: int, h: int = 12, mi: int = 0) -> datetime:
    return datetime(y, m, d, h, mi, tzinfo=PROGRAM_TZ)


def day(text: str) -> date:
    return date.fromisoformat(text)


class Person:
    """One participant and everything recorded about them."""

    def __init__(self, first: str, *, cm: str, races: list[RaceEthnicity], team: str = "north", **extra: Any):
        self.participant = Participant(
            first_name=first, last_name="Test", team_id=team, case_manager=cm, race_ethnicity=races, **extra
        )
        self.records: list[SyncedRecord] = []
        self.id = self.participant.id

    def add(self, model: type[SyncedRecord], /, **fields: Any) -> Person:
        self.records.append(model.model_validate({"participant_id": self.id, **fields}))
        return self

    def episode(
        self,
        referral: str,
        engaged: str | None = None,
        exit: str | None = None,
        *,
        status: ParticipantStatus | None = None,
    ) -> Person:
        fields: dict[str, Any] = {"referral_date": day(referral)}
        if engaged:
            fields |= {"entry_date": day(engaged), "engagement_date": day(engaged), "status": S.ACTIVE}
        if exit:
            fields |= {
                "exit_date": day(exit),
                "status": S.EXITED,
                "destination": Destination.RENTAL_NO_SUBSIDY,
            }
        if status is not None:
            fields["status"] = status
        return self.add(Enrollment, **fields)

    def referral(
        self,
        at: datetime,
        door: ReferralDoor,
        *,
        handoff: int | None = None,
        deadline: str | None = None,
        **fields: Any,
    ) -> Person:
        warm = at + timedelta(minutes=handoff) if handoff is not None else None
        intake = day(deadline) if deadline else None
        return self.add(
            Referral, referred_at=at, door=door, warm_handoff_at=warm, intake_deadline=intake, **fields
        )

    def contact(self, at: datetime, **fields: Any) -> Person:
        return self.add(Contact, occurred_at=at, kind=ContactKind.STREET, **fields)

    def legal(self, kind: LegalEventKind, at: datetime, released: datetime | None = None) -> Person:
        return self.add(LegalEvent, kind=kind, occurred_at=at, released_at=released)

    def housing(self, on: str, situation: LivingSituation) -> Person:
        return self.add(HousingStatus, effective_on=day(on), situation=situation)

    def need(
        self, domain: NeedDomain, status: NeedStatus, created: str, updated: str | None = None
    ) -> Person:
        made = local(*map(int, created.split("-")))
        changed = local(*map(int, updated.split("-"))) if updated else made
        return self.add(Need, domain=domain, status=status, created_at=made, updated_at=changed)

    def service(self, on: str, kind: ServiceKind, **fields: Any) -> Person:
        return self.add(Service, delivered_on=day(on), kind=kind, **fields)

    def snapshot(self, on: str, stage: DataCollectionStage, **fields: Any) -> Person:
        return self.add(OutcomeSnapshot, information_date=day(on), stage=stage, **fields)


AD, SC, COMMUNITY = ReferralDoor.ARREST_DIVERSION, ReferralDoor.SOCIAL_CONTACT, ReferralDoor.COMMUNITY
ARREST, BOOKING = LegalEventKind.ARREST, LegalEventKind.BOOKING
L = LivingSituation
ENTRY, REVIEW, EXIT = DataCollectionStage.ENTRY, DataCollectionStage.REVIEW, DataCollectionStage.EXIT


def _ana() -> Person:
    ana = Person("Ana", cm="casey", races=[R.BLACK_AFRICAN_AMERICAN_AFRICAN])
    ana.referral(
        local(2024, 9, 10, 10),
        AD,
        handoff=20,
        deadline="2024-10-10",
        agency_code="SPD",
        precinct="N1",
        offence_category="DRUG",
    )
    ana.episode("2024-09-10", "2024-09-12")
    ana.legal(ARREST, local(2024, 9, 10, 10))
    ana.legal(BOOKING, local(2024, 4, 1, 23, 30), local(2024, 4, 2, 0, 30))
    ana.legal(ARREST, local(2025, 1, 20))
    ana.contact(local(2024, 9, 12)).contact(local(2024, 10, 5)).contact(local(2025, 1, 31, 22))
    ana.contact(local(2025, 6, 20)).contact(local(2025, 2, 10), deleted=True)
    ana.housing("2024-09-10", L.PLACE_NOT_MEANT_FOR_HABITATION).housing("2025-03-01", L.RENTAL_WITH_SUBSIDY)
    ana.snapshot(
        "2024-09-12",
        ENTRY,
        income_from_any_source=NO,
        benefits_from_any_source=NO,
        insurance_from_any_source=NO,
        employed=NO,
    )
    ana.snapshot(
        "2025-03-12",
        REVIEW,
        income_from_any_source=YES,
        incomes=[IncomeAmount(source=IncomeSource.SSI, monthly_amount=Decimal("943.00"))],
        benefits_from_any_source=YES,
        benefits=[NonCashBenefit.SNAP],
        insurance_from_any_source=YES,
        insurance=[HealthInsurance.MEDICAID],
        employed=NO,
    )
    ana.need(NeedDomain.HOUSING, NeedStatus.MET, "2024-09-12", "2025-03-01")
    ana.need(NeedDomain.ID_DOCUMENTS, NeedStatus.OPEN, "2024-09-12")
    ana.service("2024-10-05", ServiceKind.NALOXONE, units=2)
    ana.service("2024-11-01", ServiceKind.MAT)
    ana.service("2024-10-05", ServiceKind.GROCERIES, amount=Decimal("40.00"), funding_source="CITY")
    ana.service("2025-01-20", ServiceKind.HYGIENE, amount=Decimal("12.00"), funding_source="CITY")
    ana.service("2025-07-05", ServiceKind.NALOXONE, units=1)  # after the period
    return ana


def _ben() -> Person:
    ben = Person("Ben", cm="casey", races=[R.WHITE])
    ben.referral(local(2022, 3, 1, 10), SC)
    ben.referral(
        local(2024, 8, 5, 9),
        AD,
        handoff=45,
        deadline="2024-09-04",
        agency_code="SO",
        precinct="N2",
        offence_category="THEFT",
    )
    ben.episode("2022-03-01", "2022-03-03", "2024-05-31").episode("2024-08-05", "2024-08-12")
    ben.legal(ARREST, local(2024, 8, 5, 9))
    ben.legal(BOOKING, local(2025, 1, 1))  # no release recorded
    ben.contact(local(2024, 8, 12)).contact(local(2024, 12, 15))
    ben.housing("2022-03-01", L.EMERGENCY_SHELTER).housing("2024-08-05", L.FRIENDS_TEMPORARY)
    ben.housing("2025-01-01", L.JAIL_PRISON_DETENTION)
    ben.snapshot("2022-03-03", ENTRY, income_from_any_source=NO)
    ben.snapshot(
        "2024-08-12",
        ENTRY,
        income_from_any_source=YES,
        incomes=[IncomeAmount(source=IncomeSource.EARNED, monthly_amount=Decimal("500.00"))],
        employed=YES,
        employment_type=EmploymentType.PART_TIME,
    )
    ben.need(NeedDomain.LEGAL, NeedStatus.IN_PROGRESS, "2024-08-12")
    ben.service("2024-09-01", ServiceKind.SUD_TREATMENT, is_referral=True)
    ben.service("2024-09-15", ServiceKind.RECOVERY_SUPPORT)
    ben.service("2022-05-01", ServiceKind.MAT).service("2024-10-01", ServiceKind.MAT)
    return ben


def _cara() -> Person:
    cara = Person("Cara", cm="casey", races=[R.HISPANIC_LATINA_E_O])
    cara.referral(local(2023, 1, 10, 10), COMMUNITY)
    cara.episode("2023-01-10", "2023-01-12", "2024-06-15")
    cara.legal(BOOKING, local(2024, 12, 20), local(2025, 1, 20))
    cara.contact(local(2024, 6, 1)).housing("2023-01-10", L.PLACE_NOT_MEANT_FOR_HABITATION)
    cara.need(NeedDomain.FOOD, NeedStatus.MET, "2023-01-12", "2024-06-15")
    cara.service("2024-06-01", ServiceKind.NALOXONE, units=1, amount=Decimal("10.00"), funding_source="CITY")
    return cara


def _dev() -> Person:
    dev = Person("Dev", cm="robin", races=[R.BLACK_AFRICAN_AMERICAN_AFRICAN, R.WHITE])
    dev.referral(
        local(2024, 7, 15, 10), SC, handoff=30, deadline="2024-08-14", agency_code="SPD", precinct="N1"
    )
    dev.episode("2024-07-15", "2024-07-20", "2025-03-31")
    dev.contact(local(2024, 7, 20)).contact(local(2024, 8, 15)).contact(local(2025, 3, 15))
    dev.housing("2024-07-15", L.EMERGENCY_SHELTER).housing("2025-03-31", L.RENTAL_NO_SUBSIDY)
    dev.snapshot(
        "2024-07-20",
        ENTRY,
        income_from_any_source=NO,
        employed=NO,
        insurance_from_any_source=YES,
        insurance=[HealthInsurance.MEDICAID],
    )
    dev.snapshot(
        "2025-03-31",
        EXIT,
        income_from_any_source=YES,
        incomes=[IncomeAmount(source=IncomeSource.EARNED, monthly_amount=Decimal("1200.00"))],
        employed=YES,
        employment_type=EmploymentType.FULL_TIME,
        insurance_from_any_source=YES,
        insurance=[HealthInsurance.MEDICAID],
    )
    dev.need(NeedDomain.INCOME, NeedStatus.MET, "2024-07-20", "2025-03-31")
    dev.service(
        "2024-08-01", ServiceKind.HOTEL_MOTEL, units=3, amount=Decimal("300.00"), funding_source="GRANT"
    )
    return dev


def _eli() -> Person:
    eli = Person("Eli", cm="robin", races=[R.WHITE])
    eli.referral(
        local(2024, 10, 1, 10),
        AD,
        deadline="2024-10-31",
        agency_code="CAMPUS",
        precinct="N2",
        offence_category="DRUG",
    )
    eli.episode("2024-10-01", "2024-11-15", "2025-06-30")
    eli.legal(ARREST, local(2024, 6, 1)).legal(BOOKING, local(2024, 6, 1), local(2024, 6, 5))
    eli.contact(local(2024, 11, 15)).contact(local(2025, 6, 29))
    eli.need(NeedDomain.MENTAL_HEALTH, NeedStatus.OPEN, "2024-11-15")
    return eli


def _fay() -> Person:
    fay = Person("Fay", cm="robin", races=[R.ASIAN_ASIAN_AMERICAN])
    fay.referral(local(2025, 5, 20, 10), COMMUNITY, deadline="2025-06-19")
    fay.episode("2025-05-20").housing("2025-05-20", L.PLACE_NOT_MEANT_FOR_HABITATION)
    fay.need(NeedDomain.FOOD, NeedStatus.OPEN, "2025-05-20")
    return fay


def _gus() -> Person:
    gus = Person("Gus", cm="robin", races=[])
    gus.referral(
        local(2025, 6, 25, 10),
        SC,
        handoff=5,
        deadline="2025-07-25",
        agency_code="SPD",
        precinct="N1",
        offence_category="THEFT",
    )
    gus.episode("2025-06-25").contact(local(2025, 6, 25))
    return gus


def _hal() -> Person:
    hal = Person("Hal", cm="casey", races=[R.BLACK_AFRICAN_AMERICAN_AFRICAN])
    hal.referral(local(2022, 8, 1, 10), AD, agency_code="SPD", precinct="N1", offence_category="DRUG")
    hal.episode("2022-08-01", "2022-08-03", status=S.INACTIVE)
    hal.legal(ARREST, local(2021, 9, 1)).legal(ARREST, local(2022, 1, 15)).legal(ARREST, local(2022, 8, 1))
    hal.legal(BOOKING, local(2022, 1, 15), local(2022, 1, 25))
    hal.legal(ARREST, local(2023, 5, 1)).legal(BOOKING, local(2023, 5, 1), local(2023, 5, 2))
    hal.contact(local(2024, 1, 1)).housing("2022-08-01", L.PLACE_NOT_MEANT_FOR_HABITATION)
    return hal


def _ivy() -> Person:
    ivy = Person("Ivy", cm="casey", races=[R.PREFERS_NOT_TO_ANSWER])
    ivy.referral(local(2024, 7, 5, 10), COMMUNITY, deadline="2024-08-04")
    ivy.referral(local(2024, 10, 1, 10), COMMUNITY, deadline="2024-10-31")
    ivy.episode("2024-07-05", "2024-07-06", "2024-08-31").episode("2024-10-01", "2024-10-03")
    ivy.legal(BOOKING, local(2024, 7, 6, 23, 30), local(2024, 7, 7, 0, 30))
    ivy.contact(local(2024, 7, 6)).contact(local(2025, 6, 17))
    ivy.housing("2024-07-05", L.EMERGENCY_SHELTER)
    ivy.snapshot("2024-07-06", ENTRY, income_from_any_source=NO)
    ivy.snapshot("2024-10-03", ENTRY, benefits_from_any_source=YES, benefits=[NonCashBenefit.SNAP])
    ivy.snapshot(
        "2025-04-03",
        REVIEW,
        benefits_from_any_source=YES,
        benefits=[NonCashBenefit.SNAP],
        insurance_from_any_source=YES,
        insurance=[HealthInsurance.MEDICAID],
    )
    ivy.need(NeedDomain.HYGIENE, NeedStatus.MET, "2024-07-06", "2024-07-20")
    ivy.service("2025-02-01", ServiceKind.NALOXONE)
    return ivy


def _jo() -> Person:
    jo = Person("Jo", cm="casey", races=[R.WHITE])
    jo.referral(
        local(2024, 12, 1, 10),
        AD,
        handoff=15,
        deadline="2024-12-31",
        agency_code="SPD",
        precinct="N1",
        offence_category="DRUG",
    )
    jo.episode("2024-12-01", "2024-12-01")
    jo.legal(ARREST, local(2024, 12, 1, 10))
    jo.contact(local(2024, 12, 1)).contact(local(2025, 6, 16))
    jo.housing("2024-12-01", L.PLACE_NOT_MEANT_FOR_HABITATION).housing("2025-08-01", L.RENTAL_WITH_SUBSIDY)
    jo.snapshot("2024-12-01", ENTRY, income_from_any_source=NO)
    jo.snapshot(
        "2025-06-01",
        REVIEW,
        income_from_any_source=YES,
        incomes=[IncomeAmount(source=IncomeSource.GENERAL_ASSISTANCE, monthly_amount=Decimal("200.00"))],
    )
    jo.snapshot("2025-07-15", REVIEW, income_from_any_source=NO)  # after the period
    jo.need(NeedDomain.ID_DOCUMENTS, NeedStatus.MET, "2024-12-01", "2025-02-01")
    jo.need(NeedDomain.SUD_TREATMENT, NeedStatus.OPEN, "2025-07-10")  # after the period
    jo.service("2025-01-10", ServiceKind.RECOVERY_SUPPORT, is_referral=True)
    jo.service("2025-01-10", ServiceKind.SUD_TREATMENT, is_referral=True)
    jo.service("2025-02-15", ServiceKind.SUD_TREATMENT)
    jo.service("2025-03-01", ServiceKind.GROCERIES, amount=Decimal("35.50"), funding_source="GRANT")
    return jo


def _max() -> Person:
    max_ = Person(
        "Max",
        cm="",
        races=[R.WHITE],
        status=S.ACTIVE,
        engaged_on=day("2024-11-01"),
        created_at=local(2024, 10, 20),
    )
    max_.contact(local(2025, 6, 25)).housing("2024-12-15", L.FAMILY_TEMPORARY)
    return max_


def _nia() -> Person:
    nia = Person("Nia", cm="robin", races=[R.HISPANIC_LATINA_E_O])
    nia.referral(
        local(2025, 3, 1, 10),
        SC,
        handoff=40,
        deadline="2025-03-31",
        agency_code="SPD",
        precinct="N2",
        offence_category="THEFT",
    )
    nia.episode("2025-03-01", "2025-03-03").legal(ARREST, local(2025, 5, 10))
    nia.contact(local(2025, 3, 3)).contact(local(2025, 6, 10))
    return nia


def _kim() -> Person:
    kim = Person("Kim", cm="dana", races=[R.BLACK_AFRICAN_AMERICAN_AFRICAN], team="south")
    kim.referral(
        local(2025, 2, 1, 10),
        AD,
        deadline="2025-03-03",
        agency_code="SPD",
        precinct="S1",
        offence_category="DRUG",
    )
    kim.episode("2025-02-01", "2025-02-02").contact(local(2025, 6, 28))
    return kim


def _lou() -> Person:
    lou = Person("Lou", cm="robin", races=[R.WHITE], deleted=True)
    lou.referral(
        local(2025, 3, 1, 10),
        AD,
        handoff=10,
        deadline="2025-03-31",
        agency_code="SPD",
        precinct="N1",
        offence_category="DRUG",
    )
    lou.episode("2025-03-01", "2025-03-02").contact(local(2025, 6, 1))
    lou.service("2025-03-02", ServiceKind.NALOXONE, units=5)
    return lou


PEOPLE = (_ana, _ben, _cara, _dev, _eli, _fay, _gus, _hal, _ivy, _jo, _max, _nia, _kim, _lou)


def people() -> dict[str, Person]:
    """Everyone, by first name."""
    return {p.participant.first_name: p for p in (make() for make in PEOPLE)}


def records(made: dict[str, Person]) -> list[SyncedRecord]:
    """Every record, each participant before their own (the order a server import wants)."""
    return [r for p in made.values() for r in (p.participant, *p.records)]


def program_data(made: dict[str, Person] | None = None) -> ProgramData:
    made = made if made is not None else people()
    everything = records(made)

    def of(kind: type[SyncedRecord]) -> list[Any]:
        return [r for r in everything if type(r) is kind]

    return ProgramData(
        participants=of(Participant),
        enrollments=of(Enrollment),
        referrals=of(Referral),
        legal_events=of(LegalEvent),
        services=of(Service),
        contacts=of(Contact),
        needs=of(Need),
        housing=of(HousingStatus),
        outcomes=of(OutcomeSnapshot),
        settings=SETTINGS,
        arrest_counts=ARRESTS,
        roster=ROSTER,
        tz=PROGRAM_TZ,
    )
