"""Bulk reads for program reports on a real encrypted store seeded with the synthetic caseload: the rows
decoded without validation equal the validated ones for every entity, and the windows, the participant
criteria and the contact times (with each participant's latest before the window) pick exactly the
records a plain filter over everything picks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from leaddesk.demo.seed import seed_store
from leaddesk.domain import (
    MODEL_BY_ENTITY,
    Contact,
    ContactTime,
    HousingStatus,
    Need,
    Participant,
    Referral,
)
from leaddesk.domain.enums import NeedStatus
from leaddesk.storage.codec import table_for
from leaddesk.storage.profile import create_profile
from leaddesk.storage.repositories.participants import CaseloadFilter
from leaddesk.storage.repositories.records import UnknownField
from leaddesk.storage.repositories.report_rows import Match, Window
from leaddesk.storage.row_decoding import row_decoder
from leaddesk.storage.store import Store
from tests.kdf import FAST_FOR_TESTS

TODAY = date(2026, 3, 16)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One seeded profile for the module (reads only): 30 participants in two teams, every record kind."""
    home: Path = tmp_path_factory.mktemp("report-rows")
    store = create_profile("Report Reader", "a passphrase for tests", home=home, kdf=FAST_FOR_TESTS).store
    seed_store(store, seed=5, participants=30, notes_per_participant=2, today=TODAY)
    yield store
    store.close(audit=False)


@pytest.mark.parametrize("entity", sorted(MODEL_BY_ENTITY))
def test_rows_decoded_without_validation_equal_the_validated_ones(seeded: Store, entity: str) -> None:
    table = table_for(MODEL_BY_ENTITY[entity])
    rows = seeded.conn.execute(f"SELECT {', '.join(table.columns)} FROM {table.name}").fetchall()
    decode = row_decoder(table)
    fast = [decode(row) for row in rows]
    assert fast == [table.from_row(dict(zip(table.columns, row, strict=True))) for row in rows]
    if fast:  # what a report does with them: read fields, dump, copy
        assert (
            fast[0].model_dump()
            == table.from_row(dict(zip(table.columns, rows[0], strict=True))).model_dump()
        )


def test_the_seeded_rows_hold_what_the_decoder_converts(seeded: Store) -> None:
    """The comparison above means something only if the rows hold lists, codes, money and times."""
    people = seeded.repos.participants.find()
    assert any(p.race_ethnicity for p in people)
    assert any(p.aliases for p in people)
    assert any(s.amount is not None for s in seeded.repos.services.find())
    assert any(o.incomes for o in seeded.repos.outcomes.find())


def _team(store: Store, team: str) -> set[str]:
    return {p.id for p in store.repos.participants.find(where={"team_id": team})}


def test_records_of_a_team_within_a_window_are_those_a_filter_over_everything_finds(seeded: Store) -> None:
    rows = seeded.repos.report_rows
    since = datetime(2025, 11, 1, 8, tzinfo=UTC)
    before = datetime(2026, 2, 1, 8, tzinfo=UTC)
    north = _team(seeded, "north")
    got = rows.records(
        Contact, CaseloadFilter(team_ids=frozenset({"north"})), window=Window("occurred_at", since, before)
    )
    expected = [
        c
        for c in seeded.repos.contacts.find()
        if c.participant_id in north and since <= c.occurred_at < before
    ]
    assert got
    assert sorted(c.id for c in got) == sorted(c.id for c in expected)
    assert len(expected) < seeded.repos.contacts.count()  # the window and the team left some out

    housing = rows.records(
        HousingStatus, CaseloadFilter(), window=Window("effective_on", before=date(2026, 1, 1))
    )
    assert sorted(h.id for h in housing) == sorted(
        h.id for h in seeded.repos.housing.find() if h.effective_on < date(2026, 1, 1)
    )


def test_several_windows_and_codes_all_apply(seeded: Store) -> None:
    since, before = datetime(2025, 6, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC)
    open_needs = {NeedStatus.OPEN, NeedStatus.IN_PROGRESS}
    got = seeded.repos.report_rows.records(
        Need,
        CaseloadFilter(),
        window=(Window("created_at", since=since), Window("updated_at", before=before)),
        where={"status": open_needs},
    )
    expected = [
        n
        for n in seeded.repos.needs.find()
        if since <= n.created_at and n.updated_at < before and n.status in open_needs
    ]
    assert got
    assert sorted(n.id for n in got) == sorted(n.id for n in expected)
    assert len(got) < seeded.repos.needs.count()
    assert seeded.repos.report_rows.records(Need, CaseloadFilter(), where={"status": set()}) == []


