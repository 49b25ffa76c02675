"""Push and pull over real HTTP: round trips, pages, idempotent replays, per-record refusals."""

from __future__ import annotations

import json
from datetime import date

from leaddesk.domain import CaseNote, Need, Participant, Task
from leaddesk.domain.clock import COUNTER_BITS, MAX_AHEAD_MS, Stamp, wall_ms
from leaddesk.domain.enums import NeedDomain
from leaddesk.domain.ids import new_id


def test_a_pushed_participant_and_note_reach_a_teammate_as_sent(laptop, teammate) -> None:
    person = Participant(first_name="Jordan", last_name="Quill", team_id="north", aliases=["JQ"])
    note = CaseNote(participant_id=person.id, data="Met at the shelter; wants ID documents.")
    changes = [laptop.create(person), laptop.create(note)]

    result = laptop.push(*changes, pending=0, app_version="0.1.0")

    assert [r["status"] for r in result["results"]] == ["applied", "applied"]
    assert [r["change_id"] for r in result["results"]] == [c["change_id"] for c in changes]
    assert result["replayed"] is False
    received = teammate.sync_down()
    assert [(r["entity"], r["record_id"]) for r in received] == [
        ("participant", person.id),
        ("note", note.id),
    ]
    for change, state in zip(changes, received, strict=True):
        assert state["fields"] == change["fields"]
        assert state["clocks"] == change["clocks"]
        assert state["participant_id"] == person.id
    assert received[0]["seq"] < received[1]["seq"] == teammate.cursor
    assert teammate.sync_down() == []  # nothing new after the cursor


def test_a_sequential_edit_is_applied_without_a_conflict(laptop, teammate) -> None:
    person = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    laptop.push(laptop.create(person))
    teammate.sync_down()

    edit = teammate.write("participant", person.id, {"phone": "555-0100"})
    assert teammate.statuses(edit) == ["applied"]

    laptop.sync_down()
    assert laptop.records[("participant", person.id)]["fields"]["phone"] == "555-0100"
    assert laptop.of("conflict") == []


def test_pages_cover_every_record_once_in_seq_order(laptop, teammate) -> None:
    person = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    tasks = [Task(participant_id=person.id, title=f"Call back #{i}") for i in range(24)]
    laptop.push(laptop.create(person), *(laptop.create(t) for t in tasks))

    sizes = []
    seqs: list[int] = []
    cursor = 0
    while True:
        page = teammate.pull_page(cursor=cursor, limit=10)
        sizes.append(len(page["records"]))
        seqs += [r["seq"] for r in page["records"]]
        assert page["cursor"] >= cursor
        cursor = page["cursor"]
        if not page["has_more"]:
            break

    assert sizes == [10, 10, 5]
    assert seqs == sorted(set(seqs))
    assert len(seqs) == 25


def test_a_replayed_batch_changes_nothing_and_gets_the_first_answer(office, laptop) -> None:
    person = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    batch = new_id()
    first = laptop.push(laptop.create(person), batch_id=batch)
    latest = office.scalar("SELECT value FROM counter")

    # Same batch id, even with different contents (a buggy retry): the first answer, nothing written.
    stray = laptop.write("participant", person.id, {"phone": "555-0199"})
    again = laptop.push(stray, batch_id=batch)

    assert again["replayed"] is True
    assert again["results"] == first["results"]
    assert office.scalar("SELECT value FROM counter") == latest
    assert office.scalar("SELECT count(*) FROM record") == 1
    assert office.scalar("SELECT count(*) FROM push_batch") == 1


def test_a_refused_record_does_not_stop_the_rest_of_the_batch(laptop, teammate) -> None:
    person = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    laptop.push(laptop.create(person))
    good = Need(participant_id=person.id, domain=NeedDomain.HOUSING, description="Shelter bed")
    bad_value = laptop.create(Need(participant_id=person.id, domain=NeedDomain.FOOD))
    bad_value["fields"]["rank"] = 0  # a participant's own priority starts at 1
    unknown_field = laptop.write("participant", person.id, {"favourite_colour": "teal"})
    missing = laptop.write("task", new_id(), {"title": "Nobody made me"}, pid=person.id)
    later = laptop.create(Task(participant_id=person.id, title="Bring the ID form", due_on=date(2030, 1, 2)))

    results = laptop.push(laptop.create(good), bad_value, unknown_field, missing, later)["results"]

    assert [r["status"] for r in results] == ["applied", "rejected", "rejected", "rejected", "applied"]
    assert results[1]["reason"].startswith("rank:")
    assert results[2]["reason"].startswith("favourite_colour:")
    assert "has no task" in results[3]["reason"]
    teammate.sync_down()
    assert {r["record_id"] for r in teammate.of("need")} == {good.id}
    assert len(teammate.of("task")) == 1
    assert "favourite_colour" not in teammate.records[("participant", person.id)]["fields"]


def test_a_model_wide_rule_names_its_field(laptop) -> None:
    person = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    laptop.push(laptop.create(person))

    exit_without_date = laptop.write("participant", person.id, {"status": "exited"})
    [result] = laptop.push(exit_without_date)["results"]

    assert result["status"] == "rejected"
    assert result["reason"].startswith("exited_on:")


