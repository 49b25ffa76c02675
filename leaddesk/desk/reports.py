"""Program reports on this laptop: the dashboard's figures for a period and a team, computed by
`leaddesk.reports` (the same code the office server runs) from the records this laptop holds.

Who sees what. A supervisor or an admin sees the figures of the teams this laptop holds, all of them or
one chosen: theirs is the team view the dashboard is for (caseloads side by side, the referral clocks,
who has gone unseen). A case manager — and anyone before the laptop is enrolled, whose role is not
known yet — sees the same dashboard for their own participants only: their caseload against the
standard, their contacts per month, their participants not seen in 14 days. That shows them nothing
they do not already hold, and keeps colleagues' caseloads, which a supervisor weighs, out of a
colleague's view; the PCG report and its tables, the program's own account to its Policy Coordinating
Group, are saved by supervisors and admins only.

The records are read in bulk, one query per kind for all the participants at once, and only those the
dashboard's measures can count: the referrals and contacts of the period (with each participant's last
contact before it, for "not seen"), needs recorded by its end, the housing history up to it, every
episode. The measures the dashboard does not show (evaluation, outcomes, funders, disparity, cost)
need records from years before; they are computed for the PCG report from everything.

The PCG report saved here (a PDF, its tables as CSV) is the one `leaddesk-server report pcg` writes,
for the teams this laptop holds: counts only, every count under 11 suppressed, nobody named, each save
audited. Its disparity section has no arrests to compare with: the arrest counts a program imports stay
on the office server (laptops are not sent them), so that comparison is the server's report. Nothing
identified (the names of who has not been seen) is exported from here: that needs the disclosure gate.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from leaddesk.desk.base import UseCases
from leaddesk.desk.program import Program
from leaddesk.desk.report_calendar import Preset, laptop_zone, preset_period
from leaddesk.domain import (
    Enrollment,
    HousingStatus,
    LegalEvent,
    Need,
    OutcomeSnapshot,
    Referral,
    Service,
)
from leaddesk.domain.base import SHORT_MAX
from leaddesk.domain.enums import AuditAction, NeedStatus, Role
from leaddesk.domain.errors import DomainError
from leaddesk.domain.program import StaffMember
from leaddesk.reports import (
    CaseloadReport,
    CaseloadRow,
    ContactReport,
    HousingGroup,
    HousingReport,
    NeedsReport,
    NotSeen,
    NotSeenReport,
    Period,
    ProgramData,
    ProgramReport,
    ReferralClocks,
    ReferralReport,
    ReportRefused,
    compute,
)
from leaddesk.reports.csv_tables import ExportFailed
from leaddesk.reports.fonts import FontMissing
from leaddesk.reports.pcg import write_pcg
from leaddesk.storage.repositories.participants import CaseloadFilter
from leaddesk.storage.repositories.report_rows import Match, Window
from leaddesk.storage.sync_state import SyncState

# What a screen needs of the reports' types comes from here (ui imports desk, never reports).
__all__ = [
    "CaseloadReport",
    "CaseloadRow",
    "Dashboard",
    "DashboardView",
    "HousingGroup",
    "NotSeen",
    "Preset",
    "ReportNotSaved",
    "ReportRefused",
    "Reports",
    "preset_period",
]

TEAM_VIEWERS = frozenset({Role.SUPERVISOR.value, Role.ADMIN.value})
OPEN_NEEDS = frozenset(s for s in NeedStatus if s.is_open)


class _Pauses:
    """How many reports run with the cyclic collector paused, and whether it ran before the first."""

    lock = threading.Lock()
    running = 0
    collector_was_on = True


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a report reads and counts tens of thousands of
    records: each record it makes would otherwise set off a pass over every object alive (the reads
    took twice as long). Records hold no reference cycles, so nothing is kept that a pass would have
    freed; the collector runs again when the last report running (on any reader lane) is done."""
    with _Pauses.lock:
        if _Pauses.running == 0:
            _Pauses.collector_was_on = gc.isenabled()
            gc.disable()
        _Pauses.running += 1
    try:
        yield
    finally:
        with _Pauses.lock:
            _Pauses.running -= 1
            if _Pauses.running == 0 and _Pauses.collector_was_on:
                gc.enable()


@dataclass(frozen=True)
class DashboardView:
    """Whose figures the dashboard shows this laptop's user, and what they may choose."""

    mine_only: bool  # a case manager's own participants (no team to choose, nothing to export)
    teams: tuple[str, ...]  # the teams a supervisor or admin may choose one of (None: all of them)
    may_export: bool


