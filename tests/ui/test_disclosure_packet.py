"""The disclosure packet's PDF, checked by its text (QtPdf's QPdfDocument, offscreen): the 42 CFR 2.32
notice on every page, a copy of the consent relied on, every included item's text and none of the
withheld items' text; and the accounting of disclosures."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from PySide6.QtPdf import QPdfDocument

from leaddesk.desk import Desk
from leaddesk.desk.disclosure import NOTICE, Delivery, DisclosurePurpose, Recipient
from leaddesk.domain import CaseNote, Consent, Participant
from leaddesk.domain.clock import local_today
from leaddesk.domain.disclosure_codes import InformationCategory
from leaddesk.storage.store import Store
from leaddesk.ui.participant.packet_pdf import accounting_html, packet_html, write_pdf

PROBATION = Recipient(code="PROB", name="County Probation")
COORD = DisclosurePurpose.TREATMENT_COORDINATION


def pages_text(path: Path) -> list[str]:
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    texts = [" ".join(doc.getAllText(n).text().split()) for n in range(doc.pageCount())]
    doc.close()
    return texts


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_the_packet_holds_the_notice_on_every_page_the_consent_and_only_what_is_included(
    qapp, store: Store, participant: Participant, tmp_path: Path
) -> None:
    store.repos.consents.create(
        Consent(
            participant_id=participant.id, discloser="LEAD Juniper County", information="Progress notes only",
            recipient=PROBATION.name, recipient_code=PROBATION.code, purpose="Coordinating supervision",
            signed_by="Jordan Quill", signed_on=local_today() - timedelta(days=5),
            expires_on=local_today() + timedelta(days=60), purposes=[COORD],
            categories=[InformationCategory.NOTES],
        )
    )  # fmt: skip
    included, withheld = [], []
    for n in range(40):  # enough to fill several pages
        sud = n % 4 == 0
        text = f"Zanzibar{n:02d} {'methadone dose' if sud else 'kept the appointment'}"
        note = store.repos.notes.create(CaseNote(participant_id=participant.id, data=text, sensitive_sud=sud))
        store.repos.notes.sign(note.id)
        (withheld if sud else included).append(text)
    desk = Desk(store)
    review = desk.disclosures.review(participant.id, recipient=PROBATION, purpose=COORD)
    path = tmp_path / "packet.pdf"
    pages = write_pdf(path, packet_html(review, program="LEAD Juniper County", disclosed_by="Casey Morgan"))
    texts = pages_text(path)
    assert len(texts) == pages >= 2
    notice = squash(NOTICE)
    assert all(notice in page for page in texts)
    whole = " ".join(texts)
    assert "Copy of the consent relied on" in whole
    assert "Progress notes only" in whole
    assert "Coordinating supervision" in whole
    assert all(text in whole for text in included)
    assert not any(text in whole for text in withheld)
    assert "methadone" not in whole
    assert participant.last_name in whole


def test_the_accounting_lists_each_disclosure(
    qapp, store: Store, participant: Participant, tmp_path: Path
) -> None:
    store.repos.consents.create(
        Consent(
            participant_id=participant.id, discloser="LEAD", information="Notes", recipient=PROBATION.name,
            recipient_code=PROBATION.code, purpose="Coordination", signed_by="Jordan Quill",
            signed_on=local_today(), expiry_event="Exit from LEAD", purposes=[COORD],
            categories=[InformationCategory.NOTES],
        )
    )  # fmt: skip
    note = store.repos.notes.create(CaseNote(participant_id=participant.id, data="Seen"))
    store.repos.notes.sign(note.id)
    desk = Desk(store)
    review = desk.disclosures.review(participant.id, recipient=PROBATION, purpose=COORD)
    desk.disclosures.record(review, delivery=Delivery.IN_PERSON, description="Packet for the hearing")
    path = tmp_path / "accounting.pdf"
    write_pdf(
        path, accounting_html(desk.disclosures.of(participant.id), participant="Jordan Quill", program="LEAD")
    )
    whole = " ".join(pages_text(path))
    assert "Accounting of disclosures" in whole
    assert "County Probation" in whole
    assert "Packet for the hearing" in whole
    assert squash(NOTICE) in whole
