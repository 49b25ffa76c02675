"""`leaddesk-server seed-demo` seen from a laptop: a case manager's laptop enrolled on a seeded server pulls
exactly its team's invented participants, holding the very rows the desktop demo's generator puts in a
profile for the same seed, and its own edits then merge with them like with anything pushed."""

from __future__ import annotations

from datetime import date
from typing import Any

from leaddesk.demo.seed import seed_store
from leaddesk.demo.server_cli import seed_server
from leaddesk.server.db import transaction
from leaddesk.storage.store import Store
from tests.e2e.conftest import SYNCED_TABLES, Office

TODAY = date(2026, 3, 16)
# Seed 1 deals 14 participants to two case managers, so both teams get some (most seeds give one).
DEMO = {
    "seed": 1,
    "participants": 14,
    "notes_per_participant": 3,
    "teams": ("north", "south"),
    "today": TODAY,
}


def rows(store: Store, participants: set[str]) -> dict[str, dict[str, tuple[Any, ...]]]:
    """Every synced row of these participants, by table and id, without the field clocks."""
    found: dict[str, dict[str, tuple[Any, ...]]] = {}
    for table in SYNCED_TABLES:
        owner = "id" if table.name == "participant" else "participant_id"
        query = f"SELECT {', '.join(table.columns)}, {owner} FROM {table.name}"
        found[table.name] = {r[0]: tuple(r[:-1]) for r in store.conn.execute(query) if r[-1] in participants}
    return found


def test_a_seeded_case_managers_laptop_pulls_exactly_their_teams_demo_caseload(
    office: Office, store: Store
) -> None:
    with office.engine.connect() as conn, transaction(conn, write=True):
        staff, summary = seed_server(conn, actor="test", **DEMO)
    [north_cm] = [m for m in staff if m.teams == ["north"]]
    assert {t for m in staff for t in m.teams} == {"north", "south"}

    desktop = seed_store(store, **DEMO)  # what `leaddesk demo` puts in a profile for the same seed
    assert desktop.counts == summary.counts
    teams = dict(store.conn.execute("SELECT id, team_id FROM participant").fetchall())
    north = {pid for pid, team in teams.items() if team == "north"}
    assert 0 < len(north) < len(teams) == summary["participant"]

    laptop = office.laptop(north_cm.username, page_size=1000)
    report = laptop.sync()
    assert not report.rejected
    assert not report.skipped
    assert {p.id for p in laptop.repos.participants.caseload(limit=100)} == north
    assert rows(laptop.store, set(teams)) == rows(store, north)

    # The laptop's own edit of a seeded field goes up and is taken, as after any pull.
    first = sorted(north)[0]
    laptop.repos.participants.update(first, {"phone": "(253) 555-0177"})
    pushed = laptop.sync()
    assert (pushed.pushed, pushed.rejected, pushed.conflicts) == (1, [], 0)
    fields, _, _ = office.server_records()[("participant", first)]
    assert '"phone":"(253) 555-0177"' in fields
