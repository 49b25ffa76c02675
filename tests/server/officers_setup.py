"""What the officer tests set up: the program's lists (agency SPD, precincts N1 and S2), officers with a
cheap password (the production cost is checked once, in test_officer_accounts.py), teams on call."""

from __future__ import annotations

from sqlalchemy.engine import Engine

from leaddesk.server import officers, program
from leaddesk.server.passwords import PasswordCost

CHEAP = PasswordCost(memory_kib=64, iterations=1, lanes=1)
PASSWORD = "long enough and secret"


def program_lists(engine: Engine) -> None:
    with engine.begin() as conn:
        for catalogue, code, label in (
            ("referring_agencies", "SPD", "Police"),
            ("partner_agencies", "SPD", "Police department"),
            ("precincts", "N1", "North"),
            ("precincts", "S2", "South"),
            ("offence_categories", "DRUG", "Drug possession"),
            ("offence_categories", "THEFT", "Theft"),
        ):
            program.edit_list(conn, catalogue=catalogue, edit="add", code=code, label=label, actor="t")


def add_officer(
    engine: Engine, username: str, *, precinct: str = "N1", password: str | None = PASSWORD
) -> officers.Officer:
    with engine.begin() as conn:
        made = officers.add_officer(
            conn,
            username=username,
            display_name=username.replace(".", " ").title(),
            agency="SPD",
            precinct=precinct,
            actor="t",
        )
        if password is not None:
            officers.set_password(conn, username=username, password=password, actor="t", cost=CHEAP)
    return made


def on_call(engine: Engine, precinct: str, team: str) -> None:
    with engine.begin() as conn:
        program.set_on_call(conn, precinct=precinct, team_name=team, actor="t")
