"""The round trip: what the HMIS export of a period carries matches the program report's figures for the
same period (reports.compute over the same records), with every participant's consent to HMIS reporting.

Which of the report's measures correspond:
- Client rows (live) = the caseload's "served" (participants in a caseload on at least one day of the
  period), less those with no episode record: the report makes them an episode from their own fields
  (Max), HMIS cannot enrol a participant without one. A deleted participant (Lou) goes to HMIS with
  DateDeleted and counts in no report.
- Enrollment rows (live) = the report's episodes served in the period (its Scope, the same rule).
- Exit rows = those episodes' exits dated in the period.
- CurrentLivingSituation rows = the contacts of the report's "contacts per participant per month",
  summed over the months, less contacts on a day no episode was open (HMIS dates a contact within its
  enrollment; the report counts every contact of a participant served that month).
- Services rows, by kind, = the funder counts' service lines (SUD treatment referrals, recovery support,
  MAT) and the spending lines' services of the kinds HUD's lists have (Services.csv holds only those),
  less services dated on a day no episode was open."""

from __future__ import annotations

from collections import Counter

import pytest

from leaddesk.domain import Contact, Enrollment, Service
from leaddesk.domain.enums import ServiceKind
from leaddesk.reports import ProgramReport, compute
from leaddesk.reports.data import Period, scope_of
from leaddesk.reports.hmis import HmisExport, build_export
from leaddesk.reports.hmis.service_types import hud_service
from tests.hmis.hmis_dataset import EVERYTHING, consent, hmis_data, request
from tests.reports.program_dataset import PERIOD, PROGRAM_TZ, people, program_data


@pytest.fixture(scope="module")
def made() -> dict:
    return people()


@pytest.fixture(scope="module")
def report(made: dict) -> ProgramReport:
    return compute(program_data(made), period_start=PERIOD[0], period_end=PERIOD[1])


@pytest.fixture(scope="module")
def export(made: dict) -> HmisExport:
    return build_export(hmis_data(made, [consent(p, EVERYTHING) for p in made.values()]), request())


def _live(export: HmisExport, name: str) -> list[dict]:
    return [r for r in export.files[name] if r["DateDeleted"] is None]


def _outside_episodes(made: dict, kind: type) -> set[str]:
    """Records of `kind` the report counts in the period on a day none of their participant's episode
    records was open (Max has none at all)."""
    scope = scope_of(program_data(made), period=Period(*PERIOD), team=None)
    recorded = [e for p in made.values() for e in p.records if isinstance(e, Enrollment) and not e.deleted]
    found = set()
    for record in scope.records(kind):
        day = record.occurred_at.astimezone(PROGRAM_TZ).date() if kind is Contact else record.delivered_on
        own = [e for e in recorded if e.participant_id == record.participant_id]
        if day in scope.period and not any(
            e.referral_date <= day and (e.exit_date is None or day <= e.exit_date) for e in own
        ):
            found.add(record.id)
    return found


def test_clients_are_the_participants_served_less_those_without_an_episode(
    made: dict, report: ProgramReport, export: HmisExport
) -> None:
    assert report.caseload.served == 12
    assert export.counts.without_episode == 1  # Max: recorded before episodes existed
    assert len(_live(export, "Client")) == report.caseload.served - export.counts.without_episode
    deleted = [r for r in export.files["Client"] if r["DateDeleted"] is not None]
    assert [r["PersonalID"] for r in deleted] == [made["Lou"].id.replace("-", "")]


def test_enrollments_and_exits_are_the_reports_episodes(made: dict, export: HmisExport) -> None:
    scope = scope_of(program_data(made), period=Period(*PERIOD), team=None)
    served = [e for eps in scope.episodes.values() for e in eps if e.served_in(scope.period)]
    with_record = [e for e in served if e.participant_id != made["Max"].id]
    assert len(_live(export, "Enrollment")) == len(with_record) > 0
    exits = [e for e in with_record if e.exit_date is not None and e.exit_date in scope.period]
    assert len(_live(export, "Exit")) == len(exits) == 3  # Dev, Eli, Ivy's first episode


def test_living_situations_are_the_reports_contacts(
    made: dict, report: ProgramReport, export: HmisExport
) -> None:
    contacts = sum(m.contacts for m in report.contacts.months)
    outside = _outside_episodes(made, Contact)
    assert len(outside) == 1  # Max's, who has no episode record
    assert len(_live(export, "CurrentLivingSituation")) == contacts - len(outside)
    assert contacts == 20


def test_services_are_the_funder_and_spending_lines_of_the_kinds_hud_lists(
    made: dict, report: ProgramReport, export: HmisExport
) -> None:
    kinds = {s.id.replace("-", ""): s for p in made.values() for s in p.records if isinstance(s, Service)}
    sent = Counter(
        (kinds[r["ServicesID"]].kind, kinds[r["ServicesID"]].is_referral) for r in _live(export, "Services")
    )
    outside = _outside_episodes(made, Service)
    late = Counter((s.kind, s.is_referral) for s in kinds.values() if s.id in outside)
    funders = report.funders
    assert (
        sent[(ServiceKind.SUD_TREATMENT, True)] + late[(ServiceKind.SUD_TREATMENT, True)]
        == funders.row("sud_treatment_referrals").services
    )
    recovery = sum(n for (kind, _), n in (sent + late).items() if kind is ServiceKind.RECOVERY_SUPPORT)
    assert recovery == funders.row("recovery_support").services
    mat = sum(n for (kind, _), n in (sent + late).items() if kind is ServiceKind.MAT)
    assert mat == funders.row("mat_starts").services > 0
    assert sent[(ServiceKind.NALOXONE, False)] == 0 < funders.row("naloxone").services  # no HUD type
    # The spending lines (services with an amount, by kind): sent, less those HUD's lists have no place
    # for (groceries, hygiene, a hotel stay the team paid for) and those outside any episode.
    period, lou = Period(*PERIOD), made["Lou"].id
    paid = [
        s
        for s in kinds.values()
        if s.amount is not None and not s.deleted and s.delivered_on in period and s.participant_id != lou
    ]
    sent_ids = {r["ServicesID"] for r in _live(export, "Services")}
    for row in report.cost.by_kind:
        of_kind = [s for s in paid if s.kind.value == row.key]
        unlisted = [s for s in of_kind if hud_service(s.kind, is_referral=s.is_referral) is None]
        sent_here = [s for s in of_kind if s.id.replace("-", "") in sent_ids]
        assert len(sent_here) == row.services - len(unlisted) - len([s for s in of_kind if s.id in outside])
    assert report.cost.by_kind
