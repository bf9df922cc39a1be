-- Chairside schema, version 16: what the manager's reports read that nothing kept before.

-- What one dose of a therapy costs the center, in cents, set by the admin: the price of a wasted dose.
ALTER TABLE therapy ADD COLUMN drug_cost_cents INTEGER NOT NULL DEFAULT 0 CHECK (drug_cost_cents >= 0);

-- A patient who came to the desk without an appointment that day and was turned away (before, only the
-- audit trail heard of it): when, where, who, the patient's next booking and the slots the desk offered,
-- as "start-utc-seconds:chair-id" pairs separated by commas. Append-only, like the desk's decisions.
CREATE TABLE walk_in (
    id                  INTEGER PRIMARY KEY,
    at                  INTEGER NOT NULL,
    center_id           INTEGER NOT NULL REFERENCES center(id),
    patient_id          INTEGER NOT NULL REFERENCES patient(id),
    user_name           TEXT NOT NULL,
    next_appointment_id INTEGER REFERENCES appointment(id),
    offered             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX walk_in_center_at ON walk_in (center_id, at);

CREATE TRIGGER walk_in_no_update BEFORE UPDATE ON walk_in
BEGIN
    SELECT RAISE(ABORT, 'walk-ins are append-only');
END;
