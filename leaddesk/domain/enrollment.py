"""An episode in the program (HMIS "enrollment"): from referral to exit. A participant who comes back
after an exit gets a new one; the old one stays, closed, so the history is whole (issue 13).

HMIS FY2026 elements: 3.10 Project Start Date (`entry_date`), 4.13 Date of Engagement
(`engagement_date`), 3.11 Project Exit Date (`exit_date`), 3.12 Destination, 2.02.6 Project Type."""

from __future__ import annotations

from itertools import pairwise
from typing import ClassVar, Self

from pydantic import model_validator

from leaddesk.domain.base import ParticipantRecord, PastDate, ShortText
from leaddesk.domain.enums import Destination, ExitReason, ParticipantStatus, ProjectType

# Statuses in which the participant has been engaged in this episode.
ENGAGED_STATUSES = frozenset(
    {
        ParticipantStatus.ENGAGED,
        ParticipantStatus.ACTIVE,
        ParticipantStatus.INACTIVE,
        ParticipantStatus.IN_THE_WIND,
    }
)

# The episode's dates in their order, as a rule about them names them. Each one is "the … date" so that a
# translation can put any of them in one sentence ("… cannot be before …"): ui/rule_texts.py lists them.
DATE_WORDS = {
    "referral_date": "the referral date",
    "entry_date": "the entry date",
    "engagement_date": "the date of engagement",
    "exit_date": "the exit date",
}


class Enrollment(ParticipantRecord):
    entity: ClassVar[str] = "enrollment"

    project: ProjectType = ProjectType.STREET_OUTREACH
    status: ParticipantStatus = ParticipantStatus.REFERRED
    referral_date: PastDate
    entry_date: PastDate | None = None
    engagement_date: PastDate | None = None
    exit_date: PastDate | None = None
    destination: Destination | None = None
    exit_reason: ExitReason | None = None
    exit_reason_detail: ShortText = ""

    @property
    def is_open(self) -> bool:
        return self.status is not ParticipantStatus.EXITED and not self.deleted

    @model_validator(mode="after")
    def _dates_in_order(self) -> Self:
        # referral <= entry <= engagement <= exit, for those that are recorded.
        steps = [(name, getattr(self, name)) for name in DATE_WORDS]
        known = [(name, DATE_WORDS[name], when) for name, when in steps if when is not None]
        for (_, before_words, before), (name, words, when) in pairwise(known):
            if when is not None and before is not None and when < before:
                raise ValueError(f"{name}: {words} cannot be before {before_words}")
        return self

    @model_validator(mode="after")
    def _status_matches_dates(self) -> Self:
        exited = self.status is ParticipantStatus.EXITED
        if exited and self.exit_date is None:
            raise ValueError("exit_date: an exited episode needs its exit date")
        if exited and self.destination is None:
            raise ValueError("destination: an exited episode needs the destination (HMIS 3.12)")
        if not exited and (self.exit_date or self.destination or self.exit_reason):
            raise ValueError("status: an episode with an exit date, destination or reason is exited")
        if self.status in ENGAGED_STATUSES and self.engagement_date is None:
            raise ValueError("engagement_date: an engaged episode needs its date of engagement")
        if self.status is ParticipantStatus.REFERRED and self.engagement_date is not None:
            raise ValueError("status: an episode with a date of engagement is no longer referred")
        return self
