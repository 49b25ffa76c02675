"""The program's settings and roster come down at each sync against a scripted server (tests/e2e does it
against the real one): kept in the encrypted store, asked for again with the version held (304 costs
nothing), replaced whole when they change, and a server older than program settings changes nothing."""

from __future__ import annotations

from typing import Any

from leaddesk.desk.program import Program
from leaddesk.domain.program import DEFAULT_PROGRAM, CatalogueEntry, StaffMember
from leaddesk.storage.store import Store
from leaddesk.sync.engine import SyncEngine
from leaddesk.sync.protocol import ProgramResponse

CASEY = StaffMember(username="casey", display_name="Casey Morgan", role="case_manager", teams=["north"])
LEE = StaffMember(
    username="lee", display_name="Lee Park", role="supervisor", teams=["north", "south"], caseload_capacity=8
)


def _program(version: str, *, standard: int = 12, roster: list[StaffMember]) -> ProgramResponse:
    settings = DEFAULT_PROGRAM.with_changes(
        caseload_standard=standard,
        offence_categories=[CatalogueEntry(code="DRUG", label="Drug possession")],
    )
    return ProgramResponse(version=version * 32, settings=settings, roster=roster)


def _asked(fake_server: Any) -> list[str | None]:
    """The version each program request said it held."""
    return [r.headers.get("if-none-match") for r in fake_server.requests if r.url.path == "/v1/program"]


def test_the_first_sync_brings_settings_and_roster_and_desk_returns_them(
    store: Store, fake_server: Any
) -> None:
    program = Program(store)
    assert (program.settings(), program.roster()) == (DEFAULT_PROGRAM, [])
    fake_server.program = _program("a", roster=[LEE, CASEY])

    SyncEngine(store, fake_server.client()).sync()

    assert program.settings().caseload_standard == 12
    assert [e.code for e in program.settings().offence_categories] == ["DRUG"]
    assert program.roster() == [CASEY, LEE]  # by display name
    assert _asked(fake_server) == [None]


def test_an_unchanged_program_is_asked_for_with_its_version_and_kept(store: Store, fake_server: Any) -> None:
    fake_server.program = _program("a", roster=[CASEY])
    engine = SyncEngine(store, fake_server.client())
    engine.sync()

    engine.sync()

    assert _asked(fake_server) == [None, f'"{"a" * 32}"']
    assert Program(store).roster() == [CASEY]


def test_a_changed_program_replaces_the_copy_whole(store: Store, fake_server: Any) -> None:
    fake_server.program = _program("a", roster=[CASEY, LEE])
    engine = SyncEngine(store, fake_server.client())
    engine.sync()
    fake_server.program = _program("b", standard=10, roster=[LEE])

    engine.sync()

    assert Program(store).roster() == [LEE]
    assert Program(store).settings().caseload_standard == 10
    assert store.repos.program.version == "b" * 32


def test_a_server_older_than_program_settings_leaves_the_defaults(store: Store, fake_server: Any) -> None:
    fake_server.program = None  # answers 404, as a server of before issue 13 does

    report = SyncEngine(store, fake_server.client()).sync()

    assert not report.cancelled
    assert Program(store).settings() == DEFAULT_PROGRAM
    assert store.repos.program.version is None


def test_the_copy_is_not_synced_back(store: Store, fake_server: Any) -> None:
    fake_server.program = _program("a", roster=[CASEY, LEE])

    SyncEngine(store, fake_server.client()).sync()

    assert store.repos.outbox.count() == 0
    assert fake_server.pushes == []


def test_a_username_shows_as_the_rosters_display_name(store: Store, fake_server: Any) -> None:
    fake_server.program = _program("a", roster=[CASEY])
    SyncEngine(store, fake_server.client()).sync()

    names = [Program(store).display_name(u) for u in ("casey", "jordan.k", "")]

    assert names == ["Casey Morgan", "jordan.k", ""]
