-- Issue 19: Today reads the officers' referrals still waiting for their warm hand-off at every refresh.
-- Staff-typed referrals are 'pending' too (the column's default) and are nearly all of the table, so
-- only a partial index holding just the waiting officers' referrals keeps that read instant.
CREATE INDEX referral_officer_waiting ON referral (referred_at)
    WHERE officer_username <> '' AND handoff_outcome = 'pending' AND deleted = 0;
-- A referral merged into the participant it turned out to be is a copy on them: the one it came from.
ALTER TABLE referral ADD COLUMN merged_from TEXT;
