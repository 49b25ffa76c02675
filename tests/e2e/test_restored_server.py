"""An office server restored from a backup older than the laptops' last syncs, with real laptops
(encrypted profiles) syncing through the real server, SQLite and PostgreSQL.

The restore loses what laptops pushed after the backup, and the server's sequence starts again below the
laptops' cursors. The properties: a laptop notices (its pull is refused as `server_behind`), fetches
everything again, so it misses nothing written after the restore (whose seqs it would otherwise take as
seen); and it gives back what it wrote that the server lost, so no note is lost or silently replaced by
the older copy: it wins where nobody has touched it since, and where someone has, both are kept as a
conflict for a person to settle."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest
from sqlalchemy import select

from leaddesk.domain import CaseNote, Participant
from leaddesk.server.db import attachment_blob
from leaddesk.storage.conflicts import open_conflicts
from leaddesk.storage.replica import Replica
from leaddesk.sync.engine import SyncEngine
from leaddesk.sync.enrolment import client_for, enroll
from leaddesk.sync.errors import AuthenticationFailed
from leaddesk.sync.report import SyncPhase, SyncProgress
from tests.backends import backup, restore
from tests.e2e.conftest import FAST_RETRY, converged

SCAN = b"%PDF-1.7 replacement ID card, scanned at the office"


def _team(office: Any, **laptop_options: Any) -> tuple[Any, Any, Participant, CaseNote]:
    office.user("casey", "north")
    office.user("sam", "north")
    casey = office.laptop("casey", **laptop_options)
    sam = office.laptop("sam")
    jordan = casey.repos.participants.create(
        Participant(first_name="Jordan", last_name="Quill", team_id="north")
    )
    note = casey.repos.notes.create(CaseNote(participant_id=jordan.id, data="Met at the shelter."))
    casey.sync()
    sam.sync()
    return casey, sam, jordan, note


def _server_fields(office: Any, entity: str, record_id: str) -> dict[str, Any]:
    fields, _clocks, _seq = office.server_records()[(entity, record_id)]
    return dict(json.loads(fields))


def test_a_laptop_gets_whats_new_and_gives_back_what_the_restore_lost(office: Any) -> None:
    casey, sam, jordan, note = _team(office)
    dump = backup(office.engine)
    # After the nightly backup: Casey edits the note, writes another and notes the name Jordan goes by.
    casey.repos.notes.update(note.id, {"assessment": "Wants a bus pass."})
    later = casey.repos.notes.create(CaseNote(participant_id=jordan.id, data="Second visit, by the kiosk."))
    casey.repos.participants.update(jordan.id, {"preferred_name": "Jo"})
    scan = casey.repos.attachments.add(
        participant_id=jordan.id, file_name="id-card.pdf", media_type="application/pdf", data=SCAN
    )
    casey.sync()
    sam.sync()

    restore(office.engine, dump)
    # The restored server takes new work; its seqs are below both laptops' cursors.
    third = sam.repos.notes.create(CaseNote(participant_id=jordan.id, data="Court reminder given."))
    sam_report = sam.sync()
    report = casey.sync()

    assert report.server_behind
    assert sam_report.server_behind
    assert report.reoffered == 4  # two updates and two creates: what Casey wrote after the backup
    assert sam_report.reoffered == 0  # Sam wrote nothing the server lost (Casey's writes are Casey's)
    assert casey.repos.notes.get(third.id).data == "Court reminder given."  # not skipped as seen
    assert _server_fields(office, "note", note.id)["assessment"] == "Wants a bus pass."
    assert _server_fields(office, "note", later.id)["data"] == "Second visit, by the kiosk."
    assert _server_fields(office, "participant", jordan.id)["preferred_name"] == "Jo"
    sam.sync()
    casey.sync()
    converged(casey, sam)
    assert sam.repos.notes.get(note.id).assessment == "Wants a bus pass."
    with office.engine.connect() as conn:
        held = conn.execute(select(attachment_blob.c.content).where(attachment_blob.c.sha256 == scan.sha256))
        assert bytes(held.scalar_one()) == SCAN  # the file went back with its record
    assert open_conflicts(casey.store) == []  # given back on the value it was written over: no conflict
    assert not Replica(casey.store).reoffering
    again = casey.sync()
    assert (again.server_behind, again.reoffered, again.pushed) == (False, 0, 0)


def test_an_edit_made_on_the_restored_server_meanwhile_is_kept_beside_it_as_a_conflict(office: Any) -> None:
    casey, sam, _jordan, note = _team(office)
    dump = backup(office.engine)
    casey.repos.notes.update(note.id, {"assessment": "Wants a bus pass."})
    casey.sync()
    sam.sync()
    restore(office.engine, dump)
    # Sam, on the restored server, sees the note without Casey's assessment and writes one of his own.
    sam.sync()
    assert sam.repos.notes.get(note.id).assessment != "Wants a bus pass."
    sam.repos.notes.update(note.id, {"assessment": "Needs ID replacement first."})
    sam.sync()

    casey.sync()
    sam.sync()
    casey.sync()

    converged(casey, sam)
    conflicts = open_conflicts(casey.store)
    assert [(c.record_id, c.field) for c in conflicts] == [(note.id, "assessment")]
    sides = {conflicts[0].kept_value, conflicts[0].other_value}
    assert sides == {"Wants a bus pass.", "Needs ID replacement first."}  # neither lost


def test_a_pass_cut_short_goes_on_at_the_next_sync_and_gives_back_everything_once(office: Any) -> None:
    armed = threading.Event()
    cancel = threading.Event()

    def progress(p: SyncProgress) -> None:
        if armed.is_set() and p.phase is SyncPhase.PULL:
            cancel.set()  # after the pass's first page

    casey, sam, jordan, _note = _team(office, progress=progress, page_size=2)
    for n in range(4):
        sam.repos.notes.create(CaseNote(participant_id=jordan.id, data=f"Outreach visit {n}."))
    sam.sync()
    casey.sync()
    dump = backup(office.engine)
    written = [
        casey.repos.notes.create(CaseNote(participant_id=jordan.id, data=f"After the backup {n}."))
        for n in range(3)
    ]
    casey.sync()
    restore(office.engine, dump)

    armed.set()
    first = casey.sync(cancel=cancel)
    assert first.server_behind
    assert first.cancelled
    assert Replica(casey.store).reoffering
    armed.clear()
    second = casey.sync()

    assert not second.cancelled
    assert not second.server_behind
    assert first.reoffered + second.reoffered == 3
    assert not Replica(casey.store).reoffering
    assert [_server_fields(office, "note", n.id)["data"] for n in written] == [
        f"After the backup {n}." for n in range(3)
    ]
    sam.sync()
    converged(casey, sam)


def test_a_push_whose_pull_was_cut_off_is_given_back_after_a_restore(office: Any) -> None:
    """The laptop's only sync after the backup was cut between its push and its pull, so no cursor of
    its gives the restore away; the seq its push was stored under does (PushResponse.seq)."""
    cut = threading.Event()
    cancel = threading.Event()

    def progress(p: SyncProgress) -> None:
        if cut.is_set() and p.phase is SyncPhase.PUSH:
            cancel.set()  # once the push is answered: the pull never starts

    casey, sam, _jordan, note = _team(office, progress=progress)
    dump = backup(office.engine)
    casey.repos.notes.update(note.id, {"assessment": "Wants a bus pass."})
    cut.set()
    first = casey.sync(cancel=cancel)
    assert first.cancelled
    assert (first.pushed, first.pulled) == (1, 0)
    cut.clear()
    restore(office.engine, dump)
    assert _server_fields(office, "note", note.id).get("assessment", "") == ""  # the restore lost it

    report = casey.sync()

    assert report.server_behind
    assert report.reoffered == 1
    assert _server_fields(office, "note", note.id)["assessment"] == "Wants a bus pass."
    assert not casey.sync().server_behind  # noticed once: the restored server's seqs are its own now
    sam.sync()
    assert sam.repos.notes.get(note.id).assessment == "Wants a bus pass."
    converged(casey, sam)


def test_a_laptop_enrolled_after_the_backup_is_enrolled_again_and_gives_its_work_back(office: Any) -> None:
    casey, _sam, jordan, _note = _team(office)
    dump = backup(office.engine)
    office.user("robin", "north")
    robin = office.laptop("robin")  # unknown to the backup
    robin.sync()
    visit = robin.repos.notes.create(CaseNote(participant_id=jordan.id, data="Drove Jordan to the clinic."))
    robin.sync()

    restore(office.engine, dump)
    with pytest.raises(AuthenticationFailed):
        robin.sync()  # its token is gone with the rest, and Robin's account too: IT adds it again
    office.user("robin", "north")
    enroll(robin.store, office.url, office.code("robin"), robin.name, verify=office.verify)
    robin.engine = SyncEngine(robin.store, client_for(robin.store, retry=FAST_RETRY), page_size=50)
    report = robin.sync()

    assert report.reoffered == 1
    assert not report.server_behind  # enrolled anew: the seqs of its pushes before are not counted
    assert _server_fields(office, "note", visit.id)["data"] == "Drove Jordan to the clinic."
    casey.sync()
    assert casey.repos.notes.get(visit.id).data == "Drove Jordan to the clinic."
    converged(casey, robin)


def test_a_first_enrolment_pulls_as_ever_and_offers_nothing(office: Any) -> None:
    casey, _sam, _jordan, _note = _team(office)
    office.user("robin", "north")
    robin = office.laptop("robin")

    assert not Replica(robin.store).reoffering  # an empty laptop: nothing of its own to give back
    report = robin.sync()
    assert report.reoffered == 0
    assert report.pushed == 0
    converged(casey, robin)
