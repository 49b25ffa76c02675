"""The demo's office: `leaddesk demo` starts a sync server on this computer, the seeded demo laptop sends
its caseload up, a second case manager's laptop brings it down, a staged concurrent edit becomes the same
conflict on both, and a demo folder opened again reconnects on the new port without a new code."""

from __future__ import annotations

from pathlib import Path

from leaddesk.app import main, open_demo
from leaddesk.demo.office import CASEY, ROBIN, DemoOffice, stage_conflict, sync
from leaddesk.storage.conflicts import open_conflicts
from leaddesk.storage.replica import Replica


def test_the_demo_loop_from_one_laptop_to_the_other_and_a_conflict_on_both(tmp_path: Path) -> None:
    office = DemoOffice(tmp_path)
    try:
        casey = open_demo(tmp_path, who=CASEY, participants=8)
        queued = casey.repos.outbox.count()
        assert queued > 8 * 20  # the seeded caseload waits to go up, every record of it
        office.connect(casey, CASEY)
        first = sync(casey)
        assert first.pushed == queued
        assert not first.rejected
        robin = open_demo(tmp_path, who=ROBIN, participants=0)
        office.connect(robin, ROBIN)
        assert robin.repos.participants.caseload_count() == 0
        sync(robin)
        assert robin.repos.participants.caseload_count() == 8
        assert robin.repos.notes.count() == casey.repos.notes.count()

        contested = stage_conflict(office, casey, robin)
        [on_casey], [on_robin] = open_conflicts(casey), open_conflicts(robin)
        assert on_casey == on_robin
        assert on_casey.record_id == contested.id
        assert {on_casey.kept_by, on_casey.other_by} == {
            f"{CASEY.display_name} ({CASEY.device_name})",
            f"{ROBIN.display_name} ({ROBIN.device_name})",
        }
        for store in (casey, robin):
            store.close()
    finally:
        office.stop()

    again = DemoOffice(tmp_path)  # the same demo folder, another day: a new port, the same server data
    try:
        casey = open_demo(tmp_path, who=CASEY, participants=8)
        old_url = Replica(casey).enrolment.server_url  # type: ignore[union-attr]
        again.connect(casey, CASEY)
        assert Replica(casey).enrolment.server_url == again.url != old_url  # type: ignore[union-attr]
        report = sync(casey)
        assert report.pending == 0
        assert casey.repos.participants.caseload_count() == 8
        casey.close()
    finally:
        again.stop()


def test_demo_two_renders_with_both_case_managers_synced(tmp_path: Path, qapp) -> None:
    del qapp
    png = tmp_path / "caseload.png"
    home = tmp_path / "demo"
    assert main(["demo", "--two", "--home", str(home), "--participants", "6", "--screenshot", str(png)]) == 0
    assert png.stat().st_size > 10_000
    robin = open_demo(home, who=ROBIN, participants=0)
    try:
        assert robin.repos.participants.caseload_count() == 6  # Robin's laptop brought Casey's caseload down
    finally:
        robin.close()