@dataclass(frozen=True)
class Dashboard:
    """The figures the dashboard shows, as `reports.compute` gave them for the period and team."""

    program_name: str
    period: Period
    team: str | None  # None: every team this laptop holds, or a case manager's own participants
    mine_only: bool
    participants: int  # in scope, whatever their episodes
    caseload: CaseloadReport
    not_seen: NotSeenReport
    referrals: ReferralReport
    clocks: ReferralClocks
    contacts: ContactReport
    needs: NeedsReport
    housing: HousingReport
    staff_names: dict[str, str]  # username -> the roster's display name

    def staff_name(self, username: str) -> str:
        return self.staff_names.get(username, username)


class ReportNotSaved(DomainError):
    """The report's files could not be written where asked; the message says where and why."""


def _write(report: ProgramReport, *, pdf: Path | None, csv_folder: Path | None, made_on: date) -> list[Path]:
    try:
        return write_pcg(report, pdf=pdf, csv_folder=csv_folder, made_on=made_on)
    except (ExportFailed, FontMissing) as exc:  # their messages say what to do
        raise ReportNotSaved(str(exc)) from exc
    except OSError as exc:
        raise ReportNotSaved(
            f"The report could not be written to {pdf} ({exc.strerror or exc}); choose another place, "
            "one you may write to."
        ) from exc


