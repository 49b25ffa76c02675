"""Consents (42 CFR Part 2) through the real tab: every 2.31(a) element in the form, the model's
refusals in plain words with nothing written, status today, and revocation."""

from __future__ import annotations

from datetime import timedelta

import pytest

from leaddesk.desk import Desk
from leaddesk.desk.disclosure import DisclosurePurpose, Recipient
from leaddesk.domain import CaseNote, Consent, Need, Participant
from leaddesk.domain.clock import local_today
from leaddesk.domain.consent import STANDARD_REVOCATION_TEXT
from leaddesk.domain.disclosure_codes import InformationCategory, WithheldReason
from leaddesk.domain.enums import ConsentKind, NeedDomain
from leaddesk.domain.program import DEFAULT_PROGRAM, CatalogueEntry
from leaddesk.storage.store import Store
from leaddesk.ui.display import day, to_qdate
from leaddesk.ui.labels import enum_label
from leaddesk.ui.participant.consents_tab import ConsentsTab
from leaddesk.ui.participant.records_model import MutedRole
from leaddesk.ui.session import Session

COL_STATUS = 0
TODAY = local_today()


@pytest.fixture
def session(qapp, store: Store) -> Session:
    return Session(Desk(store))


@pytest.fixture
def tab(qtbot, session: Session, participant: Participant) -> ConsentsTab:
    widget = ConsentsTab(session, participant.id)
    qtbot.addWidget(widget)
    return widget


def consent(participant: Participant, **changes) -> Consent:
    values = dict(
        participant_id=participant.id,
        discloser="Bellmoor LEAD (north)",
        information="Attendance at treatment and progress in LEAD",
        recipient="Kestrel Recovery Clinic",
        purpose="Coordinating care",
        signed_by="Jordan Quill",
        signed_on=TODAY - timedelta(days=10),
        expires_on=TODAY + timedelta(days=355),
    )
    return Consent(**{**values, **changes})


def fill(qtbot, form, *, information: str = "Attendance at treatment and progress in LEAD") -> None:
    qtbot.keyClicks(form.editors["discloser"].line, "Bellmoor LEAD (north)")
    qtbot.keyClicks(form.editors["information"].text, information)
    qtbot.keyClicks(form.editors["recipient"].combo.lineEdit(), "Kestrel County Public Defender")
    qtbot.keyClicks(form.editors["purpose"].text, "Coordinating my defence with my LEAD plan")


def statuses(tab: ConsentsTab) -> list[str]:
    model = tab.view.model()
    return [model.data(model.index(r, COL_STATUS)) for r in range(model.rowCount())]


def test_the_form_holds_every_element_with_sensible_defaults(
    qtbot, tab: ConsentsTab, session: Session, participant: Participant
) -> None:
    form = tab.add_form()
    qtbot.addWidget(form)
    assert set(form.editors) >= {
        "kind",
        "discloser",
        "information",
        "recipient",
        "purpose",
        "expires_on",
        "expiry_event",
        "revocation_right",
        "signed_by",
        "signed_on",
        "irrevocable_until",
    }
    assert form.editors["revocation_right"].value() == STANDARD_REVOCATION_TEXT
    assert form.editors["signed_by"].value() == "Jordan Quill"  # the participant signs
    assert form.editors["signed_on"].value() == TODAY
    assert form.editors["expires_on"].value() == TODAY + timedelta(days=365)
    # The irrevocable period belongs to criminal-justice consents only.
    assert not form.editors["irrevocable_until"].widget.isEnabled()
    form.editors["kind"].set_value(ConsentKind.CRIMINAL_JUSTICE)
    assert form.editors["irrevocable_until"].widget.isEnabled()

    fill(qtbot, form)
    form.editors["irrevocable_until"].set_value(TODAY + timedelta(days=90))
    form.accept()
    assert form.result() == form.DialogCode.Accepted
    [stored] = session.desk._store.repos.consents.find(participant_id=participant.id)
    assert stored.kind is ConsentKind.CRIMINAL_JUSTICE
    assert stored.recipient == "Kestrel County Public Defender"
    assert stored.irrevocable_until == TODAY + timedelta(days=90)
    assert statuses(tab) == ["Active"]
    assert "criminal-justice" in tab.summary.text()


def test_any_and_all_is_refused_in_plain_words(qtbot, tab: ConsentsTab, session: Session) -> None:
    form = tab.add_form()
    qtbot.addWidget(form)
    fill(qtbot, form, information="Any and all records")
    before = session.desk._store.repos.outbox.count()
    form.accept()
    assert form.result() != form.DialogCode.Accepted
    assert form.error.text() == (
        "Information: describe the information specifically; 'any and all' is not allowed"
    )
    assert form.editors["information"].focus.hasFocus() or not form.isVisible()
    assert session.desk._store.repos.outbox.count() == before
    assert session.desk._store.repos.consents.count() == 0


