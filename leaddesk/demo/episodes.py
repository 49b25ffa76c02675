"""A synthetic participant's HMIS answers and their episodes (enrollments), consistent with the status
story.py dealt them; some came back after an exit, so they have a closed episode and an open one.

Drawn from an RNG of their own (seeded by the participant's id), so the rest of the story — every other
record — is the same as before these existed, and a seed still gives the same caseload."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from leaddesk.demo.bundle import synthetic_id
from leaddesk.demo.phrases import RACE_DETAILS, pick
from leaddesk.domain import Enrollment
from leaddesk.domain.enrollment import ENGAGED_STATUSES
from leaddesk.domain.enums import Destination as D
from leaddesk.domain.enums import DobDataQuality, ExitReason, NoYesReason, ProjectType
from leaddesk.domain.enums import ParticipantStatus as Status

# About 7% of adults experiencing homelessness are veterans; most LEAD participants have a disabling
# condition (mental illness, substance use disorder); a few answers are missing, as in any real file.
VETERAN_WEIGHTS = (
    (
        NoYesReason.NO,
        NoYesReason.YES,
        NoYesReason.DOESNT_KNOW,
        NoYesReason.PREFERS_NOT_TO_ANSWER,
        NoYesReason.NOT_COLLECTED,
    ),
    (85, 7, 2, 2, 4),
)
DISABLING_WEIGHTS = (
    (
        NoYesReason.YES,
        NoYesReason.NO,
        NoYesReason.DOESNT_KNOW,
        NoYesReason.PREFERS_NOT_TO_ANSWER,
        NoYesReason.NOT_COLLECTED,
    ),
    (58, 27, 5, 4, 6),
)
DOB_WEIGHTS = (
    (
        DobDataQuality.FULL,
        DobDataQuality.APPROXIMATE_OR_PARTIAL,
        DobDataQuality.DOESNT_KNOW,
        DobDataQuality.PREFERS_NOT_TO_ANSWER,
        DobDataQuality.NOT_COLLECTED,
    ),
    (76, 14, 4, 3, 3),
)
PROJECT_WEIGHTS = ((ProjectType.STREET_OUTREACH, ProjectType.SERVICES_ONLY), (85, 15))
RETURN_SHARE = 0.25  # of those long enough in the program to have left once and come back
# Where people go, by why their episode ended.
DESTINATIONS: dict[ExitReason, tuple[D, ...]] = {
    ExitReason.MOVED_AWAY: (D.FAMILY_PERMANENT, D.FRIENDS_TEMPORARY, D.RENTAL_NO_SUBSIDY, D.DOESNT_KNOW),
    ExitReason.COMPLETED_PLAN: (D.RENTAL_WITH_SUBSIDY, D.RENTAL_NO_SUBSIDY, D.FAMILY_PERMANENT, D.HOST_HOME),
    ExitReason.IN_TREATMENT: (D.SUD_TREATMENT_FACILITY, D.PSYCHIATRIC_HOSPITAL, D.LONG_TERM_CARE),
    ExitReason.INCARCERATED_LONG_TERM: (D.JAIL_PRISON_DETENTION,),
    ExitReason.DIED: (D.DECEASED,),
    ExitReason.NO_CONTACT: (D.NO_EXIT_INTERVIEW, D.DOESNT_KNOW),
    ExitReason.OTHER: (D.OTHER, D.PLACE_NOT_MEANT_FOR_HABITATION, D.EMERGENCY_SHELTER),
}
# An earlier episode that ended in a return later: never a death.
RETURNABLE = (
    ExitReason.MOVED_AWAY,
    ExitReason.IN_TREATMENT,
    ExitReason.INCARCERATED_LONG_TERM,
    ExitReason.NO_CONTACT,
    ExitReason.COMPLETED_PLAN,
)


@dataclass(frozen=True)
class HmisAnswers:
    dob_data_quality: DobDataQuality
    veteran_status: NoYesReason
    disabling_condition: NoYesReason
    additional_race_ethnicity: str


def answers(rng: random.Random) -> HmisAnswers:
    return HmisAnswers(
        dob_data_quality=pick(rng, DOB_WEIGHTS),
        veteran_status=pick(rng, VETERAN_WEIGHTS),
        disabling_condition=pick(rng, DISABLING_WEIGHTS),
        additional_race_ethnicity=rng.choice(RACE_DETAILS) if rng.random() < 0.15 else "",
    )


@dataclass(frozen=True)
class Timeline:
    """The story's dates: referred on `start`, engaged on `engaged`, last seen or exited on `end`."""

    status: Status
    start: date
    engaged: date | None
    end: date
    exit_reason: ExitReason | None
    exit_detail: str


def episodes(
    rng: random.Random, *, line: Timeline, meta: Callable[[date], dict[str, Any]]
) -> list[Enrollment]:
    """Oldest first; the last one is the current episode, whose status is the participant's."""
    project = pick(rng, PROJECT_WEIGHTS)
    made: list[Enrollment] = []
    referral, engaged = line.start, line.engaged
    if (
        engaged is not None
        and line.status in ENGAGED_STATUSES
        and (line.end - engaged).days >= 240
        and rng.random() < RETURN_SHARE
    ):
        left = engaged + timedelta(days=rng.randint(60, (line.end - engaged).days // 2))
        reason = rng.choice(RETURNABLE)
        made.append(
            Enrollment(
                **meta(referral),
                project=project,
                status=Status.EXITED,
                referral_date=referral,
                entry_date=referral,
                engagement_date=engaged,
                exit_date=left,
                destination=rng.choice(DESTINATIONS[reason]),
                exit_reason=reason,
            )
        )
        referral = left + timedelta(days=rng.randint(30, 120))
        engaged = min(line.end, referral + timedelta(days=rng.randint(0, 14)))
        referral = min(referral, engaged)
    exited = line.status is Status.EXITED
    reason = line.exit_reason if exited else None
    made.append(
        Enrollment(
            **meta(referral),
            project=project,
            status=line.status,
            referral_date=referral,
            entry_date=referral if engaged else None,
            engagement_date=engaged,
            exit_date=line.end if exited else None,
            destination=rng.choice(DESTINATIONS[reason]) if reason else None,
            exit_reason=reason,
            exit_reason_detail=line.exit_detail if exited else "",
        )
    )
    return made


def history(
    pid: str, *, created_by: str, line: Timeline, horizon: datetime
) -> tuple[HmisAnswers, list[Enrollment]]:
    """A participant's HMIS answers and episodes, from an RNG seeded by their id."""
    own = random.Random(pid)

    def meta(day: date) -> dict[str, Any]:
        at = min(datetime.combine(day, time(12), UTC), horizon)  # a fixed hour: no draw
        return {
            "id": synthetic_id(own, at),
            "participant_id": pid,
            "created_at": at,
            "updated_at": at,
            "created_by": created_by,
        }

    hmis = answers(own)
    return hmis, episodes(own, line=line, meta=meta)
