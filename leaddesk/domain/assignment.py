"""Who may reassign a participant, and the caseload rule every assignment is checked against.

A participant's primary case manager and team are changed by a supervisor (or an admin), never by a
case manager: moving a participant to another team moves the record off that case manager's laptops.
The caseload rule follows the LEAD Support Bureau's standard (12-15 participants per case manager, never
over 25): a case manager's open participants, counting the one being assigned, are checked against
their own capacity (a part-time case manager carries fewer) or else the program's standard, and the
program's maximum. Above the standard is a warning; above the maximum needs a supervisor to confirm.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from leaddesk.domain.enums import ParticipantStatus, Role
from leaddesk.domain.program import ProgramSettings

# A participant counts against a caseload until their episode ends.
OPEN_STATUSES = frozenset(ParticipantStatus) - {ParticipantStatus.EXITED}
REASSIGNERS = frozenset({Role.SUPERVISOR, Role.ADMIN})


class AssignmentRefused(ValueError):
    """A reassignment the rules do not allow; the message says what to do instead."""


NEEDS_ROLE = (
    "Reassigning needs your role from the office server: connect this laptop (Desk → Connect to office…) "
    "and sync first."
)
SUPERVISORS_ONLY = "Only a supervisor can change a participant's case manager or team; ask your supervisor."


def why_not_reassign(role: str | None) -> str | None:
    """None if someone of this role may reassign participants, else the sentence saying why not."""
    if role in {r.value for r in REASSIGNERS}:
        return None
    return NEEDS_ROLE if role is None else SUPERVISORS_ONLY


class CaseloadLevel(StrEnum):
    WITHIN = "within"
    ABOVE_STANDARD = "above_standard"  # a warning
    ABOVE_MAXIMUM = "above_maximum"  # a supervisor must confirm


@dataclass(frozen=True)
class CaseloadCheck:
    """A case manager's caseload once a participant is assigned to them, against their limits."""

    case_manager: str  # as people see them (display name)
    open_after: int
    standard: int
    maximum: int

    @property
    def level(self) -> CaseloadLevel:
        if self.open_after > self.maximum:
            return CaseloadLevel.ABOVE_MAXIMUM
        if self.open_after > self.standard:
            return CaseloadLevel.ABOVE_STANDARD
        return CaseloadLevel.WITHIN

    @property
    def needs_confirmation(self) -> bool:
        return self.level is CaseloadLevel.ABOVE_MAXIMUM

    def message(self) -> str:
        """The sentence a supervisor reads before assigning ("" when within the standard)."""
        carries = f"{self.case_manager} would carry {self.open_after} open participants"
        if self.level is CaseloadLevel.ABOVE_MAXIMUM:
            return (
                f"{carries}, above the program's maximum of {self.maximum}. Assign anyway only if you, as "
                "supervisor, confirm it."
            )
        if self.level is CaseloadLevel.ABOVE_STANDARD:
            return f"{carries}, above their standard caseload of {self.standard} (maximum {self.maximum})."
        return ""


def check_caseload(
    *, case_manager: str, open_after: int, capacity: int | None, program: ProgramSettings
) -> CaseloadCheck:
    """The one caseload rule: the case manager's capacity, when set, stands in for the program's
    standard (never above the program's maximum); the maximum is the program's."""
    standard = program.caseload_standard if capacity is None else min(capacity, program.caseload_maximum)
    return CaseloadCheck(
        case_manager=case_manager,
        open_after=open_after,
        standard=standard,
        maximum=program.caseload_maximum,
    )
