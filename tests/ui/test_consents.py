"""Consents (42 CFR Part 2) through the real tab: every 2.31(a) element in the form, the model's
refusals in plain words with nothing written, status today, and revocation."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate

from leaddesk.desk import Desk
from leaddesk.domain import Consent, Participant
from leaddesk.domain.consent import STANDARD_REVOCATION_TEXT
from leaddesk.domain.enums import ConsentKind
from leaddesk.storage.store import Store
from leaddesk.ui.participant.consents_tab import ConsentsTab
from leaddesk.ui.participant.records_model import MutedRole
from leaddesk.ui.session import Session

COL_STATUS = 0
TODAY = date.today()


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
    qtbot.keyClicks(form.editors["recipient"].line, "Kestrel County Public Defender")
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
    dialog.on.setDate(QDate.currentDate().addDays(-1))
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
    assert f"cannot be revoked before {expected}" in tooltip
