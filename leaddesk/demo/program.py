"""The demo office's program settings: an invented program's lists (offence categories, precincts,
referring agencies, services), costs and HMIS identifiers, and a part-time case manager's capacity, so
the demo laptops have what a configured program sends them. Invented names and numbers only."""

from __future__ import annotations

from decimal import Decimal

from leaddesk.domain.program import (
    DEFAULT_PROGRAM,
    CatalogueEntry,
    HmisIdentifiers,
    ProgramSettings,
    UnitCosts,
)
from leaddesk.server import program, users
from leaddesk.server.db import make_engine

ACTOR = "demo"


def _entries(*pairs: tuple[str, str]) -> list[CatalogueEntry]:
    return [CatalogueEntry(code=code, label=label) for code, label in pairs]


DEMO_PROGRAM = ProgramSettings(
    program_name="LEAD Juniper County (demo)",
    eligibility_criteria="Adults in Juniper County with a low-level drug or sex-work offence, or at "
    "social-contact referral by an officer; no violent offence in the last ten years.",
    intake_deadline_days=30,
    caseload_standard=15,
    caseload_maximum=25,
    offence_categories=_entries(
        ("DRUG_POSS", "Drug possession"),
        ("DRUG_DEAL", "Low-level drug delivery"),
        ("SEX_WORK", "Sex work"),
        ("THEFT_3", "Theft, third degree"),
        ("TRESPASS", "Criminal trespass"),
        ("SOCIAL", "Social contact (no offence)"),
    ),
    precincts=_entries(("N", "North precinct"), ("C", "Central precinct"), ("S", "South precinct")),
    referring_agencies=_entries(
        ("JCPD", "Juniper County Police Department"),
        ("JCSO", "Juniper County Sheriff's Office"),
        ("TRANSIT", "Transit police"),
    ),
    # Who sits at the case conference with the team, and whom a consent may name (issue 14).
    partner_agencies=_entries(
        ("PAO", "Juniper County Prosecuting Attorney"),
        ("JCPD", "Juniper County Police Department"),
        ("JAILHEALTH", "Juniper County Jail Health Services"),
    ),
    service_catalogue=_entries(
        ("GROCERIES", "Groceries"),
        ("HYGIENE", "Hygiene supplies"),
        ("CLOTHING", "Clothing"),
        ("HOTEL", "Hotel/motel night"),
        ("PHONE", "Phone and minutes"),
        ("TRANSPORT", "Transport"),
        ("FLEX", "Flexible funds"),
    ),
    unit_costs=UnitCosts(
        jail_day=Decimal("148.00"), booking=Decimal("412.50"), emergency_department_visit=Decimal("1630.00")
    ),
    hmis=HmisIdentifiers(
        organization_id="JCLEAD",
        organization_name="Juniper County LEAD (demo)",
        project_id="JCLEAD-SO",
        project_name="LEAD street outreach (demo)",
        coc_code="XX-501",
    ),
)


def configure(database_url: str, *, part_timer: str | None = None) -> None:
    """Give a demo office that has never been configured the demo program (an office already set up
    keeps its settings), and `part_timer`, if named, a caseload capacity of 10."""
    engine = make_engine(database_url)
    try:
        with engine.begin() as conn:
            if program.current(conn) == DEFAULT_PROGRAM:
                program.load(conn, text=DEMO_PROGRAM.model_dump_json(), actor=ACTOR)
            if part_timer is not None:
                found = users.get_user(conn, username=part_timer)
                if found.caseload_capacity is None:
                    users.set_capacity(conn, username=part_timer, capacity=10, actor=ACTOR)
    finally:
        engine.dispose()
