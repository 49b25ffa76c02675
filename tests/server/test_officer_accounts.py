"""Officer accounts from the admin command line (issue 19): added with an agency and a precinct from the
program's lists (unknown codes refused with a sentence), a password or a one-time sign-in link, listed
and disabled with the other users; never a device, a sync token or a place on a laptop's roster."""

from __future__ import annotations

import io
import re

import httpx
import pytest
from sqlalchemy import insert, select

from leaddesk.domain.ids import new_id, utcnow
from leaddesk.server import audit, officers, program, users
from leaddesk.server.cli import main
from leaddesk.server.db import device, officer, sign_in_link
from leaddesk.server.devices import sha256_hex
from leaddesk.server.errors import InvalidRequest, SignInRefused
from leaddesk.server.passwords import OFFICER_COST, verify_password
from leaddesk.sync.protocol import Role
from tests.server.officers_setup import add_officer

LINK = re.compile(r"^\s+(\S+/refer/link/(\S+))$", re.MULTILINE)


@pytest.fixture
def cli(office, database_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    """Runs a verb with `stdin` as its standard input; returns (exit code, stdout, stderr)."""

    def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--database-url", database_url, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def lists(office) -> None:
    with office.engine.begin() as conn:
        for catalogue, code, label in (("referring_agencies", "SPD", "Police"), ("precincts", "N1", "North")):
            program.edit_list(conn, catalogue=catalogue, edit="add", code=code, label=label, actor="t")


def test_an_officer_is_added_with_codes_from_the_program_lists(cli, lists) -> None:
    code, out, err = cli(
        "user", "add", "ofc.diaz", "--role", "officer", "--agency", "SPD", "--precinct", "N1",
        "--display-name", "Officer Diaz",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "Added officer ofc.diaz (Officer Diaz), agency SPD, precinct N1" in out

    _, listing, _ = cli("user", "list")
    row = next(line for line in listing.splitlines() if line.startswith("ofc.diaz"))
    assert "officer" in row
    assert "agency SPD, precinct N1" in row


@pytest.mark.parametrize(
    ("argv", "sentence"),
    [
        (["--agency", "XPD", "--precinct", "N1"], "'XPD' is not one of the program's referring agencies"),
        (["--agency", "SPD", "--precinct", "S9"], "'S9' is not one of the program's precincts (N1)"),
        (["--agency", "SPD"], "An officer needs --agency CODE and --precinct CODE"),
        (["--agency", "SPD", "--precinct", "N1", "--team", "north"], "An officer belongs to no team"),
    ],
)
def test_unknown_codes_and_teams_are_refused_with_a_sentence(cli, office, lists, argv, sentence) -> None:
    office.team("north")
    code, _, err = cli("user", "add", "ofc.diaz", "--role", "officer", *argv)

    assert code == 1
    assert sentence in err
    assert "ofc.diaz" not in cli("user", "list")[1]


def test_a_program_without_lists_says_how_to_make_them(cli) -> None:
    code, _, err = cli("user", "add", "ofc.diaz", "--role", "officer", "--agency", "SPD", "--precinct", "N1")

    assert code == 1
    assert "The program has no referring agencies yet; add one first with `leaddesk-server program add" in err


def test_agency_and_precinct_are_for_officers_only(cli, office, lists) -> None:
    office.team("north")
    code, _, err = cli("user", "add", "casey", "--role", "case_manager", "--team", "north", "--agency", "SPD")
    assert code == 1
    assert "--agency and --precinct are for officers" in err


def test_a_password_is_set_from_standard_input_hashed_and_never_printed(cli, office, lists) -> None:
    cli("user", "add", "ofc.diaz", "--role", "officer", "--agency", "SPD", "--precinct", "N1")
    secret = "long enough and secret"

    code, out, err = cli("user", "set-password", "ofc.diaz", stdin=secret + "\n")

    assert (code, err) == (0, "")
    assert secret not in out
    with office.engine.connect() as conn:
        stored = conn.execute(select(officer.c.password_hash)).scalar_one()
        trail = [(e.action, e.detail) for e in audit.find_events(conn, actor=None)]
    assert secret not in stored
    assert stored.startswith(f"$argon2id$v=19$m={OFFICER_COST.memory_kib},t={OFFICER_COST.iterations},")
    assert verify_password(secret, stored)
    assert not verify_password(secret + "!", stored)
    assert ("password_set", "") in trail
    assert all(secret not in detail for _, detail in trail)

    code, _, err = cli("user", "set-password", "ofc.diaz", stdin="short\n")
    assert code == 1
    assert "at least 12 characters" in err


def test_an_officer_joins_no_team(cli, office, lists) -> None:
    office.team("north")
    cli("user", "add", "ofc.diaz", "--role", "officer", "--agency", "SPD", "--precinct", "N1")

    code, _, err = cli("user", "teams", "ofc.diaz", "--add", "north")

    assert code == 1
    assert "ofc.diaz is an officer and belongs to no team" in err
    assert office.scalar("SELECT count(*) FROM membership") == 0


def test_set_password_is_for_officers_only(cli, office) -> None:
    office.team("north")
    office.user("casey", "north")
    code, _, err = cli("user", "set-password", "casey", stdin="long enough and secret\n")
    assert code == 1
    assert "casey is not an officer" in err


def test_a_sign_in_link_is_printed_once_stored_hashed_and_works_once(cli, office, lists) -> None:
    cli("user", "add", "ofc.diaz", "--role", "officer", "--agency", "SPD", "--precinct", "N1")

    code, out, _ = cli("user", "sign-in-link", "ofc.diaz", "--url", "https://lead.example.org/")

    assert code == 0
    url, token = LINK.search(out).groups()
    assert url == f"https://lead.example.org/refer/link/{token}"
    with office.engine.begin() as conn:
        row = conn.execute(select(sign_in_link)).one()
        assert row.token_hash == sha256_hex(token)
        assert 14 * 60 <= (row.expires_at - row.created_at).total_seconds() <= 15 * 60
        assert officers.use_sign_in_link(conn, token=token).username == "ofc.diaz"
        with pytest.raises(SignInRefused, match="used already"):
            officers.use_sign_in_link(conn, token=token)
        trail = [e.action for e in audit.find_events(conn)]
    assert "sign_in_link_issued" in trail
    assert token not in str([e.detail for e in audit.find_events(office.engine.connect())])


def test_an_officer_can_never_enrol_a_device(cli, office, lists) -> None:
    cli("user", "add", "ofc.diaz", "--role", "officer", "--agency", "SPD", "--precinct", "N1")

    code, _, err = cli("enroll", "ofc.diaz", "--device-name", "Patrol car")

    assert code == 1
    assert "officers never enrol a device" in err
    assert office.scalar("SELECT count(*) FROM enrolment_code") == 0


def test_a_device_row_of_an_officer_gets_no_access(office, lists) -> None:
    """Belt and braces: even a device the database holds for an officer (no verb makes one) is refused."""
    with office.engine.begin() as conn:
        made = officers.add_officer(
            conn, username="ofc.diaz", display_name="", agency="SPD", precinct="N1", actor="t"
        )
        device_id = new_id()
        conn.execute(
            insert(device).values(
                id=device_id, user_id=made.user.id, name="x", token_hash=sha256_hex("s"),
                enrolled_at=utcnow(), confirmed_at=utcnow(),
            )
        )  # fmt: skip
    answer = httpx.get(
        f"{office.url}/v1/pull", headers={"Authorization": f"Bearer {device_id}.s"}, timeout=30
    )
    assert answer.status_code == 401


def test_officers_are_not_on_any_laptops_roster(office, lists) -> None:
    office.team("north")
    office.user("ira", role=Role.ADMIN)
    add_officer(office.engine, "ofc.diaz")
    admin = office.device("ira")

    roster = admin.http.get("/v1/program").json()["roster"]

    assert [m["username"] for m in roster] == ["ira"]


def test_officers_are_added_only_through_their_own_verb(office) -> None:
    with office.engine.begin() as conn, pytest.raises(InvalidRequest, match="agency and precinct"):
        users.add_user(conn, username="x", role=Role.OFFICER, teams=(), actor="t")


def test_a_password_at_a_cheaper_cost_still_verifies_by_the_cost_it_carries(office, lists) -> None:
    add_officer(office.engine, "ofc.diaz", password="long enough and secret")
    with office.engine.begin() as conn:
        assert officers.check_password(conn, username="ofc.diaz", password="long enough and secret")
        with pytest.raises(SignInRefused):
            officers.check_password(conn, username="ofc.diaz", password="long enough and secreT")
        with pytest.raises(SignInRefused) as unknown:
            officers.check_password(conn, username="nobody", password="long enough and secret")
    assert unknown.value.message == officers.NOT_ACCEPTED


def test_the_team_on_call_is_set_per_precinct_with_a_verb_of_its_own(cli, office, lists) -> None:
    office.team("north", "south")

    assert cli("program", "on-call", "N1", "north")[0] == 0
    assert cli("program", "set", "on_call_default_team", "south")[0] == 0
    code, _, err = cli("program", "on-call", "Z9", "north")
    assert code == 1
    assert "'Z9' is not one of the program's precincts (N1)" in err
    code, _, err = cli("program", "on-call", "N1", "east")
    assert code == 1
    assert "There is no team 'east'" in err
    assert cli("program", "set", "on_call_default_team", "east")[0] == 1

    with office.engine.connect() as conn:
        settings = program.current(conn)
    assert settings.on_call_team("N1") == "north"
    assert settings.on_call_team("S2") == "south"
    assert "On call for officers' referrals: N1 north; otherwise south" in cli("program", "show")[1]

    assert cli("program", "on-call", "N1", "--remove")[0] == 0
    with office.engine.connect() as conn:
        assert program.current(conn).on_call_team("N1") == "south"
