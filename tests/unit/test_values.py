"""The rule for synced values (domain/values.py): what it refuses, that every legitimate record fits
inside its bounds, and that every synced model (and so the laptop, whatever saves or pulls through
them) applies it to each of its fields."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from leaddesk.demo.synthetic import generate
from leaddesk.domain import (
    SYNCED_MODELS,
    Attachment,
    ConferenceDiscussion,
    Disclosure,
    PlanGoal,
    ProgressEntry,
    SyncConflict,
    SyncedRecord,
)
from leaddesk.domain.conference import AgendaReason, Attendee
from leaddesk.domain.disclosure_codes import Delivery, DisclosurePurpose
from leaddesk.domain.ids import new_id, utcnow
from leaddesk.domain.values import (
    MAX_DEPTH,
    MAX_SIZE,
    ValueRuleBroken,
    check_value,
    first_problem,
    texts_clean_in,
)

FORBIDDEN = [chr(c) for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)] + ["\ud800", "\udc80", "\udfff"]
ALLOWED = st.characters(codec="utf-8", exclude_categories=["Cc"]) | st.sampled_from("\t\n\r")


def nested(depth: int) -> Any:
    value: Any = "bottom"
    for level in range(depth):
        value = [value] if level % 2 else {"down": value}
    return value


@pytest.mark.parametrize("bad", FORBIDDEN, ids=lambda c: f"U+{ord(c):04X}")
def test_text_with_a_control_character_or_a_lone_surrogate_is_refused_wherever_it_hides(bad: str) -> None:
    for value in (f"a{bad}b", [f"x{bad}"], {"key": f"{bad}"}, {f"k{bad}": 1}, nested(5) | {"n": bad}):
        with pytest.raises(ValueRuleBroken, match=f"U\\+{ord(bad):04X}"):
            check_value(value)
    assert first_problem({"fine": "ok", "phone": f"555{bad}"}) is not None
    assert first_problem({"fine": "ok", "phone": f"555{bad}"}).startswith("phone: ")  # type: ignore[union-attr]


def test_tabs_line_breaks_and_every_other_character_are_text() -> None:
    text = "Line one\r\n\tindented — «quoted» 🙂 \u00a0 \u2028 \x7f done"

    assert check_value(text) == text
    assert first_problem({"data": text, "plan": "", "minutes": 5, "deleted": False, "x": None}) is None


def test_depth_size_and_numbers_have_bounds() -> None:
    check_value(nested(MAX_DEPTH))
    check_value([2**63 - 1, -(2**63), 1.5e308, -0.0])
    check_value("x" * (MAX_SIZE - 2))

    for bad, why in [
        (nested(MAX_DEPTH + 1), "levels deep"),
        (nested(300), "levels deep"),
        ("x" * (MAX_SIZE - 1), "larger than"),
        (["x" * 1000] * (MAX_SIZE // 1000), "larger than"),
        (2**63, "64-bit"),
        (-(2**63) - 1, "64-bit"),
        (float("nan"), "NaN"),
        (float("inf"), "NaN"),
        ({1: "x"}, "key that is not text"),
        (date(2024, 1, 1), "not a JSON value"),
    ]:
        with pytest.raises(ValueRuleBroken, match=why):
            check_value(bad)


def test_the_largest_legitimate_record_fits_a_plan_goal_with_its_progress_log_full() -> None:
    # 500 entries of 2,000 characters, each outside the Basic Multilingual Plane and with line breaks.
    text = ("🙂" * 9 + "\n") * 200
    progress = [{"on": "2024-01-01", "text": text}] * 500
    goal = PlanGoal.model_validate({"participant_id": new_id(), "goal": "Housing", "progress": progress})

    assert len(goal.progress) == 500
    # Kept whole as a conflict's value too, as a pull page carries it.
    conflict = SyncConflict(
        participant_id=goal.participant_id,
        record_entity="plan_goal",
        record_id=goal.id,
        field="progress",
        kept_value=goal.model_dump(mode="json")["progress"],
        kept_stamp="0" * 16 + "-a",
        other_value=[],
        other_stamp="0" * 16 + "-b",
        detected_at=utcnow(),
    )
    assert first_problem(conflict.model_dump(mode="json")) is None
    assert len(json.dumps(conflict.kept_value, ensure_ascii=False)) < MAX_SIZE


scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(ALLOWED, max_size=20)
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(ALLOWED, max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(value=json_values, bad=st.sampled_from(FORBIDDEN), where=st.sampled_from([0, 1, 2]))
def test_any_json_value_keeps_the_rule_until_one_bad_character_goes_into_any_of_its_texts(
    value: Any, bad: str, where: int
) -> None:
    check_value(value)
    assert first_problem({"kept_value": value}) is None
    spoilt = [
        [value, f"a{bad}"],  # beside it
        {"note": value, f"k{bad}": 1},  # in a key
        {"deep": [[value], {"x": bad}]},  # further down
    ][where]
    with pytest.raises(ValueRuleBroken):
        check_value(spoilt)
    assert first_problem({"kept_value": spoilt}) is not None


def one_of_each() -> dict[str, SyncedRecord]:
    """A valid synthetic record of every synced entity (a conflict, an attachment and a disclosure made by
    hand: none are generated)."""
    found: dict[str, SyncedRecord] = {}
    for bundle in generate(seed=3, participants=12, notes_per_participant=8):
        for record in bundle.records():
            found.setdefault(record.entity, record)
    person = found["participant"]
    found["attachment"] = Attachment(
        participant_id=person.id,
        file_name="consent.pdf",
        media_type="application/pdf",
        size=10,
        sha256="0" * 64,
    )
    found["conflict"] = SyncConflict(
        participant_id=person.id,
        record_entity="participant",
        record_id=person.id,
        field="phone",
        kept_value="555-0101",
        kept_stamp="0" * 16 + "-a",
        other_value="555-0102",
        other_stamp="0" * 16 + "-b",
        detected_at=utcnow(),
    )
    found["disclosure"] = Disclosure(
        participant_id=person.id,
        consent_ids=[found["consent"].id],
        recipient="County Probation",
        recipient_code="PROB",
        purpose=DisclosurePurpose.TREATMENT_COORDINATION,
        items={"note": [new_id()], "outcome_snapshot": [f"{new_id()}/sud"]},
        disclosed_by="Casey Morgan",
        disclosed_at=utcnow(),
        delivery=Delivery.FILE,
        description="Disclosure packet",
    )
    found["conference_discussion"] = ConferenceDiscussion(
        participant_id=person.id,
        conference_id=new_id(),
        meeting_date=date(2026, 3, 4),
        team="north",
        attendees=[Attendee(name="Dana Reyes", agency_code="PAO"), Attendee(name="Casey Morgan")],
        identified=True,
        consent_ids=[found["consent"].id],
        reasons=[AgendaReason.COURT_DATE],
        decisions="Ask the prosecutor to hold the filing decision over",
        task_ids=[new_id()],
    )
    return found


RECORDS = one_of_each()


def test_there_is_a_sample_of_every_synced_entity() -> None:
    assert set(RECORDS) == {m.entity for m in SYNCED_MODELS}


@pytest.mark.parametrize("entity", sorted(RECORDS))
def test_every_synced_model_refuses_a_control_character_in_each_of_its_texts(entity: str) -> None:
    record = RECORDS[entity]
    model = type(record)
    wire = record.model_dump(mode="json")
    texts = [name for name, value in wire.items() if isinstance(value, str) and name != "id"]
    assert texts, entity
    model.model_validate(wire)  # as it is, fine

    for name in texts:
        with pytest.raises(ValidationError, match=f"{name}: holds the control character U\\+0000"):
            model.model_validate({**wire, name: wire[name] + "\x00"})
    # Lists of text, a progress log's entries, free values: checked inside too.
    for name, value in wire.items():
        if isinstance(value, list) and value:
            inner = [json.loads(json.dumps(value[0]).replace('"', '"\\u000b', 1)), *value[1:]]
            with pytest.raises(ValidationError, match=f"{name}: holds the control character U\\+000B"):
                model.model_validate({**wire, name: inner})


def test_a_model_built_in_python_is_checked_as_one_from_the_wire() -> None:
    with pytest.raises(ValidationError, match="text: holds the control character U\\+0007"):
        ProgressEntry(on=date(2024, 1, 1), text="bell\x07")
    goal = PlanGoal(participant_id=new_id(), goal="Housing")
    with pytest.raises(ValidationError, match="goal: holds U\\+DC80"):
        goal.goal = "half \udc80"
    with pytest.raises(ValidationError, match="kept_value: nests lists and objects"):
        RECORDS["conflict"].with_changes(kept_value=nested(MAX_DEPTH + 1))


def test_the_rule_is_skipped_only_for_values_a_pulled_page_already_checked() -> None:
    """VALUES_CHECKED (what storage/pulled.py passes, after the wire model held every value to the rule)
    skips the walk; no other context does, and every other rule of the model still runs."""
    from leaddesk.domain import CaseNote, Participant
    from leaddesk.domain.base import VALUES_CHECKED

    person = Participant(first_name="Ada", last_name="Vell", team_id="north")
    broken = {**CaseNote(participant_id=person.id, data="x").model_dump(), "data": "held \x00 back"}
    for context in (None, {}, dict(VALUES_CHECKED)):
        with pytest.raises(ValidationError, match="control character"):
            CaseNote.model_validate(broken, context=context)
    assert CaseNote.model_validate(broken, context=VALUES_CHECKED).data == "held \x00 back"
    with pytest.raises(ValidationError, match="signature"):
        CaseNote.model_validate({**broken, "signed_by": "Casey"}, context=VALUES_CHECKED)


@given(
    value=json_values,
    bad=st.sampled_from([None, *FORBIDDEN]),
    where=st.sampled_from([0, 1, 2]),
    ascii_only=st.booleans(),
)
def test_a_document_said_clean_holds_no_text_that_breaks_the_rule(
    value: Any, bad: str | None, where: int, ascii_only: bool
) -> None:
    """texts_clean_in reads the document's bytes alone: a page it calls clean has no text the rule
    refuses anywhere in it (so its records' texts are not checked one by one, domain/values.py), and a
    page with a refused character in any text, key or depth is never called clean, whichever way the
    JSON was written (every character as itself as the server writes, or escaped as plain ASCII)."""
    document = (
        value if bad is None else [[value, f"a{bad}"], {"k": value, f"k{bad}": 1}, {"d": [[bad]]}][where]
    )
    text = json.dumps({"records": [{"fields": {"v": document}}]}, ensure_ascii=ascii_only)
    try:
        body = text.encode()
    except UnicodeEncodeError:  # a lone surrogate written as itself: not UTF-8, no reader takes it
        return
    clean = texts_clean_in(body)
    if bad is not None:
        assert not clean
    if clean:
        assert first_problem({"v": document}, texts_checked=True) == first_problem({"v": document}) is None
    # With its texts known clean, the rest of the rule still runs: depth, size and numbers.
    for other in (nested(MAX_DEPTH + 1), 2**64, float("nan"), "x" * MAX_SIZE):
        assert first_problem({"v": [document, other]}, texts_checked=clean) is not None


def test_only_escapes_that_could_spell_a_refused_character_make_a_document_unclean() -> None:
    assert texts_clean_in('{"a":"Line one\\r\\n\\tindented — «quoted» 🙂 \\" \\\\ \\/ done"}'.encode())
    for escape in ("\\u0000", "\\u001f", "\\ud800", "\\b", "\\f", "\\u00e9"):
        assert not texts_clean_in(f'{{"a":"x{escape}y"}}'.encode())
