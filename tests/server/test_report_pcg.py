"""`leaddesk-server report pcg` on both backends: the hand-built program of tests/reports (stored as a
laptop's pushes store it, with its settings, arrest counts and roster) gives the server exactly the
figures worked out by hand, through the same `reports.compute`; the command writes the PDF and the CSV
tables, audits the export, and refuses bad input with a sentence, writing nothing."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from leaddesk.domain import ContactTime
from leaddesk.reports import ProgramData, compute
from leaddesk.server import arrests, program, users
from leaddesk.server import records as stored_records
from leaddesk.server.caseload_import import import_caseload
from leaddesk.server.cli import main
from leaddesk.server.db import transaction
from leaddesk.server.report_data import program_data
from tests.reports import expected as want
from tests.reports.pdf_tools import pdf_text
from tests.reports.program_dataset import (
    ARRESTS,
    PERIOD,
    PROGRAM_TZ,
    PROGRAM_TZ_NAME,
    ROSTER,
    SETTINGS,
    local,
    people,
    records,
)
from tests.reports.program_dataset import (
    program_data as memory_data,
)

FROM, TO = (d.isoformat() for d in PERIOD)


@pytest.fixture
def stored(office: Any) -> dict[str, Any]:
    """The hand-built program in the server's database, as pushes and the admin's verbs leave it."""
    made = people()
    counts = "period_start,period_end,precinct,race_ethnicity,arrests\n" + "".join(
        f"{c.period_start},{c.period_end},{c.precinct},{c.race_ethnicity.value},{c.arrests}\n"
        for c in ARRESTS
    )
    with office.engine.connect() as conn, transaction(conn, write=True):
        import_caseload(
            conn, staff=ROSTER, caseload=records(made), writer="test", actor="test", source="test"
        )
        users.set_capacity(conn, username="robin", capacity=1, actor="test")
        users.set_disabled(conn, username="olde", disabled=True, actor="test")
        program.load(conn, text=program.as_json(SETTINGS), actor="test")
        arrests.import_counts(conn, text=counts, actor="test")
    return made


def test_the_server_reads_the_figures_worked_out_by_hand(stored: dict[str, Any], office: Any) -> None:
    with office.engine.connect() as conn, transaction(conn, write=False):
        data = program_data(conn, team="north", tz=PROGRAM_TZ, start=PERIOD[0], end=PERIOD[1])
    report = compute(data, period_start=PERIOD[0], period_end=PERIOD[1], team="north")
    # The same report as from the values themselves (tests/reports/test_measures.py checks that one
    # figure by figure against expected.py) ...
    assert report == compute(memory_data(stored), period_start=PERIOD[0], period_end=PERIOD[1], team="north")
    # ... and a few of the hand-worked figures checked here directly.
    rows = [(r.case_manager, r.name, r.open_at_end, r.served, r.standard, r.maximum, r.level.value)
            for r in report.caseload.rows]  # fmt: skip
    assert rows == want.CASELOAD
    assert (report.referrals.referrals, report.referrals.participants) == (
        want.REFERRALS,
        want.REFERRED_PARTICIPANTS,
    )
    assert [(m.participants, m.contacts, m.seen) for m in report.contacts.months] == want.CONTACTS
    six = report.evaluation.cohort[0]
    assert (six.engaged, six.followed_up, six.after.jail_days, six.after.open_stays) == (8, 7, 44, 1)
    assert (report.disparity.arrests, report.disparity.referrals) == (
        want.DISPARITY_ARRESTS,
        want.DISPARITY_REFERRALS,
    )
    assert report.cost.spent == want.SPENT


def test_what_the_server_passes_over_unparsed_changes_no_figure(stored: dict[str, Any], office: Any) -> None:
    """Half a year from 1 January 2025: Ben's last contact (15 December) is before the period, read as
    his latest, so he is not seen for 197 days; Ana's MAT start (1 November) is outside it, read
    because every MAT service is; the same report as from every value."""
    start, end = date(2025, 1, 1), PERIOD[1]
    with office.engine.connect() as conn, transaction(conn, write=False):
        data = program_data(conn, team="north", tz=PROGRAM_TZ, start=start, end=end)
    report = compute(data, period_start=start, period_end=end, team="north")
    assert report == compute(memory_data(stored), period_start=start, period_end=end, team="north")
    ben = next(r for r in report.not_seen.rows if r.participant_id == stored["Ben"].id)
    assert (ben.last_contact, ben.days) == (date(2024, 12, 15), 197)
    assert report.funders.row("mat_starts").participants == 0
    # Ana's contacts before the period: only her latest (5 October) was read, not 12 September's.
    anas = {c.occurred_at for c in data.contacts if c.participant_id == stored["Ana"].id}
    assert local(2024, 10, 5) in anas
    assert local(2024, 9, 12) not in anas


def _rewrite_contacts(office: Any, participant_id: str, change: Any) -> None:
    """Every stored contact of a participant as a push of `change(fields)` leaves it: through the
    record writer, which keeps the contact's time in its own column."""
    with office.engine.connect() as conn, transaction(conn, write=True):
        ids = conn.execute(
            text("SELECT record_id FROM record WHERE entity = 'contact' AND participant_id = :p"),
            {"p": participant_id},
        ).scalars()
        found = [stored_records.load(conn, entity="contact", record_id=record_id) for record_id in ids]
        for stored in found:
            assert stored is not None
            change(stored.fields)
        stored_records.write(conn, inserts=[], updates=[s for s in found if s], now=datetime.now(UTC))


