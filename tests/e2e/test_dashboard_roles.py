"""Whose figures the dashboard shows, with the role coming from a real office server: the demo's
supervisor, enrolled and synced through the embedded server, sees the whole team (and may save the PCG
report), while Casey, a case manager on the same team, sees her own participants only."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from leaddesk.app import build_parser, demo_people, open_demo
from leaddesk.demo.office import CASEY, ROBIN, SUPERVISOR, DemoOffice, sync
from leaddesk.desk import Desk
from leaddesk.domain.clock import local_today


def test_the_supervisor_sees_the_team_and_the_case_manager_her_own(tmp_path: Path) -> None:
    office = DemoOffice(tmp_path)
    try:
        casey = open_demo(tmp_path, who=CASEY, participants=8)
        office.connect(casey, CASEY)
        sync(casey)
        drew = open_demo(tmp_path, who=SUPERVISOR, participants=0)
        office.connect(drew, SUPERVISOR)
        sync(drew)
        today = local_today()
        team = Desk(drew).reports
        assert (team.view().mine_only, team.view().may_export) == (False, True)
        whole = team.dashboard(start=today - timedelta(days=364), end=today)
        assert whole.participants == 8
        assert {r.name for r in whole.caseload.rows} >= {CASEY.display_name, ROBIN.display_name}
        own = Desk(casey).reports
        assert (own.view().mine_only, own.view().may_export) == (True, False)
        hers = own.dashboard(start=today - timedelta(days=364), end=today)
        assert 0 < hers.participants < 8
        assert [r.name for r in hers.caseload.rows] == [CASEY.display_name]
        for store in (casey, drew):
            store.close()
    finally:
        office.stop()


def test_the_demo_opens_the_supervisor_for_the_dashboard() -> None:
    parse = build_parser().parse_args
    assert demo_people(parse(["demo"])) == [CASEY]
    assert demo_people(parse(["demo", "--supervisor"])) == [CASEY, SUPERVISOR]
    assert demo_people(parse(["demo", "--screenshot", "d.png", "--screen", "dashboard"])) == [
        CASEY,
        SUPERVISOR,
    ]
    assert demo_people(parse(["demo", "--two"])) == [CASEY, ROBIN]
