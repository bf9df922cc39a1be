-- Chairside schema, version 8: when a compounded dose was written off.

-- The instant the dose was recorded wasted (by the nurse, or by the no-show sweep); NULL while it is not.
-- A wasted dose keeps prepared_at, when it was made, so the pharmacy's day can show both.
ALTER TABLE appointment ADD COLUMN wasted_at INTEGER;