def test_heartbeat_reports_state_and_the_newest_seq(office, laptop) -> None:
    laptop.push(laptop.create(Participant(first_name="Jordan", last_name="Quill", team_id="north")))

    response = laptop.http.post("/v1/heartbeat", json={"pending": 7, "app_version": "0.1.0"})

    assert response.status_code == 200
    body = response.json()
    assert body["latest_seq"] == 1
    assert body["user"] == {
        "username": "casey",
        "display_name": "Casey",
        "role": "case_manager",
        "teams": ["north"],
    }
    assert office.scalar("SELECT pending FROM device") == 7
    assert office.scalar("SELECT app_version FROM device") == "0.1.0"


def test_unreadable_numbers_are_refused_per_record_and_stamps_from_the_future_restamped(
    laptop, teammate
) -> None:
    person = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    laptop.push(laptop.create(person))
    not_a_number = laptop.write("participant", person.id, {"usual_locations": float("nan")})
    from_the_future = laptop.write("participant", person.id, {"phone": "555-0100"})
    two_days_ahead = Stamp((wall_ms() + 2 * 86_400_000) << COUNTER_BITS, laptop.id).encode()
    from_the_future["clocks"] = {"phone": two_days_ahead}
    fine = laptop.write("participant", person.id, {"gender": "man"})

    body = {"batch_id": new_id(), "changes": [not_a_number, from_the_future, fine]}
    # Python's JSON writer puts NaN on the wire (httpx's refuses), as a careless client might.
    response = laptop.http.post(
        "/v1/push", content=json.dumps(body), headers={"Content-Type": "application/json"}
    )

    assert response.status_code == 200, response.text
    results = response.json()["results"]

    assert [r["status"] for r in results] == ["rejected", "applied", "applied"]
    assert results[0]["reason"].startswith("usual_locations: NaN")
    # A laptop whose date is two days ahead is not refused, nor does it win every edit for two days:
    # its change is kept by the server's clock, still named after the laptop that wrote it.
    [state] = [r for r in teammate.pull_page(cursor=0)["records"] if r["record_id"] == person.id]
    stamp = Stamp.decode(state["clocks"]["phone"])
    assert state["fields"]["phone"] == "555-0100"
    assert stamp.device == laptop.id
    assert abs(stamp.physical_ms - wall_ms()) < MAX_AHEAD_MS


def test_a_pending_count_beyond_any_column_is_refused_and_stores_nothing(office, laptop) -> None:
    before = office.scalar("SELECT pending FROM device")

    response = laptop.http.post("/v1/heartbeat", json={"pending": 2**70})

    assert response.status_code == 422
    assert "pending" in response.text
    assert office.scalar("SELECT pending FROM device") == before


def test_a_record_made_and_changed_in_one_batch_arrives_once_in_its_final_state(laptop, teammate) -> None:
    person = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    task = Task(participant_id=person.id, title="Call the clinic")
    doomed = Task(participant_id=person.id, title="Typo")
    outbox = [
        laptop.create(person),
        laptop.create(task),
        laptop.write("task", task.id, {"title": "Call the clinic about MAT"}),
        laptop.write("task", task.id, {"done": True, "done_at": "2030-01-01T10:00:00.000000Z"}),
        laptop.create(doomed),
        laptop.write("task", doomed.id, {"deleted": True}, op="delete"),
    ]

    assert set(laptop.statuses(*outbox)) == {"applied"}

    received = teammate.sync_down()
    assert sorted(r["record_id"] for r in received) == sorted([person.id, task.id, doomed.id])
    final = teammate.records[("task", task.id)]["fields"]
    assert (final["title"], final["done"]) == ("Call the clinic about MAT", True)
    assert teammate.records[("task", doomed.id)]["fields"]["deleted"] is True


def test_a_change_stamped_with_another_devices_clock_id_is_refused(laptop, teammate) -> None:
    person = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    laptop.push(laptop.create(person))
    teammate.push(
        teammate.write("participant", person.id, {"phone": "555-0100"})
    )  # the teammate's id is known

    # Casey's laptop writes a value and claims Robin's laptop made it: "who wrote it" would be forged.
    forged = laptop.write("participant", person.id, {"phone": "555-0199"})
    forged["clocks"] = {"phone": Stamp(laptop.clock.now().hlc, teammate.id).encode()}
    mixed = laptop.write("participant", person.id, {"gender": "woman", "usual_locations": "library"})
    mixed["clocks"]["usual_locations"] = Stamp(laptop.clock.now().hlc, teammate.id).encode()
    honest = laptop.write("participant", person.id, {"preferred_name": "Jo"})

    results = laptop.push(forged, mixed, honest)["results"]

    assert [r["status"] for r in results] == ["rejected", "rejected", "applied"]
    assert all("device that sends it" in r["reason"] for r in results[:2])
    # Refused changes come back with the record as the server holds it, so the laptop can undo them.
    assert results[0]["current"]["fields"]["phone"] == "555-0100"
    [state] = [r for r in teammate.pull_page(cursor=0)["records"] if r["record_id"] == person.id]
    assert state["fields"]["phone"] == "555-0100"
    assert state["fields"]["preferred_name"] == "Jo"
