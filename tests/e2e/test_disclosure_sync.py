"""Issue 14's disclosure record through the real server (SQLite and PostgreSQL): made on one laptop with
the consent it relied on, it reaches the team's other laptop exactly and never another team's; an edit
of it (which no laptop of ours makes: the repository refuses) is refused by the server too, and the
laptop that sent it goes back to the record as it was."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from leaddesk.desk import Desk
from leaddesk.desk.disclosure import Recipient
from leaddesk.domain import CaseNote, Consent, Participant
from leaddesk.domain.clock import local_today
from leaddesk.domain.disclosure_codes import Delivery, DisclosurePurpose, InformationCategory
from leaddesk.server.db import audit
from leaddesk.storage.changes import append_outbox
from tests.e2e.conftest import converged

PROBATION = Recipient(code="PROB", name="County Probation")
COORD = DisclosurePurpose.TREATMENT_COORDINATION


def test_a_disclosure_reaches_the_team_exactly_and_cannot_be_edited(office: Any) -> None:
    office.user("casey", "north")
    office.user("robin", "north")
    office.user("sam", "south")
    casey, robin, sam = office.laptop("casey"), office.laptop("robin"), office.laptop("sam")
    jordan = casey.repos.participants.create(
        Participant(first_name="Jordan", last_name="Quill", team_id="north")
    )
    casey.repos.consents.create(
        Consent(
            participant_id=jordan.id, discloser="LEAD", information="Progress notes",
            recipient=PROBATION.name, recipient_code=PROBATION.code, purpose="Coordination",
            signed_by="Jordan Quill",
            signed_on=local_today() - timedelta(days=3), expires_on=local_today() + timedelta(days=90),
            purposes=[COORD], categories=[InformationCategory.NOTES],
        )
    )  # fmt: skip
    note = casey.repos.notes.create(CaseNote(participant_id=jordan.id, data="Kept the court date"))
    casey.repos.notes.sign(note.id)
    desk = Desk(casey.store)
    review = desk.disclosures.review(jordan.id, recipient=PROBATION, purpose=COORD)
    made = desk.disclosures.record(review, delivery=Delivery.PRINTED, description="Packet").value

    casey.sync()
    robin.sync()
    sam.sync()
    converged(casey, robin)
    assert robin.repos.disclosures.get(made.id) == made
    assert robin.repos.disclosures.field_clocks(made.id) == casey.repos.disclosures.field_clocks(made.id)
    assert sam.repos.disclosures.count(include_deleted=True) == 0

    # An edit sent anyway (an older or a tampered laptop) is refused by the server, field by field.
    with casey.store.write() as conn:
        base = casey.repos.disclosures.field_clocks(made.id)
        append_outbox(
            conn, entity="disclosure", record_id=made.id, participant_id=jordan.id, op="update",
            fields={"recipient": "Someone else"}, clocks={"recipient": casey.store.clock.now().encode()},
            base={"recipient": base["recipient"]},
        )  # fmt: skip
    casey.sync()
    robin.sync()
    assert robin.repos.disclosures.get(made.id).recipient == "County Probation"
    assert casey.repos.disclosures.get(made.id).recipient == "County Probation"
    # The server's own trail has the disclosure once, from Casey's laptop, saying to whom and how much.
    with office.engine.connect() as conn:
        trail = conn.execute(
            select(audit.c.actor, audit.c.entity_id, audit.c.participant_id, audit.c.detail).where(
                audit.c.action == "disclosure"
            )
        ).all()
    assert [tuple(row[:3]) for row in trail] == [("casey", made.id, jordan.id)]
    assert trail[0].detail == "recipient=PROB purpose=treatment_coordination delivery=printed items=1"
