"""`leaddesk-server seed-demo`: the desktop demo's invented caseload stored as pushed records (field
clocks, seqs, the participant's team), its teams and case managers made users, what it made printed, and
a database that holds records already refused with nothing changed."""

from __future__ import annotations

import json
import re
import tomllib
from datetime import timedelta
from importlib import import_module
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from leaddesk.demo.bundle import usernames
from leaddesk.demo.program import DEMO_PROGRAM
from leaddesk.demo.server_cli import SEED_WRITER, main
from leaddesk.demo.synthetic import caseload
from leaddesk.domain import Participant
from leaddesk.domain.clock import Stamp, wall_ms
from leaddesk.domain.ids import utcnow
from leaddesk.server import program
from leaddesk.server.caseload_import import import_caseload
from leaddesk.server.db import audit, membership, metadata, record, transaction, user
from leaddesk.sync.protocol import Role

ROOT = Path(__file__).resolve().parents[2]
MADE = re.compile(
    r"Seeded (\d+) invented participants \(seed (\d+)\) in (.+): ([\d,]+) records, seqs 1 to ([\d,]+)"
)


@pytest.fixture
def seed_demo(office, database_url: str, capsys: pytest.CaptureFixture[str]):
    """Runs `leaddesk-server seed-demo ARGS` as installed; returns (exit code, stdout, stderr)."""

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--database-url", database_url, "seed-demo", *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def everything(office) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every server table, in a stable order."""
    with office.engine.connect() as conn:
        return {t.name: sorted(map(tuple, conn.execute(select(t))), key=repr) for t in metadata.sorted_tables}


def test_the_cli_prints_what_it_made_and_the_server_holds_it_as_pushed(seed_demo, office) -> None:
    code, out, err = seed_demo("--participants", "3", "--seed", "5")

    assert (code, err) == (0, "")
    assert out.startswith("Making 3 invented participants and storing them…\n")
    made = MADE.search(out)
    assert made is not None, out
    assert made.group(1, 2, 3) == ("3", "5", "central")
    total = int(made.group(4).replace(",", ""))
    assert int(made.group(5).replace(",", "")) == total == office.scalar("SELECT count(*) FROM record")
    assert office.scalar("SELECT max(seq) FROM record") == total
    assert office.scalar("SELECT value FROM counter WHERE name = 'seq'") == total  # pulls serve up to it
    assert "Added team(s) central." in out

    staff = caseload(seed=5, participants=3, teams=("central",)).staff
    with office.engine.connect() as conn:
        rows = conn.execute(select(record)).all()
        people = conn.execute(
            select(user.c.username, user.c.display_name, user.c.role, membership.c.team).join(membership)
        ).all()
        trail = conn.execute(
            select(audit.c.action, audit.c.detail).where(audit.c.action == "caseload_import")
        ).all()
    assert sorted(people) == sorted(
        (m.username, m.name, Role.CASE_MANAGER.value, "central") for m in staff
    )
    for member in staff:
        assert f"  {member.username}  " in out
    participants = {r.record_id for r in rows if r.entity == "participant"}
    assert len(participants) == 3
    for row in rows:
        fields, clocks = json.loads(row.fields), json.loads(row.clocks)
        assert row.team == "central"
        assert row.participant_id in participants
        assert row.entity != "participant" or row.participant_id == row.record_id
        assert clocks.keys() == fields.keys()  # every field, each with its clock, as a create pushes them
        assert "id" not in fields
        assert {Stamp.decode(c).device for c in clocks.values()} == {SEED_WRITER}
    first = next(r for r in rows if r.entity == "participant")
    Participant.model_validate({**json.loads(first.fields), "id": first.record_id})
    assert trail == [
        (
            "caseload_import",
            f"seed-demo seed=5: participants=3 records={total} teams_added=1 users_added={len(staff)}",
        )
    ]


def test_records_name_their_case_manager_by_username_and_take_codes_from_the_program_it_sets(
    seed_demo, office
) -> None:
    assert seed_demo("--participants", "12", "--seed", "5")[0] == 0

    staff = {m.username for m in caseload(seed=5, participants=12, teams=("central",)).staff}
    with office.engine.connect() as conn:
        settings = program.current(conn)
        rows = conn.execute(select(record.c.entity, record.c.fields)).all()
    assert settings == DEMO_PROGRAM  # the labels for the codes below reach every laptop
    fields = [(entity, json.loads(text)) for entity, text in rows]
    assert {f["case_manager"] for e, f in fields if e == "participant"} <= staff
    offences = {f["offence_category"] for e, f in fields if e == "referral"} - {""}
    assert offences
    assert offences <= {c.code for c in settings.offence_categories}
    precincts = {f["precinct"] for e, f in fields if e == "referral"} - {""}
    assert precincts
    assert precincts <= {c.code for c in settings.precincts}


