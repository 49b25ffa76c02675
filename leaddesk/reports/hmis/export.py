"""An HMIS CSV FY2026 export of a period, program-wide, as rows per file (the writer puts them on disk).

Which records go: every episode open on at least one day of the period (referred by its last day, not
exited before its first: the program report's "served" rule), its participant, its exit when that falls
in the period, the contacts and services dated in the period within the episode, and the outcome
snapshots dated within the episode up to the period's end (an entry snapshot before the period
belongs to the episode). Deleted records (tombstones) go too, with DateDeleted, so the HMIS removes
what an earlier export sent. The disclosure gate (gate.py) decides what of each participant goes.
A participant with no episode record (recorded before episodes existed) has nothing HMIS can enrol and
is not sent; the counts say how many."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import TypeVar

from leaddesk.domain import (
    Consent,
    Contact,
    Enrollment,
    HousingStatus,
    OutcomeSnapshot,
    Participant,
    ParticipantRecord,
    Service,
)
from leaddesk.domain.disclosure import Recipient
from leaddesk.domain.enums import ProjectType
from leaddesk.domain.program import HmisWithoutConsent, ProgramSettings, StaffMember
from leaddesk.reports.hmis import assessment_rows as assess
from leaddesk.reports.hmis import enrollment_rows as rows
from leaddesk.reports.hmis.client_rows import client_row, user_rows
from leaddesk.reports.hmis.columns import FILES
from leaddesk.reports.hmis.context import Enrolled, ExportContext, Row
from leaddesk.reports.hmis.gate import Disclosed, decide
from leaddesk.reports.hmis.project_rows import HmisProject, export_row, organization_row, project_rows
from leaddesk.reports.hmis.settings_check import check_settings

R = TypeVar("R", bound=ParticipantRecord)


@dataclass(frozen=True)
class HmisData:
    """The program's records as domain values, tombstones included, with its settings and roster."""

    participants: Sequence[Participant] = ()
    enrollments: Sequence[Enrollment] = ()
    contacts: Sequence[Contact] = ()
    services: Sequence[Service] = ()
    outcomes: Sequence[OutcomeSnapshot] = ()
    housing: Sequence[HousingStatus] = ()
    consents: Sequence[Consent] = ()
    settings: ProgramSettings = field(default_factory=ProgramSettings)
    roster: Sequence[StaffMember] = ()


@dataclass(frozen=True)
class HmisRequest:
    start: date
    end: date
    export_id: str  # 32 hex digits, one for every file of the export
    exported_at: datetime  # UTC; the gate asks about its day
    tz: tzinfo | None = None  # the program's calendar
    without_consent: HmisWithoutConsent | None = None  # None: the program's setting
    software_version: str = ""


@dataclass(frozen=True)
class HmisCounts:
    identified: int  # participants sent with their identity
    deidentified: int
    left_out: int  # participants with an episode in the period that no consent lets go
    without_episode: int  # participants served in the period with no episode record (not sent)
    withheld: int  # records (or their SUD parts) of participants sent, held back by the gate
    withheld_sud: int  # of those, SUD information
    services_without_hud_type: int  # services HUD's lists have no place for (not sent)


@dataclass(frozen=True)
class HmisExport:
    export_id: str
    files: dict[str, list[Row]]
    counts: HmisCounts
    identified: tuple[str, ...] = ()  # the participants sent with their identity (record ids)


def _by_participant(records: Sequence[R]) -> dict[str, list[R]]:
    grouped: dict[str, list[R]] = defaultdict(list)
    for record in records:
        grouped[record.participant_id].append(record)
    return grouped


def _served_without_episode(person: Participant, *, start: date, end: date) -> bool:
    """Whether a participant with no episode record was in the caseload in the period, by the episode the
    program report makes of their own fields (reports/data.py): from their recording (or engagement, if
    earlier) to their exit."""
    began = min(d for d in (person.created_at.date(), person.engaged_on) if d is not None)
    return not person.deleted and began <= end and (person.exited_on is None or person.exited_on >= start)


