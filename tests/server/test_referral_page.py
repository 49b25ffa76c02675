"""The referral page at work (issue 19), over HTTP against the real server on SQLite and PostgreSQL: a
referral becomes a participant stub and a referral in the on-call team's scope that its laptops pull
(and no other team's), the form shows every problem beside its field and keeps what was typed, a
precinct with no team on call is refused with a sentence, the officer's list follows the records
(received, met, engaged, closed; more under a consent naming their agency), sign-in links work once,
and the audit trail holds each step without a record's contents."""

from __future__ import annotations

import re
import ssl
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import httpx
import pytest
from sqlalchemy import update

from leaddesk.domain import Participant, Referral
from leaddesk.domain.casework_codes import HandoffOutcome
from leaddesk.domain.consent import Consent
from leaddesk.domain.enums import ReferralDoor
from leaddesk.domain.ids import utcnow
from leaddesk.domain.program import DEFAULT_PROGRAM
from leaddesk.server import officers
from leaddesk.server.app import create_app
from leaddesk.server.audit import find_events
from leaddesk.server.db import officer_session
from leaddesk.server.refer.form import check
from leaddesk.server.running import ServerThread
from leaddesk.server.settings import ServerSettings
from tests.backends import tls_files
from tests.server.officers_setup import PASSWORD, add_officer, on_call, program_lists
from tests.server.referral_browser import Phone, referral


@pytest.fixture
def diaz(office) -> Iterator[Phone]:
    """Officer Diaz of precinct N1 (on call: team north), signed in on a phone; team south exists too."""
    program_lists(office.engine)
    office.team("north", "south")
    on_call(office.engine, "N1", "north")
    add_officer(office.engine, "ofc.diaz")
    phone = Phone(office.url)
    assert phone.sign_in("ofc.diaz", PASSWORD).status_code == 303
    yield phone
    phone.close()


def test_a_referral_reaches_the_laptops_of_the_team_on_call_and_no_other(office, diaz) -> None:
    office.user("casey", "north")
    office.user("sol", "south")
    north, south = office.device("casey"), office.device("sol")
    before = north.sync_down() + south.sync_down()

    sent = diaz.send()

    assert sent.headers["location"] == "/refer/?sent=1"
    assert "Referral sent" in diaz.get("/refer/?sent=1").text
    assert before == []
    assert south.sync_down() == []
    received = {r["entity"]: r for r in north.sync_down()}
    assert set(received) == {"participant", "referral"}
    person, referral_record = received["participant"], received["referral"]
    assert referral_record["seq"] == person["seq"] + 1  # the participant first: its records follow it
    assert person["fields"] | {
        "first_name": "Sam", "last_name": "Rivera", "aliases": ["Sammy"], "status": "referred",
        "team_id": "north", "case_manager": "", "created_by": "ofc.diaz",
    } == person["fields"]  # fmt: skip
    fields = referral_record["fields"]
    assert fields["participant_id"] == person["record_id"]
    assert fields | {
        "door": "arrest_diversion", "offence_category": "DRUG", "officer_username": "ofc.diaz",
        "referring_officer": "Ofc Diaz", "agency_code": "SPD", "precinct": "N1", "agreed_to_meet": True,
        "officer_contact": "Radio 4-Adam-12", "person_description": "Green jacket, grey backpack",
        "handoff_outcome": "pending", "handoff_outcome_at": None, "created_by": "ofc.diaz",
    } == fields  # fmt: skip
    referred_at = datetime.fromisoformat(fields["referred_at"])
    assert timedelta(minutes=4) <= utcnow() - referred_at <= timedelta(minutes=7)
    deadline = referred_at.astimezone().date() + timedelta(days=30)  # the test's zone is the server's
    assert date.fromisoformat(fields["intake_deadline"]) == deadline


def test_the_officers_own_clock_decides_the_time_and_the_deadline_day(office, diaz) -> None:
    """The page's script sends the phone's UTC offset: 23:30 in UTC-8 is the next day in UTC."""
    office.user("casey", "north")
    north = office.device("casey")
    local = (utcnow() - timedelta(hours=8, minutes=3)).replace(tzinfo=None)
    diaz.get("/refer/new")
    diaz.post("/refer/new", referral(referred_at=local.strftime("%Y-%m-%dT%H:%M"), utc_offset="-480"))

    fields = next(r for r in north.sync_down() if r["entity"] == "referral")["fields"]

    referred_at = datetime.fromisoformat(fields["referred_at"])
    assert timedelta(minutes=2) <= utcnow() - referred_at <= timedelta(minutes=4)
    assert date.fromisoformat(fields["intake_deadline"]) == local.date() + timedelta(days=30)


