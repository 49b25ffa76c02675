"""Client.csv (HMIS 3.01-3.07, 4.21) and User.csv rows. A de-identified client keeps only what counts
people without naming them: sex, race and ethnicity, veteran status; a deleted one only its id and its
DateDeleted (what was sent before is removed, nothing more is said)."""

from __future__ import annotations

from leaddesk.domain import Participant
from leaddesk.domain.enums import RaceEthnicity
from leaddesk.domain.hmis import RACE_COLUMNS, RACE_NONE_CODES, RACE_NOT_COLLECTED, SEX_CODES
from leaddesk.domain.program import StaffMember
from leaddesk.reports.hmis.context import ExportContext, Row
from leaddesk.reports.hmis.ids import hmis_id

NOT_COLLECTED = 99
FULL_NAME = 1  # 3.01.5: first and last are both required in LEAD Desk
NAME_MAX = 50


def client_row(person: Participant, ctx: ExportContext, *, identified: bool) -> Row:
    row: Row = {"PersonalID": hmis_id(person.id), "SSNDataQuality": NOT_COLLECTED}
    named = identified and not person.deleted
    row |= {
        "FirstName": person.first_name[:NAME_MAX] if named else None,
        "LastName": person.last_name[:NAME_MAX] if named else None,
        "NameDataQuality": FULL_NAME if named else NOT_COLLECTED,
    }
    quality = person.dob_data_quality
    if named and person.date_of_birth is not None and quality is not None and quality.has_date:
        row |= {"DOB": person.date_of_birth, "DOBDataQuality": int(quality.value)}
    elif named and quality is not None and not quality.has_date:
        row["DOBDataQuality"] = int(quality.value)
    else:
        row["DOBDataQuality"] = NOT_COLLECTED
    if person.deleted:
        row |= {column: 0 for column in RACE_COLUMNS.values()}
        row |= {"Sex": NOT_COLLECTED, "RaceNone": RACE_NOT_COLLECTED, "VeteranStatus": NOT_COLLECTED}
    else:
        row |= _demographics(person, detail=named)
    return row | ctx.trailer(person)


def _demographics(person: Participant, *, detail: bool) -> Row:
    chosen = set(person.race_ethnicity)
    row: Row = {column: int(race in chosen) for race, column in RACE_COLUMNS.items()}
    if not any(race in RACE_COLUMNS for race in chosen):
        nones = [RACE_NONE_CODES[r] for r in (RaceEthnicity.DOESNT_KNOW, RaceEthnicity.PREFERS_NOT_TO_ANSWER)
                 if r in chosen]  # fmt: skip
        row["RaceNone"] = nones[0] if nones else RACE_NOT_COLLECTED
    row["AdditionalRaceEthnicity"] = (person.additional_race_ethnicity or None) if detail else None
    row["Sex"] = SEX_CODES[person.sex] if person.sex is not None else NOT_COLLECTED
    row["VeteranStatus"] = int(person.veteran_status.value)
    return row


def user_rows(ctx: ExportContext, roster: list[StaffMember]) -> list[Row]:
    """A row for every user the export's rows name: their names where the roster knows them (by
    username, or by the display name an older record typed), nothing more."""
    by_name = {m.username: m for m in roster} | {m.display_name: m for m in roster}
    now = ctx.local(ctx.exported_at)
    rows = []
    for made, name in sorted(ctx.users.items()):
        member = by_name.get(name)
        first, _, last = (member.display_name if member else "").partition(" ")
        rows.append({
            "UserID": made, "UserFirstName": first[:NAME_MAX] or None,
            "UserLastName": last[:NAME_MAX] or None,
            "DateCreated": now, "DateUpdated": now, "DateDeleted": None, "ExportID": ctx.export_id,
        })  # fmt: skip
    return rows
