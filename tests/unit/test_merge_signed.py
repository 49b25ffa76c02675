"""A signature is one indivisible fact: this person signed this content at this time. Whatever arrives
in whatever order — concurrent signatures, edits the signer never saw, deletes — a signed record holds
exactly the content its signer signed, never changes after, and nothing displaced is dropped silently."""

from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from leaddesk.domain import CaseNote
from leaddesk.domain.clock import Stamp
from leaddesk.domain.merge import IncomingField, Record, Versioned, apply_change, seal_of

SEAL = seal_of(CaseNote)
CONTENT = ("data", "assessment", "plan")


def stamp(hlc: int, device: str) -> Stamp:
    return Stamp(hlc, device)


def push(current: Record, change: dict[str, IncomingField]) -> tuple[dict[str, Versioned], list]:
    return apply_change(current, change, seal=SEAL)


ORIGINAL: dict[str, Versioned] = {
    "data": Versioned("Met at the shelter.", stamp(10, "casey")),
    "assessment": Versioned("", stamp(10, "casey")),
    "plan": Versioned("", stamp(10, "casey")),
    "signed_by": Versioned("", stamp(10, "casey")),
    "signed_at": Versioned(None, stamp(10, "casey")),
    "deleted": Versioned(False, stamp(10, "casey")),
}


def signs(
    who: str, *, at: int, data: str | None = None, seen: Record = ORIGINAL
) -> dict[str, IncomingField]:
    """`who` signs the text they have (their own `data`, or what they saw): a sign carries the signed
    content again with the signature, edited from the stamps its signer saw, as NoteRepository.sign does."""
    s = stamp(at, who)
    values = {
        "data": seen["data"].value if data is None else data,
        "assessment": "",
        "plan": "",
        "deleted": False,
        "signed_by": who.title(),
        "signed_at": f"2026-12-01T10:00:{at % 60:02d}Z",
    }
    return {f: IncomingField(v, s, seen[f].stamp) for f, v in values.items()}


def edits(who: str, *, at: int, text: str, seen: Record = ORIGINAL) -> dict[str, IncomingField]:
    return {"data": IncomingField(text, stamp(at, who), seen["data"].stamp)}


def deletes(who: str, *, at: int, seen: Record = ORIGINAL) -> dict[str, IncomingField]:
    return {"deleted": IncomingField(True, stamp(at, who), seen["deleted"].stamp)}


def test_two_concurrent_signatures_keep_the_first_whole_and_set_the_other_text_aside() -> None:
    casey = signs("casey", at=20, data="Casey's text.")
    robin = signs("robin", at=30, data="Robin's text.")  # later by the clock, arrives second
    signed, _ = push(ORIGINAL, casey)
    merged, conflicts = push(signed, robin)
    assert merged["signed_by"].value == "Casey"
    assert merged["data"].value == "Casey's text."
    assert merged["signed_at"] == signed["signed_at"]
    text, signer = conflicts  # the text Robin signed, and his signature: neither dropped silently
    assert (text.field, text.kept.value, text.other.value) == ("data", "Casey's text.", "Robin's text.")
    assert text.other.stamp.device == "robin"
    assert (signer.field, signer.kept.value, signer.other.value) == ("signed_by", "Casey", "Robin")


def test_an_edit_arriving_after_the_signature_is_kept_aside_not_applied() -> None:
    signed, _ = push(ORIGINAL, signs("casey", at=20))
    merged, conflicts = push(signed, edits("robin", at=30, text="Robin's version."))
    assert merged["data"] == signed["data"]
    [conflict] = conflicts
    assert conflict.kept == signed["data"]
    assert (conflict.other.value, conflict.other.stamp) == ("Robin's version.", stamp(30, "robin"))


def test_a_signature_arriving_after_an_unseen_edit_puts_the_signed_text_in_force() -> None:
    edited, _ = push(ORIGINAL, edits("robin", at=30, text="Robin's version."))
    merged, conflicts = push(edited, signs("casey", at=20))  # signed before Robin's edit, arriving after
    assert merged["data"].value == "Met at the shelter."
    assert merged["signed_by"].value == "Casey"
    [conflict] = conflicts
    assert (conflict.kept.value, conflict.other.value) == ("Met at the shelter.", "Robin's version.")


def test_signing_what_the_signer_saw_is_no_conflict_and_repeating_a_push_changes_nothing() -> None:
    edited, _ = push(ORIGINAL, edits("robin", at=15, text="Robin's version."))
    sign = signs("casey", at=20, seen=edited)
    merged, conflicts = push(edited, sign)
    assert merged["data"].value == "Robin's version."
    assert conflicts == []
    again, conflicts = push(merged, sign)
    assert again == merged
    assert conflicts == []