def test_problems_are_shown_beside_their_fields_and_nothing_typed_is_lost(office, diaz) -> None:
    diaz.get("/refer/new")
    typed = referral(door="", place="", agreed_to_meet="", first_name="", last_name="", observed="Ran off")

    shown = diaz.post("/refer/new", typed)

    assert shown.status_code == 422
    summary = re.search(r'<div class="error-summary" role="alert".*?</div>', shown.text, re.S).group(0)
    assert re.findall(r'href="#f-(\w+)"', summary) == ["door", "place", "first_name", "agreed_to_meet"]
    place = 'id="f-place" name="place" aria-describedby="f-place-hint f-place-error" aria-invalid="true"'
    assert place in shown.text
    assert "Enter where this happened." in shown.text
    assert ">Ran off</textarea>" in shown.text
    assert 'value="Sammy"' in shown.text
    assert 'value="DRUG" selected' in shown.text
    assert office.scalar("SELECT count(*) FROM record") == 0


def test_an_arrest_diversion_names_its_offence_category_from_the_program_list(office, diaz) -> None:
    diaz.get("/refer/new")
    assert "Choose the offence category" in diaz.post("/refer/new", referral(offence_category="")).text
    assert "from the list" in diaz.post("/refer/new", referral(offence_category="MADE-UP")).text
    social = diaz.post("/refer/new", referral(door="social_contact", offence_category=""))
    assert social.status_code == 303


@pytest.mark.parametrize(
    ("when", "sentence"),
    [
        (timedelta(hours=-2), "in the future"),
        (timedelta(days=8), "more than 7 days old"),
        (None, "Enter the date"),
    ],
)
def test_a_time_far_from_now_is_refused(when: timedelta | None, sentence: str) -> None:
    typed = "tomorrow" if when is None else (datetime.now() - when).strftime("%Y-%m-%dT%H:%M")
    checked = check(referral(referred_at=typed), settings=DEFAULT_PROGRAM)
    assert sentence in checked.errors["referred_at"]
    assert checked.sent is None


def test_a_precinct_with_no_team_on_call_is_refused_with_a_sentence(office, diaz) -> None:
    add_officer(office.engine, "ofc.south", precinct="S2")
    phone = Phone(office.url)
    phone.sign_in("ofc.south", PASSWORD)
    phone.get("/refer/new")

    refused = phone.post("/refer/new", referral(first_name="Kept"))

    assert refused.status_code == 409
    assert "No team of the LEAD program is on call for precinct S2" in refused.text
    assert 'value="Kept"' in refused.text
    assert office.scalar("SELECT count(*) FROM record") == 0
    phone.close()


def test_a_session_that_ended_while_typing_loses_nothing(office, diaz) -> None:
    diaz.get("/refer/new")
    with office.engine.begin() as conn:  # an idle hour went by while the officer typed
        conn.execute(update(officer_session).values(last_seen=utcnow() - timedelta(hours=2)))

    ended = diaz.post("/refer/new", referral(first_name="Typedbefore"))

    assert ended.status_code == 401
    assert "Your session had ended, so the referral was not sent yet" in ended.text
    assert 'name="carry_first_name" value="Typedbefore"' in ended.text
    assert office.scalar("SELECT count(*) FROM record") == 0
    diaz.get("/refer/sign-in")  # the page the browser shows is that sign-in form: its token is set
    carried = {
        name[len("carry_") :]: value
        for name, value in re.findall(r'name="(carry_\w+)" value="([^"]*)"', ended.text)
    }
    again = diaz.post("/refer/sign-in", {"username": "ofc.diaz", "password": PASSWORD,
                                          **{f"carry_{k}": v for k, v in carried.items()}})  # fmt: skip
    assert again.status_code == 200
    assert "Nothing has been sent yet: check the referral and send it." in again.text
    assert 'value="Typedbefore"' in again.text
    assert office.scalar("SELECT count(*) FROM record") == 0
    diaz.csrf = re.search(r'name="csrf_token" value="([^"]*)"', again.text).group(1)
    assert diaz.post("/refer/new", referral(first_name="Typedbefore")).status_code == 303
    assert office.scalar("SELECT count(*) FROM record") == 2


def test_a_sign_in_link_signs_in_once_and_opening_it_spends_nothing(office, diaz) -> None:
    with office.engine.begin() as conn:
        link = officers.issue_sign_in_link(conn, username="ofc.diaz", actor="t")
    phone = Phone(office.url)
    for _ in range(2):  # a messaging app's preview opens it first
        assert phone.get(f"/refer/link/{link.token}").status_code == 200

    assert phone.post(f"/refer/link/{link.token}", {}).headers["location"] == "/refer/"
    assert phone.get("/refer/").status_code == 200
    again = Phone(office.url)
    again.get(f"/refer/link/{link.token}")
    spent = again.post(f"/refer/link/{link.token}", {})
    assert spent.status_code == 401
    assert "has been used already or has expired" in spent.text
    assert again.session() is None
    phone.close()
    again.close()


def _pull_referral(north):
    records = {r["entity"]: r for r in north.sync_down()}
    return records["participant"]["record_id"], records["referral"]["record_id"]


def _status(diaz: Phone) -> str:
    return re.search(r'class="status status-[a-z_]+">([^<]+)<', diaz.get("/refer/").text).group(1)


