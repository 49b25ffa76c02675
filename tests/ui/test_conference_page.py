"""The case conference page, offscreen: the agenda it builds shows a participant without a covering
consent only as "Participant N (initials)", and printing it records the disclosure first and writes
a PDF that names the identified participant and never the de-identified one."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from leaddesk.desk import Desk
from leaddesk.domain import Consent, Contact, LegalEvent, Participant
from leaddesk.domain.clock import local_today
from leaddesk.domain.conference import AgendaReason, Attendee, ConferenceDiscussion
from leaddesk.domain.disclosure_codes import Delivery, DisclosurePurpose, InformationCategory
from leaddesk.domain.enums import ContactKind, LegalEventKind
from leaddesk.domain.program import CatalogueEntry, ProgramSettings
from leaddesk.storage.store import Store
from leaddesk.ui.conference_page import ConferencePage
from leaddesk.ui.participant.conferences_tab import ConferencesTab
from leaddesk.ui.session import Session
from tests.ui.test_disclosure_packet import pages_text


def test_the_page_deidentifies_and_prints_through_the_gate(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    pao = CatalogueEntry(code="PAO", label="Prosecuting Attorney")
    store.repos.program.replace(version="d" * 32, settings=ProgramSettings(partner_agencies=[pao]), roster=[])
    people = [
        store.repos.participants.create(Participant(first_name=first, last_name=last, team_id="north"))
        for first, last in (("Jordan", "Quill"), ("Riley", "Marsh"))
    ]
    for who in people:
        store.repos.legal_events.create(
            LegalEvent(participant_id=who.id, kind=LegalEventKind.COURT_DATE,
                       occurred_at=datetime.now(UTC) + timedelta(days=3), court="Municipal")
        )  # fmt: skip
    store.repos.consents.create(
        Consent(
            participant_id=people[0].id, discloser="LEAD", information="Name and court dates",
            recipient=pao.label, recipient_code="PAO", purpose="Coordination", signed_by="Jordan Quill",
            signed_on=local_today() - timedelta(days=3), expires_on=local_today() + timedelta(days=90),
            purposes=[DisclosurePurpose.CRIMINAL_JUSTICE],
            categories=[InformationCategory.DEMOGRAPHICS_CONTACT, InformationCategory.LEGAL_EVENTS],
        )
    )  # fmt: skip
    session = Session(Desk(store))
    page = ConferencePage(session)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.suggestions.count() == 2, timeout=5000)
    page.add_attendee("Dana Reyes", "PAO")
    page.build_agenda()
    qtbot.waitUntil(lambda: page.entries.count() == 2, timeout=5000)
    titles = [page.entries.item(n).text() for n in range(2)]
    assert titles[0].startswith("1. Quill, Jordan")
    assert titles[1] == "2. Participant 2 (R. M.) — without identifying details"

    pdf = tmp_path / "agenda.pdf"
    page.write_agenda(pdf)
    (disclosure,) = store.repos.disclosures.find()
    assert (disclosure.participant_id, disclosure.delivery) == (people[0].id, Delivery.PRINTED)
    text = " ".join(pages_text(pdf))
    assert "Quill, Jordan" in text
    assert "Municipal" in text
    assert "Participant 2 (R. M.)" in text
    assert "Marsh" not in text
    assert "Riley" not in text
    session.runner.stop()


def test_someone_nobody_suggested_is_added_by_typing_their_name(qtbot: QtBot, store: Store) -> None:
    avery = store.repos.participants.create(
        Participant(first_name="Avery", last_name="Tamsin", team_id="north")
    )
    seen = Contact(participant_id=avery.id, kind=ContactKind.STREET, occurred_at=datetime.now(UTC))
    store.repos.contacts.create(seen)  # seen today
    session = Session(Desk(store))
    page = ConferencePage(session)
    qtbot.addWidget(page)
    session.runner.wait()
    assert page.suggestions.count() == 0  # seen today, no court date, nothing to coordinate
    qtbot.keyClicks(page.someone_else, "tams")
    assert page.choices.rowCount() == 1
    page.completer.activated[QModelIndex].emit(page.choices.index(0, 0))  # type: ignore[index]
    assert page.suggestions.count() == 1
    item = page.suggestions.item(0)
    assert item.text() == "Tamsin, Avery — Added by the team"
    assert item.checkState() == Qt.CheckState.Checked
    assert page.someone_else.text() == ""
    page.completer.activated[QModelIndex].emit(page.choices.index(0, 0))  # type: ignore[index]
    assert page.suggestions.count() == 1  # once on the agenda, not twice
    session.runner.stop()


def test_the_participants_page_lists_the_meetings_they_were_discussed_at(qtbot: QtBot, store: Store) -> None:
    pao = CatalogueEntry(code="PAO", label="Prosecuting Attorney")
    store.repos.program.replace(version="e" * 32, settings=ProgramSettings(partner_agencies=[pao]), roster=[])
    riley = store.repos.participants.create(
        Participant(first_name="Riley", last_name="Marsh", team_id="north")
    )
    store.repos.discussions.create(
        ConferenceDiscussion(
            participant_id=riley.id, conference_id=riley.id, meeting_date=date(2026, 11, 12), team="north",
            attendees=[Attendee(name="Dana Reyes", agency_code="PAO"), Attendee(name="Casey Morgan")],
            identified=False, reasons=[AgendaReason.COURT_DATE], decisions="Hold the filing over a month.",
        )
    )  # fmt: skip
    session = Session(Desk(store))
    tab = ConferencesTab(session, riley.id)
    qtbot.addWidget(tab)
    tab.refresh()
    assert not tab.add_button.isVisibleTo(tab)  # meetings are held on the Conference page
    row = [tab.model.data(tab.model.index(0, c)) for c in range(tab.model.columnCount())]
    assert row[:2] == ["Nov 12, 2026", "Dana Reyes (Prosecuting Attorney), Casey Morgan"]
    assert row[2:4] == ["Without identifying details", "Court date in the next 14 days"]
    assert row[-1] == "Hold the filing over a month."
    session.runner.stop()
