"""Episodes (enrollments), per participant; a status change writes the episode and the participant's
copy of their status together (domain/episodes.py decides what; this writes it, all or nothing)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from leaddesk.domain import Enrollment
from leaddesk.domain.enums import AuditAction, ParticipantStatus
from leaddesk.domain.episodes import StatusChange, StatusChangeRefused, StatusWrite, change_status
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

    # -- rules ---------------------------------------------------------------------------------------

    def check_create(self, record: Enrollment) -> None:
        if record.is_open and self.count(
            participant_id=record.participant_id, where={"status": OPEN_STATUSES}
        ):
            raise StatusChangeRefused(OPEN_ALREADY)

    def check_update(self, current: Enrollment, updated: Enrollment) -> None:
        if updated.status is not current.status:
            raise StatusChangeRefused(
                "An episode's status changes with change_status, which keeps the participant's status "
                "with it."
            )
