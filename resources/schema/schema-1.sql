-- Chairside schema, version 1: centers, chairs, therapies, users, patients and their readiness
-- records, appointments and their append-only history.
-- Instants are integer seconds since the Unix epoch, UTC. Calendar dates are ISO text (YYYY-MM-DD).

CREATE TABLE center (
    id                      INTEGER PRIMARY KEY,
    name                    TEXT NOT NULL UNIQUE,
    time_zone               TEXT NOT NULL,
    early_arrival_minutes   INTEGER NOT NULL CHECK (early_arrival_minutes >= 0),
    grace_minutes           INTEGER NOT NULL CHECK (grace_minutes >= 0),
    eligibility_fresh_days  INTEGER NOT NULL CHECK (eligibility_fresh_days >= 0),
    pharmacy_lead_hours     INTEGER NOT NULL CHECK (pharmacy_lead_hours >= 0),
    slot_grid_minutes       INTEGER NOT NULL CHECK (slot_grid_minutes BETWEEN 5 AND 240),
    no_show_fee_cents       INTEGER NOT NULL CHECK (no_show_fee_cents >= 0)
);

CREATE TABLE center_hours (
    center_id       INTEGER NOT NULL REFERENCES center(id) ON DELETE CASCADE,
    weekday         INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens_minute    INTEGER NOT NULL CHECK (opens_minute BETWEEN 0 AND 1440),
    closes_minute   INTEGER NOT NULL CHECK (closes_minute BETWEEN 0 AND 1440),
    CHECK (opens_minute < closes_minute),
    PRIMARY KEY (center_id, weekday, opens_minute)
);

CREATE TABLE chair (
    id          INTEGER PRIMARY KEY,
    center_id   INTEGER NOT NULL REFERENCES center(id),
    label       TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'chair' CHECK (kind IN ('chair', 'suite')),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    UNIQUE (center_id, label)
);

CREATE TABLE therapy (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL UNIQUE COLLATE NOCASE,
    brand               TEXT NOT NULL DEFAULT '',
    default_minutes     INTEGER NOT NULL CHECK (default_minutes > 0),
    interval_weeks      INTEGER NOT NULL DEFAULT 0 CHECK (interval_weeks >= 0),
    compounded          INTEGER NOT NULL DEFAULT 1 CHECK (compounded IN (0, 1)),
    beyond_use_hours    INTEGER NOT NULL DEFAULT 0 CHECK (beyond_use_hours >= 0)
);

CREATE TABLE app_user (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    role        TEXT NOT NULL CHECK (role IN ('receptionist', 'nurse', 'admin')),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  INTEGER NOT NULL
);

CREATE TABLE patient (
    id              INTEGER PRIMARY KEY,
    mrn             TEXT NOT NULL UNIQUE,
    first_name      TEXT NOT NULL,
    last_name       TEXT NOT NULL,
    preferred_name  TEXT NOT NULL DEFAULT '',
    dob             TEXT NOT NULL,
    phone           TEXT NOT NULL DEFAULT '',
    phone_digits    TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    -- normalized "last first" followed by the date of birth: the order results are shown in
    sort_key        TEXT NOT NULL
);
CREATE INDEX patient_dob ON patient (dob, sort_key);
CREATE INDEX patient_phone ON patient (phone_digits) WHERE phone_digits <> '';

-- The lookup's index: every normalized word of a patient's names, kept in step by the store.
-- kind: 0 last name, 1 first name, 2 preferred name. A prefix query is a range scan of the key,
-- already in display order, so a page of results costs a page of rows.
CREATE TABLE patient_name_token (
    token       TEXT NOT NULL,
    kind        INTEGER NOT NULL,
    sort_key    TEXT NOT NULL,
    patient_id  INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
    PRIMARY KEY (token, kind, sort_key, patient_id)
) WITHOUT ROWID;
CREATE INDEX patient_name_token_patient ON patient_name_token (patient_id, token);

