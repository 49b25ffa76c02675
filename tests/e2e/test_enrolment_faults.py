"""A laptop enrolling through a network that delivers its request twice ends up with a working token,
whichever of the two answers reaches it, and then syncs: one device on the server, its other token
retired by the first request made with the one the laptop holds."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from leaddesk.domain import Participant
from leaddesk.server.db import device, spare_token
from leaddesk.server.running import ServerThread
from tests.e2e.conftest import Office
from tests.e2e.faulty_proxy import FaultPlan, FaultyProxy

# Only duplicates: every request the laptop makes reaches the server twice, in the order under test.
ONLY_DUPLICATES = {"drop": 0.0, "delay": 0.0, "cut_request": 0.0, "cut_response": 0.0, "duplicate": 1.0}


@pytest.mark.parametrize(
    "order",
    ["copy last", "copy first"],
    ids=["the first answer reaches the laptop", "the second answer reaches the laptop"],
)
def test_an_enrolment_delivered_twice_leaves_the_laptop_a_working_token(
    office: Office, server: ServerThread, order: str
) -> None:
    office.user("casey", "north")
    plan = FaultPlan(**ONLY_DUPLICATES, copy_order=order)
    with FaultyProxy(server.port, seed=7, plan=plan) as proxy:
        office.url = proxy.url
        proxy.break_down()
        laptop = office.laptop("casey")
        laptop.repos.participants.create(Participant(first_name="Jordan", last_name="Quill", team_id="north"))

        first = laptop.sync()
        again = laptop.sync()

    assert proxy.counts["duplicate POST /v1/enroll"] == 1
    assert (first.pushed, again.pushed) == (1, 0)
    with office.engine.connect() as conn:
        assert len(conn.execute(select(device.c.id)).all()) == 1
        assert conn.execute(select(device.c.confirmed_at)).scalar() is not None
        assert conn.execute(select(spare_token)).all() == []  # the answer that went nowhere is void
    assert len(office.server_records()) == 1