class Reports(UseCases):
    def view(self) -> DashboardView:
        role = self._role()
        if role not in TEAM_VIEWERS:
            return DashboardView(mine_only=True, teams=(), may_export=False)
        return DashboardView(mine_only=False, teams=self._teams(role), may_export=True)

    def dashboard(self, *, start: date, end: date, team: str | None = None) -> Dashboard:
        """The dashboard's figures for the days `start` to `end` (both included) and `team` (None: all
        the teams the user may see; a case manager's own participants whatever is asked).
        ReportRefused if the period ends before it starts or the team is not one of the user's."""
        period = Period(start, end)
        view = self.view()
        among = self._among(view, team)
        if view.mine_only:
            team = None  # their own participants, whichever team they are in
        with collector_paused():
            report, names = self._dashboard_report(view, among, period=period, team=team)
        return Dashboard(
            program_name=report.program_name,
            period=report.period,
            team=report.team,
            mine_only=view.mine_only,
            participants=report.participants,
            caseload=report.caseload,
            not_seen=report.not_seen,
            referrals=report.referrals,
            clocks=report.clocks,
            contacts=report.contacts,
            needs=report.needs,
            housing=report.housing,
            staff_names=names,
        )

    def _dashboard_report(
        self, view: DashboardView, among: CaseloadFilter, *, period: Period, team: str | None
    ) -> tuple[ProgramReport, dict[str, str]]:
        """What the dashboard shows, computed from the records its measures can count (the module's
        docstring says which), and the roster's names."""
        start, end = period.start, period.end
        zone = laptop_zone()
        first = datetime.combine(start, time.min, tzinfo=zone)
        after = datetime.combine(end + timedelta(days=1), time.min, tzinfo=zone)
        rows = self._store.repos.report_rows
        program = Program(self._store)
        roster = self._roster(view, program)
        data = ProgramData(
            participants=rows.participants(among),
            enrollments=rows.records(Enrollment, among),
            referrals=rows.records(Referral, among, window=Window("referred_at", first, after)),
            contacts=rows.contact_times(among, since=first, before=after),
            needs=self._needs(among, first=first, after=after),
            housing=rows.records(
                HousingStatus, among, window=Window("effective_on", before=end + timedelta(days=1))
            ),
            settings=program.settings(),
            roster=roster,
            tz=zone,
        )
        report = compute(data, period_start=start, period_end=end, team=team)
        return report, {m.username: m.display_name for m in program.roster()}

    # -- the PCG report ----------------------------------------------------------------------------

    def save_pcg(
        self,
        *,
        start: date,
        end: date,
        team: str | None = None,
        pdf: Path | None = None,
        csv_folder: Path | None = None,
        made_on: date,
    ) -> list[Path]:
        """The PCG report for the period and team (None: every team this laptop holds), as a PDF at
        `pdf` and/or its tables as CSV files in `csv_folder`; the files written. Made for an outside
        audience: counts only, every count under 11 shown as "<11", nobody named or numbered. An
        audited export. ReportRefused (nothing written) for a case manager, a bad period or team, or no
        place given; ReportNotSaved when a file cannot be written (nothing audited then)."""
        if pdf is None and csv_folder is None:
            raise ReportRefused("Say where the report goes: a PDF, a folder for its tables, or both.")
        report = self.program_report(start=start, end=end, team=team)
        written = _write(report, pdf=pdf, csv_folder=csv_folder, made_on=made_on)
        detail = (
            f"pcg {start.isoformat()}..{end.isoformat()} team={team or 'all'} files={len(written)} "
            + " ".join(path.name for path in written[:3])
        )
        self._store.audit_event(AuditAction.EXPORT, entity="report", detail=detail[:SHORT_MAX])
        return written

    def program_report(self, *, start: date, end: date, team: str | None = None) -> ProgramReport:
        """Every measure for the period and team (None: every team this laptop holds), as the PCG
        report prints them. ReportRefused for a case manager, a bad period or team."""
        period = Period(start, end)
        view = self.view()
        if not view.may_export:
            raise ReportRefused(
                "The PCG report and its tables are saved by a supervisor or an admin, for the teams they "
                "oversee; ask your supervisor for them."
            )
        among = self._among(view, team)
        with collector_paused():
            return compute(self._everything(among, period), period_start=start, period_end=end, team=team)

    def _everything(self, among: CaseloadFilter, period: Period) -> ProgramData:
        """Every record of the participants `among` picks that a measure reads; of the contacts (the
        most numerous), only those the contact measures count, as the dashboard reads them."""
        zone = laptop_zone()
        first = datetime.combine(period.start, time.min, tzinfo=zone)
        after = datetime.combine(period.end + timedelta(days=1), time.min, tzinfo=zone)
        rows = self._store.repos.report_rows
        program = Program(self._store)
        return ProgramData(
            participants=rows.participants(among),
            enrollments=rows.records(Enrollment, among),
            referrals=rows.records(Referral, among),
            legal_events=rows.records(LegalEvent, among),
            services=rows.records(Service, among),
            contacts=rows.contact_times(among, since=first, before=after),
            needs=rows.records(Need, among),
            housing=rows.records(HousingStatus, among),
            outcomes=rows.records(OutcomeSnapshot, among),
            settings=program.settings(),
            roster=program.roster(),  # no arrest counts: they stay on the office server (see above)
            tz=zone,
        )

    def _needs(self, among: CaseloadFilter, *, first: datetime, after: datetime) -> list[Need]:
        """The needs the needs measure can count: recorded by the period's end, and recorded in it, or
        still open, or closed since its first day."""
        return self._store.repos.report_rows.records(
            Need,
            among,
            window=Window("created_at", before=after),
            any_of=(
                Match(windows=(Window("created_at", since=first),)),
                Match(codes={"status": OPEN_NEEDS}),
                Match(windows=(Window("updated_at", since=first),)),
            ),
        )

    # -- whose figures -------------------------------------------------------------------------------

    def _role(self) -> str | None:
        enrolment = SyncState(self._store).enrolment
        return None if enrolment is None else enrolment.user.role

    def _teams(self, role: str | None) -> tuple[str, ...]:
        enrolment = SyncState(self._store).enrolment
        mine = set(enrolment.user.teams) if enrolment is not None else set()
        if role == Role.ADMIN.value:  # an admin sees every team: those of the records here too
            mine |= set(self._store.repos.participants.team_ids())
        return tuple(sorted(mine))

    def _among(self, view: DashboardView, team: str | None) -> CaseloadFilter:
        if view.mine_only:
            return CaseloadFilter(case_managers=Program(self._store).my_names())
        if team is None:
            return CaseloadFilter()
        if not view.teams:  # said apart, so the list below holds only team names (no English word)
            raise ReportRefused("The dashboard shows the teams you work with, and you work with none yet.")
        if team not in view.teams:
            raise ReportRefused(
                f"The dashboard shows the teams you work with ({', '.join(view.teams)}); "
                f"choose one of them instead of {team!r}."
            )
        return CaseloadFilter(team_ids=frozenset({team}))

    def _roster(self, view: DashboardView, program: Program) -> list[StaffMember]:
        """The staff the caseload chart lists: everyone on the roster for a team view; for a case
        manager's own view only themselves, so colleagues do not appear with nobody."""
        roster = program.roster()
        if not view.mine_only:
            return roster
        mine = program.my_names()
        return [m for m in roster if m.username in mine]
