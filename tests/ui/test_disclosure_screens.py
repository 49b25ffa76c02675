"""The disclosure screens through real widgets: the packet dialog's preview (included, and withheld with
the gate's reason), Write PDF… recording the disclosure and writing the packet off the GUI thread,
nothing recorded when the file choice is cancelled or the file cannot be written, the participant's
list of disclosures and the accounting of disclosures as a PDF."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from leaddesk.desk import Desk
from leaddesk.desk.disclosure import NOTICE, Delivery, DisclosurePurpose, Recipient
from leaddesk.domain import CaseNote, Consent, Participant
from leaddesk.domain.clock import local_today
from leaddesk.domain.disclosure_codes import InformationCategory, WithheldReason
from leaddesk.domain.enums import AuditAction, ConsentKind, LivingSituation
from leaddesk.storage.store import Store
from leaddesk.ui.display import day
from leaddesk.ui.participant.consents_tab import ConsentsTab
from leaddesk.ui.participant.disclosure_dialog import DisclosureDialog
from leaddesk.ui.participant.disclosures_tab import DisclosuresTab
from leaddesk.ui.participant.page import ParticipantPage
from leaddesk.ui.participant.record_text import fields_of, value_text
from leaddesk.ui.session import Session
from tests.ui.test_disclosure_packet import pages_text, squash

PROBATION = Recipient(code="PROB", name="Kestrel County Probation")
COORD = DisclosurePurpose.TREATMENT_COORDINATION
PLAIN, SUD = "Zanzibar kept the court date", "Zanzibar methadone dose confirmed"


@pytest.fixture
def session(qapp, store: Store) -> Session:
    return Session(Desk(store))


@pytest.fixture
def consent(store: Store, participant: Participant) -> Consent:
    made = store.repos.consents.create(
        Consent(
            participant_id=participant.id, discloser="Bellmoor LEAD", information="Case notes",
            recipient=PROBATION.name, recipient_code=PROBATION.code, purpose="Coordinating supervision",
            signed_by="Jordan Quill", signed_on=local_today() - timedelta(days=3),
            expires_on=local_today() + timedelta(days=90), purposes=[COORD],
            categories=[InformationCategory.NOTES],
        )
    )  # fmt: skip
    for text, sud in ((PLAIN, False), (SUD, True)):
        note = store.repos.notes.create(CaseNote(participant_id=participant.id, data=text, sensitive_sud=sud))
        store.repos.notes.sign(note.id)
    return made


@pytest.fixture
def dialog(qtbot, session: Session, participant: Participant, consent: Consent) -> DisclosureDialog:
    widget = DisclosureDialog(session, participant.id)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.review is not None, timeout=5000)
    return widget


def column(model, col: int) -> list[str]:
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def write(qtbot, dialog: DisclosureDialog, path: Path) -> None:
    job = dialog.write(path)
    assert job is not None
    qtbot.waitUntil(lambda: job.finished.is_set(), timeout=10_000)
    dialog.session.runner.wait()


def test_the_preview_shows_what_is_included_and_what_is_withheld_and_why(dialog: DisclosureDialog) -> None:
    assert dialog.recipient() == PROBATION
    assert column(dialog.included_model, 1) == [PLAIN + " — Casey Morgan"]
    withheld = dict(zip(column(dialog.withheld_model, 0), column(dialog.withheld_model, 2), strict=True))
    assert withheld["Note"] == (
        "This is substance use disorder information, which the consent to Kestrel County Probation signed "
        f"{day(local_today() - timedelta(days=3))} does not name explicitly."
    )
    assert "does not name “Demographics and contact”" in withheld["Participant"]
    assert dialog.included_title.text() == "Included: 1 item"
    assert dialog.write_button.isEnabled()
    # Another purpose: nothing may go, and the button says so by being off.
    dialog.purposes.setCurrentIndex(dialog.purposes.findData(DisclosurePurpose.EVALUATION))
    dialog.session.runner.wait()
    assert dialog.included_model.rowCount() == 0
    assert {d.reason for d in dialog.review.decision.withheld} == {WithheldReason.WRONG_PURPOSE}
    assert not dialog.write_button.isEnabled()
    assert "Nothing may be disclosed" in dialog.message.text()


def test_write_pdf_records_the_disclosure_and_the_list_and_accounting_show_it(
    qtbot, dialog: DisclosureDialog, session: Session, store: Store, participant: Participant, tmp_path: Path
) -> None:
    tab = DisclosuresTab(session, participant.id)
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 0
    dialog.delivery.setCurrentIndex(dialog.delivery.findData(Delivery.PRINTED))
    dialog.description.setText("Packet for the review hearing")
    path = tmp_path / "packet.pdf"
    with qtbot.waitSignal(dialog.written, timeout=10_000):
        write(qtbot, dialog, path)
    [made] = store.repos.disclosures.find(participant_id=participant.id)
    assert (made.recipient_code, made.delivery, made.purpose) == ("PROB", Delivery.PRINTED, COORD)
    whole = " ".join(pages_text(path))
    assert PLAIN in whole
    assert "methadone" not in whole
    assert squash(NOTICE) in whole
    # The participant's list shows it (the tab heard of the write).
    row = [tab.model.data(tab.model.index(0, c)) for c in range(tab.model.columnCount())]
    assert row[1:] == [
        "Kestrel County Probation", "Treatment and case coordination", "Printed and handed over",
        made.disclosed_by, "1", "Packet for the review hearing",
    ]  # fmt: skip
    assert row[0].startswith(day(local_today()))
    accounting = tmp_path / "accounting.pdf"
    exports = len(store.repos.audit.events(action=AuditAction.EXPORT))
    job = tab.write_accounting(accounting)
    qtbot.waitUntil(lambda: job.finished.is_set(), timeout=10_000)
    session.runner.wait()
    text = " ".join(pages_text(accounting))
    assert "Accounting of disclosures" in text
    assert "Kestrel County Probation" in text
    assert "Packet for the review hearing" in text
    assert "Printed and handed over" in text
    assert len(store.repos.audit.events(action=AuditAction.EXPORT)) == exports + 1
    assert "accounting-of-disclosures" not in text  # the file's name is the user's, not in the text
    assert "The accounting of disclosures (1 disclosure)" in tab.notice.text()


def test_cancelling_the_file_choice_records_nothing(
    dialog: DisclosureDialog, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    dialog.choose_file()
    dialog.session.runner.wait()
    assert store.repos.disclosures.count() == 0
    assert dialog.message.isHidden()  # nothing was started: no "Writing the packet…"
    assert dialog.write_button.isEnabled()


def test_a_packet_that_cannot_be_written_records_nothing_and_says_so(
    qtbot, dialog: DisclosureDialog, store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "no such folder" / "packet.pdf"
    write(qtbot, dialog, path)
    assert store.repos.disclosures.count() == 0
    assert dialog.message.text().startswith(f"The PDF could not be written at {path}: ")
    assert dialog.message.text().endswith("Nothing was recorded.")
    assert dialog.write_button.isEnabled()


def test_a_consent_revoked_after_the_preview_writes_nothing(
    qtbot, dialog: DisclosureDialog, store: Store, consent: Consent, tmp_path: Path
) -> None:
    yesterday = local_today() - timedelta(days=1)
    store.repos.consents.update(consent.id, {"revoked_on": yesterday})  # a sync did it
    path = tmp_path / "packet.pdf"
    write(qtbot, dialog, path)
    assert not path.exists()
    assert store.repos.disclosures.count() == 0
    assert "changed since the preview" in dialog.message.text()
    qtbot.waitUntil(lambda: dialog.included_model.rowCount() == 0, timeout=5000)  # read again


def test_disclose_from_the_consents_tab_starts_with_the_selected_consents_recipient(
    qtbot, session: Session, participant: Participant, consent: Consent
) -> None:
    housing = {"id": "0190d0a0-0000-7000-8000-00000000c0de", "recipient_code": "", "recipient": "Housing"}
    session.create(consent.model_copy(update=housing))
    tab = ConsentsTab(session, participant.id)
    qtbot.addWidget(tab)
    assert tab.disclose_button.isEnabled()
    tab.select(consent.id)
    dialog = tab.disclosure_form()
    qtbot.addWidget(dialog)
    assert dialog.recipient() == PROBATION
    assert dialog.recipients.count() == 2


def test_disclose_from_the_participant_page_shows_the_disclosures_once_written(
    qtbot, session: Session, participant: Participant, consent: Consent, tmp_path: Path
) -> None:
    page = ParticipantPage(session, participant.id)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.is_open, timeout=5000)
    page.disclose()
    dialog = page.dialog
    assert isinstance(dialog, DisclosureDialog)
    qtbot.waitUntil(lambda: dialog.review is not None, timeout=5000)
    write(qtbot, dialog, tmp_path / "packet.pdf")
    qtbot.waitUntil(lambda: page.current_tab() == "disclosures", timeout=5000)
    tab = page.record_tab("disclosures")
    assert isinstance(tab, DisclosuresTab)
    assert tab.model.rowCount() == 1


def test_a_record_reads_in_words_without_codes_or_other_records_ids(qapp, participant: Participant) -> None:
    assert value_text(LivingSituation.PLACE_NOT_MEANT_FOR_HABITATION).startswith("Place not meant")
    assert value_text(ConsentKind.CRIMINAL_JUSTICE) == "Criminal justice (42 CFR 2.35)"
    contact = "0190d0a0-0000-7000-8000-000000000001"
    note = CaseNote(participant_id=participant.id, contact_id=contact, data="Seen")
    shown = dict(fields_of(note))
    assert "Contact ID" not in shown
    assert not any("0190d0a0" in text for text in shown.values())
