"""Acceptance: a network between the laptops and the server that drops, delays, duplicates and cuts
their requests and answers at random does not stop them converging once it heals. Every change the
server acknowledged through the faults is on it at once; after the heal every laptop holds the same,
every note exactly once, and no push batch was applied twice (a duplicated push is answered again)."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from leaddesk.server.running import ServerThread
from leaddesk.sync.errors import SyncError
from tests.e2e.conftest import Laptop, Office
from tests.e2e.faulty_proxy import FAULTS, FaultyProxy
from tests.e2e.workload import Workload, engine_for

SEED = 20250303  # fixed, so that a failing run can be replayed
ROUNDS = 8  # of offline work and a sync attempt by every laptop, through the faults
QUIET_ROUNDS = 6  # after the heal: at most this many rounds of syncs until nothing moves

pytestmark = pytest.mark.slow


def pending(laptop: Laptop) -> set[str]:
    return {e.change_id for e in laptop.store.repos.outbox.pending(limit=1_000_000)}


def test_laptops_behind_a_faulty_network_converge_once_it_heals(office: Office, server: ServerThread) -> None:
    rng = random.Random(SEED)
    work = Workload(SEED)
    errors: Counter[str] = Counter()
    with FaultyProxy(server.port, seed=SEED) as proxy:
        office.url = proxy.url  # enrolled through the proxy while it is healed: their server is the proxy
        names = ("casey", "robin", "alex")
        for name in names:
            office.user(name, "north")
        laptops = [office.laptop(name) for name in names]
        for laptop in laptops:
            engine_for(laptop, batch_size=15, page_size=25)
        proxy.break_down()

        for _round in range(ROUNDS):
            for laptop in laptops:
                work.edit(laptop.store, rng.randint(10, 40), own_only=False)
                before = pending(laptop)
                try:
                    laptop.sync()
                except SyncError as exc:
                    errors[type(exc).__name__] += 1
                # Whatever left the outbox was acknowledged: the server must hold it already.
                work.assert_on_server(office, before - pending(laptop))

        proxy.heal()
        for _ in range(QUIET_ROUNDS):
            reports = [laptop.sync() for laptop in laptops]
            if all(r.pushed == 0 and r.applied == 0 and r.pending == 0 for r in reports):
                break
        else:
            pytest.fail(f"still not quiet after {QUIET_ROUNDS} rounds of syncs")
    work.check(office, *laptops, as_written=False)
    print(f"faults: {dict(proxy.counts)}; sync errors: {dict(errors)}")  # shown with -s or -rP

    assert len(work.notes) > 150
    for fault in FAULTS:
        assert proxy.counts[fault] >= 3, proxy.counts
    assert proxy.counts["duplicate POST /v1/push"] >= 2, proxy.counts
    # The faults cost the laptops whole syncs, and only ever as "the server cannot be reached".
    assert errors["ServerUnreachable"] >= 2, errors
    assert set(errors) == {"ServerUnreachable"}, errors
