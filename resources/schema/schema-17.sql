-- Chairside schema, version 17: replies to reminders that the SMS gateway posts back, and where a
-- confirmation came from.

-- A confirmation is the desk's call ('call') or the patient's own reply to a reminder ('reply').
ALTER TABLE appointment_confirmation ADD COLUMN source TEXT NOT NULL DEFAULT 'call'
    CHECK (source = 'call' OR source = 'reply');

-- Every reply received, understood or not, so the desk can see what patients wrote: from which number,
-- the words, what it came to, and the patient and appointment it was matched to. Append-only.
CREATE TABLE reminder_reply (
    id              INTEGER PRIMARY KEY,
    received_at     INTEGER NOT NULL,
    from_number     TEXT NOT NULL,
    body            TEXT NOT NULL,
    result          TEXT NOT NULL
                        CHECK (result = 'confirmed' OR result = 'unknown-number' OR result = 'not-understood'
                               OR result = 'nothing-to-confirm'),
    patient_id      INTEGER REFERENCES patient(id),
    appointment_id  INTEGER REFERENCES appointment(id),
    user_name       TEXT NOT NULL
);
CREATE INDEX reminder_reply_received ON reminder_reply (received_at, id);

CREATE TRIGGER reminder_reply_no_update BEFORE UPDATE ON reminder_reply
BEGIN
    SELECT RAISE(ABORT, 'reminder replies are append-only');
END;
CREATE TRIGGER reminder_reply_no_delete BEFORE DELETE ON reminder_reply
BEGIN
    SELECT RAISE(ABORT, 'reminder replies are append-only');
END;
