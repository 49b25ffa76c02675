"""Episodes (enrollments), per participant; a status change writes the episode and the participant's
copy of their status together (domain/episodes.py decides what; this writes it, all or nothing)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from leaddesk.domain import Enrollment
from leaddesk.domain.enums import AuditAction, ParticipantStatus
from leaddesk.domain.episodes import (
    StatusChange,
    StatusChangeRefused,
    StatusWrite,
    change_status,
    current_episode,
    participant_fields,
)
from leaddesk.domain.ids import utcnow
from leaddesk.storage.repositories.records import RecordRepository

if TYPE_CHECKING:
    from leaddesk.storage.store import Store

OPEN_STATUSES = [s for s in ParticipantStatus if s is not ParticipantStatus.EXITED]
OPEN_ALREADY = (
    "This participant already has an open episode: exit it first, or change its status instead of "
    "starting another."
)


class EnrollmentRepository(RecordRepository[Enrollment]):
    default_order = ("referral_date", "created_at")

    def __init__(self, store: Store) -> None:
        super().__init__(store, Enrollment)
        self._settling = False

    def for_participant(self, participant_id: str) -> list[Enrollment]:
        """Oldest first: the order they happened in."""
        return self.find(participant_id=participant_id)

    def change_status(self, participant_id: str, change: StatusChange) -> StatusWrite:
        """Apply `change` (StatusChangeRefused if the rules say no): the participant's status fields
        and the episode in one transaction, with one stamp, so that a concurrent change on another
        laptop wins or loses on both together."""
        with self._store.write() as conn:
            participant = self._store.repos.participants.get(participant_id)
            plan = change_status(
                participant=participant, episodes=self.for_participant(participant_id), change=change
            )
            stamp = self._store.clock.now().encode()
            if plan.participant_changes:
                self._store.repos.participants.update(participant_id, plan.participant_changes, stamp=stamp)
            for write in plan.episodes:
                if write.changes is None:
                    self.create(write.episode)
                else:
                    episode = write.episode.with_changes(updated_at=utcnow())
                    fields = [*write.changes, "updated_at"]
                    self._write_fields(
                        conn, episode, fields, op="update", action=AuditAction.UPDATE, stamp=stamp
                    )
        return plan

    def correct(self, episode_id: str, changes: Mapping[str, Any]) -> Enrollment:
        """Correct an episode's dates, project or exit details as they really were (a wrong date typed
        months ago, a destination learned later). Its status is not corrected here (change_status moves
        it); the participant's copy follows when it is their current episode, under the same stamp."""
        if "status" in changes:
            raise StatusChangeRefused(
                "An episode's status is changed with Change status…, not by correcting the episode."
            )
        with self._store.write():
            stamp = self._store.clock.now().encode()
            corrected = self.update(episode_id, changes, stamp=stamp)
            self._follow(corrected, stamp=stamp)
        return corrected

    def _follow(self, episode: Enrollment, *, stamp: str) -> None:
        """The participant's copy of their status from `episode`, if it is their current one."""
        try:
            current = current_episode(self.for_participant(episode.participant_id))
        except StatusChangeRefused:  # two open episodes: which one is theirs is for a person to say
            return
        participants = self._store.repos.participants
        # A deleted participant's episodes can still be settled; there is no copy left to follow.
        held = participants.find(where={"id": episode.participant_id})
        if held and current is not None and current.id == episode.id:
            fields = participant_fields(episode)
            copy = {f: v for f, v in fields.items() if getattr(held[0], f) != v}
            if copy:
                participants.update(episode.participant_id, copy, stamp=stamp)

    def settle(self, record_id: str, values: Mapping[str, Any], *, stamp: str, resolves: str) -> Enrollment:
        """A person settling a sync conflict on an episode may pick either status (both were valid
        where they were made); the participant's copy follows the current episode under the same stamp,
        so the caseload shows what the episode says."""
        with self._store.write():
            self._settling = True
            try:
                settled = super().settle(record_id, values, stamp=stamp, resolves=resolves)
            finally:
                self._settling = False
            self._follow(settled, stamp=stamp)
        return settled

    # -- rules ---------------------------------------------------------------------------------------

    def check_create(self, record: Enrollment) -> None:
        if record.is_open and self.count(
            participant_id=record.participant_id, where={"status": OPEN_STATUSES}
        ):
            raise StatusChangeRefused(OPEN_ALREADY)

    def check_update(self, current: Enrollment, updated: Enrollment) -> None:
        if updated.status is not current.status and not self._settling:
            raise StatusChangeRefused(
                "An episode's status changes with change_status, which keeps the participant's status "
                "with it."
            )