def test_an_expiry_date_or_event_is_required(qtbot, tab: ConsentsTab, session: Session) -> None:
    form = tab.add_form()
    qtbot.addWidget(form)
    fill(qtbot, form)
    form.editors["expires_on"].toggle.setChecked(False)
    before = session.desk._store.repos.outbox.count()
    form.accept()
    assert form.error.text() == "Expires on: a consent needs an expiry date or an expiry event"
    assert session.desk._store.repos.outbox.count() == before

    qtbot.keyClicks(form.editors["expiry_event"].line, "Exit from LEAD")
    assert form.error.isHidden()
    form.accept()
    assert session.desk._store.repos.consents.count() == 1


def test_a_general_consent_never_stores_an_irrevocable_period(
    qtbot, tab: ConsentsTab, session: Session
) -> None:
    form = tab.add_form()
    form.editors["kind"].set_value(ConsentKind.CRIMINAL_JUSTICE)
    form.editors["irrevocable_until"].set_value(TODAY + timedelta(days=30))
    form.editors["kind"].set_value(ConsentKind.GENERAL)  # changed their mind: the field no longer applies
    fill(qtbot, form)
    form.accept()
    [stored] = session.desk._store.repos.consents.find()
    assert stored.kind is ConsentKind.GENERAL
    assert stored.irrevocable_until is None


def test_status_is_computed_for_today(tab: ConsentsTab, session: Session, participant: Participant) -> None:
    session.create(consent(participant))
    session.create(
        consent(participant, signed_on=TODAY - timedelta(days=400), expires_on=TODAY - timedelta(days=35))
    )
    session.create(consent(participant, revoked_on=TODAY - timedelta(days=1)))
    session.create(
        consent(participant, signed_on=TODAY + timedelta(days=2), expires_on=TODAY + timedelta(days=9))
    )
    assert sorted(statuses(tab)) == ["Active", "Expired", "Not yet valid", "Revoked"]
    model = tab.view.model()
    muted = {model.data(model.index(r, 0)): model.data(model.index(r, 0), MutedRole) for r in range(4)}
    assert muted == {"Active": False, "Expired": True, "Not yet valid": True, "Revoked": True}
    assert tab.summary.text().startswith("1 active of 4")


def test_revoke_through_the_dialog(
    qtbot, tab: ConsentsTab, session: Session, participant: Participant
) -> None:
    made = session.create(consent(participant))
    tab.select(made.id)
    assert tab.revoke_button.isEnabled()
    dialog = tab.revoke_form()
    qtbot.addWidget(dialog)
    dialog.on.setDate(to_qdate(local_today()).addDays(-1))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert session.desk._store.repos.consents.get(made.id).revoked_on == TODAY - timedelta(days=1)
    assert statuses(tab) == ["Revoked"]
    tab.select(made.id)
    assert not tab.revoke_button.isEnabled()  # already revoked
    assert tab.revoke(made.id, on=TODAY) == "This consent is already revoked."


def test_a_criminal_justice_consent_cannot_be_revoked_in_its_irrevocable_period(
    qtbot, tab: ConsentsTab, session: Session, participant: Participant
) -> None:
    made = session.create(
        consent(
            participant,
            kind=ConsentKind.CRIMINAL_JUSTICE,
            expires_on=None,
            expiry_event="Final disposition of case 26-CR-15922",
            irrevocable_until=TODAY + timedelta(days=60),
        )
    )
    tab.select(made.id)
    dialog = tab.revoke_form()
    qtbot.addWidget(dialog)
    before = session.desk._store.repos.outbox.count()
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    expected = (TODAY + timedelta(days=60)).isoformat()
    assert dialog.error.text() == f"This criminal-justice consent cannot be revoked before {expected}."
    assert not dialog.error.isHidden()
    assert session.desk._store.repos.outbox.count() == before
    assert session.desk._store.repos.consents.get(made.id).revoked_on is None
    tooltip = tab.view.model().data(tab.view.model().index(0, 0), 3)  # ToolTipRole
    assert f"cannot be revoked before {day(TODAY + timedelta(days=60))}" in tooltip  # as screens write dates


# -- the structured fields the disclosure gate reads (issue 14) ------------------------------------

PROBATION = CatalogueEntry(code="PROB", label="Kestrel County Probation")
CLINIC = CatalogueEntry(code="CLINIC", label="Quillan Recovery Clinic")
COORD = DisclosurePurpose.TREATMENT_COORDINATION


