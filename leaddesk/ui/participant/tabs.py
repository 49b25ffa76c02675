"""The participant's record tabs beyond overview and notes, in the order a case manager works through
them: what happened (contacts, services, legal, housing), how the person came in, what may be shared,
the files, and what is still to do."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from leaddesk.ui.participant.attachments_tab import AttachmentsTab
from leaddesk.ui.participant.consents_tab import ConsentsTab
from leaddesk.ui.participant.contacts_tab import ContactsTab
from leaddesk.ui.participant.housing_tab import HousingTab
from leaddesk.ui.participant.legal_tab import LegalTab
from leaddesk.ui.participant.screening_tab import ScreeningTab
from leaddesk.ui.participant.services_tab import ServicesTab
from leaddesk.ui.participant.tasks_tab import TasksTab
from leaddesk.ui.session import Session
from leaddesk.ui.text import translate


def record_tabs(session: Session, participant_id: str) -> list[tuple[str, str, QWidget]]:
    """(key, translated title, widget) for each tab; every widget has `refresh()` and refreshes itself
    when the session announces a change to what it shows for this participant."""
    return [
        ("contacts", translate("RecordTabs", "Contacts"), ContactsTab(session, participant_id)),
        ("services", translate("RecordTabs", "Services & referrals"), ServicesTab(session, participant_id)),
        ("legal", translate("RecordTabs", "Legal & court"), LegalTab(session, participant_id)),
        ("housing", translate("RecordTabs", "Housing"), HousingTab(session, participant_id)),
        (
            "screening",
            translate("RecordTabs", "Referral & eligibility"),
            ScreeningTab(session, participant_id),
        ),
        ("consents", translate("RecordTabs", "Consents"), ConsentsTab(session, participant_id)),
        ("attachments", translate("RecordTabs", "Attachments"), AttachmentsTab(session, participant_id)),
        ("tasks", translate("RecordTabs", "Tasks"), TasksTab(session, participant_id)),
    ]
