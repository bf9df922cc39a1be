-- Chairside schema, version 14: appointment reminders by email and text, their durable queue, and the
-- desk's confirmations.
-- Lists of allowed values are written "x = 'a' OR x = 'b'" (see schema 13): SQLite checks them without
-- building a table for each write.

-- Per center: whether reminders go out, when ("3d@17:00,1d@17:00": days before the appointment's day,
-- at a wall time of the center), by which channels ("email,sms"), in which words, and the street address
-- the words and the calendar entry name. The SMTP server and the SMS gateway are the setting table's
-- (reminders.smtp.*, reminders.sms.*); their password and token are kept in owner-only files beside the
-- database, never here.
CREATE TABLE reminder_plan (
    center_id   INTEGER PRIMARY KEY REFERENCES center(id),
    enabled     INTEGER NOT NULL DEFAULT 0 CHECK (enabled = 0 OR enabled = 1),
    moments     TEXT NOT NULL DEFAULT '',
    channels    TEXT NOT NULL DEFAULT '',
    template    TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL DEFAULT ''
);

-- Per patient: the channel preferred ('' the center's first that reaches the patient; 'phone' no message,
-- the desk calls), the mobile number texts go to, and the opt-out with who recorded it and when.
CREATE TABLE patient_reminder (
    patient_id      INTEGER PRIMARY KEY REFERENCES patient(id),
    channel         TEXT NOT NULL DEFAULT ''
                        CHECK (channel = '' OR channel = 'email' OR channel = 'sms' OR channel = 'phone'),
    mobile          TEXT NOT NULL DEFAULT '',
    opted_out       INTEGER NOT NULL DEFAULT 0 CHECK (opted_out = 0 OR opted_out = 1),
    opted_out_at    INTEGER,
    opted_out_by    TEXT NOT NULL DEFAULT ''
);

-- The queue. One row per appointment and moment, ever: the unique key is what keeps a reminder from
-- being queued twice. start_utc is the time the reminder announces; a send checks it against the
-- appointment again. 'sending' is claimed and committed before the message leaves, so a sender that dies
-- mid-send leaves a row that is never sent again unasked ('interrupted', on the failures list).
CREATE TABLE reminder (
    id              INTEGER PRIMARY KEY,
    appointment_id  INTEGER NOT NULL REFERENCES appointment(id),
    moment          TEXT NOT NULL,
    channel         TEXT NOT NULL CHECK (channel = 'email' OR channel = 'sms'),
    recipient       TEXT NOT NULL,
    start_utc       INTEGER NOT NULL,
    due_at          INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    state           TEXT NOT NULL DEFAULT 'queued'
                        CHECK (state = 'queued' OR state = 'sending' OR state = 'sent' OR state = 'retry'
                               OR state = 'failed' OR state = 'interrupted' OR state = 'dropped'),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    claimed_at      INTEGER,
    last_error      TEXT NOT NULL DEFAULT '',
    sent_at         INTEGER,
    UNIQUE (appointment_id, moment)
);
CREATE INDEX reminder_waiting ON reminder (next_attempt_at) WHERE state = 'queued' OR state = 'retry';
CREATE INDEX reminder_state ON reminder (state, id);

-- Every attempt and its result, append-only.
CREATE TABLE reminder_attempt (
    id          INTEGER PRIMARY KEY,
    reminder_id INTEGER NOT NULL REFERENCES reminder(id),
    at          INTEGER NOT NULL,
    result      TEXT NOT NULL
                    CHECK (result = 'sent' OR result = 'failed' OR result = 'dropped' OR result = 'interrupted'),
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reminder_attempt_reminder ON reminder_attempt (reminder_id, id);

CREATE TRIGGER reminder_attempt_no_update BEFORE UPDATE ON reminder_attempt
BEGIN
    SELECT RAISE(ABORT, 'reminder attempts are append-only');
END;
CREATE TRIGGER reminder_attempt_no_delete BEFORE DELETE ON reminder_attempt
BEGIN
    SELECT RAISE(ABORT, 'reminder attempts are append-only');
END;

-- The desk's calls: each outcome recorded, append-only; an appointment is confirmed once one says so.
CREATE TABLE appointment_confirmation (
    id              INTEGER PRIMARY KEY,
    appointment_id  INTEGER NOT NULL REFERENCES appointment(id),
    outcome         TEXT NOT NULL
                        CHECK (outcome = 'confirmed' OR outcome = 'left-message' OR outcome = 'no-answer'
                               OR outcome = 'reschedule'),
    at              INTEGER NOT NULL,
    user_name       TEXT NOT NULL
);
CREATE INDEX appointment_confirmation_appointment ON appointment_confirmation (appointment_id, id);
