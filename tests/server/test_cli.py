"""`leaddesk-server` admin verbs, run through `main()` against the database the live server uses, so
what the CLI does is what devices see."""

from __future__ import annotations

import re

import httpx
import pytest

from leaddesk.server.cli import main

CODE = re.compile(r"^\s+([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})$", re.MULTILINE)


@pytest.fixture
def cli(office, database_url: str, capsys: pytest.CaptureFixture[str]):
    """Runs a verb; returns (exit code, stdout, stderr)."""

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--database-url", database_url, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_init_reports_the_schema(cli) -> None:
    code, out, _ = cli("init")

    assert code == 0
    assert "Database ready" in out
    assert "schema 0011" in out
    assert "leaddesk-ci" not in out  # never the password of a PostgreSQL URL


def test_admin_verbs_set_up_a_working_device_and_show_its_state(cli, office) -> None:
    assert cli("team", "add", "north")[0] == 0
    assert (
        cli("user", "add", "casey", "--team", "north", "--role", "case_manager", "--name", "Casey Morgan")[0]
        == 0
    )
    code, out, _ = cli("enroll", "casey", "--device-name", "Laptop 7")
    assert code == 0
    assert "Valid until" in out
    assert "72 hours" in out
    enrolment_code = CODE.search(out).group(1)

    enrolled = office.enroll(enrolment_code)
    assert enrolled.status_code == 200, enrolled.text
    token = enrolled.json()["device_token"]
    device_id = enrolled.json()["device_id"]
    beat = httpx.post(
        f"{office.url}/v1/heartbeat",
        json={"pending": 12, "app_version": "0.3.1"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert beat.status_code == 200

    _, listing, _ = cli("device", "list")
    [row] = [line for line in listing.splitlines() if device_id in line]
    assert row.split()[:3] == ["casey", "Laptop", "7"]
    assert " 12 " in row
    assert "0.3.1" in row
    assert row.rstrip().endswith("active")

    code, out, _ = cli("device", "revoke", device_id, "--mode", "lost")
    assert code == 0
    assert "wipe" in out
    refused = httpx.get(f"{office.url}/v1/pull", headers={"Authorization": f"Bearer {token}"})
    assert refused.status_code == 403
    assert refused.json()["revoke_mode"] == "lost"
    assert "revoked (lost)" in cli("device", "list")[1]


def test_the_audit_trail_shows_admin_actions_and_filters(cli) -> None:
    cli("team", "add", "north")
    cli("user", "add", "casey", "--team", "north", "--role", "supervisor")
    cli("enroll", "casey", "--device-name", "Laptop 7")

    _, everything, _ = cli("audit")
    _, codes, _ = cli("audit", "--action", "enrolment_code")
    _, future, _ = cli("audit", "--since", "2999-01-01")
    _, nobody, _ = cli("audit", "--user", "nobody")

    assert [line.split()[3] for line in everything.splitlines()[1:]] == [
        "team_add",
        "user_add",
        "enrolment_code",
    ]
    assert all(line.split()[2].startswith("cli") for line in everything.splitlines()[1:])
    assert len(codes.splitlines()) == 2
    assert "Laptop 7" in codes
    assert len(future.splitlines()) == len(nobody.splitlines()) == 1  # the header only


def test_mistakes_get_a_sentence_and_a_nonzero_exit(cli) -> None:
    cli("team", "add", "north")

    code, _, err = cli("user", "add", "casey", "--team", "nowhere", "--role", "case_manager")
    assert code == 1
    assert "No team named 'nowhere'" in err
    code, _, err = cli("user", "add", "casey", "--role", "case_manager")
    assert code == 1
    assert "at least one team" in err
    assert cli("team", "add", "north")[0] == 1
    assert "No user named" in cli("enroll", "ghost", "--device-name", "x")[2]
    assert "No device" in cli("device", "revoke", "0190a0b0-0000-7000-8000-000000000000", "--mode", "lost")[2]


def test_changing_who_may_see_what_from_the_command_line(cli, office) -> None:
    for name in ("north", "south"):
        cli("team", "add", name)
    cli("user", "add", "casey", "--team", "north", "--role", "case_manager")
    laptop = office.enroll(CODE.search(cli("enroll", "casey", "--device-name", "Laptop 7")[1]).group(1))
    token = {"Authorization": f"Bearer {laptop.json()['device_token']}"}

    code, out, _ = cli("user", "teams", "casey", "--add", "south", "--remove", "north")
    assert code == 0
    assert "casey is now in south (added south; removed north)." in out
    assert "0 participant(s) leave their laptops at the next sync" in out
    assert "south" in cli("user", "list")[1]

    code, out, _ = cli("user", "disable", "casey")
    assert code == 0
    assert "every device of theirs is refused" in out
    assert "disabled 2" in cli("user", "list")[1]  # disabled <date>
    assert httpx.get(f"{office.url}/v1/pull", headers=token).json()["error"] == "user_disabled"
    code, _, err = cli("user", "disable", "casey")
    assert code == 1
    assert "casey is disabled already" in err
    assert cli("user", "enable", "casey")[0] == 0
    assert httpx.get(f"{office.url}/v1/pull", headers=token).status_code == 200

    code, out, _ = cli("device", "revoke-all", "casey", "--mode", "retired")
    assert code == 0
    assert "Revoked 1 device(s) of casey as retired" in out
    assert laptop.json()["device_id"] in out
    assert "nothing changed" in cli("device", "revoke-all", "casey", "--mode", "retired")[1]
    assert httpx.get(f"{office.url}/v1/pull", headers=token).json()["revoke_mode"] == "retired"

    _, trail, _ = cli("audit")
    actions = [line.split()[3] for line in trail.splitlines()[1:]]
    # A refused device's contact is in the trail too (issue 14: failed authentications are audited).
    assert actions[-8:] == [
        "user_teams",
        "user_disable",
        "device_refused",
        "user_enable",
        "device_revoke",
        "device_revoke_all",
        "device_revoke_all",
        "device_refused",
    ]
    code, _, err = cli("user", "teams", "casey", "--remove", "south")
    assert code == 1
    assert "keeps at least one team" in err


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        main([*argv, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def test_help_explains_each_verb_and_where_settings_come_from(capsys: pytest.CaptureFixture[str]) -> None:
    top = _help(capsys)
    serve = _help(capsys, "serve")
    revoke = _help(capsys, "device", "revoke")
    revoke_all = _help(capsys, "device", "revoke-all")
    teams = _help(capsys, "user", "teams")

    for verb in ("init", "serve", "team", "user", "enroll", "device", "audit"):
        assert f"    {verb} " in top
    assert "LEADDESK_SERVER_DATABASE_URL" in top
    assert "--tls-cert" in serve
    assert "LEADDESK_SERVER_PORT" in serve
    assert "retired" in revoke
    assert "lost" in revoke
    assert "retired" in revoke_all
    assert "--remove TEAM" in teams
    assert "unsent work" in teams


def test_the_database_url_can_come_from_the_environment(
    office, database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LEADDESK_SERVER_DATABASE_URL", database_url)

    assert main(["team", "add", "east"]) == 0
    assert main(["team", "list"]) == 0

    assert capsys.readouterr().out.splitlines()[-1] == "east"