def test_a_configured_program_is_kept(seed_demo, office) -> None:
    with office.engine.begin() as conn:
        program.load(conn, text='{"program_name": "Their own program"}', actor="test")
    assert seed_demo("--participants", "2", "--seed", "5")[0] == 0
    with office.engine.connect() as conn:
        assert program.current(conn).program_name == "Their own program"


def test_teams_and_users_already_there_are_kept_as_they_are(seed_demo, office) -> None:
    first = caseload(seed=5, participants=3, teams=("north",)).staff[0].username
    office.team("north")
    office.user(first, "north", role=Role.SUPERVISOR)

    code, out, _ = seed_demo("--participants", "3", "--seed", "5", "--team", "north")

    assert code == 0
    assert "Added team" not in out
    assert f"Already there, left as they were: {first}." in out
    assert office.scalar(f"SELECT role FROM user_account WHERE username = '{first}'") == "supervisor"
    assert office.scalar("SELECT count(*) FROM team") == 1


def test_a_database_holding_a_pushed_record_is_refused_and_nothing_changes(seed_demo, office, laptop) -> None:
    laptop.push(laptop.create(Participant(first_name="Rue", last_name="Amsel", team_id="north")))
    before = everything(office)

    code, out, err = seed_demo("--participants", "2", "--team", "east")

    assert (code, out) == (1, "")
    assert "already holds 1 record (real ones, or an earlier seed), so nothing was added" in err
    assert everything(office) == before  # no team east, no users, no audit entry, the same seq


def test_an_earlier_seed_is_refused_and_nothing_changes(seed_demo, office) -> None:
    assert seed_demo("--participants", "2")[0] == 0
    before = everything(office)

    code, _, err = seed_demo("--participants", "2", "--seed", "8")

    assert code == 1
    assert "nothing was added" in err
    assert everything(office) == before


def test_a_record_dated_ahead_of_the_server_gets_no_stamp_from_the_future(office) -> None:
    """Else it would win over every laptop's edit of it until that day came."""
    ahead = utcnow() + timedelta(days=30)
    person = Participant(
        first_name="Ivo", last_name="Tansy", team_id="east", created_at=ahead, updated_at=ahead
    )
    with office.engine.connect() as conn, transaction(conn, write=True):
        made = import_caseload(conn, staff=[], caseload=[person], writer="w", actor="test", source="test")

    assert made.counts == {"participant": 1}
    assert made.teams_added == ["east"]  # named by the participant alone
    clocks = json.loads(office.scalar("SELECT clocks FROM record"))
    assert max(Stamp.decode(c).physical_ms for c in clocks.values()) <= wall_ms()


@pytest.mark.parametrize(
    ("argv", "sentence"),
    [
        (["--participants", "0"], "give 1 to 1,000,000 participants, not 0"),
        (["--participants", "many"], "'many' is not a whole number"),
        (["--participants", "2", "--team", " "], "a team needs a name of 1 to 100 characters"),
    ],
)
def test_bad_arguments_are_a_sentence_and_change_nothing(seed_demo, office, capsys, argv, sentence) -> None:
    with pytest.raises(SystemExit) as stopped:
        seed_demo(*argv)
    assert stopped.value.code == 2
    assert sentence in capsys.readouterr().err
    assert office.scalar("SELECT count(*) FROM team") == 0


def test_the_installed_command_offers_seed_demo(capsys: pytest.CaptureFixture[str]) -> None:
    target = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]["leaddesk-server"]
    module, _, function = target.partition(":")
    with pytest.raises(SystemExit) as stopped:
        getattr(import_module(module), function)(["seed-demo", "--help"])
    assert stopped.value.code == 0
    assert "--participants N" in capsys.readouterr().out


def test_usernames_are_plain_first_dot_last_and_never_repeat() -> None:
    names = ["Zoë Quill-Oro", "Zoe Quill-Oro", "Ana  Be", "李 ", "安"]
    made = usernames(names)
    assert made == ["zoe.quill-oro", "zoe.quill-oro2", "ana.be", "case.manager", "case.manager2"]
