"""The calendar day is read in one place (leaddesk.domain.clock.local_today), so the suite can hold it
across midnight and a form, a dialog and the due dates never disagree about which day it is. The day held
here is not the machine's, so a screen that read the wall clock's date instead would show it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest

from leaddesk.desk import Desk
from leaddesk.domain import Consent, Participant, Task
from leaddesk.domain.clock import hold_today, local_today
from leaddesk.storage.store import Store
from leaddesk.ui.participant.consents_tab import DEFAULT_TERM_DAYS, ConsentsTab
from leaddesk.ui.participant.tasks_tab import is_overdue
from leaddesk.ui.session import Session

DAY = date(2024, 7, 15)


@pytest.fixture
def held() -> Iterator[date]:
    before = local_today()
    hold_today(DAY)
    yield DAY
    hold_today(before)


def test_the_held_day_is_not_the_wall_clocks(held: date) -> None:
    assert local_today() == held
    assert datetime.now().astimezone().date() != held


def test_the_consent_form_and_the_revoke_dialog_open_on_the_held_day(
    qtbot, held: date, store: Store, participant: Participant
) -> None:
    session = Session(Desk(store))
    tab = ConsentsTab(session, participant.id)
    qtbot.addWidget(tab)
    form = tab.add_form()
    qtbot.addWidget(form)
    assert form.editors["signed_on"].value() == held
    made = session.create(
        Consent(
            participant_id=participant.id,
            discloser="Bellmoor LEAD (north)",
            information="Attendance",
            recipient="Kestrel Recovery Clinic",
            purpose="Coordinating care",
            signed_by="Jordan Quill",
            signed_on=held - timedelta(days=10),
            expires_on=held + timedelta(days=DEFAULT_TERM_DAYS),
        )
    )
    tab.select(made.id)
    dialog = tab.revoke_form()
    qtbot.addWidget(dialog)
    assert dialog.on.date().toPython() == held
    assert dialog.on.maximumDate().toPython() == held  # a revocation cannot be dated tomorrow


def test_due_dates_count_from_the_held_day(held: date, participant: Participant) -> None:
    due = Task(participant_id=participant.id, title="Call the shelter", due_on=held - timedelta(days=1))
    assert is_overdue(due)
    assert not is_overdue(due.model_copy(update={"due_on": held}))
