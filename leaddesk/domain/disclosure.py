"""The disclosure gate (42 CFR Part 2, 2024 rule): for a recipient, a purpose and a set of items, which
items a participant's consents allow out on a given day, which consent each relies on, and why anything
is withheld. Pure: it knows nothing of where items come from, so a packet, a saved copy, a case
conference's agenda and an HMIS export all ask the same question the same way.

An item is one record (or one part of a record: the substance use disorder answers of an outcome
snapshot travel apart from the rest of it) with the category of information it is and whether it holds
SUD information. A consent covers an item when it names the recipient, is signed, has not expired, is
not revoked (a criminal-justice consent inside its irrevocable period stays in force, §2.35), names the
purpose and the item's category, and, for SUD information, names SUD information explicitly."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from leaddesk.domain.base import SyncedRecord
from leaddesk.domain.casework import Contact, HousingStatus, LegalEvent, Need, PlanGoal, Referral, Service
from leaddesk.domain.consent import Consent
from leaddesk.domain.disclosure_codes import DisclosurePurpose, InformationCategory, WithheldReason
from leaddesk.domain.enums import ConsentKind, LivingSituation, NeedDomain, ServiceKind
from leaddesk.domain.notes import Addendum, CaseNote
from leaddesk.domain.outcomes import OutcomeSnapshot
from leaddesk.domain.participant import Participant
from leaddesk.domain.records import Attachment

SUD_NEEDS = frozenset({NeedDomain.SUD_TREATMENT, NeedDomain.MAT})
# A referral to or a delivery of these says the person has a substance use disorder.
SUD_SERVICES = frozenset(
    {ServiceKind.SUD_TREATMENT, ServiceKind.MAT, ServiceKind.RECOVERY_SUPPORT, ServiceKind.NALOXONE}
)
SUD_PART = "sud"  # the part of a record that holds its `sud_fields`

PURPOSE_WORDS = {
    DisclosurePurpose.TREATMENT_COORDINATION: "treatment and case coordination",
    DisclosurePurpose.CRIMINAL_JUSTICE: "criminal-justice coordination",
    DisclosurePurpose.PAYMENT_REPORTING: "payment and HMIS reporting",
    DisclosurePurpose.EVALUATION: "evaluation",
    DisclosurePurpose.OTHER: "another purpose",
}
CATEGORY_WORDS = {
    InformationCategory.DEMOGRAPHICS_CONTACT: "demographics and contact information",
    InformationCategory.PLAN_AND_NEEDS: "the plan and needs",
    InformationCategory.NOTES: "case notes and contacts",
    InformationCategory.LEGAL_EVENTS: "the referral and legal events",
    InformationCategory.SERVICES: "services",
    InformationCategory.ATTACHMENTS: "attached files",
    InformationCategory.OUTCOME_SNAPSHOTS: "outcome snapshots",
    InformationCategory.SUD_INFORMATION: "substance use disorder information",
}


@dataclass(frozen=True, slots=True)
class Recipient:
    """Who receives a disclosure: a partner agency by its code in the program's list (its label for
    showing), or, for a consent that typed its recipient, that text exactly (`code` empty)."""

    code: str
    name: str

    @classmethod
    def of(cls, consent: Consent) -> Recipient:
        return cls(code=consent.recipient_code, name=consent.recipient)

    def is_named_by(self, consent: Consent) -> bool:
        if consent.recipient_code:
            return consent.recipient_code == self.code
        return consent.recipient == self.name

    @property
    def key(self) -> str:
        return self.code or self.name


@dataclass(frozen=True, slots=True)
class DisclosureItem:
    """One thing that may leave: a record, or a part of one (`part`), as the gate sees it."""

    entity: str
    record_id: str
    category: InformationCategory
    holds_sud: bool = False
    part: str = ""

    @property
    def key(self) -> str:
        return f"{self.entity}:{self.record_id}" + (f":{self.part}" if self.part else "")


_CATEGORY_OF: dict[type[SyncedRecord], InformationCategory] = {
    Participant: InformationCategory.DEMOGRAPHICS_CONTACT,
    HousingStatus: InformationCategory.DEMOGRAPHICS_CONTACT,
    Need: InformationCategory.PLAN_AND_NEEDS,
    PlanGoal: InformationCategory.PLAN_AND_NEEDS,
    CaseNote: InformationCategory.NOTES,
    Addendum: InformationCategory.NOTES,
    Contact: InformationCategory.NOTES,
    Referral: InformationCategory.LEGAL_EVENTS,
    LegalEvent: InformationCategory.LEGAL_EVENTS,
    Service: InformationCategory.SERVICES,
    Attachment: InformationCategory.ATTACHMENTS,
    OutcomeSnapshot: InformationCategory.OUTCOME_SNAPSHOTS,
}
DISCLOSABLE = tuple(_CATEGORY_OF)


def holds_sud(record: SyncedRecord, *, note_is_sud: bool = False) -> bool:
    """Whether the record itself says the person has a substance use disorder (an addendum takes its
    note's flag: `note_is_sud`)."""
    match record:
        case CaseNote():
            return record.sensitive_sud
        case Addendum():
            return note_is_sud
        case Need() | PlanGoal():
            return record.domain in SUD_NEEDS
        case Service():
            return record.kind in SUD_SERVICES
        case HousingStatus():
            return record.situation is LivingSituation.SUD_TREATMENT_FACILITY
        case _:
            return False


def items_of(record: SyncedRecord, *, note_is_sud: bool = False) -> list[DisclosureItem]:
    """The items a record is made of: itself, and apart, its SUD fields if its model has any.
    ValueError for a record that is never disclosed (a consent, a task, a conflict)."""
    category = _CATEGORY_OF.get(type(record))
    if category is None:
        raise ValueError(f"a {record.entity.replace('_', ' ')} is not disclosed")
    whole = DisclosureItem(
        entity=record.entity,
        record_id=record.id,
        category=category,
        holds_sud=holds_sud(record, note_is_sud=note_is_sud),
    )
    if not type(record).sud_fields:
        return [whole]
    return [whole, DisclosureItem(record.entity, record.id, category, holds_sud=True, part=SUD_PART)]


@dataclass(frozen=True, slots=True)
class ItemDecision:
    """The gate's answer for one item: included under `consent_id`, or withheld for `reason`, the
    consent that came closest being `nearest` (what a screen says in its own language, as `sentence`
    says it in English)."""

    item: DisclosureItem
    reason: WithheldReason | None
    sentence: str
    consent_id: str | None
    nearest: Consent | None = None

    @property
    def included(self) -> bool:
        return self.reason is None


@dataclass(frozen=True, slots=True)
class GateDecision:
    recipient: Recipient
    purpose: DisclosurePurpose
    on: date
    decisions: tuple[ItemDecision, ...]

    @property
    def included(self) -> list[ItemDecision]:
        return [d for d in self.decisions if d.included]

    @property
    def withheld(self) -> list[ItemDecision]:
        return [d for d in self.decisions if not d.included]

    @property
    def consents_relied_on(self) -> list[str]:
        """The consents the included items rely on, each once, in the order first relied on."""
        return list(dict.fromkeys(d.consent_id for d in self.included if d.consent_id))

    def decision_for(self, item_key: str) -> ItemDecision:
        return next(d for d in self.decisions if d.item.key == item_key)


def in_force(consent: Consent, on: date) -> bool:
    """Not revoked on `on`: revoked_on <= on revokes, except inside a criminal-justice consent's
    irrevocable period (42 CFR 2.35), which a revocation cannot cut short."""
    if consent.revoked_on is None or on < consent.revoked_on:
        return True
    return (
        consent.kind is ConsentKind.CRIMINAL_JUSTICE
        and consent.irrevocable_until is not None
        and on < consent.irrevocable_until
    )


def first_failure(
    consent: Consent, *, purpose: DisclosurePurpose, item: DisclosureItem, on: date
) -> WithheldReason | None:
    """Why `consent` (which names the recipient) does not cover `item`, checked in the order a person
    reads a consent; None if it covers it."""
    if on < consent.signed_on:
        return WithheldReason.NOT_YET_SIGNED
    if consent.expires_on is not None and on > consent.expires_on:
        return WithheldReason.EXPIRED
    if not in_force(consent, on):
        return WithheldReason.REVOKED
    if purpose not in consent.purposes:
        return WithheldReason.WRONG_PURPOSE
    if item.category not in consent.categories:
        return WithheldReason.INFORMATION_NOT_NAMED
    if item.holds_sud and InformationCategory.SUD_INFORMATION not in consent.categories:
        return WithheldReason.SUD_NOT_NAMED
    return None


_ORDER = list(WithheldReason)


def _sentence(
    reason: WithheldReason, consent: Consent | None, *, recipient: Recipient, purpose: DisclosurePurpose,
    item: DisclosureItem,
) -> str:  # fmt: skip
    who = recipient.name or recipient.code
    if consent is None:
        return f"No consent names {who} as a recipient."
    signed = consent.signed_on.isoformat()
    match reason:
        case WithheldReason.NOT_YET_SIGNED:
            return f"The consent to {who} is dated {signed}; it allows nothing before then."
        case WithheldReason.EXPIRED:
            expired = consent.expires_on.isoformat() if consent.expires_on else ""
            return f"The consent to {who} signed {signed} expired on {expired}."
        case WithheldReason.REVOKED:
            revoked = consent.revoked_on.isoformat() if consent.revoked_on else ""
            return f"The consent to {who} signed {signed} was revoked on {revoked}."
        case WithheldReason.WRONG_PURPOSE:
            words = PURPOSE_WORDS[purpose]
            return f"The consent to {who} signed {signed} does not allow disclosure for {words}."
        case WithheldReason.INFORMATION_NOT_NAMED:
            return f"The consent to {who} signed {signed} does not name {CATEGORY_WORDS[item.category]}."
        case _:
            return (
                f"This is substance use disorder information, which the consent to {who} signed {signed} "
                "does not name explicitly."
            )


def evaluate(
    consents: Iterable[Consent],
    *,
    recipient: Recipient,
    purpose: DisclosurePurpose,
    items: Sequence[DisclosureItem],
    on: date,
) -> GateDecision:
    """For each item, in order: included under the latest-signed consent that covers it, or withheld
    with the reason of the consent that came closest (the one whose first failure is checked last)."""
    named = sorted(
        (c for c in consents if not c.deleted and recipient.is_named_by(c)),
        key=lambda c: (c.signed_on, c.id),
        reverse=True,
    )
    decisions = []
    for item in items:
        failures = [(first_failure(c, purpose=purpose, item=item, on=on), c) for c in named]
        covering = next((c for reason, c in failures if reason is None), None)
        if covering is not None:
            decisions.append(ItemDecision(item, None, "", covering.id))
            continue
        reason, nearest = max(
            ((r, c) for r, c in failures if r is not None),
            key=lambda pair: _ORDER.index(pair[0]),
            default=(WithheldReason.NO_CONSENT, None),
        )
        sentence = _sentence(reason, nearest, recipient=recipient, purpose=purpose, item=item)
        decisions.append(ItemDecision(item, reason, sentence, None, nearest))
    return GateDecision(recipient=recipient, purpose=purpose, on=on, decisions=tuple(decisions))
