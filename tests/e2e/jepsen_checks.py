"""The Jepsen test's checks, once every laptop has synced until quiet: the journals read back into the
sync state machine's History (sync_history.py), with the server's re-stamps of the two-day episode's
writes found, then the state machine's checks (sync_checks.py) and what only this test exercises:
drafts that survive kills, nothing of another team's participant left in a draft, a refused change,
attachment bytes or the search index, every file sound, no push batch applied twice, no delete undone
unseen."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select

from leaddesk.domain import SyncConflict
from leaddesk.domain.clock import MAX_AHEAD_MS, Stamp
from leaddesk.server.db import audit
from tests.e2e.conftest import Laptop, Office
from tests.e2e.jepsen_journal import Replay, markers
from tests.e2e.sync_history import FieldKey, History, Write

AHEAD_MS = 10 * 60 * 1000  # as jepsen_laptop.AHEAD_MS: stamped this far ahead, the server re-stamps


def history_of(laptops: Mapping[str, Laptop], replays: Mapping[str, Replay]) -> tuple[History, set[str]]:
    """Every committed write of every laptop, in each laptop's commit order, and which the server
    refused (as the laptop keeps them in sync_rejected); also the changes stamped days ahead."""
    history = History()
    ahead: set[str] = set()
    for name, laptop in laptops.items():
        replay = replays[name]
        for op in replay.committed(markers(laptop.store)):
            for change in op["changes"]:
                writes = [_write(name, change, field, value) for field, value in change["fields"].items()]
                history.changes[change["change_id"]] = writes
                if max(w.stamp.physical_ms for w in writes) > op["real_ms"] + AHEAD_MS:
                    ahead.add(change["change_id"])
        kept = {r.entry.change_id: r.reason for r in laptop.repos.outbox.rejected()}
        assert not replay.acked & kept.keys(), f"{name}: a change acknowledged, then refused"
        assert replay.refused.keys() <= kept.keys(), f"{name}: a refused change is gone from sync_rejected"
        unknown = kept.keys() - history.changes.keys()
        assert not unknown, f"{name}: refused changes nobody journalled: {sorted(unknown)[:3]}"
        history.refused.update(kept)
    return history, ahead


def _write(laptop: str, change: dict[str, Any], field: str, value: Any) -> Write:
    base = change["base"].get(field)
    return Write(
        laptop=laptop,
        change_id=change["change_id"],
        entity=change["entity"],
        record_id=change["record_id"],
        participant_id=change["participant_id"],
        field=field,
        value=value,
        stamp=Stamp.decode(change["clocks"][field]),
        base=Stamp.decode(base) if base else None,
    )


def find_restamps(
    history: History,
    ahead: Iterable[str],
    held: Mapping[tuple[str, str], tuple[str, str, int]],
    conflicts: Iterable[SyncConflict],
) -> int:
    """Give each write the server re-stamped (stamped days ahead: server/push.py) the stamp the server
    gave it, found where the server or a laptop shows it: in force, in a conflict, or as the base of a
    later write. Each such write's record was written once while the clock ran ahead (jepsen_laptop),
    so a stamp of that device on that record that none of its writes carries is the re-stamp. Returns
    how many were found (a re-stamped write replaced unseen by its own laptop is found nowhere)."""
    seen: dict[tuple[str, str], set[Stamp]] = defaultdict(set)  # (entity, record id) -> stamps shown
    for (entity, record_id), (_, clocks, _) in held.items():
        seen[(entity, record_id)].update(Stamp.decode(s) for s in json.loads(clocks).values())
    for c in conflicts:
        seen[(c.record_entity, c.record_id)].update(Stamp.decode(s) for s in (c.kept_stamp, c.other_stamp))
    for writes in history.changes.values():
        for w in writes:
            if w.base is not None:
                seen[(w.entity, w.record_id)].add(w.base)
    written = {w.stamp for writes in history.changes.values() for w in writes}
    found = 0
    for change_id in ahead:
        writes = history.changes[change_id]
        device = writes[0].stamp.device
        key = (writes[0].entity, writes[0].record_id)
        restamps = {s for s in seen[key] if s.device == device and s not in written}
        assert len(restamps) <= 1, f"change {change_id}: re-stamped as {sorted(restamps)}, not one"
        if restamps:
            (stamp,) = restamps
            history.changes[change_id] = [dataclasses.replace(w, stamp=stamp) for w in writes]
            found += 1
    return found


def check_leftovers(laptop: Laptop, replay: Replay, participants: set[str], *, moved: set[str]) -> list[str]:
    """What must hold on a laptop besides its records (returns what does not): its file is sound, its
    drafts are as last saved, and nothing of another team's participant is left in a draft, a refused
    change, the search index or attachment bytes (a removal takes everything local about them, once their
    unsent work has gone up). `moved`: participants that changed team, whose drafts may have gone."""
    conn = laptop.store.conn
    problems = [f"{laptop.name}: {p}" for p in laptop.store.integrity_problems()]
    for draft in laptop.repos.drafts.all():
        if draft.participant_id not in participants:
            problems.append(
                f"{laptop.name} holds a draft of another team's participant {draft.participant_id}"
            )
    problems += _drafts_kept(laptop, replay, participants, moved=moved)
    kept_files = set()
    for refused in laptop.repos.outbox.rejected():
        pid = refused.entry.participant_id
        if pid not in participants:
            problems.append(f"{laptop.name} keeps a refused change of another team's participant {pid}")
        kept_files.add(refused.entry.fields.get("sha256"))  # its bytes stay for a re-apply
    named = {
        r[0] for r in conn.execute("SELECT sha256, participant_id FROM attachment") if r[1] in participants
    }
    stray = [
        r[0] for r in conn.execute("SELECT sha256 FROM attachment_blob") if r[0] not in named | kept_files
    ]
    if stray:
        problems.append(f"{laptop.name} holds {len(stray)} attachment files no record of its team names")
    for fts in ("note_fts", "addendum_fts"):
        try:
            conn.execute(f"INSERT INTO {fts} ({fts}) VALUES ('integrity-check')")
        except Exception as exc:  # sqlcipher3's own error types; the message says what is wrong
            problems.append(f"{laptop.name}: {fts} does not match its table: {exc}")
    orphans = conn.execute(
        "SELECT count(*) FROM participant_fts WHERE rowid NOT IN (SELECT rid FROM participant)"
    ).fetchone()[0]
    if orphans:
        problems.append(f"{laptop.name}: {orphans} name entries in the search index of nobody held")
    return problems


def _drafts_kept(laptop: Laptop, replay: Replay, participants: set[str], *, moved: set[str]) -> list[str]:
    """Each draft as last saved (or gone, if last discarded); where the process was killed while
    saving, as before or after that save. A draft of a participant no longer in the team must be gone,
    and one of a participant that moved between teams may be (it went when they left this laptop)."""
    lines: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in replay.drafts:
        lines[line["key"]].append(line)
    problems = []
    for key, history in lines.items():
        if history[-1]["participant_id"] not in participants:
            continue  # checked above: it must be gone
        done = [h["body"] for h in history if h["done"]]
        allowed = [done[-1] if done else None]
        if not history[-1]["done"]:
            allowed.append(history[-1]["body"])
        if history[-1]["participant_id"] in moved:
            allowed.append(None)
        held = laptop.repos.drafts.get(key)
        body = held.body if held else None
        if body not in allowed:
            problems.append(f"{laptop.name}: draft {key} is {body!r}, saved as {allowed!r}")
    return problems


def check_deletes(
    history: History, in_force: Mapping[FieldKey, tuple[Any, Stamp]], conflicts: Iterable[SyncConflict]
) -> list[str]:
    """An acknowledged delete stays in force unless someone undid it knowing of it: a later write of
    `deleted` edited from the delete's stamp, or the delete kept in a conflict for a person to settle."""
    knowing = {w.base for w in history.accepted() if w.field == "deleted" and w.base is not None}
    kept = {(c.record_entity, c.record_id) for c in conflicts if c.field == "deleted"}
    problems = []
    for w in history.accepted():
        if w.field != "deleted" or w.value is not True:
            continue
        value, _ = in_force.get(w.key, (None, None))
        if value is not True and w.stamp not in knowing and (w.entity, w.record_id) not in kept:
            problems.append(f"{w.entity} {w.record_id} deleted by {w.laptop} is back, undone by nobody")
    return problems


