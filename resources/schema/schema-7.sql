-- Chairside schema, version 7: what the front office records besides the arrival.

-- The center's phone number (on the slip and the center's details) and how many days ahead its readiness
-- queue looks. Existing centers get no phone and the queue's usual week.
ALTER TABLE center ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE center ADD COLUMN readiness_days INTEGER NOT NULL DEFAULT 7 CHECK (readiness_days BETWEEN 1 AND 60);

-- Who recorded the last eligibility check and when (an instant); the date stays the check's calendar day.
ALTER TABLE coverage ADD COLUMN eligibility_verified_by TEXT NOT NULL DEFAULT '';
ALTER TABLE coverage ADD COLUMN eligibility_verified_at INTEGER;

-- The payer's reference for a prior authorization (the number the desk quotes on the phone).
ALTER TABLE prior_authorization ADD COLUMN reference TEXT NOT NULL DEFAULT '';

-- Why a compounded dose was wasted, in the nurse's words.
ALTER TABLE appointment ADD COLUMN wasted_reason TEXT NOT NULL DEFAULT '';

