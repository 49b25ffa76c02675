"""The disclosure gate (domain/disclosure.py): one named test per consent scenario of issue 14's
acceptance list, and properties over random consents and items."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leaddesk.domain import CaseNote, Consent, Need, OutcomeSnapshot, Service
from leaddesk.domain.consent import revoke
from leaddesk.domain.disclosure import (
    DisclosureItem,
    Recipient,
    evaluate,
    first_failure,
    items_of,
)
from leaddesk.domain.disclosure_codes import DisclosurePurpose, InformationCategory, WithheldReason
from leaddesk.domain.enums import ConsentKind, NeedDomain, ServiceKind
from leaddesk.domain.errors import ConsentIrrevocable
from leaddesk.domain.ids import new_id
from leaddesk.domain.outcome_codes import DataCollectionStage, SubstanceUseDisorder

PID = new_id()
TODAY = date(2026, 3, 2)
PROBATION = Recipient(code="PROB", name="County Probation")
CLINIC = Recipient(code="", name="Harbor Clinic")
COORD = DisclosurePurpose.TREATMENT_COORDINATION
Cat = InformationCategory


def consent(**changes: Any) -> Consent:
    values: dict[str, Any] = {
        "participant_id": PID,
        "discloser": "LEAD Juniper County",
        "information": "Attendance and progress in LEAD",
        "recipient": PROBATION.name,
        "recipient_code": PROBATION.code,
        "purpose": "Coordinating supervision with the plan",
        "signed_by": "Sam Example",
        "signed_on": TODAY - timedelta(days=30),
        "expires_on": TODAY + timedelta(days=300),
        "purposes": [COORD],
        "categories": [Cat.NOTES, Cat.PLAN_AND_NEEDS],
    }
    return Consent(**{**values, **changes})


def note(*, sud: bool = False) -> CaseNote:
    return CaseNote(participant_id=PID, data="Met at the shelter", sensitive_sud=sud)


def one(consents: list[Consent], item: DisclosureItem, **kw: Any) -> Any:
    args: dict[str, Any] = {"recipient": PROBATION, "purpose": COORD, "on": TODAY, **kw}
    return evaluate(consents, items=[item], **args).decisions[0]


def note_item(*, sud: bool = False) -> DisclosureItem:
    return items_of(note(sud=sud))[0]


# -- the acceptance scenarios -------------------------------------------------------------------------


def test_an_active_consent_includes_what_it_names_and_is_named() -> None:
    active = consent()
    decision = one([active], note_item())
    assert decision.included
    assert decision.consent_id == active.id
    assert decision.sentence == ""


def test_an_expired_consent_withholds() -> None:
    expired = consent(expires_on=TODAY - timedelta(days=1))
    decision = one([expired], note_item())
    assert decision.reason is WithheldReason.EXPIRED
    assert decision.consent_id is None
    assert "expired on " + (TODAY - timedelta(days=1)).isoformat() in decision.sentence
    assert one([consent(expires_on=TODAY)], note_item()).included  # the last day still counts


def test_a_revoked_consent_withholds_from_the_day_of_revocation() -> None:
    revoked = consent(revoked_on=TODAY)
    assert one([revoked], note_item()).reason is WithheldReason.REVOKED
    assert one([revoked], note_item(), on=TODAY - timedelta(days=1)).included


def test_a_consent_to_another_recipient_covers_nothing() -> None:
    decision = one([consent()], note_item(), recipient=CLINIC)
    assert decision.reason is WithheldReason.NO_CONSENT
    assert decision.sentence == "No consent names Harbor Clinic as a recipient."


def test_a_typed_recipient_covers_only_its_exact_name() -> None:
    typed = consent(recipient="Harbor Clinic", recipient_code="")
    assert one([typed], note_item(), recipient=CLINIC).included
    near = Recipient(code="", name="Harbor Clinic, east")
    assert one([typed], note_item(), recipient=near).reason is WithheldReason.NO_CONSENT
    # A code never matches a typed name, however it reads.
    assert one([typed], note_item(), recipient=Recipient(code="Harbor Clinic", name="")).reason is (
        WithheldReason.NO_CONSENT
    )


def test_a_purpose_the_consent_does_not_name_withholds() -> None:
    decision = one([consent()], note_item(), purpose=DisclosurePurpose.EVALUATION)
    assert decision.reason is WithheldReason.WRONG_PURPOSE
    assert "for evaluation" in decision.sentence


def test_information_the_consent_does_not_name_withholds() -> None:
    services = consent(categories=[Cat.SERVICES])
    decision = one([services], note_item())
    assert decision.reason is WithheldReason.INFORMATION_NOT_NAMED
    assert "does not name case notes and contacts" in decision.sentence


def test_a_criminal_justice_consent_stays_in_force_inside_its_irrevocable_period() -> None:
    cj = consent(
        kind=ConsentKind.CRIMINAL_JUSTICE,
        purposes=[DisclosurePurpose.CRIMINAL_JUSTICE],
        irrevocable_until=TODAY + timedelta(days=60),
    )
    with pytest.raises(ConsentIrrevocable):
        revoke(cj, on=TODAY)
    cj_purpose = {"purpose": DisclosurePurpose.CRIMINAL_JUSTICE}
    assert one([cj], note_item(), **cj_purpose).included
    # A revocation that reached the record anyway (the model refuses it; a record made before that
    # rule, or put together past it) does not cut the irrevocable period short...
    revoked_inside = cj.model_copy(update={"revoked_on": TODAY - timedelta(days=5)})
    assert one([revoked_inside], note_item(), **cj_purpose).included
    # ...and takes effect once the period is over.
    after = TODAY + timedelta(days=61)
    assert one([revoked_inside], note_item(), on=after, **cj_purpose).reason is WithheldReason.REVOKED
    # A general consent has no such period: its revocation holds at once.
    general = revoked_inside.model_copy(update={"kind": ConsentKind.GENERAL})
    assert one([general], note_item(), **cj_purpose).reason is WithheldReason.REVOKED


def test_a_sud_note_leaves_only_under_a_consent_naming_sud_information_explicitly() -> None:
    notes_only = consent()
    decision = one([notes_only], note_item(sud=True))
    assert decision.reason is WithheldReason.SUD_NOT_NAMED
    assert "substance use disorder information" in decision.sentence
    assert one([notes_only], note_item(sud=False)).included
    explicit = consent(categories=[Cat.NOTES, Cat.SUD_INFORMATION])
    assert one([notes_only, explicit], note_item(sud=True)).consent_id == explicit.id


def test_a_consent_not_yet_signed_withholds() -> None:
    later = consent(signed_on=TODAY + timedelta(days=2), expires_on=TODAY + timedelta(days=200))
    assert one([later], note_item()).reason is WithheldReason.NOT_YET_SIGNED


def test_sud_needs_services_and_outcome_answers_are_sud_information() -> None:
    assert items_of(Need(participant_id=PID, domain=NeedDomain.MAT))[0].holds_sud
    assert items_of(Need(participant_id=PID, domain=NeedDomain.SUD_TREATMENT))[0].holds_sud
    assert not items_of(Need(participant_id=PID, domain=NeedDomain.HOUSING))[0].holds_sud
    assert items_of(Service(participant_id=PID, delivered_on=TODAY, kind=ServiceKind.MAT))[0].holds_sud
    snapshot = OutcomeSnapshot(
        participant_id=PID,
        information_date=date(2025, 1, 2),
        stage=DataCollectionStage.ENTRY,
        substance_use_disorder=SubstanceUseDisorder.BOTH,
    )
    whole, answers = items_of(snapshot)
    assert (whole.holds_sud, answers.holds_sud, answers.part) == (False, True, "sud")
    outcomes = consent(categories=[Cat.OUTCOME_SNAPSHOTS])
    decided = evaluate([outcomes], recipient=PROBATION, purpose=COORD, items=[whole, answers], on=TODAY)
    assert [d.included for d in decided.decisions] == [True, False]
    assert decided.withheld[0].reason is WithheldReason.SUD_NOT_NAMED


def test_the_latest_covering_consent_is_relied_on_and_the_nearest_miss_explains() -> None:
    older = consent(signed_on=TODAY - timedelta(days=200), expires_on=TODAY + timedelta(days=5))
    newer = consent(signed_on=TODAY - timedelta(days=3))
    assert one([older, newer], note_item()).consent_id == newer.id
    # Withheld: the expired one stopped early, the wrong-purpose one got further; its reason is given.
    expired = consent(expires_on=TODAY - timedelta(days=1), signed_on=TODAY - timedelta(days=90))
    evaluation = consent(purposes=[DisclosurePurpose.EVALUATION])
    assert one([expired, evaluation], note_item()).reason is WithheldReason.WRONG_PURPOSE


def test_deleted_consents_count_for_nothing() -> None:
    gone = consent().model_copy(update={"deleted": True})
    assert one([gone], note_item()).reason is WithheldReason.NO_CONSENT


# -- properties -----------------------------------------------------------------------------------

RECIPIENTS = [PROBATION, CLINIC, Recipient(code="JCPD", name="Juniper County Police Department")]


@st.composite
def consents(draw: st.DrawFn) -> Consent:
    signed = TODAY + timedelta(days=draw(st.integers(-400, 30)))
    recipient = draw(st.sampled_from(RECIPIENTS))
    expires = draw(st.one_of(st.none(), st.integers(0, 500).map(lambda d: signed + timedelta(days=d))))
    kind = draw(st.sampled_from(list(ConsentKind)))
    irrevocable = None
    if kind is ConsentKind.CRIMINAL_JUSTICE and draw(st.booleans()):
        irrevocable = signed + timedelta(days=draw(st.integers(0, 300)))
    revoked = None
    if draw(st.booleans()):
        revoked = max(signed, irrevocable or signed) + timedelta(days=draw(st.integers(0, 300)))
    return consent(
        recipient=recipient.name or "typed",
        recipient_code=recipient.code,
        signed_on=signed,
        expires_on=expires,
        expiry_event="" if expires else "Exit from LEAD",
        kind=kind,
        irrevocable_until=irrevocable,
        revoked_on=revoked,
        purposes=draw(st.lists(st.sampled_from(list(DisclosurePurpose)), unique=True)),
        categories=draw(st.lists(st.sampled_from(list(InformationCategory)), unique=True)),
    )


items = st.builds(
    DisclosureItem,
    entity=st.sampled_from(["note", "need", "service", "attachment"]),
    record_id=st.uuids().map(str),
    category=st.sampled_from([c for c in InformationCategory if c is not Cat.SUD_INFORMATION]),
    holds_sud=st.booleans(),
)
gate_args = {
    "consent_list": st.lists(consents(), max_size=5),
    "recipient": st.sampled_from(RECIPIENTS),
    "purpose": st.sampled_from(list(DisclosurePurpose)),
    "item_list": st.lists(items, min_size=1, max_size=6),
    "on": st.integers(-60, 60).map(lambda d: TODAY + timedelta(days=d)),
}


@given(**gate_args)
def test_every_item_gets_one_answer_and_every_included_item_has_a_covering_consent(
    consent_list: list[Consent],
    recipient: Recipient,
    purpose: DisclosurePurpose,
    item_list: list[DisclosureItem],
    on: date,
) -> None:
    decided = evaluate(consent_list, recipient=recipient, purpose=purpose, items=item_list, on=on)
    assert [d.item for d in decided.decisions] == item_list
    by_id = {c.id: c for c in consent_list}
    for d in decided.decisions:
        named = [c for c in consent_list if recipient.is_named_by(c)]
        covering = [c for c in named if first_failure(c, purpose=purpose, item=d.item, on=on) is None]
        assert d.included == bool(covering)  # included exactly when some consent covers it
        if d.included:
            relied = by_id[str(d.consent_id)]
            assert relied in covering
            assert recipient.is_named_by(relied)
            assert relied.signed_on <= on
            assert relied.expires_on is None or on <= relied.expires_on
            assert purpose in relied.purposes
            assert d.item.category in relied.categories
            assert not d.item.holds_sud or Cat.SUD_INFORMATION in relied.categories
        else:
            assert d.consent_id is None
            assert d.sentence
            assert (d.reason is WithheldReason.NO_CONSENT) == (not named)


@given(**gate_args)
def test_a_consent_for_someone_else_or_unnamed_sud_changes_nothing(
    consent_list: list[Consent],
    recipient: Recipient,
    purpose: DisclosurePurpose,
    item_list: list[DisclosureItem],
    on: date,
) -> None:
    args: dict[str, Any] = {"recipient": recipient, "purpose": purpose, "items": item_list, "on": on}
    before = evaluate(consent_list, **args)
    others = [c for c in consent_list if not recipient.is_named_by(c)]
    mine = [c for c in consent_list if recipient.is_named_by(c)]
    assert evaluate(mine, **args).decisions == before.decisions
    assert evaluate([*others, *mine], **args).decisions == before.decisions
    # Taking SUD information off every consent never lets more out, and lets no SUD item out at all.
    without_sud = [c.with_changes(categories=[x for x in c.categories if x is not Cat.SUD_INFORMATION])
                   for c in consent_list]  # fmt: skip
    after = evaluate(without_sud, **args)
    assert {d.item.key for d in after.included} <= {d.item.key for d in before.included}
    assert not any(d.item.holds_sud for d in after.included)
