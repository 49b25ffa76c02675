"""The case conference screenshot: a meeting under way on the demo laptop, with a few participants of
the suggested agenda, the prosecutor's liaison and probation in the room, two participants whose
consents name both agencies (identified) and the others discussed without identifying details."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from leaddesk.domain import Consent
from leaddesk.domain.clock import local_today
from leaddesk.domain.disclosure_codes import DisclosurePurpose, InformationCategory
from leaddesk.domain.enums import ConsentKind
from leaddesk.ui.conference_page import ID_ROLE
from leaddesk.ui.workspace import CONFERENCE, Workspace

ON_AGENDA = 4
IDENTIFIED = 2
ROOM = (("Dana Reyes", "kcpao"), ("Jo Okafor", "kcprob"), ("Casey Morgan", ""))  # demo/consent_terms.py
NAMED = (InformationCategory.DEMOGRAPHICS_CONTACT, InformationCategory.LEGAL_EVENTS,
         InformationCategory.PLAN_AND_NEEDS)  # fmt: skip


def stage_meeting(workspace: Workspace) -> None:
    """Show the conference page with an agenda built and a decision under way (invented demo data)."""
    session, page = workspace.session, workspace.conference
    workspace.show_page(CONFERENCE)
    session.runner.wait()  # the suggestions are read off the GUI thread
    chosen = [page.suggestions.item(n) for n in range(min(ON_AGENDA, page.suggestions.count()))]
    for item in chosen[:IDENTIFIED]:
        for name, code in ROOM[:2]:
            session.create(_consent(str(item.data(ID_ROLE)), recipient=name, code=code))
    for n in range(ON_AGENDA, page.suggestions.count()):
        page.suggestions.item(n).setCheckState(Qt.CheckState.Unchecked)
    agencies = {page.agency.itemData(i): page.agency.itemText(i) for i in range(page.agency.count())}
    for name, code in ROOM:
        page.add_attendee(name, code if code in agencies else "")
    page.build_agenda()
    session.runner.wait()
    panel = page.decisions
    panel.text.setPlainText("Prosecutor will hold the filing decision over while the plan goes on.")
    panel.task_title.setText("Send the prosecutor the plan's progress")
    panel.add_task.click()


def _consent(participant_id: str, *, recipient: str, code: str) -> Consent:
    signed = local_today() - timedelta(days=20)
    return Consent(
        participant_id=participant_id, kind=ConsentKind.CRIMINAL_JUSTICE, discloser="Bellmoor LEAD",
        information="Name, date of birth, legal events, and plan and needs", recipient=recipient,
        recipient_code=code, purpose="Coordinating the diverted case with the prosecutor and probation",
        signed_by="the participant", signed_on=signed, expires_on=signed + timedelta(days=365),
        purposes=[DisclosurePurpose.CRIMINAL_JUSTICE], categories=list(NAMED),
    )  # fmt: skip
