"""Checks of a whole HMIS CSV export as its receiver would make them, from the files alone: every file
there with HUD's FY2026 header, UTF-8, one ExportID, every coded value in its list, IDs within HUD's
lengths and unique, every reference resolving, dates and times in HUD's forms, exits after entries and
engagement within the enrollment. Shared by the pure tests and the server's end-to-end test."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path

from tests.hmis.data.fy2026_lists import CODES, TYPE_PROVIDED

DATA = Path(__file__).parent / "data"
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")
MONEY = re.compile(r"^\d+\.\d{2}$")
UNIQUE_ID = {  # file -> its own id column
    "Export": "ExportID", "Organization": "OrganizationID", "User": "UserID", "Project": "ProjectID",
    "Funder": "FunderID", "ProjectCoC": "ProjectCoCID", "HMISParticipation": "HMISParticipationID",
    "Client": "PersonalID", "Enrollment": "EnrollmentID", "Exit": "ExitID", "Services": "ServicesID",
    "CurrentLivingSituation": "CurrentLivingSitID", "IncomeBenefits": "IncomeBenefitsID",
    "HealthAndDV": "HealthAndDVID", "EmploymentEducation": "EmploymentEducationID",
    "Disabilities": "DisabilitiesID",
}  # fmt: skip


def expected_columns() -> dict[str, list[tuple[str, str]]]:
    """FY2026's files and columns: the FY2024 list with the FY2026 changes applied (data/README.md)."""
    files: dict[str, list[tuple[str, str]]] = {}
    with (DATA / "fy2024_csv_columns.csv").open(newline="") as handle:
        for row in csv.DictReader(handle):
            files.setdefault(row["File"], []).append((row["Column"], row["Type"]))
    with (DATA / "fy2026_changes.csv").open(newline="") as handle:
        for change in csv.DictReader(handle):
            columns = files[change["File"]]
            names = [c for c, _ in columns]
            if change["Change"] == "remove":
                del columns[names.index(change["Column"])]
            elif change["Change"] == "add":
                columns.insert(names.index(change["After"]) + 1, (change["Column"], change["Type"]))
            else:
                at = names.index(change["Column"])
                columns[at] = (change["After"], columns[at][1])
    return files


def read_export(path: Path) -> dict[str, bytes]:
    """File name (no .csv) -> its bytes, from a folder or a .zip."""
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            return {Path(n).stem: archive.read(n) for n in archive.namelist()}
    return {p.stem: p.read_bytes() for p in path.iterdir()}


def parse(raw: dict[str, bytes]) -> tuple[dict[str, list[str]], dict[str, list[dict[str, str]]]]:
    headers, rows = {}, {}
    for name, data in raw.items():
        text = data.decode("utf-8")  # UnicodeDecodeError: not UTF-8
        reader = csv.reader(io.StringIO(text, newline=""))
        headers[name] = next(reader)
        rows[name] = [dict(zip(headers[name], values, strict=True)) for values in reader]
    return headers, rows


def problems(raw: dict[str, bytes]) -> list[str]:
    """Everything wrong with an export (empty: nothing)."""
    expected = expected_columns()
    found: list[str] = []
    if set(raw) != set(expected):
        found.append(f"files: {sorted(set(raw) ^ set(expected))}")
    headers, rows = parse(raw)
    for name, columns in expected.items():
        if headers.get(name) != [c for c, _ in columns]:
            found.append(f"{name}: header differs from FY2026")
        found += _typed(name, columns, rows.get(name, []))
    found += _codes(rows) + _references(rows) + _dates(rows)
    return found


