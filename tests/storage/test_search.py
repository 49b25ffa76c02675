"""Acceptance: full-text search over names, aliases, notes and addenda inside the encrypted database,
and drafts that survive closing the profile without ever entering the outbox."""

from __future__ import annotations

from pathlib import Path

import pytest

from leaddesk.domain import CaseNote, Participant
from leaddesk.storage.profile import open_profile
from leaddesk.storage.repositories.search import MATCH_END, MATCH_START, HitKind, SearchHit
from leaddesk.storage.store import Store
from tests.kdf import FAST_FOR_TESTS

# The values tests/conftest.py uses for the `store` fixture's profile.
PASSPHRASE = "correct horse battery staple"
PROFILE = "Casey Morgan"


def note(
    store: Store, participant: Participant, data: str = "", assessment: str = "", plan: str = ""
) -> CaseNote:
    return store.repos.notes.create(
        CaseNote(participant_id=participant.id, data=data, assessment=assessment, plan=plan)
    )


def ids(hits: list[SearchHit], kind: HitKind | None = None) -> list[str]:
    return [h.record_id for h in hits if kind is None or h.kind is kind]


@pytest.fixture
def notes(store: Store, participant: Participant) -> dict[str, CaseNote]:
    return {
        "data": note(store, participant, data="Found him sleeping near the Methadone clinic on Rainier."),
        "assessment": note(
            store, participant, assessment="Housing instability is the main barrier right now."
        ),
        "plan": note(store, participant, plan="Apply for the Café Résidence voucher next week."),
        "other": note(store, participant, data="Talked about his dog and the weather."),
    }


# -- finding notes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "which"),
    [
        ("methadone", "data"),  # a whole word, in the data section
        ("METHADONE", "data"),  # case-insensitive
        ("meth", "data"),  # a prefix
        ("housing", "assessment"),
        ("instab", "assessment"),
        ("voucher", "plan"),
        ("cafe", "plan"),  # accents typed or not
        ("café résidence", "plan"),
        ("RESIDENCE", "plan"),
        ("sleeping rainier", "data"),  # every word, anywhere in the note
    ],
)
def test_notes_are_found_by_word_and_prefix(
    store: Store, notes: dict[str, CaseNote], text: str, which: str
) -> None:
    hits = store.repos.search.search(text)
    assert ids(hits) == [notes[which].id]
    [hit] = hits
    assert hit.kind is HitKind.NOTE
    assert hit.participant_id == notes[which].participant_id
    assert hit.participant_name == "Quill, Jordan"


def test_a_word_inside_another_word_is_not_a_match(store: Store, notes: dict[str, CaseNote]) -> None:
    assert store.repos.search.search("adone") == []
    assert store.repos.search.search("methadone rainierx") == []


def test_an_edited_note_is_found_by_its_new_text_only(store: Store, participant: Participant) -> None:
    draft = note(store, participant, data="Talked about Suboxone.")
    store.repos.notes.update(draft.id, {"data": "Talked about naloxone."})
    assert store.repos.search.search("suboxone") == []
    assert ids(store.repos.search.search("naloxone")) == [draft.id]


def test_more_mentions_rank_higher(store: Store, participant: Participant) -> None:
    once = note(store, participant, data="Asked about shelter beds. Also lunch, socks, bus pass and phone.")
    many = note(
        store, participant, data="Shelter full. Other shelter closed. Third shelter: waitlist. Shelter!"
    )
    hits = store.repos.search.search("shelter")
    assert ids(hits) == [many.id, once.id]
    assert hits[0].rank < hits[1].rank  # bm25: lower is better


def test_a_name_match_comes_before_notes(store: Store, participant: Participant) -> None:
    stone = store.repos.participants.create(
        Participant(first_name="Maria", last_name="Stone", team_id="north")
    )
    mention = note(store, participant, data="Stone stone stone: said Maria Stone is her cousin. Stone.")
    hits = store.repos.search.search("stone")
    assert [(h.kind, h.record_id) for h in hits] == [
        (HitKind.PARTICIPANT, stone.id),
        (HitKind.NOTE, mention.id),
    ]
    assert hits[0].participant_id == stone.id
    assert hits[0].participant_name == "Stone, Maria"


def test_a_participant_is_found_by_alias_and_preferred_name(store: Store) -> None:
    person = store.repos.participants.create(
        Participant(
            first_name="Robert",
            last_name="Nguyễn",
            preferred_name="Bobby",
            aliases=["Sparrow", "Little B"],
            team_id="north",
        )
    )
    for text in ("sparrow", "SPAR", "little b", "bobby", "nguyen", "rob nguy"):
        hits = store.repos.search.search(text)
        assert ids(hits) == [person.id], text
        assert hits[0].kind is HitKind.PARTICIPANT
        assert hits[0].participant_name == "Nguyễn, Bobby"
    assert store.repos.search.search("sparrow robin") == []