def with_agencies(store: Store) -> None:
    settings = DEFAULT_PROGRAM.model_copy(update={"partner_agencies": [PROBATION, CLINIC]})
    store.repos.program.replace(version="v1", settings=settings, roster=[])


def test_a_consent_made_through_the_form_covers_what_it_names_and_nothing_else(
    qtbot, store: Store, session: Session, participant: Participant
) -> None:
    with_agencies(store)
    tab = ConsentsTab(session, participant.id)
    qtbot.addWidget(tab)
    form = tab.add_form()
    qtbot.addWidget(form)
    recipient = form.editors["recipient"]
    assert [recipient.combo.itemText(n) for n in range(recipient.combo.count())] == [
        PROBATION.label,
        CLINIC.label,
    ]
    fill(qtbot, form)
    recipient.combo.lineEdit().clear()
    recipient.combo.setCurrentIndex(0)  # chosen from the program's partner agencies
    boxes = dict(form.editors["purposes"].boxes)
    boxes[COORD].setChecked(True)
    categories = form.editors["categories"]
    dict(categories.boxes)[InformationCategory.NOTES].setChecked(True)
    assert not dict(categories.boxes)[InformationCategory.SUD_INFORMATION].isChecked()  # never implied
    assert "never leave" in categories.sud_hint.text()
    form.accept()
    assert form.result() == form.DialogCode.Accepted
    [made] = store.repos.consents.find(participant_id=participant.id)
    assert (made.recipient_code, made.recipient) == ("PROB", PROBATION.label)
    assert made.purposes == [COORD]
    assert made.categories == [InformationCategory.NOTES]

    plain = store.repos.notes.sign(
        store.repos.notes.create(CaseNote(participant_id=participant.id, data="Kept the appointment")).id
    )
    sud = store.repos.notes.sign(
        store.repos.notes.create(CaseNote(participant_id=participant.id, data="Dose", sensitive_sud=True)).id
    )
    store.repos.needs.create(
        Need(participant_id=participant.id, domain=NeedDomain.HOUSING, description="Bed")
    )
    desk = session.desk
    agency = Recipient(code="PROB", name=PROBATION.label)
    review = desk.disclosures.review(participant.id, recipient=agency, purpose=COORD)
    assert [d.item.record_id for d in review.decision.included] == [plain.id]
    assert review.decision.decision_for(f"participant:{participant.id}").reason is (
        WithheldReason.INFORMATION_NOT_NAMED
    )
    assert {d.reason for d in review.decision.decisions if d.item.entity == "need"} == {
        WithheldReason.INFORMATION_NOT_NAMED
    }
    assert review.decision.decision_for(f"note:{sud.id}").reason is WithheldReason.SUD_NOT_NAMED
    other_purpose = desk.disclosures.review(
        participant.id, recipient=agency, purpose=DisclosurePurpose.EVALUATION
    )
    assert not other_purpose.decision.included
    assert {d.reason for d in other_purpose.decision.decisions} == {WithheldReason.WRONG_PURPOSE}
    clinic = desk.disclosures.review(
        participant.id, recipient=Recipient(code="CLINIC", name=CLINIC.label), purpose=COORD
    )
    assert {d.reason for d in clinic.decision.decisions} == {WithheldReason.NO_CONSENT}
    # The list shows what the gate reads.
    model = tab.view.model()
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert PROBATION.label in row
    assert enum_label(COORD) in row
    assert enum_label(InformationCategory.NOTES) in row


def test_a_typed_recipient_is_stored_without_a_code_and_an_edit_keeps_the_agency(
    qtbot, store: Store, session: Session, participant: Participant
) -> None:
    with_agencies(store)
    tab = ConsentsTab(session, participant.id)
    qtbot.addWidget(tab)
    form = tab.add_form()
    qtbot.addWidget(form)
    fill(qtbot, form)  # types a name that is not on the program's list
    form.accept()
    [typed] = store.repos.consents.find(participant_id=participant.id)
    assert (typed.recipient_code, typed.recipient) == ("", "Kestrel County Public Defender")

    made = session.create(consent(participant, recipient="Probation (old name)", recipient_code="PROB"))
    edit = tab.edit_form(made)
    qtbot.addWidget(edit)
    assert edit.editors["recipient"].combo.currentText() == PROBATION.label  # found by its code
    dict(edit.editors["categories"].boxes)[InformationCategory.SUD_INFORMATION].setChecked(True)
    edit.accept()
    stored = store.repos.consents.get(made.id)
    assert (stored.recipient_code, stored.recipient) == ("PROB", "Probation (old name)")
    assert stored.categories == [InformationCategory.SUD_INFORMATION]
