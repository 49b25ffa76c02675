"""Episodes on the laptop: a status change writes the episode and the participant's status together,
with one stamp; the rules hold at the repository; and a database of the version before episodes
(0006) upgrades keeping every record, the new fields at their "not recorded" defaults."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from leaddesk.domain import Enrollment, Need, Participant, SyncConflict
from leaddesk.domain.enums import Destination, ExitReason, NeedDomain, NoYesReason, ParticipantStatus
from leaddesk.domain.episodes import StatusChange, StatusChangeRefused
from leaddesk.domain.ids import utcnow
from leaddesk.storage.codec import table_for
from leaddesk.storage.conflicts import resolve_conflict
from leaddesk.storage.database import DB_FILE, KEY_BYTES, connect
from leaddesk.storage.schema import bundled_migrations, migrate
from leaddesk.storage.store import Store

S = ParticipantStatus
ENGAGED_ON = date(2025, 2, 3)


def test_a_status_change_writes_episode_and_participant_with_one_stamp(
    store: Store, participant: Participant
) -> None:
    repos = store.repos
    before = len(repos.outbox.pending())

    plan = repos.enrollments.change_status(
        participant.id, StatusChange(to=S.ENGAGED, engagement_date=ENGAGED_ON)
    )

    [episode] = repos.enrollments.for_participant(participant.id)
    assert episode == repos.enrollments.get(plan.episodes[0].episode.id)
    assert (episode.status, episode.engagement_date) == (S.ENGAGED, ENGAGED_ON)
    here = repos.participants.get(participant.id)
    assert (here.status, here.engaged_on) == (S.ENGAGED, ENGAGED_ON)
    # Made before episodes: its first change makes the episode it has been in (one create), and the
    # participant's copy goes with the same stamp as any episode field changed alongside.
    sent = repos.outbox.pending()[before:]
    assert [(e.entity, e.op) for e in sent] == [("participant", "update"), ("enrollment", "create")]
    assert sent[0].clocks["status"] == repos.participants.field_clocks(participant.id)["status"]

    plan = repos.enrollments.change_status(participant.id, StatusChange(to=S.ACTIVE))
    update = repos.outbox.pending()[-1]
    assert (update.entity, update.op, set(update.fields)) == (
        "enrollment",
        "update",
        {"status", "updated_at"},
    )
    assert update.clocks["status"] == repos.participants.field_clocks(participant.id)["status"]
    assert repos.participants.get(participant.id).status is S.ACTIVE


def test_exit_and_return_keep_the_old_episode_closed(store: Store, participant: Participant) -> None:
    episodes = store.repos.enrollments
    episodes.change_status(participant.id, StatusChange(to=S.ENGAGED, engagement_date=ENGAGED_ON))
    episodes.change_status(
        participant.id,
        StatusChange(
            to=S.EXITED,
            exit_date=date(2025, 6, 1),
            destination=Destination.SUD_TREATMENT_FACILITY,
            exit_reason=ExitReason.IN_TREATMENT,
        ),
    )
    assert store.repos.participants.get(participant.id).exit_reason == "in_treatment"
    episodes.change_status(participant.id, StatusChange(to=S.REFERRED, referral_date=date(2025, 8, 1)))

    old, new = episodes.for_participant(participant.id)
    assert (old.status, old.exit_date, old.destination) == (
        S.EXITED,
        date(2025, 6, 1),
        Destination.SUD_TREATMENT_FACILITY,
    )
    assert (new.status, new.referral_date) == (S.REFERRED, date(2025, 8, 1))
    here = store.repos.participants.get(participant.id)
    assert (here.status, here.engaged_on, here.exited_on, here.exit_reason) == (S.REFERRED, None, None, "")


def test_a_refused_change_writes_nothing(store: Store, participant: Participant) -> None:
    before = len(store.repos.outbox.pending())
    with pytest.raises(StatusChangeRefused, match="needs the date of engagement"):
        store.repos.enrollments.change_status(participant.id, StatusChange(to=S.ENGAGED))
    with pytest.raises(StatusChangeRefused, match="from there they can become engaged or exited, not active"):
        store.repos.enrollments.change_status(participant.id, StatusChange(to=S.ACTIVE))
    assert len(store.repos.outbox.pending()) == before
    assert store.repos.enrollments.for_participant(participant.id) == []
    assert store.repos.participants.get(participant.id).status is S.REFERRED


def test_the_repository_keeps_one_open_episode_and_status_changes_to_the_rule(
    store: Store, participant: Participant
) -> None:
    episodes = store.repos.enrollments
    first = episodes.create(Enrollment(participant_id=participant.id, referral_date=date(2025, 1, 2)))
    with pytest.raises(StatusChangeRefused, match="already has an open episode"):
        episodes.create(Enrollment(participant_id=participant.id, referral_date=date(2025, 1, 3)))
    with pytest.raises(StatusChangeRefused, match="changes with change_status"):
        episodes.update(first.id, {"status": S.ENGAGED, "engagement_date": ENGAGED_ON})
    # Other fields are corrected in place.
    fixed = episodes.update(first.id, {"referral_date": date(2025, 1, 1)})
    assert fixed.referral_date == date(2025, 1, 1)


def test_a_database_from_before_episodes_upgrades_keeping_its_records(tmp_path: Path) -> None:
    path = tmp_path / "profile" / DB_FILE
    conn = connect(path, os.urandom(KEY_BYTES))
    try:
        before = [m for m in bundled_migrations() if m.version <= 6]
        migrate(conn, db_path=path, migrations=before)
        person = Participant(
            first_name="Ada", last_name="Vell", team_id="south", date_of_birth=date(1979, 3, 2)
        )
        need = Need(participant_id=person.id, domain=NeedDomain.HOUSING, description="A door that locks")
        for record, dropped in (
            (
                person,
                {"dob_data_quality", "additional_race_ethnicity", "veteran_status", "disabling_condition"},
            ),
            (need, set()),
        ):
            row = {k: v for k, v in table_for(type(record)).to_row(record).items() if k not in dropped}
            row["field_clocks"] = json.dumps(dict.fromkeys(row, "0" * 16 + "-dev"))
            conn.execute(
                f"INSERT INTO {record.entity} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
        conn.commit()

        backups = migrate(conn, db_path=path)

        assert len(backups) == len(bundled_migrations()) - 6
        table = table_for(Participant)
        [row] = conn.execute(f"SELECT {', '.join(table.columns)} FROM participant").fetchall()
        again = table.from_row(dict(zip(table.columns, row, strict=True)))
        assert again.model_dump(exclude={"veteran_status", "disabling_condition"}) == person.model_dump(
            exclude={"veteran_status", "disabling_condition"}
        )
        assert (again.dob_data_quality, again.veteran_status, again.disabling_condition) == (
            None,
            NoYesReason.NOT_COLLECTED,
            NoYesReason.NOT_COLLECTED,
        )
        assert conn.execute("SELECT description FROM need").fetchall() == [("A door that locks",)]
        assert conn.execute("SELECT count(*) FROM enrollment").fetchone()[0] == 0
    finally:
        conn.close()


def _status_conflict(store: Store, episode: Enrollment, *, other: ParticipantStatus) -> SyncConflict:
    """A field conflict on the episode's status, as a pull brings it: the other laptop's value set aside."""
    stamp = store.clock.now().encode()
    conflict = SyncConflict(
        participant_id=episode.participant_id,
        record_entity="enrollment",
        record_id=episode.id,
        field="status",
        kept_value=episode.status.value,
        kept_stamp=stamp,
        other_value=other.value,
        other_stamp=stamp.replace(stamp.split("-", 1)[1], "0b5e1c2d-0000-4000-8000-00000000beef"),
        detected_at=utcnow(),
    )
    store.repos.conflicts.import_records([conflict])
    return conflict


def test_settling_an_episodes_status_conflict_brings_the_participants_copy_along(
    store: Store, participant: Participant
) -> None:
    episodes = store.repos.enrollments
    episodes.change_status(participant.id, StatusChange(to=S.ENGAGED, engagement_date=ENGAGED_ON))
    episodes.change_status(participant.id, StatusChange(to=S.ACTIVE))
    [episode] = episodes.for_participant(participant.id)
    conflict = _status_conflict(store, episode, other=S.IN_THE_WIND)

    resolve_conflict(store, conflict.id, choice="theirs")

    assert episodes.get(episode.id).status is S.IN_THE_WIND
    assert store.repos.participants.get(participant.id).status is S.IN_THE_WIND
    clocks = store.repos.participants.field_clocks(participant.id)
    assert clocks["status"] == episodes.field_clocks(episode.id)["status"]  # one stamp: they win together


def test_an_episode_of_a_deleted_participant_can_still_be_settled(
    store: Store, participant: Participant
) -> None:
    episodes = store.repos.enrollments
    episodes.change_status(participant.id, StatusChange(to=S.ENGAGED, engagement_date=ENGAGED_ON))
    [episode] = episodes.for_participant(participant.id)
    conflict = _status_conflict(store, episode, other=S.ACTIVE)
    store.repos.participants.delete(participant.id)

    resolve_conflict(store, conflict.id, choice="theirs")

    assert episodes.get(episode.id).status is S.ACTIVE
    assert store.repos.conflicts.get(conflict.id).resolved_at is not None
