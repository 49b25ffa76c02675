"""Which of a participant's records an HMIS export may carry: the disclosure gate (domain/disclosure.py)
asked for the program's HMIS recipient, for payment and HMIS reporting, on the day of the export.

- A consent covering the participant's demographics for that recipient and purpose: they go identified,
  each record only if a consent covers its kind of information, and substance use disorder information
  (an SUD disability answer, an SUD service, an SUD treatment facility as a living situation or an exit
  destination) only under a consent that names SUD information.
- None: the program's choice (`hmis_export.without_consent`, or the command's flag): left out, nothing of
  theirs goes; or de-identified, their episodes, contacts, services and snapshots go without name, date
  of birth or free text, and never their SUD information (no consent names it).

An episode is the participant's own demographic record (their status and dates, as the participant
record holds them), its destination apart when it is an SUD treatment facility."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from leaddesk.domain import Consent, Enrollment, Participant, SyncedRecord
from leaddesk.domain.disclosure import DisclosureItem, Recipient, evaluate, items_of
from leaddesk.domain.disclosure_codes import DisclosurePurpose, InformationCategory
from leaddesk.domain.enums import Destination
from leaddesk.domain.program import HmisWithoutConsent

PURPOSE = DisclosurePurpose.PAYMENT_REPORTING
DESTINATION_PART = "destination"


@dataclass(frozen=True)
class Disclosed:
    """What of one participant goes: identified or not, and the keys of the items that may."""

    identified: bool
    allowed: frozenset[str]
    withheld: int  # items held back (of this participant's records in the export)
    withheld_sud: int  # of those, how many hold SUD information

    def may(self, record: SyncedRecord, part: str = "") -> bool:
        key = f"{record.entity}:{record.id}" + (f":{part}" if part else "")
        return key in self.allowed


def enrollment_items(episode: Enrollment) -> list[DisclosureItem]:
    items = [DisclosureItem("enrollment", episode.id, InformationCategory.DEMOGRAPHICS_CONTACT)]
    if episode.destination is Destination.SUD_TREATMENT_FACILITY:
        items.append(
            DisclosureItem(
                "enrollment", episode.id, InformationCategory.DEMOGRAPHICS_CONTACT, True, DESTINATION_PART
            )
        )
    return items


def items_for(person: Participant, records: Iterable[SyncedRecord]) -> list[DisclosureItem]:
    """The participant first, then every record's items, as the gate sees them."""
    found = items_of(person)
    for record in records:
        found += enrollment_items(record) if isinstance(record, Enrollment) else items_of(record)
    return found


def decide(
    person: Participant,
    records: Sequence[SyncedRecord],
    *,
    consents: Iterable[Consent],
    recipient: Recipient,
    on: date,
    without_consent: HmisWithoutConsent,
) -> Disclosed | None:
    """What of `person` and their `records` may go; None when they are left out."""
    items = items_for(person, records)
    decision = evaluate(consents, recipient=recipient, purpose=PURPOSE, items=items, on=on)
    person_key = items[0].key
    if decision.decision_for(person_key).included:
        allowed = frozenset(d.item.key for d in decision.included)
        held = decision.withheld
        return Disclosed(True, allowed, len(held), sum(d.item.holds_sud for d in held))
    if without_consent is HmisWithoutConsent.LEAVE_OUT:
        return None
    allowed = frozenset(i.key for i in items if not i.holds_sud)
    sud = sum(i.holds_sud for i in items)
    return Disclosed(False, allowed, sud, sud)