CREATE TABLE prescriber_order (
    id                  INTEGER PRIMARY KEY,
    patient_id          INTEGER NOT NULL REFERENCES patient(id),
    therapy_id          INTEGER NOT NULL REFERENCES therapy(id),
    prescriber          TEXT NOT NULL DEFAULT '',
    valid_from          TEXT NOT NULL,
    valid_to            TEXT NOT NULL,
    doses_authorized    INTEGER NOT NULL CHECK (doses_authorized > 0),
    doses_used          INTEGER NOT NULL DEFAULT 0 CHECK (doses_used >= 0),
    CHECK (valid_from <= valid_to)
);
CREATE INDEX prescriber_order_patient ON prescriber_order (patient_id, therapy_id);

CREATE TABLE coverage (
    id                          INTEGER PRIMARY KEY,
    patient_id                  INTEGER NOT NULL REFERENCES patient(id),
    payer                       TEXT NOT NULL,
    member_id                   TEXT NOT NULL,
    eligibility_verified_on     TEXT
);
CREATE INDEX coverage_patient ON coverage (patient_id);

CREATE TABLE prior_authorization (
    id                  INTEGER PRIMARY KEY,
    patient_id          INTEGER NOT NULL REFERENCES patient(id),
    therapy_id          INTEGER NOT NULL REFERENCES therapy(id),
    payer               TEXT NOT NULL DEFAULT '',
    valid_from          TEXT NOT NULL,
    valid_to            TEXT NOT NULL,
    visits_approved     INTEGER NOT NULL CHECK (visits_approved >= 0),
    visits_used         INTEGER NOT NULL DEFAULT 0 CHECK (visits_used >= 0),
    status              TEXT NOT NULL DEFAULT 'approved' CHECK (status IN ('approved', 'pending', 'denied')),
    CHECK (valid_from <= valid_to)
);
CREATE INDEX prior_authorization_patient ON prior_authorization (patient_id, therapy_id);

CREATE TABLE appointment (
    id                  INTEGER PRIMARY KEY,
    patient_id          INTEGER NOT NULL REFERENCES patient(id),
    center_id           INTEGER NOT NULL REFERENCES center(id),
    chair_id            INTEGER NOT NULL REFERENCES chair(id),
    therapy_id          INTEGER NOT NULL REFERENCES therapy(id),
    start_utc           INTEGER NOT NULL,
    minutes             INTEGER NOT NULL CHECK (minutes > 0),
    status              TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'arrived', 'checked-in',
                            'in-progress', 'fulfilled', 'cancelled', 'noshow', 'entered-in-error')),
    prep_state          TEXT NOT NULL DEFAULT 'not-ready' CHECK (prep_state IN ('not-ready', 'ready', 'wasted',
                            'not-needed')),
    prepared_at         INTEGER,
    replaces_id         INTEGER REFERENCES appointment(id),
    created_by          TEXT NOT NULL,
    created_at          INTEGER NOT NULL,
    arrived_at          INTEGER,
    checked_in_at       INTEGER,
    started_at          INTEGER,
    completed_at        INTEGER,
    no_show_fee_cents   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX appointment_center_start ON appointment (center_id, start_utc);
CREATE INDEX appointment_patient_start ON appointment (patient_id, start_utc);
CREATE INDEX appointment_chair_start ON appointment (chair_id, start_utc);
CREATE INDEX appointment_replaces ON appointment (replaces_id) WHERE replaces_id IS NOT NULL;

CREATE TABLE appointment_history (
    id              INTEGER PRIMARY KEY,
    appointment_id  INTEGER NOT NULL REFERENCES appointment(id),
    at              INTEGER NOT NULL,
    user_name       TEXT NOT NULL,
    from_status     TEXT,
    to_status       TEXT NOT NULL,
    reason          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX appointment_history_appointment ON appointment_history (appointment_id, id);

CREATE TRIGGER appointment_history_no_update BEFORE UPDATE ON appointment_history
BEGIN
    SELECT RAISE(ABORT, 'appointment history is append-only');
END;
CREATE TRIGGER appointment_history_no_delete BEFORE DELETE ON appointment_history
BEGIN
    SELECT RAISE(ABORT, 'appointment history is append-only');
END;
