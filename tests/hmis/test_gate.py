"""The disclosure gate in an HMIS export: who goes identified, who de-identified or left out as the
program chose (and the counts say so), what a consent that does not name a kind of information holds
back, and substance use disorder information only under a consent that names it."""

from __future__ import annotations

from datetime import date

import pytest

from leaddesk.domain.disclosure_codes import DisclosurePurpose, InformationCategory
from leaddesk.domain.program import HmisWithoutConsent
from leaddesk.reports.hmis import HmisExport, build_export
from tests.hmis.hmis_dataset import EVERYTHING, WITHOUT_SUD, consent, hmis_data, request
from tests.reports.program_dataset import people

C = InformationCategory


@pytest.fixture(scope="module")
def made() -> dict:
    return people()


@pytest.fixture(scope="module")
def consents(made: dict) -> list:
    return [
        consent(made["Ana"], EVERYTHING),
        consent(made["Ben"], WITHOUT_SUD),
        consent(made["Dev"], [C.DEMOGRAPHICS_CONTACT]),
        consent(made["Eli"], EVERYTHING, revoked_on=date(2025, 7, 1)),  # revoked before the export's day
        consent(made["Ivy"], EVERYTHING, purposes=[DisclosurePurpose.TREATMENT_COORDINATION]),
        consent(made["Jo"], EVERYTHING, recipient_code="", recipient="Someone else"),
    ]


def _export(made: dict, consents: list, choice: HmisWithoutConsent) -> HmisExport:
    return build_export(hmis_data(made, consents), request(without_consent=choice))


def _of(export: HmisExport, made: dict, name: str, file: str) -> list[dict]:
    pid = made[name].id.replace("-", "")
    return [r for r in export.files[file] if r.get("PersonalID") == pid]


def test_left_out_participants_send_nothing_and_are_counted(made: dict, consents: list) -> None:
    export = _export(made, consents, HmisWithoutConsent.LEAVE_OUT)
    sent = {r["PersonalID"] for r in export.files["Client"]}
    assert sent == {made[n].id.replace("-", "") for n in ("Ana", "Ben", "Dev")}
    everyone = build_export(hmis_data(made, [consent(p, EVERYTHING) for p in made.values()]), request())
    assert (export.counts.identified, export.counts.deidentified) == (3, 0)
    live = [r for r in everyone.files["Client"] if r["DateDeleted"] is None]
    assert export.counts.left_out == len(live) - 3  # participants; a deletion (Lou) is no participant
    for file, rows in export.files.items():
        assert all(r["PersonalID"] in sent for r in rows if "PersonalID" in r), file


def test_deidentified_participants_go_without_name_birth_date_or_free_text(
    made: dict, consents: list
) -> None:
    export = _export(made, consents, HmisWithoutConsent.DEIDENTIFY)
    left_out = _export(made, consents, HmisWithoutConsent.LEAVE_OUT).counts.left_out
    assert (export.counts.identified, export.counts.deidentified, export.counts.left_out) == (3, left_out, 0)
    (eli,) = _of(export, made, "Eli", "Client")
    assert (eli["FirstName"], eli["LastName"], eli.get("DOB"), eli["NameDataQuality"]) == (
        None,
        None,
        None,
        99,
    )
    assert eli["DOBDataQuality"] == 99
    assert eli["BlackAfAmerican"] == 0
    assert eli["White"] == 1
    assert all(r["LocationDetails"] is None for r in _of(export, made, "Eli", "CurrentLivingSituation"))
    assert _of(export, made, "Eli", "Enrollment")  # their episode still counts in the HMIS
    (ana,) = _of(export, made, "Ana", "Client")
    assert ana["FirstName"] == "Ana"


def test_sud_information_goes_only_under_a_consent_that_names_it(made: dict, consents: list) -> None:
    export = _export(made, consents, HmisWithoutConsent.DEIDENTIFY)
    ana_types = {r["DisabilityType"] for r in _of(export, made, "Ana", "Disabilities")}
    ben_types = {r["DisabilityType"] for r in _of(export, made, "Ben", "Disabilities")}
    assert 10 in ana_types
    assert ben_types
    assert 10 not in ben_types
    ben_services = {r["ServicesID"] for r in _of(export, made, "Ben", "Services")}
    ben_sud = {s.id.replace("-", "") for s in made["Ben"].records if getattr(s, "kind", None) in (
        "sud_treatment", "recovery_support", "mat")}  # fmt: skip
    assert ben_sud
    assert not ben_services & ben_sud
    ana_mat = {s.id.replace("-", "") for s in made["Ana"].records if getattr(s, "kind", None) == "mat"}
    assert ana_mat <= {r["ServicesID"] for r in _of(export, made, "Ana", "Services")}
    assert export.counts.withheld_sud >= len(ben_sud)
    for name in ("Cara", "Eli", "Ivy", "Jo", "Gus"):  # de-identified: never SUD, no consent names it
        assert all(r["DisabilityType"] != 10 for r in _of(export, made, name, "Disabilities")), name


def test_a_consent_that_does_not_name_a_kind_of_information_holds_it_back(made: dict, consents: list) -> None:
    export = _export(made, consents, HmisWithoutConsent.LEAVE_OUT)
    assert _of(export, made, "Dev", "Client")
    assert _of(export, made, "Dev", "Enrollment")
    assert _of(export, made, "Dev", "Exit")  # the episode and its exit are the participant's own record
    for file in ("CurrentLivingSituation", "Services", "IncomeBenefits", "Disabilities"):
        assert _of(export, made, "Dev", file) == [], file
    everyone = build_export(hmis_data(made, [consent(p, EVERYTHING) for p in made.values()]), request())
    assert _of(everyone, made, "Dev", "CurrentLivingSituation")  # what the narrower consent held back
    assert export.counts.withheld > 0


def test_a_deleted_participant_is_deleted_in_the_hmis_if_their_consents_had_let_them_go(made: dict) -> None:
    lou = made["Lou"]
    deleted_with_them = consent(lou, EVERYTHING, deleted=True)
    export = _export(made, [deleted_with_them], HmisWithoutConsent.LEAVE_OUT)
    (client,) = _of(export, made, "Lou", "Client")
    assert client["DateDeleted"] is not None
    assert client["FirstName"] is None
    assert all(r["DateDeleted"] is not None for r in _of(export, made, "Lou", "Enrollment"))
    assert export.counts.identified == 0  # a deletion is not counted as a participant sent
    never = _export(made, [], HmisWithoutConsent.LEAVE_OUT)
    assert _of(never, made, "Lou", "Client") == []  # never sent, so no deletion to send
