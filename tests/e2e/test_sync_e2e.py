"""Laptops syncing through the real server on a loopback port: offline edits converge to identical data
with every note exactly once, concurrent edits become the same conflict everywhere and a resolution
clears it, scope holds, a replayed batch changes nothing, revoked laptops are wiped, and TLS is
verified against the organisation's CA."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert
from sqlalchemy.engine import Engine

from leaddesk.domain import CaseNote, Need, Participant, Task
from leaddesk.domain.enums import NeedDomain, NeedStatus, ParticipantStatus, RevokeMode
from leaddesk.domain.ids import new_id
from leaddesk.server import devices, users
from leaddesk.server.app import create_app
from leaddesk.server.db import membership
from leaddesk.server.running import ServerThread
from leaddesk.server.settings import ServerSettings
from leaddesk.storage.conflicts import open_conflicts, resolve_conflict
from leaddesk.storage.errors import ParticipantLeaving
from leaddesk.storage.replica import Replica
from leaddesk.sync.client import SyncClient
from leaddesk.sync.errors import CertificateNotTrusted, DeviceRevoked
from leaddesk.sync.outbox_wire import change_of
from leaddesk.sync.protocol import Change, ChangeStatus, PushRequest, Role
from tests.backends import tls_files
from tests.e2e.conftest import converged


def new_participant(laptop: Any, first: str, *, team: str = "north") -> Participant:
    return laptop.repos.participants.create(Participant(first_name=first, last_name="Quill", team_id=team))


def note(laptop: Any, participant: Participant, text: str) -> CaseNote:
    return laptop.repos.notes.create(CaseNote(participant_id=participant.id, data=text))


def test_two_laptops_editing_offline_end_with_identical_data(office: Any) -> None:
    office.user("casey", "north")
    office.user("robin", "north")
    casey, robin = office.laptop("casey"), office.laptop("robin")

    jordan = new_participant(casey, "Jordan")
    note(casey, jordan, "Casey met Jordan at the shelter.")
    casey.repos.needs.create(Need(participant_id=jordan.id, domain=NeedDomain.HOUSING))
    remy = new_participant(robin, "Remy")
    note(robin, remy, "Robin met Remy at court.")
    robin.repos.tasks.create(
        Task(participant_id=remy.id, title="Court date reminder", due_on=date(2030, 1, 2))
    )

    casey.sync()
    robin.sync()
    casey.sync()
    # Offline again: each works on the other's participant.
    note(robin, jordan, "Robin saw Jordan at the library.")
    task = casey.repos.tasks.find(participant_id=remy.id)[0]
    casey.repos.tasks.update(task.id, {"done": True})
    robin.sync()
    casey.sync()
    robin.sync()

    converged(casey, robin)
    assert casey.repos.notes.count() == 3
    assert robin.repos.tasks.get(task.id).done
    assert casey.store.repos.outbox.count() == robin.store.repos.outbox.count() == 0


def test_three_laptops_with_random_edits_and_sync_orders_converge(office: Any) -> None:
    rng = random.Random(20240601)
    for name in ("casey", "robin", "alex"):
        office.user(name, "north")
    laptops = [office.laptop(name) for name in ("casey", "robin", "alex")]
    known: list[Participant] = []
    notes_written: list[str] = []

    def edit(laptop: Any) -> None:
        here = [p for p in known if laptop.repos.participants.count(where={"id": p.id})]
        action = rng.choice(["participant", "note", "need", "task", "update", "done", "drop_need"])
        if action == "participant" or not here:
            known.append(new_participant(laptop, f"P{len(known)}"))
            return
        person = rng.choice(here)
        if action == "note":
            text = f"note {len(notes_written)} by {laptop.name}"
            note(laptop, person, text)
            notes_written.append(text)
        elif action == "need":
            laptop.repos.needs.create(Need(participant_id=person.id, domain=rng.choice(list(NeedDomain))))
        elif action == "task":
            laptop.repos.tasks.create(Task(participant_id=person.id, title=f"task by {laptop.name}"))
        elif action == "update":
            changes = rng.choice(
                [
                    {"phone": f"555-{rng.randrange(10000):04d}"},
                    {"status": rng.choice(list(ParticipantStatus))},
                ]
            )
            laptop.repos.participants.update(person.id, changes)
        elif action == "done" and (tasks := laptop.repos.tasks.find(participant_id=person.id)):
            laptop.repos.tasks.update(rng.choice(tasks).id, {"done": True})
        elif action == "drop_need" and (needs := laptop.repos.needs.find(participant_id=person.id)):
            laptop.repos.needs.update(rng.choice(needs).id, {"status": NeedStatus.MET})

    for _round in range(6):
        for laptop in laptops:
            for _ in range(rng.randrange(1, 5)):
                edit(laptop)
        for laptop in rng.sample(laptops, rng.randrange(1, 4)):
            laptop.sync()
    for laptop in [*laptops, *laptops[:2]]:  # everyone up, then everyone down
        laptop.sync()

    converged(*laptops)
    for laptop in laptops:
        texts = [n.data for n in laptop.repos.notes.find()]
        assert sorted(texts) == sorted(notes_written)  # each note exactly once, everywhere
        assert laptop.repos.participants.count() == len(known)


def test_a_concurrent_edit_is_the_same_conflict_everywhere_and_one_resolution_clears_it(office: Any) -> None:
    office.user("casey", "north")
    office.user("robin", "north")
    casey, robin = office.laptop("casey"), office.laptop("robin")
    jordan = new_participant(casey, "Jordan")
    casey.sync()
    robin.sync()

    casey.repos.participants.update(jordan.id, {"phone": "555-1111"})
    robin.repos.participants.update(jordan.id, {"phone": "555-2222"})
    assert casey.sync().conflicts == 0
    assert robin.sync().conflicts == 1
    casey.sync()

    converged(casey, robin)
    [on_casey], [on_robin] = open_conflicts(casey.store), open_conflicts(robin.store)
    assert on_casey == on_robin
    assert {on_casey.kept_value, on_casey.other_value} == {"555-1111", "555-2222"}
    winner = on_casey.kept_value
    assert casey.repos.participants.get(jordan.id).phone == winner

    resolve_conflict(casey.store, on_casey.id, choice="mine")  # Casey's own value, whichever won
    casey.sync()
    robin.sync()

    assert open_conflicts(robin.store) == []
    assert robin.repos.participants.get(jordan.id).phone == "555-1111"
    assert robin.repos.conflicts.get(on_casey.id).resolved_by == casey.store.user
    converged(casey, robin)


def test_a_team_only_ever_sees_its_own_participants(office: Any) -> None:
    office.user("casey", "north")
    office.user("sam", "south")
    casey, sam = office.laptop("casey"), office.laptop("sam")
    jordan = new_participant(casey, "Jordan")
    note(casey, jordan, "north only")
    casey.sync()
    quinn = new_participant(sam, "Quinn", team="south")
    note(sam, quinn, "south's own note")
    with pytest.raises(ParticipantLeaving):  # a laptop keeps nothing about someone it does not hold
        note(sam, jordan, "written into north's participant")  # e.g. an id copied from elsewhere
    smuggled = CaseNote(participant_id=jordan.id, data="written into north's participant")
    stamp = sam.store.clock.now().encode()
    fields = smuggled.model_dump(mode="json", exclude={"id"})
    sneaked = Change(
        change_id=new_id(),
        entity="note",
        record_id=smuggled.id,
        participant_id=jordan.id,
        op="create",
        fields=fields,
        clocks=dict.fromkeys(fields, stamp),
    )

    report = sam.sync()
    # A client that sends it anyway is refused by the server, for that record alone.
    answer = sam.engine.client.push(PushRequest(batch_id=new_id(), changes=[sneaked]))

    assert report.pushed == 2
    assert report.rejected == []
    assert answer.results[0].status is ChangeStatus.REJECTED
    assert "in one of your teams" in (answer.results[0].reason or "")
    assert sam.repos.participants.count() == 1
    everything = sam.engine.client.pull(0, 2000)  # whatever it asks for
    assert {r.participant_id for r in everything.records} == {quinn.id}
    casey.sync()
    assert {n.data for n in casey.repos.notes.find()} == {"north only"}


def test_a_participant_moved_to_another_team_leaves_the_old_teams_laptops(office: Any) -> None:
    office.user("casey", "north")
    office.user("robin", "north")
    office.user("sam", "south")
    office.user("lee", "north", "south", role=Role.SUPERVISOR)
    casey, robin, sam, lee = (office.laptop(n) for n in ("casey", "robin", "sam", "lee"))
    people = [new_participant(casey, name) for name in ("Jordan", "Remy", "Alex")]
    for person in people:
        note(casey, person, f"about {person.first_name}")
    for laptop in (casey, robin, sam, lee):
        laptop.sync()

    lee.repos.participants.update(people[0].id, {"team_id": "south"})  # the supervisor, of both teams
    assert lee.sync().removed == []
    assert casey.sync().removed == [people[0].id]
    assert robin.sync().removed == [people[0].id]
    sam.sync()

    for laptop in (casey, robin):
        assert laptop.repos.participants.count(include_deleted=True) == 2
        assert {n.participant_id for n in laptop.repos.notes.find()} == {p.id for p in people[1:]}
    assert [p.id for p in sam.repos.participants.find()] == [people[0].id]
    assert [n.data for n in sam.repos.notes.find()] == ["about Jordan"]
    converged(casey, robin)


def test_joining_a_team_brings_its_existing_participants(office: Any, server_db: Engine) -> None:
    office.user("casey", "north")
    office.user("sam", "south")
    casey, sam = office.laptop("casey"), office.laptop("sam")
    quinn = new_participant(sam, "Quinn", team="south")
    note(sam, quinn, "south's history")
    sam.sync()
    casey.sync()
    assert casey.repos.participants.count() == 0
    with server_db.begin() as conn:  # the admin adds Casey to team south
        conn.execute(
            insert(membership).values(user_id=users.get_user(conn, username="casey").id, team="south")
        )

    casey.sync()

    assert [n.data for n in casey.repos.notes.find(participant_id=quinn.id)] == ["south's history"]
    converged(casey, sam)


def test_replaying_a_push_batch_changes_nothing(office: Any) -> None:
    office.user("casey", "north")
    casey = office.laptop("casey")
    jordan = new_participant(casey, "Jordan")
    note(casey, jordan, "said only once")
    outbox = casey.store.repos.outbox
    entries = outbox.pending()
    batch = outbox.start_batch(entries)
    # Sent, and the laptop dies before it hears the answer.
    casey.engine.client.push(PushRequest(batch_id=batch.batch_id, changes=[change_of(e) for e in entries]))
    before, seq = office.server_records(), office.latest_seq()

    report = casey.sync()

    assert report.pushed == 2
    assert outbox.count() == 0
    assert office.server_records() == before
    assert office.latest_seq() == seq
    assert office.batches() == 1  # sent again under the same batch id, answered from the first time
    assert [k for k in before if k[0] == "note"] == [("note", casey.repos.notes.find()[0].id)]


def test_a_lost_laptop_is_wiped_at_its_next_contact(office: Any) -> None:
    office.user("casey", "north")
    casey = office.laptop("casey")
    new_participant(casey, "Jordan")
    casey.sync()
    office.revoke(casey, RevokeMode.LOST)
    new_participant(casey, "Remy")
    folder = casey.store.db_path.parent

    with pytest.raises(DeviceRevoked) as revoked:
        casey.sync()
    assert revoked.value.mode is RevokeMode.LOST
    casey.engine.handle_revocation(revoked.value.mode)

    assert not folder.exists()
    assert len([k for k in office.server_records() if k[0] == "participant"]) == 1  # nothing more was sent


def test_a_retired_laptop_sends_its_last_work_then_is_wiped(office: Any) -> None:
    office.user("casey", "north")
    office.user("robin", "north")
    casey, robin = office.laptop("casey"), office.laptop("robin")
    jordan = new_participant(casey, "Jordan")
    casey.sync()
    office.revoke(casey, RevokeMode.RETIRED)
    with pytest.raises(DeviceRevoked) as revoked:
        casey.sync()
    note(casey, jordan, "written after the retirement")
    folder = casey.store.db_path.parent

    report = casey.engine.handle_revocation(revoked.value.mode)

    assert report is not None
    assert report.pushed == 1
    assert not folder.exists()
    robin.sync()
    assert [n.data for n in robin.repos.notes.find()] == ["written after the retirement"]


def test_attachments_and_the_heartbeat(office: Any, server_db: Engine) -> None:
    office.user("casey", "north")
    office.user("robin", "north")
    casey, robin = office.laptop("casey"), office.laptop("robin")
    jordan = new_participant(casey, "Jordan")
    added = casey.repos.attachments.add(
        participant_id=jordan.id, file_name="id.png", media_type="image/png", data=b"\x89PNG id card"
    )
    assert casey.sync().uploaded == 1
    assert robin.sync().downloaded == 1
    assert robin.repos.attachments.read_bytes(added.id) == b"\x89PNG id card"
    new_participant(robin, "Remy")
    with server_db.begin() as conn:
        listed = {d.device.id: d.device for d in devices.list_devices(conn)}
    assert listed[casey.device_id].pending == 0
    assert listed[casey.device_id].app_version == casey.engine.app_version


def test_tls_is_verified_against_the_organisations_ca(office: Any, database_url: str, tmp_path: Path) -> None:
    tls = tls_files(tmp_path)
    cert, key, ca_file = tls.cert, tls.key, tls.ca
    office.user("casey", "north")
    settings = ServerSettings(database_url=database_url, tls_cert=cert, tls_key=key)

    with ServerThread(create_app(settings), tls_cert=cert, tls_key=key) as secure:
        office.url = secure.url
        office.verify = str(ca_file)
        casey = office.laptop("casey")
        new_participant(casey, "Jordan")
        assert casey.sync().pushed == 1
        assert Replica(casey.store).enrolment.ca_bundle == str(ca_file)  # type: ignore[union-attr]

        office.verify = True  # the system store does not know the test CA
        with pytest.raises(CertificateNotTrusted):
            office.laptop("casey")
        token = Replica(casey.store).enrolment.token  # type: ignore[union-attr]
        casey.close()  # its open connection would hold up the server's shutdown
        with SyncClient(secure.url, token=token) as untrusting, pytest.raises(CertificateNotTrusted):
            untrusting.pull(0, 10)
