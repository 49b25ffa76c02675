"""A pull from a cursor the server never handed the device is refused (`server_behind`, 409): the one way
a laptop holds such a cursor is a server database restored from a backup taken before its last sync,
whose seqs after that cursor are not the ones the laptop has seen. The server keeps each device's highest
page end (`device.served_through`) to tell, written before the page goes out."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from leaddesk.domain import CaseNote, Participant
from leaddesk.domain.ids import new_id
from tests.backends import backup, restore


def _served(office: Any, device: Any) -> Any:
    return office.scalar(f"SELECT served_through FROM device WHERE id = '{device.id}'")


def _pulled(office: Any, device: Any) -> Any:
    return office.scalar(f"SELECT pulled_through FROM device WHERE id = '{device.id}'")


def _refused(device: Any, cursor: int, *, waiting: bool = True) -> None:
    """The pull from `cursor` refused; `waiting`: the quick check already knows it is (see waiting)."""
    response = device.http.get("/v1/pull", params={"cursor": cursor})
    assert response.status_code == 409, response.text
    body = response.json()
    assert body["error"] == "server_behind"
    assert "backup" in body["message"]
    if waiting:
        assert device.http.get("/v1/waiting", params={"cursor": cursor}).json() == {"waiting": True}


def _write(device: Any, text_: str) -> str:
    person = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    device.push(device.create(person), device.create(CaseNote(participant_id=person.id, data=text_)))
    return person.id


def test_a_device_is_served_from_its_enrolment_on_and_refused_beyond_its_last_page(office, laptop) -> None:
    latest = office.scalar("SELECT value FROM counter")
    assert _served(office, laptop) == latest  # enrolled: the server's latest seq, which a pull from 0 reaches
    _write(laptop, "First visit.")
    laptop.sync_down()
    end = laptop.cursor
    assert end == office.scalar("SELECT value FROM counter") > latest
    assert (_served(office, laptop), _pulled(office, laptop)) == (end, latest)  # it pulled from 0 once

    _refused(laptop, end + 1)

    assert (_served(office, laptop), _pulled(office, laptop)) == (end, latest)  # a refusal writes nothing
    assert laptop.pull_page(cursor=end)["records"] == []  # its own cursor is fine
    assert _pulled(office, laptop) == end


def test_every_page_end_is_kept_before_the_page_is_sent(office, laptop, teammate) -> None:
    for n in range(5):
        _write(teammate, f"Visit {n}.")
    ends = []
    cursor = 0
    while True:
        page = laptop.pull_page(cursor=cursor, limit=3)
        ends.append(page["cursor"])
        assert _served(office, laptop) == page["cursor"]  # already kept when the answer arrives
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    assert len(ends) == 4
    assert ends == sorted(ends)
    assert laptop.pull_page(cursor=ends[1])["cursor"] == ends[-1]  # an earlier cursor: served again
    assert _served(office, laptop) == ends[-1]  # never lowered


def test_a_device_from_before_the_check_is_taken_at_its_word_up_to_the_latest_seq(office, laptop) -> None:
    _write(laptop, "First visit.")
    latest = office.scalar("SELECT value FROM counter")
    with office.engine.begin() as conn:  # as migration 0011 leaves a device enrolled before it
        conn.execute(text("UPDATE device SET served_through = NULL"))

    _refused(laptop, latest + 50, waiting=False)  # beyond every seq there is: the counter says so
    assert _served(office, laptop) is None
    assert laptop.pull_page(cursor=latest)["records"] == []  # the one it holds, as far as anyone knows

    assert _served(office, laptop) == latest
    _refused(laptop, latest + 1)


def test_a_heartbeat_hands_out_the_latest_seq(office, laptop, teammate) -> None:
    _write(teammate, "First visit.")
    latest = office.scalar("SELECT value FROM counter")
    answer = laptop.http.post("/v1/heartbeat", json={"pending": 0, "app_version": "test"})

    assert answer.json()["latest_seq"] == latest
    assert _served(office, laptop) == latest
    assert laptop.pull_page(cursor=latest)["records"] == []  # a device may start from it


def test_a_restored_database_refuses_cursors_handed_out_after_its_backup(office, laptop, teammate) -> None:
    _write(teammate, "Before the backup.")
    laptop.sync_down()
    before = laptop.cursor
    dump = backup(office.engine)
    _write(teammate, "After the backup.")
    laptop.sync_down()
    assert laptop.cursor > before

    restore(office.engine, dump)
    _write(teammate, "After the restore.")  # seqs after `before` again: not what the laptop has seen

    _refused(laptop, laptop.cursor)
    received = laptop.pull_page(cursor=0)["records"]  # from the start, as the app does next
    assert "After the restore." in [r["fields"].get("data") for r in received]
    assert "After the backup." not in [r["fields"].get("data") for r in received]
    laptop.cursor = before
    assert [r["fields"].get("data") for r in laptop.sync_down() if r["entity"] == "note"] == [
        "After the restore."
    ]


def test_a_push_answers_with_the_seq_it_was_stored_under_and_a_replay_with_the_same(office, laptop) -> None:
    """A laptop whose only sync after a backup was cut before its pull tells a restored server by this:
    its push was stored at a seq the restored server's latest is below."""
    person = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    before = office.scalar("SELECT value FROM counter")
    batch = new_id()
    answer = laptop.push(laptop.create(person), batch_id=batch)
    after = office.scalar("SELECT value FROM counter")
    assert answer["seq"] == after > before
    seqs = [r["seq"] for r in laptop.sync_down() if r["record_id"] == person.id]
    assert seqs
    assert max(seqs) <= answer["seq"]  # the record's seq is within it
    replay = laptop.push(laptop.create(person), batch_id=batch)
    assert replay["replayed"]
    assert replay["seq"] == answer["seq"]
    nothing = laptop.push()  # a push that stores nothing still says how far the sequence is
    assert nothing["seq"] == after
