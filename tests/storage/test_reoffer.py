"""Which of this laptop's writes a restored server lacks, and on what base they go back (reoffer.py).
The property: a field goes back exactly when its stamp here is this laptop's own and the server holds
neither it nor a later write of this laptop; on the server's stamp when ours is later (an edit of that
value), on none when the server's is later (concurrent: the server keeps both, one as a conflict)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from leaddesk.domain.clock import Stamp
from leaddesk.storage.reoffer import own_writes_missing

ME, THEM = "laptop-a", "laptop-b"


def s(hlc: int, device: str = ME) -> str:
    return Stamp(hlc, device).encode()


def test_own_later_writes_go_back_on_the_servers_stamp() -> None:
    here = {"data": s(20), "plan": s(30), "assessment": s(5, THEM), "status": s(7)}
    server = {"data": s(10, THEM), "assessment": s(4, THEM), "status": s(7)}

    assert own_writes_missing(here, server, device=ME) == {"data": s(10, THEM), "plan": None}


def test_a_later_write_of_someone_else_on_the_server_makes_ours_concurrent() -> None:
    assert own_writes_missing({"data": s(20)}, {"data": s(25, THEM)}, device=ME) == {"data": None}


def test_a_later_write_of_ours_on_the_server_or_an_unsent_change_leaves_the_field_alone() -> None:
    assert own_writes_missing({"data": s(20)}, {"data": s(25)}, device=ME) == {}
    assert own_writes_missing({"data": s(20)}, {"data": s(10, THEM)}, device=ME, unsent=["data"]) == {}


def test_a_device_id_that_ends_like_ours_is_not_ours() -> None:
    assert own_writes_missing({"data": s(20, f"x-{ME}"), "plan": s(20, f"{ME}x")}, {}, device=ME) == {}


stamps = st.builds(s, st.integers(0, 50), st.sampled_from([ME, THEM]))
fields = st.sampled_from(["data", "plan", "assessment"])


@given(st.dictionaries(fields, stamps, min_size=1), st.dictionaries(fields, stamps))
def test_the_rule_field_by_field(here: dict[str, str], server: dict[str, str]) -> None:
    missing = own_writes_missing(here, server, device=ME)

    for name, stamp in here.items():
        theirs = server.get(name)
        ours = Stamp.decode(stamp).device == ME
        held = theirs == stamp or (
            theirs is not None and Stamp.decode(theirs).device == ME and theirs > stamp
        )
        assert (name in missing) == (ours and not held)
        if name in missing:
            assert missing[name] == (
                theirs if theirs is None or Stamp.decode(stamp) > Stamp.decode(theirs) else None
            )
    assert set(missing) <= set(here)