def _typed(name: str, columns: list[tuple[str, str]], rows: list[dict[str, str]]) -> list[str]:
    found = []
    for column, kind in columns:
        for value in (r[column] for r in rows if r[column] != ""):
            if kind.startswith("S") and len(kind) > 1 and len(value) > int(kind[1:]):
                found.append(f"{name}.{column}: {value!r} longer than {kind}")
            elif kind == "I" and not re.fullmatch(r"-?\d+", value):
                found.append(f"{name}.{column}: {value!r} is not an integer")
            elif kind == "D" and not DATE.match(value):
                found.append(f"{name}.{column}: {value!r} is not YYYY-MM-DD")
            elif kind == "T" and not DATETIME.match(value):
                found.append(f"{name}.{column}: {value!r} is not YYYY-MM-DD HH:MM:SS")
            elif kind == "M" and not MONEY.match(value):
                found.append(f"{name}.{column}: {value!r} is not money")
    if name in UNIQUE_ID:
        repeated = [k for k, n in Counter(r[UNIQUE_ID[name]] for r in rows).items() if n > 1]
        found += [f"{name}: {UNIQUE_ID[name]} {k} repeated" for k in repeated]
    return found


def _codes(rows: dict[str, list[dict[str, str]]]) -> list[str]:
    found = []
    for (name, column), allowed in CODES.items():
        for row in rows.get(name, []):
            if row[column] != "" and int(row[column]) not in allowed:
                found.append(f"{name}.{column}: {row[column]} not in its list")
    for row in rows.get("Services", []):
        if int(row["TypeProvided"]) not in TYPE_PROVIDED.get(int(row["RecordType"]), set()):
            found.append(
                f"Services.TypeProvided {row['TypeProvided']} not in the list of {row['RecordType']}"
            )
    for row in rows.get("Disabilities", []):
        allowed = (
            CODES[("Client", "VeteranStatus")] if row["DisabilityType"] != "10" else {0, 1, 2, 3, 8, 9, 99}
        )
        if int(row["DisabilityResponse"]) not in allowed:
            found.append(f"Disabilities.DisabilityResponse {row['DisabilityResponse']} not in its list")
    return found


def _references(rows: dict[str, list[dict[str, str]]]) -> list[str]:
    keys = {
        "ExportID": {r["ExportID"] for r in rows["Export"]},
        "PersonalID": {r["PersonalID"] for r in rows["Client"]},
        "EnrollmentID": {r["EnrollmentID"] for r in rows["Enrollment"]},
        "ProjectID": {r["ProjectID"] for r in rows["Project"]},
        "OrganizationID": {r["OrganizationID"] for r in rows["Organization"]},
        "UserID": {r["UserID"] for r in rows["User"]},
    }
    found = [] if len(keys["ExportID"]) == 1 else ["Export: not exactly one ExportID"]
    for name, file_rows in rows.items():
        for row in file_rows:
            for column, known in keys.items():
                own = (
                    name
                    == {
                        "PersonalID": "Client",
                        "EnrollmentID": "Enrollment",
                        "ProjectID": "Project",
                        "OrganizationID": "Organization",
                        "UserID": "User",
                        "ExportID": "Export",
                    }[column]
                )
                if column in row and not own and row[column] not in known:
                    found.append(f"{name}.{column} {row[column]} does not resolve")
    return found


def _dates(rows: dict[str, list[dict[str, str]]]) -> list[str]:
    found = []
    entries = {r["EnrollmentID"]: r for r in rows["Enrollment"]}
    for row in rows["Enrollment"]:
        engaged = row["DateOfEngagement"]
        if engaged and engaged < row["EntryDate"]:
            found.append(f"Enrollment {row['EnrollmentID']}: engagement before entry")
    for row in rows["Exit"]:
        enrollment = entries.get(row["EnrollmentID"])
        if enrollment is None:
            continue
        if row["ExitDate"] < enrollment["EntryDate"]:
            found.append(f"Exit {row['ExitID']}: exit before entry")
        if enrollment["DateOfEngagement"] and enrollment["DateOfEngagement"] > row["ExitDate"]:
            found.append(f"Enrollment {row['EnrollmentID']}: engagement after exit")
    exits = {r["EnrollmentID"]: r["ExitDate"] for r in rows["Exit"]}
    for name, column in (("Services", "DateProvided"), ("CurrentLivingSituation", "InformationDate")):
        for row in rows[name]:
            enrollment = entries.get(row["EnrollmentID"])
            if enrollment and not (
                enrollment["EntryDate"] <= row[column] <= exits.get(row["EnrollmentID"], "9")
            ):
                found.append(f"{name} {row[column]} outside its enrollment")
    return found


def day(text: str) -> date:
    return date.fromisoformat(text)
