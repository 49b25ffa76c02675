"""The program's settings, arrest counts and caseload capacities set with `leaddesk-server` (through
`main()`, against the database the live server uses), and what laptops are told at `GET /v1/program`:
the settings and the roster of the staff their user works with, unchanged versions answered 304, no
secret in the roster, nothing for an unenrolled or revoked device. Bad input changes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from leaddesk.domain.enums import RevokeMode
from leaddesk.server import devices, users
from leaddesk.server.cli import main
from leaddesk.sync.protocol import ProgramResponse, Role

HEADER = "period_start,period_end,precinct,race_ethnicity,arrests\n"


@pytest.fixture
def cli(office: Any, database_url: str, capsys: pytest.CaptureFixture[str]) -> Any:
    """Runs a verb; returns (exit code, stdout, stderr)."""

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--database-url", database_url, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _program(device: Any, *, version: str | None = None) -> httpx.Response:
    headers = {"If-None-Match": f'"{version}"'} if version else {}
    return device.http.get("/v1/program", headers=headers)


def _state(office: Any) -> list[Any]:
    """Everything an admin verb may change: the settings row, arrest counts, capacities, the audit."""
    with office.engine.connect() as conn:
        return [
            conn.execute(text(f"SELECT * FROM {table} ORDER BY 1")).all()
            for table in ("program_settings", "arrest_count", "user_account", "audit")
        ]


def test_admin_changes_reach_the_route_and_are_audited(cli: Any, office: Any, laptop: Any) -> None:
    first = ProgramResponse.model_validate_json(_program(laptop).content)
    assert first.settings.caseload_standard == 15

    assert cli("program", "set", "caseload_standard", "12")[0] == 0
    assert cli("program", "set", "intake_deadline_days", "21")[0] == 0
    assert cli("program", "set", "unit_costs.jail_day", "125.50")[0] == 0
    assert cli("program", "set", "hmis.coc_code", "WA-500")[0] == 0
    assert cli("program", "add", "offence-categories", "DRUG", "Drug possession")[0] == 0
    assert cli("program", "add", "offence_categories", "THEFT", "Theft")[0] == 0
    assert cli("program", "rename", "offence_categories", "THEFT", "Theft, third degree")[0] == 0
    assert cli("program", "retire", "offence_categories", "DRUG")[0] == 0
    code, out, _ = cli("user", "capacity", "casey", "10")
    assert (code, "casey now carries 10 participants" in out) == (0, True)
    listing = cli("user", "list")[1].splitlines()
    assert listing[0].split() == ["USER", "NAME", "ROLE", "TEAMS", "CAPACITY", "STATUS"]
    assert listing[1].split()[-2:] == ["10", "active"]

    answer = _program(laptop, version=first.version)
    assert answer.status_code == 200
    now = ProgramResponse.model_validate_json(answer.content)
    assert answer.headers["ETag"] == f'"{now.version}"' != f'"{first.version}"'
    settings = now.settings
    assert (settings.caseload_standard, settings.intake_deadline_days) == (12, 21)
    assert (str(settings.unit_costs.jail_day), settings.hmis.coc_code) == ("125.50", "WA-500")
    categories = [(e.code, e.label, e.retired) for e in settings.offence_categories]
    assert categories == [("DRUG", "Drug possession", True), ("THEFT", "Theft, third degree", False)]
    assert [m.caseload_capacity for m in now.roster if m.username == "casey"] == [10]
    _, shown, _ = cli("program", "show")
    assert "Caseload: standard 12, maximum 25" in shown
    assert "THEFT Theft, third degree" in shown
    _, trail, _ = cli("audit", "--action", "program_list_retire")
    assert "offence_categories DRUG" in trail
    code, out, _ = cli("user", "capacity", "casey", "standard")
    assert (code, "casey now carries the program's caseload standard" in out) == (0, True)
    back = ProgramResponse.model_validate_json(_program(laptop).content)
    assert [m.caseload_capacity for m in back.roster if m.username == "casey"] == [None]


def test_an_unchanged_program_costs_one_empty_answer(office: Any, laptop: Any) -> None:
    first = _program(laptop)
    version = first.json()["version"]

    again = _program(laptop, version=version)

    assert (again.status_code, again.content) == (304, b"")
    assert again.headers["ETag"] == f'"{version}"'
    assert _program(laptop, version="0" * 32).status_code == 200


def test_a_roster_change_alone_gives_a_new_version(office: Any, laptop: Any) -> None:
    version = _program(laptop).json()["version"]
    office.user("robin", "north")

    answer = _program(laptop, version=version)

    assert answer.status_code == 200
    assert "robin" in [m["username"] for m in answer.json()["roster"]]


def test_the_roster_is_the_staff_of_the_users_teams_and_holds_no_secret(office: Any) -> None:
    office.team("north", "south")
    office.user("casey", "north")
    office.user("robin", "north")
    office.user("sam", "south")
    office.user("lee", "north", "south", role=Role.SUPERVISOR)
    office.user("ira", role=Role.ADMIN)
    with office.engine.begin() as conn:
        users.set_disabled(conn, username="robin", disabled=True, actor="test")
    casey, lee, ira = (office.device(n) for n in ("casey", "lee", "ira"))

    def roster(device: Any) -> dict[str, dict[str, Any]]:
        return {m["username"]: m for m in _program(device).json()["roster"]}

    assert set(roster(casey)) == {"casey", "robin", "lee"}
    assert set(roster(lee)) == {"casey", "robin", "sam", "lee"}
    assert set(roster(ira)) == {"casey", "robin", "sam", "lee", "ira"}
    robin = roster(casey)["robin"]
    assert robin == {
        "username": "robin",
        "display_name": "Robin",
        "role": "case_manager",
        "teams": ["north"],
        "caseload_capacity": None,
        "active": False,
    }
    body = _program(ira).text
    token_hash = office.scalar("SELECT token_hash FROM device LIMIT 1")
    assert token_hash not in body
    for secret in ("token", "hash", "device", "password", casey.token, casey.id):
        assert secret not in body


def test_an_unenrolled_or_revoked_device_gets_nothing(office: Any, laptop: Any) -> None:
    assert httpx.get(f"{office.url}/v1/program").status_code == 401
    forged = httpx.get(f"{office.url}/v1/program", headers={"Authorization": f"Bearer {laptop.id}.nope"})
    assert forged.status_code == 401
    retiring = office.device("casey", name="Old laptop")
    with office.engine.begin() as conn:
        devices.revoke(conn, device_id=laptop.id, mode=RevokeMode.LOST, actor="test")
        devices.revoke(conn, device_id=retiring.id, mode=RevokeMode.RETIRED, actor="test")
    for device in (laptop, retiring):
        refused = _program(device)
        assert (refused.status_code, refused.json()["error"]) == (403, "device_revoked")
        assert "settings" not in refused.text


BAD_CHANGES = [
    ("program", "set", "caseload_standard", "30"),  # above the maximum
    ("program", "set", "caseload_maximum", "0"),
    ("program", "set", "intake_deadline_days", "soon"),
    ("program", "set", "hmis.coc_code", "Seattle"),
    ("program", "set", "unit_costs.booking", "-5"),
    ("program", "set", "password", "x"),
    ("program", "add", "precincts", "N1", "North precinct"),  # already there
    ("program", "add", "witch_list", "X", "Y"),
    ("program", "add", "precincts", "N2", " "),
    ("program", "rename", "precincts", "S9", "South"),
    ("program", "retire", "precincts", "S9"),
    ("user", "capacity", "casey", "500"),
    ("user", "capacity", "nobody", "5"),
]


def test_a_bad_change_is_refused_with_a_sentence_and_changes_nothing(
    cli: Any, office: Any, laptop: Any
) -> None:
    assert cli("program", "add", "precincts", "N1", "North precinct")[0] == 0
    before = _state(office)

    for argv in BAD_CHANGES:  # one office for all: each is checked against the same state
        code, _, err = cli(*argv)

        assert code == 1, argv
        assert (err[:17], err.rstrip()[-1]) == ("leaddesk-server: ", "."), err
        assert _state(office) == before, argv


BAD_FILES = [
    ("{not json", "not JSON (line 1"),
    ("[1, 2]", "one JSON object"),
    ('{"caseload_standard": 30}', "above the maximum"),
    ('{"caseload_standrd": 12}', "unknown setting 'caseload_standrd'"),
    ('{"precincts": [{"code": "", "label": "x"}]}', "precincts.0.code"),
    ('{"unit_costs": {"jail_day": 1, "parking": 2}}', "unit_costs.parking"),
]


def test_a_bad_settings_file_changes_nothing(cli: Any, office: Any, tmp_path: Path) -> None:
    assert cli("program", "set", "caseload_standard", "12")[0] == 0
    before = _state(office)
    file = tmp_path / "settings.json"

    for content, says in BAD_FILES:
        file.write_text(content, encoding="utf-8")

        code, _, err = cli("program", "load", str(file))

        assert (code, says in err) == (1, True), err
        assert _state(office) == before, content


def test_an_exported_file_loads_back_to_the_same_settings(cli: Any, office: Any, tmp_path: Path) -> None:
    for argv in (
        ("program", "set", "program_name", "LEAD Harbor County"),
        ("program", "add", "service_catalogue", "HOTEL", "Hotel/motel night"),
        ("program", "set", "caseload_maximum", "20"),
    ):
        assert cli(*argv)[0] == 0
    _, exported, _ = cli("program", "export")
    file = tmp_path / "program.json"
    file.write_text(exported, encoding="utf-8")
    assert cli("program", "set", "program_name", "Something else")[0] == 0

    assert cli("program", "load", str(file))[0] == 0

    assert cli("program", "export")[1] == exported


def test_arrest_counts_import_whole_and_a_corrected_file_replaces_them(
    cli: Any, office: Any, tmp_path: Path
) -> None:
    assert cli("program", "add", "precincts", "N1", "North precinct")[0] == 0
    file = tmp_path / "arrests.csv"
    file.write_text(
        HEADER
        + "2025-01-01,2025-03-31,N1,white,120\n2025-01-01,2025-03-31,,black_african_american_african,80\n",
        encoding="utf-8",
    )
    assert cli("program", "import-arrests", str(file))[0] == 0
    file.write_text(HEADER + "2025-01-01,2025-03-31,N1,white,125\n", encoding="utf-8")

    code, out, _ = cli("program", "import-arrests", str(file))

    assert (code, out.strip()) == (0, f"Imported 1 arrest count(s) from {file}.")
    assert office.scalar("SELECT sum(arrests) FROM arrest_count") == 205
    assert "Arrest counts 2025-01-01 to 2025-03-31: 205 arrests in 2 rows" in cli("program", "show")[1]


BAD_ARRESTS = [
    ("2025-01-01,2025-03-31,,white,1\n2025-01-01,2025-03-31,,asian_asian_american,many\n", "Line 3: arrests"),
    ("2025-01-01,2025-03-31,,white,1\n2025-01-01,2025-03-31,,martian,4\n", "Line 3: race_ethnicity"),
    ("2025-01-01,2025-03-31,S9,white,1\n", "Line 2: precinct 'S9'"),
    ("2025-03-31,2025-01-01,,white,1\n", "Line 2: the period ends before it starts"),
    ("2025-01-01,2025-03-31,,white\n", "Line 2 has 4 values"),
    ("2025-01-01,2025-03-31,,white,1\n2025-01-01,2025-03-31,,white,2\n", "more than once"),
    ("", "no rows"),
]


def test_a_bad_arrest_file_imports_nothing_and_names_the_line(cli: Any, office: Any, tmp_path: Path) -> None:
    file = tmp_path / "arrests.csv"
    before = _state(office)

    for rows, says in BAD_ARRESTS:
        file.write_text(HEADER + rows, encoding="utf-8")

        code, _, err = cli("program", "import-arrests", str(file))

        assert (code, says in err, "Nothing was imported." in err) == (1, True, True), err
        assert _state(office) == before, rows


def test_an_arrest_file_without_the_header_or_not_there_is_refused(
    cli: Any, office: Any, tmp_path: Path
) -> None:
    file = tmp_path / "arrests.csv"
    file.write_text("start,end,precinct,race,n\n2025-01-01,2025-03-31,,white,1\n", encoding="utf-8")
    assert "Line 1 must be the header" in cli("program", "import-arrests", str(file))[2]
    assert "There is no file" in cli("program", "import-arrests", str(tmp_path / "gone.csv"))[2]
    assert office.scalar("SELECT count(*) FROM arrest_count") == 0


def test_partner_agencies_are_a_program_list_consents_name(cli: Any, office: Any, laptop: Any) -> None:
    """Issue 14: the agencies a consent may name as its recipient, edited like every program list."""
    assert cli("program", "add", "partner_agencies", "PROB", "County Probation")[0] == 0
    assert cli("program", "add", "partner-agencies", "JCPD", "Juniper County Police Department")[0] == 0
    assert cli("program", "retire", "partner_agencies", "JCPD")[0] == 0
    settings = ProgramResponse.model_validate_json(_program(laptop).content).settings
    assert [(e.code, e.label, e.retired) for e in settings.partner_agencies] == [
        ("PROB", "County Probation", False),
        ("JCPD", "Juniper County Police Department", True),
    ]
    assert "PROB County Probation" in cli("program", "show")[1]


def test_what_a_conference_does_without_consent_is_a_program_setting(
    cli: Any, office: Any, laptop: Any
) -> None:
    """Issue 14: a participant no consent covers is de-identified (the default) or left off the agenda."""
    assert ProgramResponse.model_validate_json(
        _program(laptop).content
    ).settings.conference_without_consent == ("deidentify")
    before = _state(office)
    code, _, err = cli("program", "set", "conference_without_consent", "forget")
    assert code != 0
    assert "conference_without_consent" in err
    assert "Nothing was changed" in err
    assert _state(office) == before
    assert cli("program", "set", "conference-without-consent", "leave_out")[0] == 0
    settings = ProgramResponse.model_validate_json(_program(laptop).content).settings
    assert settings.conference_without_consent == "leave_out"
