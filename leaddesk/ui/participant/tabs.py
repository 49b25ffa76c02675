"""The participant's record tabs beyond overview and notes, in the order a case manager works through
them: what happened (contacts, services, legal, housing, outcomes), how the person came in, what may be
shared, the files, and what is still to do. The page builds each one when it is first shown, so opening a
participant reads only what the first screen needs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from leaddesk.ui.participant.attachments_tab import AttachmentsTab
from leaddesk.ui.participant.conferences_tab import ConferencesTab
from leaddesk.ui.participant.consents_tab import ConsentsTab
from leaddesk.ui.participant.contacts_tab import ContactsTab
from leaddesk.ui.participant.disclosures_tab import DisclosuresTab
from leaddesk.ui.participant.housing_tab import HousingTab
from leaddesk.ui.participant.legal_tab import LegalTab
from leaddesk.ui.participant.outcomes_tab import OutcomesTab
from leaddesk.ui.participant.screening_tab import ScreeningTab
from leaddesk.ui.participant.services_tab import ServicesTab
from leaddesk.ui.participant.tasks_tab import TasksTab
from leaddesk.ui.session import Session
from leaddesk.ui.text import translate

RecordTab = Callable[[Session, str], QWidget]


def record_tabs() -> list[tuple[str, str, RecordTab]]:
    """(key, translated title, how to build it) for each tab; every widget built has `refresh()` and
    refreshes itself when the session announces a change to what it shows for this participant."""
    return [
        ("contacts", translate("RecordTabs", "Contacts"), ContactsTab),
        ("services", translate("RecordTabs", "Services & referrals"), ServicesTab),
        ("legal", translate("RecordTabs", "Legal & court"), LegalTab),
        ("housing", translate("RecordTabs", "Housing"), HousingTab),
        ("outcomes", translate("RecordTabs", "Outcomes"), OutcomesTab),
        ("screening", translate("RecordTabs", "Referral & eligibility"), ScreeningTab),
        ("consents", translate("RecordTabs", "Consents"), ConsentsTab),
        ("disclosures", translate("RecordTabs", "Disclosures"), DisclosuresTab),
        ("conferences", translate("RecordTabs", "Conferences"), ConferencesTab),
        ("attachments", translate("RecordTabs", "Attachments"), AttachmentsTab),
        ("tasks", translate("RecordTabs", "Tasks"), TasksTab),
    ]
