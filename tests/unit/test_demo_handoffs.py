"""The demo's officers' referrals (demo/handoffs.py): the same ones for the same moment, waiting, one of
them someone already in the caseload whom the duplicate rule offers."""

from __future__ import annotations

from datetime import UTC, date, datetime

from leaddesk.demo.handoffs import officer_referrals
from leaddesk.domain import Participant, Referral
from leaddesk.domain.casework_codes import HandoffOutcome
from leaddesk.domain.duplicates import MatchBasis, Named, possible_matches

NOW = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)


def test_two_referrals_waiting_one_of_them_for_someone_already_here() -> None:
    known = Participant(
        first_name="Keándre", last_name="Yoreck", date_of_birth=date(1988, 5, 1), team_id="central"
    )

    made = officer_referrals(team="central", known=known, now=NOW)

    assert made == officer_referrals(team="central", known=known, now=NOW)
    stubs = [r for r in made if isinstance(r, Participant)]
    referrals = [r for r in made if isinstance(r, Referral)]
    assert [r.participant_id for r in referrals] == [s.id for s in stubs]
    assert all(r.handoff_outcome is HandoffOutcome.PENDING and r.from_officer for r in referrals)
    assert [int((NOW - r.referred_at).total_seconds() // 60) for r in referrals] == [9, 38]
    assert all(
        s.created_by == r.officer_username and s.case_manager == ""
        for s, r in zip(stubs, referrals, strict=True)
    )
    [match] = possible_matches(Named.of(stubs[1]), [Named.of(known), Named.of(stubs[0])])
    assert (match.participant_id, match.basis, match.same_birth_date) == (known.id, MatchBasis.NAME, True)
    assert possible_matches(Named.of(stubs[0]), [Named.of(known)]) == []
    assert len(officer_referrals(team="central", known=None, now=NOW)) == 2