def test_records_matching_any_of_several_sets_of_conditions(seeded: Store) -> None:
    since = datetime(2026, 1, 1, tzinfo=UTC)
    got = seeded.repos.report_rows.records(
        Need,
        CaseloadFilter(),
        window=Window("created_at", before=datetime(2026, 3, 1, tzinfo=UTC)),
        any_of=(
            Match(windows=(Window("created_at", since=since),)),
            Match(codes={"status": {NeedStatus.MET}}),
        ),
    )
    expected = [
        n
        for n in seeded.repos.needs.find()
        if n.created_at < datetime(2026, 3, 1, tzinfo=UTC)
        and (n.created_at >= since or n.status is NeedStatus.MET)
    ]
    assert sorted(n.id for n in got) == sorted(n.id for n in expected)
    assert {n.status for n in got} > {NeedStatus.MET}  # both ways in were taken
    assert any(n.created_at < since for n in got)


def test_a_case_managers_participants_and_their_records(seeded: Store) -> None:
    someone = seeded.repos.participants.find(limit=1)[0].case_manager
    among = CaseloadFilter(case_managers=frozenset({someone}))
    people = seeded.repos.report_rows.participants(among)
    mine = {p.id for p in seeded.repos.participants.find(where={"case_manager": someone})}
    assert {p.id for p in people} == mine
    assert 0 < len(mine) < 30
    assert all(isinstance(p, Participant) for p in people)
    referrals = seeded.repos.report_rows.records(Referral, among)
    assert {r.participant_id for r in referrals} <= mine
    assert referrals


def test_contact_times_are_the_windows_contacts_and_each_participants_latest_before_it(seeded: Store) -> None:
    since, before = datetime(2025, 9, 1, tzinfo=UTC), datetime(2026, 3, 1, tzinfo=UTC)
    got = seeded.repos.report_rows.contact_times(CaseloadFilter(), since=since, before=before)
    every = seeded.repos.contacts.find()
    inside = [ContactTime(c.participant_id, c.occurred_at) for c in every if since <= c.occurred_at < before]
    latest: dict[str, datetime] = {}
    for c in every:
        if c.occurred_at < since:
            latest[c.participant_id] = max(latest.get(c.participant_id, c.occurred_at), c.occurred_at)
    assert sorted(got) == sorted([*inside, *(ContactTime(p, at) for p, at in latest.items())])
    assert len(inside) >= 5
    assert len(latest) >= 5
    assert all(t.occurred_at.utcoffset() == timedelta(0) for t in got)


def test_a_window_on_a_field_the_record_does_not_have_is_refused(seeded: Store) -> None:
    with pytest.raises(UnknownField, match="no such field"):
        seeded.repos.report_rows.records(Contact, CaseloadFilter(), window=Window("occurred_at; --"))


def test_tombstones_and_deleted_participants_are_left_out(store: Store) -> None:
    kept = store.repos.participants.create(Participant(first_name="Ada", last_name="Quill", team_id="north"))
    gone = store.repos.participants.create(Participant(first_name="Bo", last_name="Quill", team_id="north"))
    at = datetime(2026, 1, 5, 10, tzinfo=UTC)
    live = store.repos.contacts.create(Contact(participant_id=kept.id, occurred_at=at, kind="street"))
    erased = store.repos.contacts.create(Contact(participant_id=kept.id, occurred_at=at, kind="phone"))
    store.repos.contacts.create(Contact(participant_id=gone.id, occurred_at=at, kind="street"))
    store.repos.contacts.delete(erased.id)
    store.repos.participants.delete(gone.id)
    rows = store.repos.report_rows
    assert [p.id for p in rows.participants(CaseloadFilter())] == [kept.id]
    assert [c.id for c in rows.records(Contact, CaseloadFilter())] == [live.id]
    assert rows.contact_times(CaseloadFilter(), since=at, before=at + timedelta(1)) == [
        ContactTime(kept.id, at)
    ]
    later = at + timedelta(days=1)  # the same contact, now each participant's latest before the window
    assert rows.contact_times(CaseloadFilter(), since=later, before=later) == [ContactTime(kept.id, at)]
