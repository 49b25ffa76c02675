"""The gate in the desk (desk/disclosure.py): a participant's items gathered and decided, a saved copy of
an attachment refused without a covering consent (nothing written) and recorded as a disclosure with it,
and the disclosure record append-only."""

from __future__ import annotations

import stat
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from leaddesk.desk import Desk
from leaddesk.desk.disclosure import DisclosureRefused, Recipient, RecordedButNotSaved, Review
from leaddesk.domain import CaseNote, Consent, Disclosure, Need, Participant
from leaddesk.domain.clock import local_today
from leaddesk.domain.disclosure_codes import Delivery, DisclosurePurpose, InformationCategory, WithheldReason
from leaddesk.domain.enums import AuditAction, NeedDomain
from leaddesk.domain.ids import utcnow
from leaddesk.storage.errors import StorageError
from leaddesk.storage.repositories.records import ImmutableField
from leaddesk.storage.store import Store

PROBATION = Recipient(code="PROB", name="County Probation")
COORD = DisclosurePurpose.TREATMENT_COORDINATION
Cat = InformationCategory


def give_consent(store: Store, participant: Participant, **changes: Any) -> Consent:
    values: dict[str, Any] = {
        "participant_id": participant.id,
        "discloser": "LEAD Juniper County",
        "information": "Progress in LEAD",
        "recipient": PROBATION.name,
        "recipient_code": PROBATION.code,
        "purpose": "Coordination",
        "signed_by": "Jordan Quill",
        "signed_on": local_today() - timedelta(days=10),
        "expires_on": local_today() + timedelta(days=100),
        "purposes": [COORD],
        "categories": [Cat.NOTES, Cat.ATTACHMENTS],
    }
    return store.repos.consents.create(Consent(**{**values, **changes}))


def signed_note(store: Store, participant: Participant, text: str, *, sud: bool = False) -> CaseNote:
    note = store.repos.notes.create(CaseNote(participant_id=participant.id, data=text, sensitive_sud=sud))
    return store.repos.notes.sign(note.id)


def attach(desk: Desk, participant: Participant) -> Any:
    return desk.attachments.add(
        participant_id=participant.id, file_name="id.bin", media_type="application/octet-stream", data=b"ID"
    ).value


def counts(store: Store, participant: Participant) -> tuple[int, int, int]:
    events = store.repos.audit.events
    return (
        store.repos.disclosures.count(participant_id=participant.id),
        len(events(participant_id=participant.id, action=AuditAction.EXPORT)),
        len(events(participant_id=participant.id, action=AuditAction.DISCLOSE)),
    )


def test_the_review_names_what_goes_and_what_is_held_back(
    desk: Desk, store: Store, participant: Participant
) -> None:
    consent = give_consent(store, participant)
    plain = signed_note(store, participant, "Met at the shelter")
    sud = signed_note(store, participant, "Started methadone", sud=True)
    store.repos.notes.create(CaseNote(participant_id=participant.id, data="draft, unsigned"))
    need = store.repos.needs.create(Need(participant_id=participant.id, domain=NeedDomain.MAT))
    review = desk.disclosures.review(participant.id, recipient=PROBATION, purpose=COORD)
    included = {d.item.record_id: d.consent_id for d, _ in review.included}
    withheld = {d.item.record_id: d.reason for d, _ in review.withheld}
    assert included == {plain.id: consent.id}
    assert withheld == {
        participant.id: WithheldReason.INFORMATION_NOT_NAMED,
        sud.id: WithheldReason.SUD_NOT_NAMED,
        need.id: WithheldReason.INFORMATION_NOT_NAMED,
    }
    assert [c.id for c in review.consents_relied_on] == [consent.id]
    assert desk.disclosures.recipients(participant.id) == [PROBATION]


def test_save_a_copy_is_refused_without_a_consent_covering_files_and_writes_nothing(
    desk: Desk, store: Store, participant: Participant, tmp_path: Path
) -> None:
    give_consent(store, participant, categories=[Cat.NOTES])
    attachment = attach(desk, participant)
    target = tmp_path / "copy.bin"
    before = counts(store, participant)
    with pytest.raises(DisclosureRefused, match="does not name attached files"):
        desk.disclosures.save_attachment_copy(attachment.id, target, recipient=PROBATION, purpose=COORD)
    other = Recipient(code="", name="Myself")
    with pytest.raises(DisclosureRefused, match="No consent names Myself"):
        desk.disclosures.save_attachment_copy(attachment.id, target, recipient=other, purpose=COORD)
    assert not target.exists()
    assert counts(store, participant) == before


def test_save_a_copy_under_a_consent_is_a_recorded_disclosure(
    desk: Desk, store: Store, participant: Participant, tmp_path: Path
) -> None:
    consent = give_consent(store, participant)
    attachment = attach(desk, participant)
    target = tmp_path / "copy.bin"
    before = counts(store, participant)
    done = desk.disclosures.save_attachment_copy(attachment.id, target, recipient=PROBATION, purpose=COORD)
    assert target.read_bytes() == b"ID"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    made = done.value
    assert (made.consent_ids, made.items, made.recipient_code) == (
        [consent.id],
        {"attachment": [attachment.id]},
        "PROB",
    )
    assert (made.delivery, made.disclosed_by, made.purpose) == (Delivery.FILE, store.user, COORD)
    assert done.changes.entities == {"disclosure"}
    assert counts(store, participant) == (before[0] + 1, before[1] + 1, before[2] + 1)
    assert desk.disclosures.of(participant.id) == [made]


