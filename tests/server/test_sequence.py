"""The cursor never skips a change: many devices push at once while others keep pulling with their
cursors; every puller ends with every record exactly once, in seq order, and so does a pull from 0."""

from __future__ import annotations

import threading
import time

from leaddesk.domain import Participant, Task

PUSHERS = 6
BATCHES = 8
PER_BATCH = 12
PAGE = 7  # small pages, so pulls interleave with the pushes as much as possible


def test_concurrent_pushes_never_let_a_cursor_skip_a_late_commit(office) -> None:
    office.team("north")
    for i in range(PUSHERS + 2):
        office.user(f"worker{i}", "north")
    pushers = [office.device(f"worker{i}") for i in range(PUSHERS)]
    pullers = [office.device(f"worker{PUSHERS + i}") for i in range(2)]
    person = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    pushers[0].push(pushers[0].create(person))
    pushed: list[str] = [person.id]
    done = threading.Event()
    failures: list[BaseException] = []
    seen: dict[str, list[tuple[int, str]]] = {p.id: [] for p in pullers}

    def push_all(device) -> None:
        try:
            for b in range(BATCHES):
                tasks = [
                    Task(participant_id=person.id, title=f"{device.id[-4:]} {b}.{i}")
                    for i in range(PER_BATCH)
                ]
                results = device.push(*(device.create(t) for t in tasks))["results"]
                assert {r["status"] for r in results} == {"applied"}
                pushed.extend(t.id for t in tasks)
        except BaseException as exc:
            failures.append(exc)

    def pull_all(device) -> None:
        try:
            while True:
                finished = done.is_set()  # read before pulling: a last pull after every push
                page = device.pull_page(cursor=device.cursor, limit=PAGE)
                seen[device.id] += [(r["seq"], r["record_id"]) for r in page["records"]]
                device.cursor = page["cursor"]
                if finished and not page["has_more"]:
                    return
                if not page["has_more"]:
                    time.sleep(0.005)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=push_all, args=(d,)) for d in pushers]
    readers = [threading.Thread(target=pull_all, args=(d,)) for d in pullers]
    for thread in readers + threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    done.set()
    for thread in readers:
        thread.join(120)

    assert failures == []
    assert len(pushed) == 1 + PUSHERS * BATCHES * PER_BATCH
    for history in seen.values():
        seqs = [seq for seq, _ in history]
        assert seqs == sorted(seqs)
        assert len(set(seqs)) == len(seqs)
        # Each record was written once, so each arrives exactly once, none skipped.
        assert sorted(record_id for _, record_id in history) == sorted(pushed)
    fresh = office.device("worker0", name="Second laptop")
    everything = fresh.sync_down()
    assert [r["seq"] for r in everything] == sorted({r["seq"] for r in everything})
    assert sorted(r["record_id"] for r in everything) == sorted(pushed)
