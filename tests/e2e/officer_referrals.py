"""An officer's referral stored on the server as its referral page stores it (issue 19's contract): the
participant stub in the on-call team and its referral (tests/officer_referral.py), each stored as a push
stores a create, under a seq of its own, stamped by a writer that is no laptop. Written here straight
through the server's records layer, so the laptop side is tested without the page itself."""

from __future__ import annotations

from sqlalchemy.engine import Engine

from leaddesk.domain import SyncedRecord
from leaddesk.domain.clock import COUNTER_BITS, Stamp
from leaddesk.domain.ids import utcnow
from leaddesk.server import records
from leaddesk.server.records import StoredRecord
from leaddesk.server.sequence import sequenced

PAGE_WRITER = "referral-page"


def write_on_server(engine: Engine, *made: SyncedRecord, team: str) -> None:
    """Store `made` (each participant before its records) in `team`, as the referral page would."""
    now = utcnow()
    stamp = Stamp(int(now.timestamp() * 1000) << COUNTER_BITS, PAGE_WRITER).encode()
    with engine.connect() as conn, sequenced(conn) as sequence:
        stored = []
        for item in made:
            fields = item.model_dump(mode="json", exclude={"id"})
            pid = getattr(item, "participant_id", item.id)
            row = StoredRecord(
                entity=item.entity,
                record_id=item.id,
                participant_id=pid,
                team=team,
                fields=fields,
                clocks=dict.fromkeys(fields, stamp),
            )
            row.seq = sequence.next()
            stored.append(row)
        records.write(conn, inserts=stored, updates=[], now=now)
