"""Issue 19's whole path with no part stood in for, on SQLite and PostgreSQL: an officer signs in and
sends a referral from the office server's referral page (over HTTP here; tests/server/
test_referral_browser.py drives the same page in chromium), a laptop of the on-call team pulls it at its
next sync, the case manager marks the hand-off met through the desk (Today's use case, with the
laptop's real store and sync engine), the laptop's push carries it up, and the officer's list says
"Met". A laptop of another team never holds it."""

from __future__ import annotations

import re

from leaddesk.desk import Desk
from leaddesk.domain.casework_codes import HandoffOutcome
from tests.server.officers_setup import PASSWORD, add_officer, on_call, program_lists
from tests.server.referral_browser import Phone


def status(phone: Phone) -> str:
    found = re.search(r'class="status status-[a-z_]+">([^<]+)<', phone.get("/refer/").text)
    assert found is not None
    return found.group(1)


def test_an_officers_referral_is_met_on_a_laptop_and_the_officer_sees_it(office) -> None:
    program_lists(office.engine)
    # The e2e office has teams north and south already.
    on_call(office.engine, "N1", "north")
    add_officer(office.engine, "ofc.diaz")
    office.user("casey", "north")
    office.user("sam", "south")
    casey, sam = office.laptop("casey"), office.laptop("sam")
    phone = Phone(office.url)
    try:
        assert phone.sign_in("ofc.diaz", PASSWORD).status_code == 303
        assert phone.send().status_code == 303
        assert status(phone) == "Received"

        casey.sync()
        sam.sync()
        desk = Desk(casey.store)
        [waiting] = desk.handoffs.waiting()
        assert waiting.referral.from_officer
        assert Desk(sam.store).handoffs.waiting() == []  # not the team on call

        desk.handoffs.met(waiting.referral.id)
        casey.sync()

        assert status(phone) == "Met"
        again = casey.store.repos.referrals.get(waiting.referral.id)
        assert again.handoff_outcome is HandoffOutcome.MET
        assert again.warm_handoff_at is not None
    finally:
        phone.close()
