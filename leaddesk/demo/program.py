"""The demo's program: an invented program's lists (offence categories, precincts, referring agencies,
funded service lines), costs and HMIS identifiers, which the demo generator's records use, the demo
office and `leaddesk-server seed-demo` give their server, and so the laptops show by their labels.
Also the demo office's staff and a part-time case manager's capacity. Invented names and numbers only."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy.engine import Connection

from leaddesk.demo.consent_terms import PARTNER_AGENCIES
from leaddesk.domain.enums import Role
from leaddesk.domain.program import (
    DEFAULT_PROGRAM,
    CatalogueEntry,
    HmisExportSettings,
    HmisIdentifiers,
    ProgramSettings,
    StaffMember,
    UnitCosts,
)
from leaddesk.server import program, users
from leaddesk.server.db import make_engine
from leaddesk.server.errors import NotFound

ACTOR = "demo"


def _entries(*pairs: tuple[str, str]) -> list[CatalogueEntry]:
    return [CatalogueEntry(code=code, label=label) for code, label in pairs]


DEMO_PROGRAM = ProgramSettings(
    program_name="Bellmoor LEAD (demo)",
    eligibility_criteria="Adults in Bellmoor and Kestrel County with a low-level drug or sex-work offence, "
    "or at social-contact referral by an officer; no violent offence in the last ten years.",
    intake_deadline_days=30,
    caseload_standard=15,
    caseload_maximum=25,
    offence_categories=_entries(
        ("drug-possession", "Drug possession"), ("drug-sale-subsistence", "Drug sale (subsistence)"),
        ("sex-work", "Sex work"), ("theft-3", "Theft, third degree"), ("trespass", "Criminal trespass"),
        ("other", "Other low-level offence"),
    ),
    precincts=_entries(("north", "North Precinct"), ("east", "East Precinct"), ("west", "West Precinct")),
    referring_agencies=_entries(
        ("bpd", "Bellmoor Police Department"), ("kcso", "Kestrel County Sheriff's Office"),
        ("btp", "Bellmoor Transit Police"),
    ),
    # The funded service lines a service's funding source names (services_tab.py).
    service_catalogue=_entries(
        ("flex-city", "City flexible funds"), ("opioid-settlement", "Opioid settlement funds"),
        ("medicaid", "Billed to Medicaid"), ("donated", "Donated goods"),
    ),
    # The agencies the demo's consents name (demo/consent_terms.py CONSENTS): the gate matches them by code.
    partner_agencies=_entries(*PARTNER_AGENCIES),
    unit_costs=UnitCosts(
        jail_day=Decimal("148.00"), booking=Decimal("412.50"), emergency_department_visit=Decimal("1630.00")
    ),
    hmis=HmisIdentifiers(
        organization_id="BLEAD",
        organization_name="Bellmoor LEAD (demo)",
        project_id="BLEAD-SO",
        project_name="LEAD street outreach (demo)",
        coc_code="XX-501",
    ),
    # The CoC's HMIS lead receives the export; most demo participants sign a consent naming it.
    hmis_export=HmisExportSettings(
        recipient_code="kc-hmis", geocode="999999", services_only_project_id="BLEAD-SSO",
        grant_id="BLEAD-LOCAL-2026",
    ),
)  # fmt: skip


def configure_program(conn: Connection, *, actor: str = ACTOR) -> bool:
    """Give a server that has never been configured the demo program (one already set up keeps its
    settings); whether it did."""
    if program.current(conn) != DEFAULT_PROGRAM:
        return False
    program.load(conn, text=DEMO_PROGRAM.model_dump_json(), actor=actor)
    return True


def configure(database_url: str, *, staff: Sequence[StaffMember] = (), part_timer: str | None = None) -> None:
    """Set up a demo office: the demo program (`configure_program`), every member of `staff` a user of
    the server (those already there are left as they are), and `part_timer`, if named, a caseload
    capacity of 10."""
    engine = make_engine(database_url)
    try:
        with engine.begin() as conn:
            configure_program(conn)
            for member in staff:
                for team in member.teams:
                    if not users.team_exists(conn, name=team):
                        users.add_team(conn, name=team, actor=ACTOR)
                try:
                    users.get_user(conn, username=member.username)
                except NotFound:
                    users.add_user(
                        conn, username=member.username, role=Role(member.role), teams=member.teams,
                        display_name=member.display_name, actor=ACTOR,
                    )  # fmt: skip
            if part_timer is not None:
                found = users.get_user(conn, username=part_timer)
                if found.caseload_capacity is None:
                    users.set_capacity(conn, username=part_timer, capacity=10, actor=ACTOR)
    finally:
        engine.dispose()