def test_re_sending_the_signers_own_text_with_the_signature_displaces_nothing_new() -> None:
    # Robin edits, then signs (the sign carries his text again); Casey's signature got there first.
    casey, _ = push(ORIGINAL, signs("casey", at=20))
    after_edit, first = push(casey, edits("robin", at=30, text="Robin's version."))
    after_sign, second = push(after_edit, signs("robin", at=31, data="Robin's version."))
    assert [c.other.value for c in first] == ["Robin's version."]
    # The same text again (storage keeps one conflict for one value), and his signature.
    assert [(c.field, c.other.value) for c in second] == [
        ("data", "Robin's version."),
        ("signed_by", "Robin"),
    ]
    assert after_sign == casey


def test_a_signed_note_is_not_deleted_by_a_concurrent_delete() -> None:
    signed, _ = push(ORIGINAL, signs("casey", at=20))
    merged, conflicts = push(signed, deletes("robin", at=40))
    assert merged["deleted"].value is False
    assert [(c.field, c.other.value) for c in conflicts] == [("deleted", True)]


def test_a_signature_over_an_unseen_delete_keeps_the_note_and_reports_the_delete() -> None:
    gone, _ = push(ORIGINAL, deletes("robin", at=15))
    merged, conflicts = push(gone, signs("casey", at=20))
    assert merged["deleted"].value is False
    assert merged["signed_by"].value == "Casey"
    assert [(c.field, c.other.value) for c in conflicts] == [("deleted", True)]


def test_unsigned_records_merge_as_ever() -> None:
    change = edits("robin", at=30, text="Robin's version.")
    assert push(ORIGINAL, change) == apply_change(ORIGINAL, change)


def test_whatever_order_the_pushes_arrive_in_one_signature_holds_its_own_text() -> None:
    pushes = [signs("casey", at=20), edits("robin", at=30, text="Robin's version."), deletes("alex", at=25)]
    for order in permutations(pushes):
        record: Record = ORIGINAL
        displaced: set[object] = set()
        for change in order:
            record, conflicts = push(record, change)
            displaced |= {c.other.value for c in conflicts}
        assert (record["signed_by"].value, record["data"].value) == ("Casey", "Met at the shelter.")
        assert record["deleted"].value is False
        if order.index(pushes[1]) > 0 or order.index(pushes[2]) > 0:
            assert "Robin's version." in displaced  # never displaced silently, whichever order


# --- a property over any interleaving ---------------------------------------------------------------

WRITERS = ["casey", "robin", "alex"]
TEXTS = ["Met at the shelter.", "A", "B", ""]
actions = st.lists(
    st.tuples(
        st.sampled_from(["sign", "edit", "delete"]),
        st.sampled_from(WRITERS),
        st.sampled_from(TEXTS),
        st.integers(11, 60),
        st.booleans(),  # saw the record as it stood when it arrived (else: the original)
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=300)
@given(plan=actions)
def test_a_signed_record_always_holds_exactly_what_its_signer_signed(plan) -> None:
    record: dict[str, Versioned] = dict(ORIGINAL)
    signed: dict[Stamp, tuple[object, ...]] = {}  # a signing change's stamp -> signer and content it carried
    sealed_at: dict[str, Versioned] | None = None
    for step, (kind, who, text, clock, saw_current) in enumerate(plan):
        at = clock * 100 + step  # a device never gives two writes one stamp
        seen = record if saw_current else ORIGINAL
        if kind == "sign":
            change = signs(who, at=at, data=text or "x", seen=seen)
            carried = ("signed_by", *CONTENT, "deleted")
            signed[change["signed_at"].stamp] = tuple(change[f].value for f in carried)
        elif kind == "edit":
            change = edits(who, at=at, text=text, seen=seen)
        else:
            change = deletes(who, at=at, seen=seen)
        before = record
        record, conflicts = push(record, change)
        for conflict in conflicts:  # whatever lost is reported with its writer, never dropped
            assert conflict.other.stamp.device in WRITERS
        if sealed_at is not None:
            # A signed record is final: nothing the signature covers changes after.
            assert all(record[f] == before[f] for f in SEAL.fields if f in before)
        if record["signed_at"].value:
            sealed_at = sealed_at or record
            held = tuple(record[f].value for f in ("signed_by", *CONTENT, "deleted"))
            assert held == signed[record["signed_at"].stamp]