def _in_period(episode: Enrollment, *, start: date, end: date) -> bool:
    return episode.referral_date <= end and (episode.exit_date is None or episode.exit_date >= start)


def _episode_on(day: date, episodes: list[Enrollment]) -> Enrollment | None:
    """The latest-started live episode of `episodes` that `day` falls in."""
    inside = [e for e in episodes if e.referral_date <= day and (e.exit_date is None or day <= e.exit_date)]
    live = [e for e in inside if not e.deleted] or inside
    return max(live, key=lambda e: (e.referral_date, e.created_at), default=None)


@dataclass(frozen=True)
class _Own:
    """One participant's records of each kind the export reads."""

    contacts: list[Contact]
    services: list[Service]
    outcomes: list[OutcomeSnapshot]
    housing: list[HousingStatus]
    consents: list[Consent]


@dataclass
class _Build:
    data: HmisData
    request: HmisRequest
    ctx: ExportContext
    projects: dict[ProjectType, HmisProject]
    files: dict[str, list[Row]] = field(default_factory=lambda: {name: [] for name in FILES})
    tally: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    identified: list[str] = field(default_factory=list)

    def participant(self, person: Participant, *, episodes: list[Enrollment], own: _Own) -> None:
        start, end = self.request.start, self.request.end
        contacts = [c for c in own.contacts if start <= self.ctx.day(c.occurred_at) <= end]
        services = [s for s in own.services if start <= s.delivered_on <= end]
        outcomes = [o for o in own.outcomes if o.information_date <= end]
        housing, consents = own.housing, own.consents
        if person.deleted:
            # Deleting a participant deletes their consents with them; the HMIS is still told of the
            # deletion of whatever their consents had let an earlier export send it.
            consents = [c.with_changes(deleted=False) if c.deleted else c for c in consents]
        settings = self.data.settings
        shown = decide(
            person, [*episodes, *contacts, *services, *outcomes, *housing], consents=consents,
            recipient=_recipient(settings), on=self.request.exported_at.date(),
            without_consent=self.request.without_consent or settings.hmis_export.without_consent,
        )  # fmt: skip
        if not person.deleted:  # the counts are of participants, not of deletions
            self._count(person, shown)
        if shown is None:
            return
        self.files["Client"].append(client_row(person, self.ctx, identified=shown.identified))
        history = sorted(housing, key=lambda h: (h.effective_on, h.created_at))
        chosen = _Own(contacts, services, outcomes, history, consents)
        for episode in episodes:
            self._episode(Enrolled(person, episode, self.ctx), history=history, shown=shown)
        self._activity(person, episodes=episodes, own=chosen, shown=shown)
        self._snapshots(person, episodes=episodes, outcomes=outcomes, shown=shown)

    def _count(self, person: Participant, shown: Disclosed | None) -> None:
        if shown is None:
            self.tally["left_out"] += 1
            return
        self.tally["identified" if shown.identified else "deidentified"] += 1
        if shown.identified:
            self.identified.append(person.id)
        self.tally["withheld"] += shown.withheld
        self.tally["withheld_sud"] += shown.withheld_sud

    def _episode(self, enrolled: Enrolled, *, history: list[HousingStatus], shown: Disclosed) -> None:
        episode = enrolled.episode
        project = self.projects[episode.project].project_id
        coc = self.data.settings.hmis.coc_code
        self.files["Enrollment"].append(
            rows.enrollment_row(enrolled, project_id=project, coc_code=coc, history=history, shown=shown)
        )
        if episode.exit_date is not None and episode.exit_date <= self.request.end:
            self.files["Exit"].append(rows.exit_row(enrolled, shown=shown))

    def _activity(
        self, person: Participant, *, episodes: list[Enrollment], own: _Own, shown: Disclosed
    ) -> None:
        for contact in own.contacts:
            episode = _episode_on(self.ctx.day(contact.occurred_at), episodes)
            if episode is not None and shown.may(contact):
                enrolled = Enrolled(person, episode, self.ctx)
                self.files["CurrentLivingSituation"].append(
                    rows.living_situation_row(contact, enrolled, history=own.housing, shown=shown)
                )
        for service in own.services:
            episode = _episode_on(service.delivered_on, episodes)
            if episode is None or not shown.may(service):
                continue
            row = rows.service_row(service, Enrolled(person, episode, self.ctx))
            if row is None:
                self.tally["services_without_hud_type"] += 1
            else:
                self.files["Services"].append(row)

    def _snapshots(
        self,
        person: Participant,
        *,
        episodes: list[Enrollment],
        outcomes: list[OutcomeSnapshot],
        shown: Disclosed,
    ) -> None:
        for snapshot in outcomes:
            episode = _episode_on(snapshot.information_date, episodes)
            if episode is None or not shown.may(snapshot):
                continue
            enrolled = Enrolled(person, episode, self.ctx)
            self.files["IncomeBenefits"].append(
                assess.income_row(snapshot, enrolled, detail=shown.identified)
            )
            self.files["EmploymentEducation"].append(assess.employment_row(snapshot, enrolled))
            self.files["HealthAndDV"].append(assess.health_row(snapshot, enrolled))
            self.files["Disabilities"] += assess.disability_rows(snapshot, enrolled, shown=shown)


