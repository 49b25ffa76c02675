"""The export of the hand-built program (tests/reports/program_dataset.py) with every participant's
consent to HMIS reporting: a valid FY2026 export by every check a receiver makes (hmis_checks.py), its
tombstones deleted, its ids the same in a second export, and the writer's files as HUD wants them."""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from leaddesk.domain.enums import ProjectType
from leaddesk.reports.hmis import ExportNotWritten, HmisExport, HmisRefused, build_export, write_export
from leaddesk.reports.hmis.writer import field_text
from tests.hmis.hmis_checks import parse, problems, read_export
from tests.hmis.hmis_dataset import EVERYTHING, HMIS_SETTINGS, consent, hmis_data, request
from tests.reports.program_dataset import people


@pytest.fixture(scope="module")
def made() -> dict:
    return people()


@pytest.fixture(scope="module")
def export(made: dict) -> HmisExport:
    return build_export(hmis_data(made, [consent(p, EVERYTHING) for p in made.values()]), request())


@pytest.fixture(scope="module")
def files(export: HmisExport, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    written = write_export(export, tmp_path_factory.mktemp("hmis") / "export.zip")
    return read_export(written.path)


def test_the_export_passes_every_check_a_receiver_makes(files: dict[str, bytes]) -> None:
    assert problems(files) == []
    _, rows = parse(files)
    assert len(rows["Client"]) == 12
    assert len(rows["CurrentLivingSituation"]) > 10
    assert {r["ExportID"] for name in rows for r in rows[name] if "ExportID" in r} == {"e" * 32}


def test_a_deleted_record_carries_datedeleted_and_a_live_one_none(
    made: dict, files: dict[str, bytes]
) -> None:
    _, rows = parse(files)
    deleted = next(c for c in made["Ana"].records if getattr(c, "deleted", False))
    by_id = {r["CurrentLivingSitID"]: r for r in rows["CurrentLivingSituation"]}
    assert by_id[deleted.id.replace("-", "")]["DateDeleted"] != ""
    lou = made["Lou"].participant
    client = {r["PersonalID"]: r for r in rows["Client"]}[lou.id.replace("-", "")]
    assert client["DateDeleted"]
    assert client["FirstName"] == ""
    assert client["LastName"] == ""
    lou_rows = [r for name in rows for r in rows[name] if r.get("PersonalID") == client["PersonalID"]]
    assert lou_rows
    assert all(r["DateDeleted"] for r in lou_rows)
    assert all(r["DateDeleted"] == "" for r in rows["Client"] if r["PersonalID"] != client["PersonalID"])


def test_ids_are_the_same_in_a_second_export_and_only_the_export_id_changes(
    made: dict, export: HmisExport
) -> None:
    again = build_export(
        hmis_data(made, [consent(p, EVERYTHING) for p in made.values()]),
        request(export_id="f" * 32, exported_at=request().exported_at.replace(hour=9)),
    )
    for name, key in (("Client", "PersonalID"), ("Enrollment", "EnrollmentID"), ("Services", "ServicesID"),
                      ("Disabilities", "DisabilitiesID"), ("User", "UserID")):  # fmt: skip
        assert [r[key] for r in again.files[name]] == [r[key] for r in export.files[name]]
    assert {r["ExportID"] for r in again.files["Client"]} == {"f" * 32}
    ana = made["Ana"].participant.id
    assert {r["PersonalID"] for r in export.files["Client"]} >= {ana.replace("-", "")}


def test_the_writer_quotes_strings_only_and_writes_utf8_crlf(files: dict[str, bytes]) -> None:
    assert field_text('Say "hi", José') == '"Say ""hi"", José"'
    assert (field_text(None), field_text(7)) == ("", "7")
    client = files["Client"].decode("utf-8")
    assert client.startswith("PersonalID,FirstName,")
    assert "\r\n" in client
    first = client.split("\r\n")[1].split(",")
    assert first[0].startswith('"')
    assert first[5] == "1"


def test_a_folder_gets_every_file_private_and_an_existing_one_is_refused(
    export: HmisExport, tmp_path: Path
) -> None:
    folder = tmp_path / "hmis"
    written = write_export(export, folder)
    assert written.files == 24
    assert len(list(folder.iterdir())) == 24
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "Client.csv").stat().st_mode) == 0o600
    with pytest.raises(ExportNotWritten, match="it is already there"):
        write_export(export, folder)
    assert sorted(os.listdir(tmp_path)) == ["hmis"]  # no half-written folder beside it