def test_the_officer_sees_met_then_engaged_as_the_team_records_them(office, diaz) -> None:
    office.user("casey", "north")
    north = office.device("casey")
    diaz.send()
    pid, rid = _pull_referral(north)
    assert _status(diaz) == "Received"

    now = utcnow().isoformat()
    met = {"handoff_outcome": "met", "handoff_outcome_at": now, "warm_handoff_at": now}
    assert north.statuses(north.write("referral", rid, met, pid=pid)) == ["applied"]
    assert _status(diaz) == "Met"

    engaged = {"status": "engaged", "engaged_on": utcnow().date().isoformat(), "case_manager": "casey"}
    assert north.statuses(north.write("participant", pid, engaged, pid=pid)) == ["applied"]
    page = diaz.get("/refer/").text
    assert _status(diaz) == "Engaged"
    assert "Casey" not in page  # no consent names the officer's agency: the case manager is not said


def test_a_referral_merged_into_someone_already_in_the_program_shows_what_came_of_it(office, diaz) -> None:
    """A case manager merged the officer's stub into a participant the program already holds (desk/
    handoffs.py): the stub's referral is deleted and its copy on that participant names it in
    merged_from. The officer's list follows the copy: "Met", not "Closed"."""
    office.user("casey", "north")
    north = office.device("casey")
    known = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    assert north.statuses(north.create(known)) == ["applied"]
    diaz.send()
    stub_id, rid = _pull_referral(north)
    now = utcnow()
    copy = Referral(
        participant_id=known.id, door=ReferralDoor.SOCIAL_CONTACT, referred_at=now - timedelta(minutes=20),
        officer_username="ofc.diaz", merged_from=rid, handoff_outcome=HandoffOutcome.MET,
        handoff_outcome_at=now, warm_handoff_at=now,
    )  # fmt: skip
    gone = north.write("referral", rid, {"deleted": True}, pid=stub_id)
    assert north.statuses(north.create(copy), gone) == ["applied", "applied"]
    assert _status(diaz) == "Met"


def test_a_consent_naming_the_agency_lets_the_outcome_and_program_status_show(office, diaz) -> None:
    office.user("casey", "north")
    north = office.device("casey")
    diaz.send()
    pid, rid = _pull_referral(north)
    not_located = {"handoff_outcome": "not_located", "handoff_outcome_at": utcnow().isoformat()}
    north.push(north.write("referral", rid, not_located, pid=pid))
    assert _status(diaz) == "Closed"
    consent = Consent(
        participant_id=pid, kind="criminal_justice", discloser="LEAD program", recipient="Police department",
        recipient_code="SPD", information="Referral outcome and program status",
        purpose="Coordination with the referring officer", signed_by="Sam Rivera",
        signed_on=utcnow().date(), expires_on=utcnow().date() + timedelta(days=365),
        purposes=["criminal_justice"], categories=["legal_events", "demographics_contact"],
    )  # fmt: skip
    north.push(north.create(consent), north.write("participant", pid, {"case_manager": "casey"}, pid=pid))

    page = diaz.get("/refer/").text

    assert _status(diaz) == "Could not locate"
    assert "<dt>In the program</dt><dd>referred</dd>" in page
    assert "<dt>Case manager</dt><dd>Casey</dd>" in page
    with office.engine.connect() as conn:
        disclosures = find_events(conn, action="disclosure", participant=pid)
    assert disclosures
    assert f"recipient=SPD purpose=criminal_justice delivery=referral_page items=2 consents={consent.id}" in (
        disclosures[-1].detail
    )


def test_every_step_is_audited_without_what_was_typed(office, diaz) -> None:
    diaz.send(first_name="Auditname", observed="Auditobserved")
    diaz.get("/refer/")
    diaz.post("/refer/sign-out", {})
    assert diaz.sign_in("ofc.diaz", "wrong password here").status_code == 401

    with office.engine.connect() as conn:
        events = find_events(conn)
    actions = [e.action for e in events]
    for action in ("sign_in", "referral_submitted", "referrals_viewed", "sign_in_failed", "password_set"):
        assert action in actions
    text = repr([(e.actor, e.entity_id, e.detail) for e in events])
    for secret in ("Auditname", "Auditobserved", PASSWORD, "wrong password here", "5th and Pine"):
        assert secret not in text
    submitted = next(e for e in events if e.action == "referral_submitted")
    assert (submitted.actor, submitted.detail) == ("ofc.diaz", "team=north precinct=N1")


def test_over_tls_the_cookies_are_host_only_and_secure(database_url: str, tmp_path, office) -> None:
    tls = tls_files(tmp_path)
    settings = ServerSettings(database_url=database_url, tls_cert=tls.cert, tls_key=tls.key)
    with ServerThread(create_app(settings), tls_cert=tls.cert, tls_key=tls.key) as running:
        client = httpx.Client(base_url=running.url, verify=ssl.create_default_context(cafile=str(tls.ca)))
        answer = client.get("/refer/sign-in")
        client.close()
    cookie = answer.headers["set-cookie"]
    assert cookie.startswith("__Host-leaddesk-csrf=")
    for flag in ("HttpOnly", "Path=/", "SameSite=strict", "Secure"):
        assert flag in cookie
    assert answer.headers["Strict-Transport-Security"] == "max-age=31536000"
