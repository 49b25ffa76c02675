"""Changing who may see what, with real laptops (encrypted profiles) syncing through the real server,
SQLite and PostgreSQL (issue 11 points 9 and 17): work written before a participant moved, or before its
author left the team, reaches the team that holds them now, and only then does the laptop take
everything about them off; a save made while that happens is refused; a disabled user's laptop is told
plainly and keeps everything; a retired laptop gets nothing in after its final push."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.engine import Engine

from leaddesk.domain import CaseNote, Participant, Task
from leaddesk.domain.enums import RevokeMode
from leaddesk.domain.ids import new_id
from leaddesk.server import users
from leaddesk.storage.errors import ParticipantLeaving
from leaddesk.storage.replica import Replica
from leaddesk.sync.client import SyncClient
from leaddesk.sync.errors import AccountDisabled, DeviceRevoked
from leaddesk.sync.protocol import Change, PushRequest, Role
from leaddesk.sync.report import SyncPhase, SyncProgress
from tests.e2e.conftest import converged
from tests.local_traces import traces

SCAN = b"%PDF-1.7 housing voucher of the participant who moves"


def _person(laptop: Any, first: str, team: str) -> Participant:
    return laptop.repos.participants.create(Participant(first_name=first, last_name="Quill", team_id=team))


def _note(laptop: Any, person: Participant, text: str) -> CaseNote:
    return laptop.repos.notes.create(CaseNote(participant_id=person.id, data=text))


def test_work_written_before_a_move_reaches_the_new_team_and_nothing_is_left_behind(office: Any) -> None:
    office.user("casey", "north")
    office.user("sam", "south")
    office.user("lee", "north", "south", role=Role.SUPERVISOR)
    casey, sam, lee = (office.laptop(n) for n in ("casey", "sam", "lee"))
    jordan = _person(casey, "Jordan", "north")
    staying = [_person(casey, name, "north") for name in ("Remy", "Alex")]
    first = _note(casey, jordan, "First visit at the shelter.")
    for laptop in (casey, sam, lee):
        laptop.sync()
    # Casey, in the field: edits the note, writes another, attaches a scan and leaves a draft.
    casey.repos.notes.update(first.id, {"assessment": "Wants a pelican-blue bus pass."})
    second = _note(casey, jordan, "Met again by the marigold kiosk.")
    scan = casey.repos.attachments.add(
        participant_id=jordan.id, file_name="voucher.pdf", media_type="application/pdf", data=SCAN
    )
    casey.repos.drafts.save(
        f"note:{jordan.id}", kind="note", body={"data": "Half-typed thistledown."}, participant_id=jordan.id
    )
    # Meanwhile the supervisor moves Jordan to the south team.
    lee.repos.participants.update(jordan.id, {"team_id": "south"})
    lee.sync()

    report = casey.sync()

    assert report.rejected == []
    assert report.removed == [jordan.id]
    assert casey.repos.outbox.rejected() == []
    assert sam.sync().downloaded == 1
    assert sam.repos.notes.get(first.id).assessment == "Wants a pelican-blue bus pass."
    assert sam.repos.notes.get(second.id).data == "Met again by the marigold kiosk."
    assert sam.repos.attachments.read_bytes(scan.id) == SCAN
    lee.sync()
    converged(sam, lee, participants={jordan.id})
    # Casey's laptop holds nothing about Jordan any more: no row, no word in the search index, no file.
    about = [jordan.id, first.id, second.id, scan.id, "pelican", "marigold", "thistledown", "shelter"]
    assert traces(casey.store, about, (SCAN,)) == {}
    assert {p.id for p in casey.repos.participants.find()} == {p.id for p in staying}
    assert casey.sync().removed == []


def test_a_note_written_while_the_laptop_syncs_goes_up_before_the_page_after_the_move(office: Any) -> None:
    """The engine asks for the next page while it applies one, and asking tells the server it has
    applied everything before: a note written about the participant between the push and the page that
    removes them must go up before that request; a save once they are leaving is refused."""
    office.user("casey", "north")
    office.user("robin", "north")
    office.user("sam", "south")
    office.user("lee", "north", "south", role=Role.SUPERVISOR)
    events: list[str] = []
    holder: dict[str, Any] = {}

    def typing(progress: SyncProgress) -> None:
        store, jordan = holder.get("store"), holder.get("jordan")
        if store is None or jordan is None:
            return
        if progress.phase is SyncPhase.PULL and "written" not in events:
            _note_about(store, jordan, "Written while the sync ran.")
            events.append("written")
        elif progress.phase is SyncPhase.PUSH and "written" in events and "refused" not in events:
            try:  # the note goes up now, before the removal: anything more about Jordan is refused
                _note_about(store, jordan, "Saved while Jordan leaves.")
            except ParticipantLeaving:
                events.append("refused")

    casey = office.laptop("casey", progress=typing, page_size=2)
    robin, sam, lee = (office.laptop(n) for n in ("robin", "sam", "lee"))
    jordan = _person(casey, "Jordan", "north")
    others = [_person(casey, name, "north") for name in ("Remy", "Alex", "Sky")]
    for laptop in (casey, robin, lee):
        laptop.sync()
    for person in others:  # what Casey's next pull brings first, a page before the move
        robin.repos.tasks.create(Task(participant_id=person.id, title="Call the clinic"))
    robin.sync()
    lee.repos.participants.update(jordan.id, {"team_id": "south"})
    lee.sync()
    holder.update(store=casey.store, jordan=jordan)

    report = casey.sync()

    assert events == ["written", "refused"]
    assert report.rejected == []
    assert report.removed == [jordan.id]
    sam.sync()
    assert [n.data for n in sam.repos.notes.find(participant_id=jordan.id)] == ["Written while the sync ran."]
    assert traces(casey.store, [jordan.id, "while jordan leaves", "while the sync ran"]) == {}


def _note_about(store: Any, person: Participant, text: str) -> None:
    store.repos.notes.create(CaseNote(participant_id=person.id, data=text))


def test_a_case_manager_taken_out_of_a_team_sends_their_work_then_drops_everything_of_it(
    office: Any, server_db: Engine
) -> None:
    office.user("casey", "north", "south")
    office.user("robin", "north")
    casey, robin = office.laptop("casey"), office.laptop("robin")
    north = [_person(robin, name, "north") for name in ("Jordan", "Remy")]
    south = [_person(casey, name, "south") for name in ("Quinn", "Ash", "Kai")]
    robin.sync()
    casey.sync()
    assert casey.repos.participants.count() == 5
    # Casey writes about the north participants, offline, before being moved to south only.
    kept = _note(casey, north[0], "Casey's last north note, about the juniper shed.")
    scan = casey.repos.attachments.add(
        participant_id=north[1].id, file_name="id.pdf", media_type="application/pdf", data=SCAN
    )
    with server_db.begin() as conn:
        change = users.change_teams(conn, username="casey", remove=["north"], actor="cli:admin")
    assert change.leaving == 2

    report = casey.sync()

    assert report.rejected == []
    assert sorted(report.removed) == sorted(p.id for p in north)
    robin.sync()
    assert robin.repos.notes.get(kept.id).data == "Casey's last north note, about the juniper shed."
    assert robin.repos.attachments.read_bytes(scan.id) == SCAN
    about = [*(p.id for p in north), kept.id, scan.id, "juniper"]
    assert traces(casey.store, about, (SCAN,)) == {}
    assert {p.id for p in casey.repos.participants.find()} == {p.id for p in south}
    with pytest.raises(ParticipantLeaving):  # a screen still open on Jordan cannot write about him
        _note(casey, north[0], "Too late.")


def test_a_disabled_users_laptop_is_told_plainly_and_keeps_everything(office: Any, server_db: Engine) -> None:
    office.user("casey", "north")
    casey = office.laptop("casey")
    jordan = _person(casey, "Jordan", "north")
    casey.sync()
    waiting = _note(casey, jordan, "Written while the account is off.")
    with server_db.begin() as conn:
        users.set_disabled(conn, username="casey", disabled=True, actor="cli:admin")

    with pytest.raises(AccountDisabled) as stopped:
        casey.sync()

    assert "switched off on the office server" in str(stopped.value)
    assert "stays here" in str(stopped.value)
    assert casey.store.db_path.exists()
    assert casey.repos.notes.get(waiting.id).data == "Written while the account is off."
    assert casey.repos.outbox.count() == 1
    with server_db.begin() as conn:
        users.set_disabled(conn, username="casey", disabled=False, actor="cli:admin")
    assert casey.sync().pushed == 1


def test_a_retired_laptop_gets_nothing_in_after_its_final_push(office: Any) -> None:
    office.user("casey", "north")
    office.user("robin", "north")
    casey, robin = office.laptop("casey"), office.laptop("robin")
    jordan = _person(casey, "Jordan", "north")
    casey.sync()
    _note(casey, jordan, "The last note from the old laptop.")
    enrolment = Replica(casey.store).enrolment
    assert enrolment is not None
    office.revoke(casey, RevokeMode.RETIRED)

    report = casey.engine.handle_revocation(RevokeMode.RETIRED)

    assert report is not None
    assert report.pushed == 1
    before = office.server_records()
    # A copy of the old laptop (or a client that ignores the wipe) tries again: nothing gets in.
    stamp = "0000018f00000000-" + enrolment.device_id
    late = Change(
        change_id=new_id(),
        entity="participant",
        record_id=jordan.id,
        participant_id=jordan.id,
        op="update",
        fields={"phone": "555-0199"},
        clocks={"phone": stamp},
    )
    with SyncClient(office.url, token=enrolment.token) as copy, pytest.raises(DeviceRevoked) as refused:
        copy.push(PushRequest(batch_id=new_id(), changes=[late], pending=1))
    assert refused.value.mode is RevokeMode.RETIRED
    assert "final changes" in str(refused.value)
    assert office.server_records() == before
    robin.sync()
    assert [n.data for n in robin.repos.notes.find()] == ["The last note from the old laptop."]
