-- Chairside schema, version 2: what the check-in desk decided and who overrode what.

-- Every check-in decision that was acted on: the outcome, its reason codes, and which two
-- identifiers confirmed the patient (e.g. "mrn+dob", "name+dob").
CREATE TABLE checkin_decision (
    id              INTEGER PRIMARY KEY,
    at              INTEGER NOT NULL,
    user_name       TEXT NOT NULL,
    patient_id      INTEGER REFERENCES patient(id),
    appointment_id  INTEGER REFERENCES appointment(id),
    outcome         TEXT NOT NULL CHECK (outcome IN ('admit', 'wait', 'reschedule', 'unidentified')),
    reasons         TEXT NOT NULL DEFAULT '',
    identifiers     TEXT NOT NULL DEFAULT '',
    chair_id        INTEGER REFERENCES chair(id)
);
CREATE INDEX checkin_decision_appointment ON checkin_decision (appointment_id);

-- A nurse's or admin's decision to admit past a rule that allows it.
CREATE TABLE checkin_override (
    id              INTEGER PRIMARY KEY,
    appointment_id  INTEGER NOT NULL REFERENCES appointment(id),
    code            TEXT NOT NULL,
    reason          TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    user_name       TEXT NOT NULL,
    at              INTEGER NOT NULL
);
CREATE INDEX checkin_override_appointment ON checkin_override (appointment_id);

CREATE TRIGGER checkin_decision_no_update BEFORE UPDATE ON checkin_decision
BEGIN
    SELECT RAISE(ABORT, 'check-in decisions are append-only');
END;
CREATE TRIGGER checkin_override_no_update BEFORE UPDATE ON checkin_override
BEGIN
    SELECT RAISE(ABORT, 'overrides are append-only');
END;
