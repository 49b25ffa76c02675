"""The program's settings as the server keeps them (one JSON document, validated by the domain's
`ProgramSettings` on every change) and the admin's edits of them: a scalar, an entry of a program list,
or a whole settings file. Every change is audited; a change that would leave the settings invalid is
refused whole, with a sentence naming the setting, and nothing is written."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Literal

from pydantic import BaseModel, ValidationError
from sqlalchemy import select
from sqlalchemy.engine import Connection

from leaddesk.domain.ids import utcnow
from leaddesk.domain.program import DEFAULT_PROGRAM, CatalogueEntry, ProgramSettings
from leaddesk.server.audit import record_event
from leaddesk.server.db import program_settings, team, upsert_statement
from leaddesk.server.errors import AlreadyExists, InvalidRequest, NotFound

SETTINGS_ROW = 1
# The program lists an admin edits entry by entry, by code.
CATALOGUES = (
    "offence_categories",
    "precincts",
    "referring_agencies",
    "service_catalogue",
    "partner_agencies",
)
ListEdit = Literal["add", "rename", "retire", "restore"]
# Settings with a verb of their own rather than `program set` (a list of precinct -> team pairs).
OWN_VERB = ("on_call",)


def _scalar_keys() -> tuple[str, ...]:
    """Every setting `program set` takes: the top-level scalars and the fields of the nested groups
    (unit costs, HMIS identifiers) as group.field."""
    keys: list[str] = []
    for name, info in ProgramSettings.model_fields.items():
        kind = info.annotation
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            keys += [f"{name}.{sub}" for sub in kind.model_fields]
        elif name not in CATALOGUES and name not in OWN_VERB:
            keys.append(name)
    return tuple(keys)


SCALAR_KEYS = _scalar_keys()


def current(conn: Connection) -> ProgramSettings:
    """The program's settings; the published defaults until an admin first changes one."""
    text = conn.execute(
        select(program_settings.c.document).where(program_settings.c.id == SETTINGS_ROW)
    ).scalar_one_or_none()
    return DEFAULT_PROGRAM if text is None else ProgramSettings.model_validate_json(text)


def as_json(settings: ProgramSettings) -> str:
    """The settings as a file `program load` reads back (every field, lists in their order)."""
    return json.dumps(settings.model_dump(mode="json"), indent=2, ensure_ascii=False)


def _validated(data: dict[str, Any], *, what: str) -> ProgramSettings:
    try:
        return ProgramSettings.model_validate(data)
    except ValidationError as exc:
        problem = exc.errors()[0]
        where = ".".join(str(p) for p in problem["loc"]) or what
        raise InvalidRequest(
            f"{where}: {problem['msg'].removeprefix('Value error, ')}. Nothing was changed."
        ) from None


def _save(conn: Connection, settings: ProgramSettings, *, actor: str, action: str, detail: str) -> None:
    document = settings.model_dump_json()
    stmt = upsert_statement(conn, program_settings).values(
        id=SETTINGS_ROW, document=document, updated_at=utcnow()
    )
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=[program_settings.c.id],
            set_={"document": stmt.excluded.document, "updated_at": stmt.excluded.updated_at},
        )
    )
    record_event(conn, actor=actor, action=action, entity="program", detail=detail[:500])


def set_value(conn: Connection, *, key: str, value: str, actor: str) -> ProgramSettings:
    """Set one scalar setting from its text (`program set intake_deadline_days 21`)."""
    key = key.strip().replace("-", "_")
    if key not in SCALAR_KEYS:
        raise InvalidRequest(
            f"There is no setting {key!r}. Settings you can set: {', '.join(SCALAR_KEYS)}. Program lists "
            "are changed with `program add`, `rename`, `retire` and `restore`."
        )
    if key == "on_call_default_team" and value.strip():
        _team_must_exist(conn, value.strip())
    data = current(conn).model_dump(mode="json")
    group, _, field = key.partition(".")
    if field:
        data[group] = {**data[group], field: value}
    else:
        data[key] = value
    saved = _validated(data, what=key)
    _save(conn, saved, actor=actor, action="program_set", detail=f"{key}={value}")
    return saved


def _team_must_exist(conn: Connection, team_name: str) -> None:
    if conn.execute(select(team.c.name).where(team.c.name == team_name)).first() is None:
        raise NotFound(
            f"There is no team {team_name!r}; add it first with `leaddesk-server team add`. "
            "Nothing was changed."
        )