def _read(office: Any) -> ProgramData:
    with office.engine.connect() as conn, transaction(conn, write=False):
        return program_data(conn, team="north", tz=PROGRAM_TZ, start=PERIOD[0], end=PERIOD[1])


def test_contacts_are_read_by_who_and_when_whatever_form_their_time_was_pushed_in(
    stored: dict[str, Any], office: Any
) -> None:
    """Contacts are read as who and when from the index of contact times, which the writer fills in the
    stored form: a time another client pushed with an offset (validation accepts it) gives the same
    figures as one pushed in UTC."""
    expected = compute(memory_data(stored), period_start=PERIOD[0], period_end=PERIOD[1], team="north")

    def with_offset(fields: dict[str, Any]) -> None:  # "…T10:30:00.000000Z" -> the same moment at +02:00
        moment = datetime.fromisoformat(fields["occurred_at"]).astimezone(timezone(timedelta(hours=2)))
        fields["occurred_at"] = moment.isoformat()

    _rewrite_contacts(office, stored["Ana"].id, with_offset)
    data = _read(office)
    assert all(type(c) is ContactTime for c in data.contacts)
    assert compute(data, period_start=PERIOD[0], period_end=PERIOD[1], team="north") == expected


def test_a_deleted_contact_is_never_read(stored: dict[str, Any], office: Any) -> None:
    ana = stored["Ana"].id
    assert any(c.participant_id == ana for c in _read(office).contacts)
    _rewrite_contacts(office, ana, lambda fields: fields.update(deleted=True))
    assert not any(c.participant_id == ana for c in _read(office).contacts)
    assert {c.participant_id for c in _read(office).contacts} == {
        c.participant_id for c in memory_data(stored).contacts if not c.deleted and c.participant_id != ana
    } & {p.id for p in memory_data(stored).participants if p.team_id == "north"}


def test_the_command_writes_the_report_and_audits_it(
    stored: dict[str, Any], office: Any, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, folder = tmp_path / "pcg.pdf", tmp_path / "tables"
    argv = ["--from", FROM, "--to", TO, "--team", "north", "--time-zone", PROGRAM_TZ_NAME]
    code = main(
        ["--database-url", database_url, "report", "pcg", *argv, "--pdf", str(pdf), "--csv", str(folder)]
    )
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert out.startswith(
        "Wrote the PCG report for 1 July 2024 to 30 June 2025, team north (12 participants): "
        f"PDF {pdf} and CSV tables in {folder}."
    )
    assert "Team north" in pdf_text(pdf, page=1)
    with (folder / "contacts_per_month.csv").open(newline="") as handle:
        months = list(csv.DictReader(handle))
    # expected.CONTACTS, suppressed: participants 3-10 a month, contacts 0-7: all under 11 but zeros.
    assert [(m["Participants"], m["Contacts"]) for m in months[:2]] == [("<11", "<11"), ("<11", "<11")]
    assert months[7]["Contacts"] == "0"  # February: Ana's only contact is deleted
    trail = office.scalar("SELECT detail FROM audit WHERE action = 'export'")
    assert trail.startswith(f"pcg {FROM}..{TO} team=north files=24 pcg.pdf")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--from", TO, "--to", FROM], "ends (2024-07-01) before it starts (2025-06-30)"),
        (["--from", FROM, "--to", TO, "--team", "west"], "There is no team 'west' (teams: north, south)"),
        (["--from", FROM, "--to", TO, "--no-output"], "Say where the report goes: --pdf PATH, --csv DIR"),
    ],
)
def test_bad_input_is_refused_with_a_sentence_and_nothing_is_written(
    stored: dict[str, Any], office: Any, database_url: str, tmp_path: Path, capsys, argv, message
) -> None:
    outputs = (
        [] if "--no-output" in argv else ["--pdf", str(tmp_path / "x.pdf"), "--csv", str(tmp_path / "t")]
    )
    argv = [a for a in argv if a != "--no-output"]
    code = main(["--database-url", database_url, "report", "pcg", *argv, *outputs])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert message in err
    assert "Nothing was written." in err
    assert list(tmp_path.iterdir()) == []
    assert office.scalar("SELECT count(*) FROM audit WHERE action = 'export'") == 0


def test_a_time_zone_the_computer_does_not_know_is_refused(database_url: str, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(
            [
                "--database-url",
                database_url,
                "report",
                "pcg",
                "--from",
                FROM,
                "--to",
                TO,
                "--time-zone",
                "Mars/Olympus",
            ]
        )
    assert stop.value.code == 2
    assert "'Mars/Olympus' is not a time zone this computer knows" in capsys.readouterr().err


def test_the_audit_holds_no_record_contents(
    stored: dict[str, Any], office: Any, database_url: str, tmp_path
) -> None:
    main(
        ["--database-url", database_url, "report", "pcg", "--from", FROM, "--to", TO, "--csv", str(tmp_path)]
    )
    with office.engine.connect() as conn:
        details = " ".join(row[0] for row in conn.execute(text("SELECT detail FROM audit")))
    for person in stored.values():
        assert person.participant.first_name + " Test" not in details