def test_an_unwritable_place_writes_nothing(export: HmisExport, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    if os.geteuid() == 0:  # root writes anywhere: a path through a file cannot be written by anyone
        locked = tmp_path / "a-file"
        locked.write_text("")
    with pytest.raises(ExportNotWritten, match=r"could not be written to .*Nothing was written"):
        write_export(export, locked / "export.zip")
    assert not (locked.is_dir() and list(locked.iterdir()))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"hmis": {}}, "set hmis.organization_id, hmis.organization_name, hmis.project_id"),
        ({"hmis_export": {"recipient_code": "coc-hmis"}}, "set hmis_export.geocode"),
        ({"hmis_export": HMIS_SETTINGS.hmis_export.model_dump() | {"recipient_code": "nobody"}},
         "'nobody' is not one of the program's partner agencies"),
    ],
)  # fmt: skip
def test_settings_an_import_needs_are_named_when_missing(made: dict, changes: dict, message: str) -> None:
    settings = HMIS_SETTINGS.model_validate(HMIS_SETTINGS.model_dump() | changes)
    with pytest.raises(HmisRefused, match=message):
        build_export(hmis_data(made, [], settings), request())


def test_a_period_the_wrong_way_round_is_refused(made: dict) -> None:
    with pytest.raises(HmisRefused, match=r"ends \(2024-07-01\) before it starts \(2025-06-30\)"):
        build_export(hmis_data(made, []), request(start=request().end, end=request().start))


def test_a_services_only_episode_goes_to_the_program_services_only_project(made: dict) -> None:
    data = hmis_data(made, [consent(p, EVERYTHING) for p in made.values()])
    ben = made["Ben"].id
    episodes = [e.with_changes(project=ProjectType.SERVICES_ONLY) if e.participant_id == ben else e
                for e in data.enrollments]  # fmt: skip
    data = replace(data, enrollments=episodes)
    export = build_export(data, request())
    projects = {r["ProjectID"]: r for r in export.files["Project"]}
    assert {k: (v["ProjectType"], v["ResidentialAffiliation"]) for k, v in projects.items()} == {
        "HCL-SO": (4, None), "HCL-SSO": (6, 0),
    }  # fmt: skip
    assert {
        r["ProjectID"] for r in export.files["Enrollment"] if r["PersonalID"] == ben.replace("-", "")
    } == {"HCL-SSO"}
    unset = HMIS_SETTINGS.model_validate(
        HMIS_SETTINGS.model_dump() | {"hmis_export": {"recipient_code": "coc-hmis", "geocode": "999999"}}
    )
    with pytest.raises(HmisRefused, match=r"set hmis_export\.services_only_project_id"):
        build_export(replace(data, settings=unset), request())


def test_the_audit_is_asked_before_the_files_are_in_place_and_a_refusal_leaves_nothing(
    export: HmisExport, tmp_path: Path
) -> None:
    seen: list[bool] = []
    target = tmp_path / "export.zip"
    written = write_export(export, target, record=lambda w: seen.append(w.path.exists()))
    assert seen == [False]  # recorded while the export was still a private part beside its place
    assert written.digest == hashlib.sha256(target.read_bytes()).hexdigest()

    class AuditDown(RuntimeError):
        pass

    def refuse(_written: object) -> None:
        raise AuditDown

    with pytest.raises(AuditDown):
        write_export(export, tmp_path / "other", record=refuse)
    assert sorted(os.listdir(tmp_path)) == ["export.zip"]
