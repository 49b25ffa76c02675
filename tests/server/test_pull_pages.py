"""Pull pages over several teams: the records of every team in scope, interleaved in seq order, each
once, none of another team's, with a removal in its place, each page's header saying what its body ends
with; and the page assembled as JSON text says exactly what the stored record says."""

from __future__ import annotations

import json
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from leaddesk.domain import CaseNote, Participant
from leaddesk.domain.merge import stored_json
from leaddesk.server.db import record
from leaddesk.server.pull import _shared
from leaddesk.sync.protocol import PAGE_HEADER, PageHead, PullResponse


def test_pages_over_two_teams_interleave_by_seq_and_skip_other_teams(office) -> None:
    office.team("north", "south", "east")
    office.user("casey", "north", "south")
    office.user("sam", "east")
    office.user("nia", "north", "east")
    casey, sam, nia = office.device("casey"), office.device("sam"), office.device("nia")
    expected: set[str] = set()
    for i in range(6):
        team = ("north", "south", "east")[i % 3]
        person = Participant(first_name=f"P{i}", last_name="Quill", team_id=team)
        notes = [CaseNote(participant_id=person.id, data=f"note {i}.{n}") for n in range(3)]
        writer = sam if team == "east" else casey
        assert set(writer.statuses(writer.create(person), *(writer.create(n) for n in notes))) == {"applied"}
        if team != "east":
            expected |= {person.id, *(n.id for n in notes)}
    # Nia takes participant P0 out of north into east, which Casey does not see: a removal for Casey,
    # and P0's records move to east under new seqs, out of Casey's pages.
    moved = next(r for r in nia.sync_down() if r["fields"].get("first_name") == "P0")
    assert nia.statuses(nia.write("participant", moved["record_id"], {"team_id": "east"})) == ["applied"]
    expected -= {r["record_id"] for r in nia.records.values() if r["participant_id"] == moved["record_id"]}

    cursor, seqs, ids, removals, sizes = 0, [], [], [], []
    while True:
        answer = casey.http.get("/v1/pull", params={"cursor": cursor, "limit": 5})
        page = PullResponse.model_validate_json(answer.content)
        # The header says what the body ends with, removals included (a laptop asks ahead on it).
        assert PageHead.decode(answer.headers[PAGE_HEADER]) == PageHead.of(page)
        sizes.append(len(page.records) + len(page.removals))
        seqs += [r.seq for r in page.records] + [r.seq for r in page.removals]
        ids += [r.record_id for r in page.records]
        removals += [r.participant_id for r in page.removals]
        assert all(cursor < s <= page.cursor for s in seqs[-sizes[-1] :])
        cursor = page.cursor
        if not page.has_more:
            break

    assert set(ids) == expected  # every record of north and south, none of east's
    assert len(ids) == len(expected)
    assert removals == [moved["record_id"]]
    assert sorted(seqs) == seqs == sorted(set(seqs))
    assert all(size <= 5 for size in sizes)
    assert sizes[:-1] == [5] * (len(sizes) - 1)


def test_a_page_carries_the_stored_fields_and_clocks_as_they_are(office, laptop, teammate) -> None:
    person = Participant(first_name="Zoë", last_name='O\'Brien "Ace"', team_id="north", aliases=["Ñandú"])
    laptop.push(laptop.create(person))

    response = teammate.http.get("/v1/pull", params={"cursor": 0})
    state = response.json()["records"][0]

    with office.engine.connect() as conn:
        stored = conn.execute(select(record).where(record.c.record_id == person.id)).one()
    assert response.headers["content-type"] == "application/json"
    assert state["fields"] == json.loads(stored.fields)
    assert state["clocks"] == json.loads(stored.clocks)
    assert (state["seq"], state["entity"], state["participant_id"]) == (stored.seq, "participant", person.id)
    assert state["fields"]["last_name"] == 'O\'Brien "Ace"'
    assert state["fields"]["aliases"] == ["Ñandú"]


def test_shared_stamps_send_each_records_common_stamp_once_and_lose_nothing(laptop, teammate) -> None:
    person = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    note = CaseNote(participant_id=person.id, data="Met at the shelter.")
    laptop.push(laptop.create(person), laptop.create(note))
    laptop.push(laptop.write("participant", person.id, {"phone": "555-0100"}))
    full = teammate.pull_page(cursor=0)

    response = teammate.http.get("/v1/pull", params={"cursor": 0, "shared_stamps": "true"})
    shared = PullResponse.model_validate_json(response.content)

    by_id = {r["record_id"]: r for r in full["records"]}
    assert [r.record_id for r in shared.records] == [r["record_id"] for r in full["records"]]
    for state in shared.records:
        assert state.field_stamps() == by_id[state.record_id]["clocks"]
        assert state.fields == by_id[state.record_id]["fields"]
    edited = next(r for r in shared.records if r.record_id == person.id)
    assert edited.clocks == {"phone": by_id[person.id]["clocks"]["phone"]}  # only what differs
    assert edited.stamp == by_id[person.id]["clocks"]["first_name"]
    assert next(r for r in shared.records if r.record_id == note.id).clocks == {}
    assert len(response.content) < len(json.dumps(full)) * 0.6


def _shared_by_reading(clocks_json: str) -> tuple[str, str]:
    """What pull._shared answers, the long way: read, count, write back."""
    clocks = json.loads(clocks_json)
    if not clocks:
        return clocks_json, ""
    common = Counter(clocks.values()).most_common(1)[0][0]
    rest = {f: v for f, v in clocks.items() if v != common}
    return stored_json(rest) if rest else "{}", f',"stamp":{json.dumps(common, ensure_ascii=False)}'


devices = st.sampled_from(["09b27aa6-f897-4ef1", 'we"ird', "back\\slash", "é-ü", 'a","b', ":", "\u2028", "x"])
stamps = st.builds(lambda hlc, device: f"{hlc:016x}-{device}", st.integers(0, 3), devices)


@given(st.dictionaries(st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True), stamps, max_size=8))
def test_the_common_stamp_is_found_without_reading_the_clocks_as_it_is_by_reading_them(clocks) -> None:
    """Most stored clocks are one stamp for every field, and pull._shared tells so from the text alone;
    whatever the stamps hold (quotes, backslashes, colons, other scripts), its answer is the one reading
    the clocks gives."""
    text = stored_json(clocks)
    assert _shared(text) == _shared_by_reading(text)