def test_a_participant_found_by_a_new_alias_after_an_update(store: Store, participant: Participant) -> None:
    assert store.repos.search.search("wren") == []
    store.repos.participants.update(participant.id, {"aliases": ["Wren"]})
    assert ids(store.repos.search.search("wren")) == [participant.id]
    assert store.repos.search.search("jq") == []


# -- snippets ---------------------------------------------------------------------------------------


def test_snippets_mark_the_match(store: Store, participant: Participant) -> None:
    filler = " ".join(f"word{i}" for i in range(60))
    note(store, participant, data=f"{filler} Needs a replacement Medicaid card. {filler}")
    [hit] = store.repos.search.search("medicaid")
    assert f"{MATCH_START}Medicaid{MATCH_END}" in hit.snippet
    assert "Medicaid card" in hit.plain_snippet
    assert MATCH_START not in hit.plain_snippet
    assert len(hit.plain_snippet) < len(filler)  # a snippet, not the whole note


def test_prefix_snippets_mark_the_whole_word(store: Store, participant: Participant) -> None:
    note(store, participant, assessment="Recovering well; recovery meeting Tuesdays.")
    [hit] = store.repos.search.search("recov")
    assert hit.snippet.count(MATCH_START) == hit.snippet.count(MATCH_END) == 2
    assert f"{MATCH_START}Recovering{MATCH_END}" in hit.snippet
    assert f"{MATCH_START}recovery{MATCH_END}" in hit.snippet


def test_name_snippet_marks_the_name(store: Store, participant: Participant) -> None:
    [hit] = store.repos.search.search("quill")
    assert f"{MATCH_START}Quill{MATCH_END}" in hit.snippet


# -- what is not found ------------------------------------------------------------------------------


def test_deleted_notes_are_not_found(store: Store, participant: Participant) -> None:
    gone = note(store, participant, data="Wrong person: talked about the warrant.")
    kept = note(store, participant, data="Warrant cleared at court.")
    store.repos.notes.delete(gone.id)
    assert ids(store.repos.search.search("warrant")) == [kept.id]


def test_notes_of_deleted_participants_are_not_found(store: Store, participant: Participant) -> None:
    other = store.repos.participants.create(Participant(first_name="Ana", last_name="Bell", team_id="north"))
    theirs = note(store, other, data="Dental appointment booked.")
    signed = store.repos.notes.sign(note(store, other, data="Dental pain").id)
    store.repos.notes.add_addendum(signed.id, "Dental clinic called back.")
    mine = note(store, participant, data="Dental care discussed.")
    assert len(store.repos.search.search("dental")) == 4
    store.repos.participants.delete(other.id)
    assert ids(store.repos.search.search("dental")) == [mine.id]
    assert store.repos.search.search("bell") == []
    assert theirs.id not in ids(store.repos.search.search("appointment"))


def test_an_addendum_is_found(store: Store, participant: Participant) -> None:
    signed = store.repos.notes.sign(note(store, participant, data="Met at the library.").id)
    addendum = store.repos.notes.add_addendum(signed.id, "Correction: he asked for Narcan, not Naltrexone.")
    hits = store.repos.search.search("narcan")
    assert [(h.kind, h.record_id, h.participant_id) for h in hits] == [
        (HitKind.ADDENDUM, addendum.id, participant.id)
    ]
    assert f"{MATCH_START}Narcan{MATCH_END}" in hits[0].snippet
    both = store.repos.search.search("library")
    assert ids(both) == [signed.id]
    assert store.repos.search.search("narcan", kinds=frozenset({HitKind.NOTE})) == []


def test_search_by_kind(store: Store, participant: Participant) -> None:
    quill_note = note(store, participant, data="Mr Quill arrived late.")
    everything = store.repos.search.search("quill")
    assert ids(everything) == [participant.id, quill_note.id]
    assert ids(store.repos.search.search("quill", kinds=frozenset({HitKind.NOTE}))) == [quill_note.id]
    assert ids(store.repos.search.search("quill", kinds=frozenset({HitKind.PARTICIPANT}))) == [participant.id]


# -- what a person may type -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '"housing',
        'housing"',
        "housing AND",
        "AND",
        "OR NOT",
        "*",
        "hous*",
        "-housing",
        "housing -shelter",
        "data:housing",
        "plan : housing",
        "(housing",
        "housing)",
        "()",
        "NEAR(housing shelter)",
        "NEAR/2",
        "housing NEAR shelter",
        "^housing",
        "{data plan}: housing",
        "housing + shelter",
        "';--",
        "\x00",
        "\\",
        "",
        "   ",
        "%_",
        "a" * 5_000,
        " ".join(["housing"] * 40),
    ],
)
def test_typed_punctuation_and_operators_never_raise(
    store: Store, notes: dict[str, CaseNote], text: str
) -> None:
    hits = store.repos.search.search(text)
    assert all(isinstance(h, SearchHit) for h in hits)


