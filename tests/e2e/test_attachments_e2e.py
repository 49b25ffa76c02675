"""Attachment files between real laptops of two teams, through the real server: naming another team's
file by its hash gets a laptop nothing (its record is refused, the rest of its work syncs), a file follows
its participant to a new team, and a file over the laptop's storage quota is refused with its record while
everything else syncs."""

from __future__ import annotations

from typing import Any

from leaddesk.domain import Attachment, CaseNote, Participant
from leaddesk.server.app import create_app
from leaddesk.server.running import ServerThread
from leaddesk.server.settings import ServerSettings
from leaddesk.sync.protocol import Role

ID_CARD = b"\x89PNG Jordan's state ID card" * 20
NOT_UPLOADED = "sha256: the file's bytes were not uploaded for this participant"


def new_participant(laptop: Any, first: str, *, team: str) -> Participant:
    return laptop.repos.participants.create(Participant(first_name=first, last_name="Quill", team_id=team))


def test_a_laptop_of_another_team_gets_nothing_by_naming_a_files_hash(office: Any) -> None:
    office.user("casey", "north")
    office.user("robin", "north")
    office.user("sam", "south")
    casey, robin, sam = office.laptop("casey"), office.laptop("robin"), office.laptop("sam")
    jordan = new_participant(casey, "Jordan", team="north")
    new_participant(casey, "Ash", team="north")  # so Jordan's move below is not most of the caseload
    scan = casey.repos.attachments.add(
        participant_id=jordan.id, file_name="id.png", media_type="image/png", data=ID_CARD
    )
    assert casey.sync().uploaded == 1
    # Sam's laptop, tampered with: an attachment on his own participant naming Casey's file, no bytes.
    remy = new_participant(sam, "Remy", team="south")
    forged = sam.repos.attachments.create(
        Attachment(
            participant_id=remy.id,
            file_name="id.png",
            media_type="image/png",
            size=len(ID_CARD),
            sha256=scan.sha256,
        )
    )
    sam.repos.notes.create(CaseNote(participant_id=remy.id, data="Met Remy at the park."))

    stolen = sam.sync()

    assert [r.record_id for r in stolen.rejected] == [forged.id]
    assert stolen.rejected[0].reason.startswith(NOT_UPLOADED)
    assert (stolen.pushed, stolen.pending, stolen.downloaded) == (2, 0, 0)  # Remy and the note went up
    assert not sam.repos.attachments.has_bytes(scan.sha256)
    assert sam.engine.client.get_attachment(scan.sha256) is None
    assert robin.sync().downloaded == 1  # Casey's own team still gets it
    assert robin.repos.attachments.read_bytes(scan.id) == ID_CARD

    # A supervisor of both teams moves Jordan to south (a case manager may only move into their teams).
    office.user("lee", "north", "south", role=Role.SUPERVISOR)
    lee = office.laptop("lee")
    lee.sync()
    lee.repos.participants.update(jordan.id, {"team_id": "south"})
    lee.sync()
    casey.sync()
    moved = sam.sync()
    robin.sync()

    assert moved.downloaded == 1  # the file went with Jordan to south
    assert sam.repos.attachments.read_bytes(scan.id) == ID_CARD
    assert robin.engine.client.get_attachment(scan.sha256) is None
    assert not robin.repos.attachments.find(participant_id=jordan.id)


def test_a_file_over_the_laptops_quota_is_refused_with_its_record_and_the_rest_syncs(
    office: Any, database_url: str
) -> None:
    office.user("casey", "north")
    office.user("robin", "north")
    settings = ServerSettings(database_url=database_url, device_quota_bytes=1000)
    with ServerThread(create_app(settings)) as small:
        office.url = small.url
        casey, robin = office.laptop("casey"), office.laptop("robin")
        jordan = new_participant(casey, "Jordan", team="north")
        fits, over = (
            casey.repos.attachments.add(
                participant_id=jordan.id, file_name=name, media_type="application/pdf", data=data
            )
            for name, data in (("lease.pdf", b"a" * 600), ("benefits.pdf", b"b" * 600))
        )
        casey.repos.notes.create(CaseNote(participant_id=jordan.id, data="Brought the lease."))

        first = casey.sync()
        second = casey.sync()
        theirs = robin.sync()

    assert first.uploaded == 1
    [(refused_file, why)] = first.uploads_refused
    assert refused_file == over.sha256
    assert "storage" in why
    assert [r.record_id for r in first.rejected] == [over.id]
    assert first.rejected[0].reason.startswith(NOT_UPLOADED)
    assert (first.pushed, first.pending) == (3, 0)  # Jordan, the file that fit, the note
    assert [r.entry.record_id for r in casey.store.repos.outbox.rejected()] == [over.id]
    # Settled: nothing waits, nothing is sent or refused again.
    assert (second.uploaded, second.uploads_refused, second.rejected, second.pending) == (0, [], [], 0)
    assert theirs.downloaded == 1
    assert [a.id for a in robin.repos.attachments.find(participant_id=jordan.id)] == [fits.id]
    assert robin.repos.attachments.read_bytes(fits.id) == b"a" * 600
