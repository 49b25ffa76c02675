"""What an officer is told about a referral they sent (issue 19): the LEAD custom of received / met /
engaged, computed from the records, and more only where the disclosure gate lets a consent naming the
officer's agency allow it for criminal-justice coordination.

Without such a consent, a hand-off that did not happen (the person could not be found, or declined) is
"closed": the officer learns that the referral has run its course, not why, which is the person's own
business. A consent that covers the referral lets the outcome show as itself; one that covers who the
participant is lets their program status and case manager show, so the officer knows whom to call.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from leaddesk.domain.casework import Referral
from leaddesk.domain.casework_codes import HandoffOutcome
from leaddesk.domain.consent import Consent
from leaddesk.domain.disclosure import Recipient, evaluate, items_of
from leaddesk.domain.disclosure_codes import DisclosurePurpose
from leaddesk.domain.enums import ParticipantStatus
from leaddesk.domain.participant import Participant

ENGAGED_STATUSES = frozenset({ParticipantStatus.ENGAGED, ParticipantStatus.ACTIVE})


class OfficerStatus(StrEnum):
    """A referral's status as its officer sees it; the last two only under a consent (see above)."""

    RECEIVED = "received"
    MET = "met"
    ENGAGED = "engaged"
    CLOSED = "closed"
    NOT_LOCATED = "not_located"
    DECLINED = "declined"


@dataclass(frozen=True, slots=True)
class OfficerFeedback:
    status: OfficerStatus
    # Shown only because a consent allows it: the participant's program status and case manager.
    program_status: ParticipantStatus | None = None
    case_manager: str = ""
    consents_relied_on: tuple[str, ...] = field(default=())
    items_disclosed: int = 0

    @property
    def disclosed(self) -> bool:
        return self.items_disclosed > 0


def base_status(referral: Referral | None, participant: Participant | None) -> OfficerStatus:
    """The status everyone may know: received, met, engaged, or closed."""
    if referral is None or participant is None or referral.deleted or participant.deleted:
        return OfficerStatus.CLOSED
    if participant.engaged_on is not None or participant.status in ENGAGED_STATUSES:
        return OfficerStatus.ENGAGED
    outcome = referral.handoff_outcome
    if outcome is HandoffOutcome.MET:
        return OfficerStatus.MET
    if outcome is not HandoffOutcome.PENDING or participant.status is ParticipantStatus.EXITED:
        return OfficerStatus.CLOSED
    return OfficerStatus.RECEIVED


def feedback(
    referral: Referral | None,
    participant: Participant | None,
    *,
    consents: Iterable[Consent],
    agency: Recipient,
    staff_names: Mapping[str, str],
    on: date,
) -> OfficerFeedback:
    """What the officer of `agency` may see about this referral on `on`."""
    status = base_status(referral, participant)
    if referral is None or participant is None or status is OfficerStatus.RECEIVED:
        return OfficerFeedback(status=status)
    items = [*items_of(referral), *items_of(participant)]
    purpose = DisclosurePurpose.CRIMINAL_JUSTICE
    gate = evaluate(consents, recipient=agency, purpose=purpose, items=items, on=on)
    allowed = {d.item.entity for d in gate.included}
    if not allowed:
        return OfficerFeedback(status=status)
    if status is OfficerStatus.CLOSED and Referral.entity in allowed:
        outcome = referral.handoff_outcome
        if outcome is HandoffOutcome.NOT_LOCATED:
            status = OfficerStatus.NOT_LOCATED
        elif outcome is HandoffOutcome.DECLINED:
            status = OfficerStatus.DECLINED
    if Participant.entity not in allowed:
        return OfficerFeedback(
            status=status, consents_relied_on=tuple(gate.consents_relied_on), items_disclosed=len(allowed)
        )
    manager = participant.case_manager
    return OfficerFeedback(
        status=status,
        program_status=participant.status,
        case_manager=staff_names.get(manager, manager),
        consents_relied_on=tuple(gate.consents_relied_on),
        items_disclosed=len(allowed),
    )
