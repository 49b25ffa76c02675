"""`leaddesk-server export hmis` end to end, on SQLite and PostgreSQL: a server seeded with
`seed-demo` (40 invented participants, most with a consent to HMIS reporting) exports a valid FY2026
HMIS CSV by every check a receiver makes (tests/hmis/hmis_checks.py), audits it as an export and a
disclosure per participant sent, keeps its ids from one export to the next, and refuses bad input with
one sentence, writing nothing."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from leaddesk.demo.server_cli import main
from leaddesk.domain.clock import local_today
from leaddesk.server.db import audit
from leaddesk.server.startup import open_database
from tests.hmis.hmis_checks import parse, problems, read_export

TODAY = local_today()
FROM, TO = (TODAY - timedelta(days=365)).isoformat(), (TODAY - timedelta(days=1)).isoformat()
ZONE = ["--time-zone", "America/Los_Angeles"]


@pytest.fixture(scope="module")
def seeded(database_url: str) -> Iterator[Any]:
    """The module's database with the demo program in it, and a way to run the installed command."""
    open_database(database_url).dispose()
    assert main(["--database-url", database_url, "seed-demo", "--participants", "40"]) == 0
    engine = open_database(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def run(seeded: Any, database_url: str, capsys: pytest.CaptureFixture[str]) -> Any:
    capsys.readouterr()

    def command(*argv: str) -> tuple[int, str, str]:
        code = main(["--database-url", database_url, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return command


def _exports(engine: Any) -> list[Any]:
    with engine.connect() as conn:
        return conn.execute(select(audit).where(audit.c.action == "export", audit.c.entity == "hmis")).all()


def test_the_demo_program_exports_a_valid_hmis_csv_and_audits_it(
    run: Any, seeded: Any, tmp_path: Path
) -> None:
    out_zip = tmp_path / "hmis.zip"
    code, out, err = run("export", "hmis", "--from", FROM, "--to", TO, "--out", str(out_zip), *ZONE)
    assert (code, err) == (0, "")
    raw = read_export(out_zip)
    assert problems(raw) == []
    _, rows = parse(raw)
    for name in ("Client", "Enrollment", "Exit", "Services", "CurrentLivingSituation", "Disabilities"):
        assert rows[name], f"{name}.csv is empty"
    (event,) = _exports(seeded)
    export_id = rows["Export"][0]["ExportID"]
    assert event.entity_id == export_id
    assert f"sha256={hashlib.sha256(out_zip.read_bytes()).hexdigest()}" in event.detail
    identified = sum(1 for r in rows["Client"] if r["FirstName"])
    assert f"identified={identified} deidentified=0" in event.detail
    assert f"Participants: {identified} identified; of those no consent covers for HMIS reporting, " in out
    assert "0 de-identified and" in out
    left_out = int(event.detail.split("left_out=")[1].split()[0])
    assert left_out > 0  # the demo's participants who signed no HMIS consent
    with seeded.connect() as conn:
        disclosed = (
            conn.execute(
                select(audit.c.participant_id).where(
                    audit.c.action == "disclosure", audit.c.entity_id == export_id
                )
            )
            .scalars()
            .all()
        )
    assert len(disclosed) == identified == len(set(disclosed))
    assert {p.replace("-", "") for p in disclosed} == {
        r["PersonalID"] for r in rows["Client"] if r["FirstName"]
    }


def test_a_second_export_keeps_every_id_and_de_identifies_when_asked(run: Any, tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    assert run("export", "hmis", "--from", FROM, "--to", TO, "--out", str(first), *ZONE)[0] == 0
    code, out, _ = run(
        "export",
        "hmis",
        "--from",
        FROM,
        "--to",
        TO,
        "--out",
        str(second),
        "--without-consent",
        "de-identify",
        *ZONE,
    )
    assert code == 0
    _, one = parse(read_export(first))
    _, two = parse(read_export(second))
    assert problems(read_export(second)) == []
    assert one["Export"][0]["ExportID"] != two["Export"][0]["ExportID"]
    named = {r["PersonalID"] for r in one["Client"]}
    assert named < {r["PersonalID"] for r in two["Client"]}  # the left-out now go, without their names
    for name, key in (("Enrollment", "EnrollmentID"), ("CurrentLivingSituation", "CurrentLivingSitID")):
        ids = {r[key] for r in two[name] if r["PersonalID"] in named}
        assert ids == {r[key] for r in one[name]}
    strangers = [r for r in two["Client"] if r["PersonalID"] not in named]
    assert strangers
    assert all(r["FirstName"] == r["LastName"] == r["DOB"] == "" for r in strangers)
    assert f"{len(named)} identified; " in out
    assert f", {len(strangers)} de-identified and 0 left out." in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--from", TO, "--to", FROM], f"ends ({FROM}) before it starts ({TO})"),
        (["--from", FROM, "--to", TO, "--out-under-a-file"], "could not be written to"),
        (["--from", FROM, "--to", TO, "--out-existing-folder"], "it is already there; give a new folder"),
        (
            ["--from", FROM, "--to", TO, "--no-coc"],
            "The program's HMIS settings are not complete: set hmis.coc_code",
        ),
    ],
)
def test_bad_input_is_one_sentence_and_nothing_is_written(
    run: Any, seeded: Any, tmp_path: Path, argv: list[str], message: str
) -> None:
    before = len(_exports(seeded))
    out: Path = tmp_path / "export.zip"
    if "--out-under-a-file" in argv:
        (tmp_path / "a-file").write_text("")
        out = tmp_path / "a-file" / "export.zip"
    if "--out-existing-folder" in argv:
        out = tmp_path / "there"
        out.mkdir()
    if "--no-coc" in argv:
        assert run("program", "set", "hmis.coc_code", "")[0] == 0
    listed = sorted(p.name for p in tmp_path.rglob("*"))
    try:
        dates = [a for a in argv if not a.startswith("--out-") and a != "--no-coc"]
        code, printed, err = run("export", "hmis", *dates, "--out", str(out), *ZONE)
    finally:
        if "--no-coc" in argv:
            assert run("program", "set", "hmis.coc_code", "XX-501")[0] == 0
    assert (code, printed) == (1, "")
    assert message in err
    assert "Nothing was written." in err
    assert err.count("\n") == 1  # one line
    assert sorted(p.name for p in tmp_path.rglob("*")) == listed  # nothing new, no half-written part
    assert len(_exports(seeded)) == before


def test_the_programs_own_choice_applies_unless_the_command_overrides_it(run: Any, tmp_path: Path) -> None:
    assert run("program", "set", "hmis_export.without_consent", "deidentify")[0] == 0
    try:
        shown = run("program", "show")[1]
        assert "HMIS export: recipient kc-hmis, without consent deidentify, geocode 999999" in shown
        period = ["--from", FROM, "--to", TO]
        code, chosen, _ = run("export", "hmis", *period, "--out", str(tmp_path / "a"), *ZONE)
        assert code == 0
        assert "de-identified and 0 left out." in chosen
        assert " 0 de-identified" not in chosen
        code, overridden, _ = run(
            "export", "hmis", "--from", FROM, "--to", TO, "--out", str(tmp_path / "b"),
            "--without-consent", "leave-out", *ZONE,
        )  # fmt: skip
        assert code == 0
        assert "0 de-identified and" in overridden
    finally:
        assert run("program", "set", "hmis_export.without_consent", "leave_out")[0] == 0