def set_on_call(conn: Connection, *, precinct: str, team_name: str | None, actor: str) -> ProgramSettings:
    """Which team takes the officers' referrals from `precinct` (a code of the precincts list); None takes
    the precinct off the list, so its referrals go to the default team (`on_call_default_team`)."""
    precinct = precinct.strip()
    settings = current(conn)
    if not any(p.code == precinct for p in settings.precincts):
        codes = ", ".join(p.code for p in settings.precincts) or "none yet"
        raise InvalidRequest(
            f"{precinct!r} is not one of the program's precincts ({codes}). Nothing was changed."
        )
    entries = [e.model_dump(mode="json") for e in settings.on_call if e.precinct != precinct]
    if team_name is None:
        if len(entries) == len(settings.on_call):
            raise InvalidRequest(f"No team is on call for {precinct} already. Nothing was changed.")
    else:
        _team_must_exist(conn, team_name.strip())
        entries.append({"precinct": precinct, "team": team_name.strip()})
    data = settings.model_dump(mode="json")
    data["on_call"] = sorted(entries, key=lambda e: str(e["precinct"]))
    saved = _validated(data, what="on_call")
    detail = f"{precinct}={team_name.strip() if team_name else '(default)'}"
    _save(conn, saved, actor=actor, action="program_on_call", detail=detail)
    return saved


def _catalogue(name: str) -> str:
    key = name.strip().replace("-", "_")
    if key not in CATALOGUES:
        raise InvalidRequest(f"There is no program list {name!r}; the lists are {', '.join(CATALOGUES)}.")
    return key


def edit_list(
    conn: Connection, *, catalogue: str, edit: ListEdit, code: str, label: str = "", actor: str
) -> CatalogueEntry:
    """Add an entry to a program list, rename one (its code stays: records store the code), retire one
    (kept so old records still read, no longer offered) or restore a retired one."""
    key = _catalogue(catalogue)
    code = code.strip()
    settings = current(conn)
    entries: list[CatalogueEntry] = list(getattr(settings, key))
    found = next((i for i, e in enumerate(entries) if e.code == code), None)
    if edit == "add":
        if found is not None:
            raise AlreadyExists(f"{key} already has an entry with code {code!r}; rename it instead.")
        entries.append(_entry(code=code, label=label))
    else:
        if found is None:
            raise NotFound(f"{key} has no entry with code {code!r}.")
        changes: dict[str, Callable[[CatalogueEntry], CatalogueEntry]] = {
            "rename": lambda e: _entry(code=e.code, label=label, retired=e.retired),
            "retire": lambda e: _entry(code=e.code, label=e.label, retired=True),
            "restore": lambda e: _entry(code=e.code, label=e.label, retired=False),
        }
        entries[found] = changes[edit](entries[found])
    data = settings.model_dump(mode="json")
    data[key] = [e.model_dump(mode="json") for e in entries]
    saved = _validated(data, what=key)
    changed: CatalogueEntry = next(e for e in getattr(saved, key) if e.code == code)
    _save(conn, saved, actor=actor, action=f"program_list_{edit}", detail=f"{key} {code}")
    return changed


def _entry(*, code: str, label: str, retired: bool = False) -> CatalogueEntry:
    try:
        return CatalogueEntry(code=code, label=label, retired=retired)
    except ValidationError as exc:
        problem = exc.errors()[0]
        raise InvalidRequest(
            f"An entry needs a code of 1 to 64 characters and a label ({problem['loc'][0]}: "
            f"{problem['msg']}). Nothing was changed."
        ) from None


def load(conn: Connection, *, text: str, actor: str) -> ProgramSettings:
    """Replace every setting with those of a settings file (what `program export` prints): a setting
    the file leaves out takes its default; a file that is not valid changes nothing."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidRequest(
            f"The settings file is not JSON (line {exc.lineno}: {exc.msg}). Nothing was changed."
        ) from None
    if not isinstance(data, dict):
        raise InvalidRequest("The settings file must hold one JSON object. Nothing was changed.")
    unknown = sorted(set(data) - set(ProgramSettings.model_fields))
    if unknown:
        raise InvalidRequest(
            f"The settings file names an unknown setting {unknown[0]!r}. Nothing was changed."
        )
    saved = _validated(data, what="settings file")
    _save(conn, saved, actor=actor, action="program_load", detail=f"{len(text)} characters")
    return saved