def test_a_disclosure_is_append_only(desk: Desk, store: Store, participant: Participant) -> None:
    give_consent(store, participant)
    signed_note(store, participant, "Met at the shelter")
    review = desk.disclosures.review(participant.id, recipient=PROBATION, purpose=COORD)
    made = desk.disclosures.record(review, delivery=Delivery.PRINTED, description="Packet").value
    for field, value in [("recipient", "Someone else"), ("delivery", Delivery.IN_PERSON), ("items", {})]:
        with pytest.raises(ImmutableField):
            store.repos.disclosures.update(made.id, {field: value})
    assert store.repos.disclosures.get(made.id) == made
    store.repos.disclosures.delete(made.id)  # a record made by mistake may be withdrawn, as a tombstone
    with pytest.raises(StorageError):
        store.repos.disclosures.get(made.id)


def test_nothing_covered_records_nothing(desk: Desk, store: Store, participant: Participant) -> None:
    give_consent(store, participant, purposes=[DisclosurePurpose.EVALUATION])
    signed_note(store, participant, "Met at the shelter")
    review = desk.disclosures.review(participant.id, recipient=PROBATION, purpose=COORD)
    with pytest.raises(DisclosureRefused, match="Nothing may be disclosed to County Probation"):
        desk.disclosures.record(review, delivery=Delivery.PRINTED, description="Packet")
    assert store.repos.disclosures.count() == 0


def test_a_disclosure_round_trips_through_storage(store: Store, participant: Participant) -> None:
    record = Disclosure(
        participant_id=participant.id,
        consent_ids=[give_consent(store, participant).id],
        recipient="County Probation",
        recipient_code="PROB",
        purpose=COORD,
        items={"note": ["0190d0a0-0000-7000-8000-000000000001"], "outcome_snapshot": ["x/sud"]},
        disclosed_by="Casey Morgan",
        disclosed_at=utcnow(),
        delivery=Delivery.EMAIL_OUTSIDE_APP,
        description="Packet",
    )
    created = store.repos.disclosures.create(record)
    assert store.repos.disclosures.get(created.id) == created
    assert created.model_dump(exclude={"created_at", "updated_at", "created_by"}) == record.model_dump(
        exclude={"created_at", "updated_at", "created_by"}
    )


# -- writing a file out: in place only once recorded ------------------------------------------------


def packet_review(desk: Desk, store: Store, participant: Participant) -> Review:
    give_consent(store, participant)
    signed_note(store, participant, "Met at the shelter")
    return desk.disclosures.review(participant.id, recipient=PROBATION, purpose=COORD)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "home")  # "home": the profile's folder


def test_a_file_written_out_is_in_place_private_and_recorded(
    desk: Desk, store: Store, participant: Participant, tmp_path: Path
) -> None:
    review = packet_review(desk, store, participant)
    target = tmp_path / "packet.pdf"
    seen: list[int] = []

    def render(part: Path) -> None:
        seen.append(store.repos.disclosures.count())  # nothing is recorded while the file is written
        assert not target.exists()
        part.write_bytes(b"%PDF packet")

    done = desk.disclosures.write_out(
        review, target, render=render, delivery=Delivery.FILE, description="Disclosure packet"
    )
    assert seen == [0]
    assert target.read_bytes() == b"%PDF packet"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert leftovers(tmp_path) == ["packet.pdf"]
    assert desk.disclosures.of(participant.id) == [done.value]
    assert done.value.description == "Disclosure packet"


def test_a_file_that_cannot_be_written_records_nothing_and_leaves_nothing(
    desk: Desk, store: Store, participant: Participant, tmp_path: Path
) -> None:
    review = packet_review(desk, store, participant)

    def full_disk(part: Path) -> None:
        part.write_bytes(b"%PDF half")
        raise OSError(28, "No space left on device")

    before = counts(store, participant)
    with pytest.raises(OSError, match="No space left"):
        desk.disclosures.write_out(
            review, tmp_path / "packet.pdf", render=full_disk, delivery=Delivery.FILE, description="Packet"
        )
    with pytest.raises(OSError, match="Nothing was written"):
        desk.disclosures.write_out(
            review, tmp_path / "packet.pdf", render=lambda _p: None, delivery=Delivery.FILE, description="P"
        )
    assert counts(store, participant) == before
    assert leftovers(tmp_path) == []


def test_a_file_that_cannot_be_put_in_place_after_recording_says_so(
    desk: Desk, store: Store, participant: Participant, tmp_path: Path
) -> None:
    review = packet_review(desk, store, participant)
    taken = tmp_path / "packet.pdf"
    taken.mkdir()  # a folder of that name: the rename into place fails
    with pytest.raises(RecordedButNotSaved) as raised:
        desk.disclosures.write_out(
            review, taken, render=lambda p: p.write_bytes(b"%PDF"), delivery=Delivery.FILE, description="P"
        )
    assert desk.disclosures.of(participant.id) == [raised.value.done.value]
    assert raised.value.done.changes.entities == {"disclosure"}
    assert leftovers(tmp_path) == ["packet.pdf"]
    assert list(taken.iterdir()) == []
