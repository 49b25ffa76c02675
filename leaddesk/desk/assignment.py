"""Reassigning a participant's primary case manager or team (a supervisor's use case): what may be
chosen, the caseload check for a choice (domain/assignment.py), and the write, which syncs as field
changes; the server then moves the record between teams' laptops."""

from __future__ import annotations

from dataclasses import dataclass

from leaddesk.desk.base import UseCases
from leaddesk.desk.changes import Done
from leaddesk.domain import Participant
from leaddesk.domain.assignment import (
    OPEN_STATUSES,
    AssignmentRefused,
    CaseloadCheck,
    check_caseload,
    why_not_reassign,
)
from leaddesk.domain.enums import Role
from leaddesk.domain.program import StaffMember
from leaddesk.storage.repositories.participants import CaseloadFilter
from leaddesk.storage.sync_state import SyncState

# Who can be a participant's primary case manager (supervisors sometimes carry a caseload too).
CARRY_CASELOADS = frozenset({Role.CASE_MANAGER.value, Role.SUPERVISOR.value})


@dataclass(frozen=True)
class AssignmentChoices:
    """What the reassign dialog offers for one participant."""

    refused: str | None  # why this laptop's user may not reassign; None if they may
    team_id: str
    case_manager: str
    teams: list[str]  # the teams this user may assign to
    staff: list[StaffMember]  # active staff who carry caseloads, with their teams

    def case_managers(self, team: str) -> list[StaffMember]:
        """Whom a participant in `team` can be assigned to."""
        return [m for m in self.staff if team in m.teams]


class Assignment(UseCases):
    def refused(self) -> str | None:
        """Why this laptop's user may not reassign participants; None if they may."""
        return why_not_reassign(self._role())

    def choices(self, participant_id: str) -> AssignmentChoices:
        participant = self._store.repos.participants.get(participant_id)
        role = self._role()
        enrolment = SyncState(self._store).enrolment
        staff = [m for m in self._store.repos.program.roster() if m.active and m.role in CARRY_CASELOADS]
        if role == Role.ADMIN.value:  # an admin sees every team: those of the staff and records here
            known = {t for m in staff for t in m.teams} | set(self._store.repos.participants.team_ids())
            teams = sorted(known)
        else:
            teams = sorted(enrolment.user.teams) if enrolment is not None else []
        return AssignmentChoices(
            refused=why_not_reassign(role),
            team_id=participant.team_id,
            case_manager=participant.case_manager,
            teams=teams,
            staff=staff,
        )

    def check(self, participant_id: str, *, case_manager: str) -> CaseloadCheck | None:
        """The caseload check for giving the participant to `case_manager` (a username); None for no
        case manager. Counts the open participants this laptop holds for them."""
        if not case_manager:
            return None
        member = next((m for m in self._store.repos.program.roster() if m.username == case_manager), None)
        statuses = frozenset(OPEN_STATUSES)
        holding = self._store.repos.participants.caseload_count(
            CaseloadFilter(case_managers=frozenset({case_manager}), statuses=statuses)
        )
        participant = self._store.repos.participants.get(participant_id)
        already = participant.case_manager == case_manager and participant.status in statuses
        return check_caseload(
            case_manager=member.display_name if member else case_manager,
            open_after=holding if already else holding + 1,
            capacity=member.caseload_capacity if member else None,
            program=self._store.repos.program.settings(),
        )

    def reassign(
        self, participant_id: str, *, team_id: str, case_manager: str, confirmed: bool = False
    ) -> Done[Participant]:
        """Give the participant a new team and/or primary case manager. AssignmentRefused (nothing
        written) if this user may not reassign, the team or case manager is not one offered, or the
        case manager would go above the program's maximum without `confirmed`."""
        choices = self.choices(participant_id)
        if choices.refused is not None:
            raise AssignmentRefused(choices.refused)
        if team_id != choices.team_id and team_id not in choices.teams:
            raise AssignmentRefused(
                f"You cannot assign participants to team {team_id!r}; choose one of yours."
            )
        offered = {m.username for m in choices.case_managers(team_id)}
        unchanged = (team_id, case_manager) == (choices.team_id, choices.case_manager)
        if case_manager and case_manager not in offered and not unchanged:
            raise AssignmentRefused(
                f"{case_manager} is not on the staff of team {team_id}; choose one of its case managers."
            )
        if case_manager != choices.case_manager:  # the same case manager carries no one more
            check = self.check(participant_id, case_manager=case_manager)
            if check is not None and check.needs_confirmation and not confirmed:
                raise AssignmentRefused(check.message())
        return self._write(
            lambda: self._store.repos.participants.update(
                participant_id, {"team_id": team_id, "case_manager": case_manager}
            )
        )

    def _role(self) -> str | None:
        enrolment = SyncState(self._store).enrolment
        return None if enrolment is None else enrolment.user.role
