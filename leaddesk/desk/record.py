"""The participant's own record as a case manager keeps it (issue 13): editing who they are, moving
them through the program's statuses, and the history of their episodes.

Who they are (names, birth, phone, demographics) is edited field by field, so a change made on another
laptop meanwhile merges or shows as a conflict like any other field. Where they are in the program is
not edited here: the status machine (domain/episodes.py) owns the status fields and the episodes, and
the team and case manager change by reassignment, never by an edit of the details."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from leaddesk.desk.base import UseCases
from leaddesk.desk.changes import Done
from leaddesk.domain import Enrollment, Participant
from leaddesk.domain.clock import Stamp
from leaddesk.domain.enums import ParticipantStatus
from leaddesk.domain.episodes import (
    NEXT,
    StatusChange,
    StatusChangeRefused,
    current_episode,
)
from leaddesk.domain.errors import DomainError
from leaddesk.domain.outcomes import exit_snapshot_due

__all__ = [
    "DETAIL_FIELDS",
    "EditRefused",
    "Record",
    "StatusChange",
    "StatusChangeRefused",
    "StatusFacts",
]

# The participant's own fields, as the "Edit details" dialog offers them.
DETAIL_FIELDS = (
    "first_name",
    "last_name",
    "preferred_name",
    "aliases",
    "date_of_birth",
    "dob_data_quality",
    "phone",
    "usual_locations",
    "sex",
    "gender",
    "race_ethnicity",
    "additional_race_ethnicity",
    "veteran_status",
    "disabling_condition",
)
STATUS_FIELDS = frozenset({"status", "engaged_on", "exited_on", "exit_reason"})
ASSIGNMENT_FIELDS = frozenset({"team_id", "case_manager"})
_STATUS_ORDER = list(ParticipantStatus)


class EditRefused(DomainError):
    """An edit of the details asked to change something the details do not hold."""


@dataclass(frozen=True)
class StatusFacts:
    """Where a participant is in the program: their status, since when, and where they may go next."""

    status: ParticipantStatus
    since: date | None  # None: not known (made before episodes existed)
    episode: Enrollment | None  # the current one: open, else the latest
    next_steps: tuple[ParticipantStatus, ...]  # what the status machine allows from here, in order


class Record(UseCases):
    def edit(self, participant_id: str, changes: Mapping[str, Any]) -> Done[Participant]:
        """Change the participant's own fields (only those in `changes`); EditRefused for a status,
        team or case-manager field, a ValidationError naming the field for a bad value; nothing is
        written on a refusal."""
        for name in changes:
            _check_detail(name)

        def work() -> Participant:
            saved: Participant = self._store.repos.participants.update(participant_id, changes)
            return saved

        return self._write(work)

    def change_status(self, participant_id: str, change: StatusChange) -> Done[Participant]:
        """Move the participant to `change.to` (StatusChangeRefused with the machine's sentence, and
        nothing written, if the rules say no); the participant as they are afterwards."""

        def work() -> Participant:
            self._store.repos.enrollments.change_status(participant_id, change)
            saved: Participant = self._store.repos.participants.get(participant_id)
            return saved

        return self._write(work)

    def correct_episode(self, episode_id: str, changes: Mapping[str, Any]) -> Done[Enrollment]:
        """Correct an old or current episode's dates, project or exit details (not its status:
        StatusChangeRefused); a ValidationError naming the field when the dates would be out of order
        or an exit would lose its destination; nothing is written on a refusal."""

        def work() -> Enrollment:
            corrected: Enrollment = self._store.repos.enrollments.correct(episode_id, changes)
            return corrected

        return self._write(work)

    def exit_snapshot_due(self, participant_id: str) -> date | None:
        """The exit date when the participant has exited and their exit outcome snapshot is still to
        be taken (domain/outcomes.py); None otherwise."""
        facts = self.status(participant_id)
        snapshots = self._store.repos.outcomes.find(participant_id=participant_id)
        return exit_snapshot_due(facts.episode, snapshots)

    def episodes(self, participant_id: str) -> list[Enrollment]:
        """Every episode of the participant, newest first (a closed one stays after a return)."""
        found: list[Enrollment] = self._store.repos.enrollments.for_participant(participant_id)
        return sorted(found, key=lambda e: (e.referral_date, e.created_at), reverse=True)

    def status(self, participant_id: str) -> StatusFacts:
        participant = self._store.repos.participants.get(participant_id)
        return self.status_of(participant, self.episodes(participant_id))

    def status_of(self, participant: Participant, episodes: list[Enrollment]) -> StatusFacts:
        """The status facts of a participant whose episodes have been read already."""
        try:
            episode = current_episode(episodes)
        except StatusChangeRefused:  # two open episodes after a sync: a person settles which
            episode = None
        status = episode.status if episode is not None else participant.status
        steps = sorted(NEXT[status], key=_STATUS_ORDER.index)
        return StatusFacts(
            status=status,
            since=self._since(episode) if episode is not None else participant.engaged_on,
            episode=episode,
            next_steps=tuple(steps),
        )

    def _since(self, episode: Enrollment) -> date | None:
        """The day the episode took its status: its own date where HMIS has one, else the day the
        status was last written — its field clock, but no later than the episode's own last change
        (records brought in whole, as the demo's, carry the day they were imported as their clock) and
        no earlier than the engagement (every such status follows it)."""
        dated = {
            ParticipantStatus.REFERRED: episode.referral_date,
            ParticipantStatus.ENGAGED: episode.engagement_date,
            ParticipantStatus.EXITED: episode.exit_date,
        }
        if episode.status in dated:
            return dated[episode.status]
        stamp = self._store.repos.enrollments.field_clocks(episode.id).get("status")
        written = episode.updated_at.astimezone().date()
        if stamp:
            clock = datetime.fromtimestamp(Stamp.decode(stamp).physical_ms / 1000, UTC)
            written = min(written, clock.astimezone().date())
        engaged = episode.engagement_date
        return max(written, engaged) if engaged is not None else written


def _check_detail(name: str) -> None:
    if name in STATUS_FIELDS:
        raise EditRefused(
            "The status and its dates change with Change status…, which keeps the episode with them."
        )
    if name in ASSIGNMENT_FIELDS:
        raise EditRefused("The team and case manager change by reassigning the participant.")
    if name not in DETAIL_FIELDS:
        raise EditRefused(f"{name.replace('_', ' ').capitalize()} is not one of the participant's details.")