@pytest.mark.parametrize(
    "text", ['"housing', 'housing"', "(housing)", "-housing", "housing:", "housing*", "^housing", "{housing}"]
)
def test_operators_are_read_as_words(store: Store, notes: dict[str, CaseNote], text: str) -> None:
    assert ids(store.repos.search.search(text)) == [notes["assessment"].id]


def test_operator_words_are_searched_as_words(store: Store, participant: Participant) -> None:
    near = note(store, participant, data="Sleeps near the ferry terminal, and or not at the pier.")
    note(store, participant, data="Sleeps at the pier.")
    assert ids(store.repos.search.search("NEAR")) == [near.id]
    assert ids(store.repos.search.search("AND OR NOT")) == [near.id]


# -- paging -----------------------------------------------------------------------------------------


def test_paging_with_limit_and_offset(store: Store, participant: Participant) -> None:
    made = [note(store, participant, data=" ".join(["court"] * (i + 1)) + " date") for i in range(7)]
    best_first = [n.id for n in reversed(made)]
    assert ids(store.repos.search.search("court")) == best_first
    pages = [ids(store.repos.search.search("court", limit=3, offset=o)) for o in (0, 3, 6, 9)]
    assert pages == [best_first[0:3], best_first[3:6], best_first[6:], []]
    assert store.repos.search.search("court", limit=0) == []


def test_paging_runs_across_names_and_notes(store: Store, participant: Participant) -> None:
    rivers = [
        store.repos.participants.create(Participant(first_name=f"P{i}", last_name="River", team_id="north"))
        for i in range(3)
    ]
    mentions = [note(store, participant, data="By the river " * (i + 1)) for i in range(3)]
    whole = store.repos.search.search("river")
    assert [h.kind for h in whole] == [HitKind.PARTICIPANT] * 3 + [HitKind.NOTE] * 3
    assert set(ids(whole[:3])) == {p.id for p in rivers}
    assert ids(whole[3:]) == [n.id for n in reversed(mentions)]
    paged = [h for o in range(0, 6, 2) for h in store.repos.search.search("river", limit=2, offset=o)]
    assert ids(paged) == ids(whole)


# -- drafts -----------------------------------------------------------------------------------------


def test_drafts_save_get_all_discard(store: Store, participant: Participant) -> None:
    drafts = store.repos.drafts
    assert drafts.get("note:x") is None
    assert drafts.all() == []
    body = {"data": "Met at the café", "assessment": "", "plan": "Call Monday", "sensitive_sud": True}
    drafts.save(f"note:{participant.id}", kind="note", body=body, participant_id=participant.id)
    drafts.save("note-edit:123", kind="note-edit", body={"data": "first"})
    drafts.save("note-edit:123", kind="note-edit", body={"data": "second"})  # replaces, never duplicates
    saved = drafts.get(f"note:{participant.id}")
    assert saved is not None
    assert (saved.kind, saved.participant_id, saved.body) == ("note", participant.id, body)
    edited = drafts.get("note-edit:123")
    assert edited is not None
    assert (edited.body, edited.participant_id) == ({"data": "second"}, None)
    assert [d.key for d in drafts.all()] == ["note-edit:123", f"note:{participant.id}"]  # newest first
    drafts.discard(f"note:{participant.id}")
    assert drafts.get(f"note:{participant.id}") is None
    assert [d.key for d in drafts.all()] == ["note-edit:123"]
    drafts.discard("never-saved")  # discarding twice is harmless


def test_a_draft_is_never_a_change_to_sync(store: Store, participant: Participant) -> None:
    outbox, audit = store.repos.outbox.count(), store.repos.audit.count()
    store.repos.drafts.save("note:a", kind="note", body={"data": "Suboxone dose discussed"})
    store.repos.drafts.save("note:a", kind="note", body={"data": "Suboxone dose discussed, more"})
    store.repos.drafts.discard("note:a")
    assert (store.repos.outbox.count(), store.repos.audit.count()) == (outbox, audit)
    assert store.repos.search.search("suboxone") == []


def test_a_draft_has_a_size_limit(store: Store) -> None:
    with pytest.raises(ValueError, match=r"^body: "):
        store.repos.drafts.save("note:big", kind="note", body={"data": "x" * 250_000})
    assert store.repos.drafts.get("note:big") is None


def test_a_draft_survives_closing_the_profile(store: Store, home: Path, participant: Participant) -> None:
    body = {"data": "Half-written note about the eviction notice", "plan": ""}
    store.repos.drafts.save(f"note:{participant.id}", kind="note", body=body, participant_id=participant.id)
    store.close()
    reopened = open_profile(PROFILE, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS)
    try:
        draft = reopened.repos.drafts.get(f"note:{participant.id}")
        assert draft is not None
        assert (draft.kind, draft.body, draft.participant_id) == ("note", body, participant.id)
        assert reopened.repos.outbox.count() == 1  # only the participant fixture's create
        assert [e.entity for e in reopened.repos.outbox.pending()] == ["participant"]
    finally:
        reopened.close(audit=False)
