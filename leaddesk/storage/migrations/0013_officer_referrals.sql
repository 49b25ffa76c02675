-- Issue 19: referrals an officer sends from the office server's referral page, and what came of the
-- warm hand-off.
ALTER TABLE referral ADD COLUMN officer_username TEXT NOT NULL DEFAULT '';
ALTER TABLE referral ADD COLUMN observed TEXT NOT NULL DEFAULT '';
ALTER TABLE referral ADD COLUMN person_description TEXT NOT NULL DEFAULT '';
ALTER TABLE referral ADD COLUMN agreed_to_meet INTEGER;
ALTER TABLE referral ADD COLUMN officer_contact TEXT NOT NULL DEFAULT '';
ALTER TABLE referral ADD COLUMN handoff_outcome TEXT NOT NULL DEFAULT 'pending';
ALTER TABLE referral ADD COLUMN handoff_outcome_at TEXT;
-- Today's list of referrals waiting for their hand-off.
CREATE INDEX referral_handoff ON referral (handoff_outcome, referred_at);
