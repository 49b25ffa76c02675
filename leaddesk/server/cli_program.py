"""`leaddesk-server program …`: the admin verbs for the program's settings (show, export, load, set,
the program lists by code) and its arrest counts (import-arrests). cli.py runs them in one write
transaction each, so a refused change leaves everything as it was."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from sqlalchemy.engine import Connection

from leaddesk.domain.program import CatalogueEntry, ProgramSettings
from leaddesk.server import arrests, program
from leaddesk.server.errors import InvalidRequest, NotFound

MAX_FILE_BYTES = 20 * 1024 * 1024
if TYPE_CHECKING:  # argparse's action type is generic only to type checkers
    Verbs: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]
    VerbMaker: TypeAlias = Callable[[Verbs, str, str], argparse.ArgumentParser]


def add_program_verbs(verbs: Verbs, verb: VerbMaker) -> None:
    lists = ", ".join(program.CATALOGUES)
    verbs_help = "show, export, load, set, add, rename, retire, restore, on-call, import-arrests"
    sub = verbs.add_parser("program", help=f"program settings: {verbs_help}").add_subparsers(
        dest="subverb", required=True
    )
    verb(sub, "show", "show the program's settings and the arrest counts imported")
    verb(sub, "export", "print the settings as a JSON file that `program load` reads back")
    verb(sub, "load", "replace every setting with a JSON settings file's").add_argument("file")
    setting = verb(sub, "set", "set one setting, e.g. `program set intake_deadline_days 21`")
    setting.add_argument("key", help=f"one of: {', '.join(program.SCALAR_KEYS)}")
    setting.add_argument("value")
    for name, text in (
        ("add", "add an entry to a program list"),
        ("rename", "give an entry a new label (its code, which records store, stays)"),
        ("retire", "stop offering an entry for new records (old records still show it)"),
        ("restore", "offer a retired entry again"),
    ):
        edit = verb(sub, name, text)
        edit.add_argument("list", metavar="LIST", help=f"one of: {lists}")
        edit.add_argument("code")
        if name in ("add", "rename"):
            edit.add_argument("label")
    on_call = verb(
        sub,
        "on-call",
        "which team takes officers' referrals from a precinct (the rest go to on_call_default_team, "
        "set with `program set on_call_default_team TEAM`)",
    )
    on_call.add_argument("precinct", help="a code of the precincts list")
    on_call.add_argument("team", nargs="?", help="the team on call for it")
    on_call.add_argument("--remove", action="store_true", help="take the precinct off the on-call list")
    verb(
        sub,
        "import-arrests",
        "import arrest counts from a CSV with the header period_start,period_end,precinct,race_ethnicity,"
        "arrests (dates YYYY-MM-DD; precinct a code of the precinct list or empty; all rows or none)",
    ).add_argument("file")


def _read(path: str) -> str:
    file = Path(path)
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            raise InvalidRequest(f"{path} is over {MAX_FILE_BYTES // (1024 * 1024)} MB; nothing was changed.")
        return file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise NotFound(f"There is no file {path}; nothing was changed.") from None
    except UnicodeDecodeError:
        raise InvalidRequest(f"{path} is not UTF-8 text; save it as UTF-8. Nothing was changed.") from None
    except OSError as exc:
        raise InvalidRequest(f"{path} cannot be read ({exc.strerror}); nothing was changed.") from None


def _entries(entries: list[CatalogueEntry]) -> str:
    if not entries:
        return "(none)"
    return "; ".join(f"{e.code} {e.label}" + (" (retired)" if e.retired else "") for e in entries)


def _show_settings(settings: ProgramSettings) -> None:
    print(f"Program: {settings.program_name}")
    print(f"Eligibility criteria: {settings.eligibility_criteria or '(none)'}")
    print(f"Intake deadline: {settings.intake_deadline_days} days")
    print(f"Caseload: standard {settings.caseload_standard}, maximum {settings.caseload_maximum}")
    for name in program.CATALOGUES:
        print(f"{name}: {_entries(getattr(settings, name))}")
    costs = settings.unit_costs
    print(
        f"Unit costs: jail day {costs.jail_day}, booking {costs.booking}, emergency department visit "
        f"{costs.emergency_department_visit}"
    )
    hmis = settings.hmis
    print(
        f"HMIS: organization {hmis.organization_id or '-'} {hmis.organization_name}".rstrip()
        + f", project {hmis.project_id or '-'} {hmis.project_name}".rstrip()
        + f", CoC {hmis.coc_code or '-'}"
    )
    export = settings.hmis_export
    print(
        f"HMIS export: recipient {export.recipient_code or '-'}, without consent "
        f"{export.without_consent.value}, geocode {export.geocode or '-'}, services-only project "
        f"{export.services_only_project_id or '-'}, grant {export.grant_id or '-'}"
    )
    on_call = "; ".join(f"{e.precinct} {e.team}" for e in settings.on_call) or "(none)"
    default = settings.on_call_default_team or "(none)"
    print(f"On call for officers' referrals: {on_call}; otherwise {default}")


def _show(_args: argparse.Namespace, conn: Connection, _actor: str) -> None:
    _show_settings(program.current(conn))
    imported = arrests.periods(conn)
    if not imported:
        print("Arrest counts: none imported")
    for start, end, rows, total in imported:
        print(f"Arrest counts {start} to {end}: {total} arrests in {rows} rows")


def _export(_args: argparse.Namespace, conn: Connection, _actor: str) -> None:
    print(program.as_json(program.current(conn)))


def _load(args: argparse.Namespace, conn: Connection, actor: str) -> None:
    program.load(conn, text=_read(args.file), actor=actor)
    print(f"Loaded the program's settings from {args.file}; laptops get them at their next sync.")


def _set(args: argparse.Namespace, conn: Connection, actor: str) -> None:
    program.set_value(conn, key=args.key, value=args.value, actor=actor)
    print(f"Set {args.key} to {args.value}; laptops get it at their next sync.")


def _list_edit(args: argparse.Namespace, conn: Connection, actor: str) -> None:
    entry = program.edit_list(
        conn,
        catalogue=args.list,
        edit=args.subverb,
        code=args.code,
        label=getattr(args, "label", ""),
        actor=actor,
    )
    done = {"add": "Added", "rename": "Renamed", "retire": "Retired", "restore": "Restored"}[args.subverb]
    print(f"{done} {entry.code} ({entry.label}) in {args.list}; laptops get it at their next sync.")


def _on_call(args: argparse.Namespace, conn: Connection, actor: str) -> None:
    if args.remove == (args.team is not None):
        raise InvalidRequest("Name the team on call for the precinct, or --remove it; not both, not neither.")
    saved = program.set_on_call(conn, precinct=args.precinct, team_name=args.team, actor=actor)
    team = saved.on_call_team(args.precinct.strip())
    goes = f"team {team}" if team else "no team: officers are told to call the program"
    print(f"Referrals from precinct {args.precinct.strip()} now go to {goes}.")


def _import_arrests(args: argparse.Namespace, conn: Connection, actor: str) -> None:
    stored = arrests.import_counts(conn, text=_read(args.file), actor=actor, source=Path(args.file).name)
    print(f"Imported {stored} arrest count(s) from {args.file}.")


ProgramHandler = Callable[[argparse.Namespace, Connection, str], None]
PROGRAM_HANDLERS: dict[str, ProgramHandler] = {
    "show": _show,
    "export": _export,
    "load": _load,
    "set": _set,
    "add": _list_edit,
    "rename": _list_edit,
    "retire": _list_edit,
    "restore": _list_edit,
    "on-call": _on_call,
    "import-arrests": _import_arrests,
}