def check_accepted_on_server(history: History, held: Mapping[tuple[str, str], Any]) -> list[str]:
    """Every change the server did not refuse left its record there: a refusal waits in sync_rejected
    (history_of), so a record missing here was dropped without a word."""
    missing = {(w.entity, w.record_id) for w in history.accepted()} - held.keys()
    return [f"{e} {r} was acknowledged, and the server has no such record" for e, r in sorted(missing)]


def done_twice(history: History) -> dict[str, int]:
    """How many notes two laptops signed, and how many conflicts two laptops resolved."""
    signers: dict[str, set[str]] = defaultdict(set)
    resolvers: dict[str, set[str]] = defaultdict(set)
    for writes in history.changes.values():
        for w in writes:
            if w.entity == "note" and w.field == "signed_at" and w.value:
                signers[w.record_id].add(w.laptop)
            elif w.entity == "conflict" and w.field == "resolution":
                resolvers[w.record_id].add(w.laptop)
    return {
        "signed twice": sum(len(s) > 1 for s in signers.values()),
        "resolved twice": sum(len(r) > 1 for r in resolvers.values()),
    }


def check_no_future(held: Mapping[tuple[str, str], tuple[str, str, int]], *, now_ms: int) -> list[str]:
    """No stamp in force runs ahead of the true time by more than a clock may (hlc.MAX_AHEAD_MS): the
    two-day episode's writes were re-stamped, and no clock was dragged into the future by them."""
    problems = []
    for (entity, record_id), (_, clocks, _) in held.items():
        ahead = max(Stamp.decode(s).physical_ms for s in json.loads(clocks).values()) - now_ms
        if ahead > MAX_AHEAD_MS:
            problems.append(f"{entity} {record_id} holds a stamp {ahead // 1000} s ahead of the true time")
    return problems


def check_pushes_once(office: Office) -> list[str]:
    """No push batch was applied twice, however often the network or a restart sent it again."""
    with office.engine.connect() as conn:
        pushes = Counter(
            r.entity_id for r in conn.execute(select(audit.c.entity_id).where(audit.c.action == "push"))
        )
    return [f"push batch {b} applied {n} times" for b, n in pushes.items() if n > 1]
