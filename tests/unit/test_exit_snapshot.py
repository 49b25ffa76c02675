"""When an exit outcome snapshot is due (domain/outcomes.py exit_snapshot_due): after an exit, until one
is taken for that episode; an exit snapshot from an earlier episode does not count for a later exit."""

from __future__ import annotations

from datetime import date

from leaddesk.domain import Enrollment, OutcomeSnapshot
from leaddesk.domain.enums import Destination, ParticipantStatus
from leaddesk.domain.outcome_codes import DataCollectionStage
from leaddesk.domain.outcomes import exit_snapshot_due

PID = "0190a000-0000-7000-8000-000000000001"
S = ParticipantStatus


def episode(referred: date, exited: date | None) -> Enrollment:
    return Enrollment(
        participant_id=PID, referral_date=referred, engagement_date=referred,
        status=S.EXITED if exited else S.ACTIVE, exit_date=exited,
        destination=Destination.FAMILY_PERMANENT if exited else None,
    )  # fmt: skip


def snapshot(on: date, stage: DataCollectionStage, *, deleted: bool = False) -> OutcomeSnapshot:
    return OutcomeSnapshot(participant_id=PID, information_date=on, stage=stage, deleted=deleted)


def test_an_open_episode_or_none_asks_for_nothing() -> None:
    assert exit_snapshot_due(None, []) is None
    assert exit_snapshot_due(episode(date(2025, 1, 5), None), []) is None


def test_an_exit_asks_until_its_exit_snapshot_is_taken() -> None:
    ended = episode(date(2025, 1, 5), date(2025, 6, 1))
    entry = snapshot(date(2025, 1, 5), DataCollectionStage.ENTRY)
    assert exit_snapshot_due(ended, [entry]) == date(2025, 6, 1)
    assert exit_snapshot_due(ended, [snapshot(date(2025, 6, 1), DataCollectionStage.EXIT)]) is None
    deleted = snapshot(date(2025, 6, 1), DataCollectionStage.EXIT, deleted=True)
    assert exit_snapshot_due(ended, [deleted]) == date(2025, 6, 1)


def test_an_earlier_episodes_exit_snapshot_does_not_count_for_a_later_exit() -> None:
    earlier_exit = snapshot(date(2024, 3, 1), DataCollectionStage.EXIT)
    assert exit_snapshot_due(episode(date(2025, 1, 5), date(2025, 6, 1)), [earlier_exit]) == date(2025, 6, 1)
