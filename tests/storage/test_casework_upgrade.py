"""A profile from before issue 13's casework fields (migration 0009) and issue 19's officer referrals
(0013, 0014) upgrades keeping every referral,
service and legal event as it was, the new fields empty or "not recorded", and gains the outcome
snapshot table."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from leaddesk.domain import LegalEvent, Participant, Referral, Service, SyncedRecord
from leaddesk.domain.casework_codes import ChargeLevel, HandoffOutcome, ReferralAcceptance
from leaddesk.domain.enums import LegalEventKind, ReferralDoor, ServiceKind
from leaddesk.storage.codec import table_for
from leaddesk.storage.database import DB_FILE, KEY_BYTES, Connection, connect
from leaddesk.storage.schema import bundled_migrations, migrate

AT = datetime(2025, 2, 3, 18, 5, tzinfo=UTC)
NEW_FIELDS = {
    "referral": {"officer_badge", "agency_code", "precinct", "beat", "offence_category", "acceptance",
                 "acceptance_on", "prosecutor_decision", "prosecutor_name", "prosecutor_decided_on",
                 "prosecutor_note",
                 # issue 19 (migration 0013): an officer's referral and its hand-off
                 "officer_username", "observed", "person_description", "agreed_to_meet", "officer_contact",
                 "handoff_outcome", "handoff_outcome_at",
                 # and (0014) the referral a merge moved it from
                 "merged_from"},
    "service": {"amount", "units", "funding_source"},
    "legal_event": {"released_at", "charge_level", "disposition", "source"},
}  # fmt: skip


def insert_as_before(conn: Connection, record: SyncedRecord) -> None:
    dropped = NEW_FIELDS.get(record.entity, set())
    row = {k: v for k, v in table_for(type(record)).to_row(record).items() if k not in dropped}
    row["field_clocks"] = json.dumps(dict.fromkeys(row, "0" * 16 + "-dev"))
    conn.execute(
        f"INSERT INTO {record.entity} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
        list(row.values()),
    )


def read_back(conn: Connection, model: type[Any]) -> Any:
    table = table_for(model)
    [row] = conn.execute(f"SELECT {', '.join(table.columns)} FROM {table.name}").fetchall()
    return table.from_row(dict(zip(table.columns, row, strict=True)))


def test_a_database_from_before_the_casework_fields_upgrades_keeping_its_records(tmp_path: Path) -> None:
    path = tmp_path / "profile" / DB_FILE
    conn = connect(path, os.urandom(KEY_BYTES))
    try:
        migrate(conn, db_path=path, migrations=[m for m in bundled_migrations() if m.version <= 8])
        person = Participant(first_name="Ada", last_name="Vell", team_id="south")
        old = [
            Referral(participant_id=person.id, door=ReferralDoor.SOCIAL_CONTACT, referred_at=AT,
                     referring_officer="Ofc. Lane #2231", referring_agency="Transit police"),
            Service(participant_id=person.id, delivered_on=date(2025, 2, 4), kind=ServiceKind.NALOXONE),
            LegalEvent(participant_id=person.id, kind=LegalEventKind.BOOKING, occurred_at=AT),
        ]  # fmt: skip
        for record in (person, *old):
            insert_as_before(conn, record)
        conn.commit()

        migrate(conn, db_path=path)

        for record in old:
            again = read_back(conn, type(record))
            assert again.model_dump(exclude=NEW_FIELDS[record.entity]) == record.model_dump(
                exclude=NEW_FIELDS[record.entity]
            )
        referral, service, event = (read_back(conn, type(r)) for r in old)
        assert (referral.referring_agency, referral.agency_code, referral.acceptance) == (
            "Transit police", "", ReferralAcceptance.PENDING,
        )  # fmt: skip
        assert referral.prosecutor_decision is None
        assert (referral.from_officer, referral.agreed_to_meet, referral.handoff_outcome) == (
            False, None, HandoffOutcome.PENDING,
        )  # fmt: skip
        assert referral.merged_from is None
        assert referral.handoff_outcome_at is None
        assert (service.amount, service.units, service.funding_source) == (None, None, "")
        assert (event.released_at, event.charge_level, event.disposition, event.source) == (
            None, ChargeLevel.UNKNOWN, None, None,
        )  # fmt: skip
        assert conn.execute("SELECT count(*) FROM outcome_snapshot").fetchone()[0] == 0
    finally:
        conn.close()