def _recipient(settings: ProgramSettings) -> Recipient:
    code = settings.hmis_export.recipient_code
    label = next((e.label for e in settings.partner_agencies if e.code == code), code)
    return Recipient(code=code, name=label)


def build_export(data: HmisData, request: HmisRequest) -> HmisExport:
    """The export's rows, file by file. HmisRefused (nothing made) for a period the wrong way round or
    settings an HMIS import needs and the program has not set."""
    start, end = request.start, request.end
    everyone = {p.id: p for p in data.participants}
    episodes = _by_participant([e for e in data.enrollments if _in_period(e, start=start, end=end)])
    kinds = {e.project for group in episodes.values() for e in group}
    projects = check_settings(data.settings, start=start, end=end, project_types=kinds)
    ctx = ExportContext(request.export_id, request.exported_at, request.tz, start, end)
    build = _Build(data, request, ctx, projects)
    contacts, services = _by_participant(data.contacts), _by_participant(data.services)
    outcomes, housing = _by_participant(data.outcomes), _by_participant(data.housing)
    consents = _by_participant(data.consents)
    for pid, own in sorted(episodes.items()):
        person = everyone.get(pid)
        if person is None:
            continue
        ordered = sorted(own, key=lambda e: (e.referral_date, e.created_at))
        records = _Own(
            contacts.get(pid, []),
            services.get(pid, []),
            outcomes.get(pid, []),
            housing.get(pid, []),
            consents.get(pid, []),
        )
        build.participant(person, episodes=ordered, own=records)
    _program_files(build, data)
    with_episode = {e.participant_id for e in data.enrollments}
    counts = HmisCounts(
        identified=build.tally["identified"], deidentified=build.tally["deidentified"],
        left_out=build.tally["left_out"],
        without_episode=sum(
            p.id not in with_episode and _served_without_episode(p, start=start, end=end)
            for p in data.participants
        ),
        withheld=build.tally["withheld"], withheld_sud=build.tally["withheld_sud"],
        services_without_hud_type=build.tally["services_without_hud_type"],
    )  # fmt: skip
    return HmisExport(
        export_id=request.export_id, files=build.files, counts=counts, identified=tuple(build.identified)
    )


def _program_files(build: _Build, data: HmisData) -> None:
    ctx, settings = build.ctx, data.settings
    first = min((e.referral_date for e in data.enrollments if not e.deleted), default=ctx.start)
    build.files["Export"].append(export_row(ctx, settings, software_version=build.request.software_version))
    build.files["Organization"].append(organization_row(ctx, settings))
    used = [build.projects[kind] for kind in ProjectType if kind in build.projects]
    build.files.update(project_rows(ctx, settings, projects=used, operating_since=first))
    build.files["User"] = user_rows(ctx, list(data.roster))
