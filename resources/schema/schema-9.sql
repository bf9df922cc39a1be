-- Chairside schema, version 9: messages received from other systems (HL7 v2, FHIR R4, payers' CSV), the
-- senders' keys for what they sent, and the tables that map a sender's codes to Chairside's records.

-- Every message received, whatever became of it: applied, quarantined (refused whole, nothing of it
-- written, kept with the reason), a duplicate (the same sender and control id as a message already
-- applied: answered AA, no second effect) or ignored (read, nothing to do: a cancellation of an
-- appointment never received). Nothing is ever dropped. Instants are milliseconds since the Unix epoch,
-- UTC, as in the audit trail. raw is the message exactly as received (for HL7 its own bytes, for a
-- payer's CSV the header line and the row).
CREATE TABLE interface_message (
    id                  INTEGER PRIMARY KEY,
    received_at         INTEGER NOT NULL,
    channel             TEXT NOT NULL CHECK (channel IN ('mllp', 'file', 'folder')),
    sender              TEXT NOT NULL DEFAULT '',  -- the peer's address, or the file's path
    sending_application TEXT NOT NULL DEFAULT '',  -- MSH-3.1
    sending_facility    TEXT NOT NULL DEFAULT '',  -- MSH-4.1
    format              TEXT NOT NULL CHECK (format IN ('hl7v2', 'fhir', 'csv', 'unknown')),
    message_type        TEXT NOT NULL DEFAULT '',  -- "SIU^S12", "ADT^A04", "Bundle", "Patient", "authorization"
    control_id          TEXT NOT NULL DEFAULT '',  -- MSH-10; a FHIR Bundle's or resource's id; a CSV reference
    raw                 BLOB NOT NULL,
    state               TEXT NOT NULL CHECK (state IN ('applied', 'quarantined', 'duplicate', 'ignored')),
    error_segment       TEXT NOT NULL DEFAULT '',  -- "PID", "Appointment", "line 3"
    error_field         TEXT NOT NULL DEFAULT '',  -- "PID-3.4", "$.participant[0]", "therapy"
    error_code          INTEGER,                   -- HL7 table 0357 (204 unknown key, 207 application error)
    error_reason        TEXT NOT NULL DEFAULT '',
    -- What a quarantined message waits for, when a mapping would let it through: 'location' or 'service'
    -- and the sender's value, so the admin can map it and retry every message that waits on it.
    needs_kind          TEXT NOT NULL DEFAULT '' CHECK (needs_kind IN ('', 'location', 'service')),
    needs_value         TEXT NOT NULL DEFAULT '',
    summary             TEXT NOT NULL DEFAULT '',  -- what it did, by key: "patient 12 added, appointment 40 booked"
    applied_at          INTEGER,
    retries             INTEGER NOT NULL DEFAULT 0 CHECK (retries >= 0),
    retried_by          TEXT NOT NULL DEFAULT '',
    retried_at          INTEGER,
    duplicate_of        INTEGER REFERENCES interface_message(id)
);

-- The Interfaces page's lists: newest first, all or by state.
CREATE INDEX interface_message_state ON interface_message (state, id);
-- Dedupe by MSH-10: the messages of a sender with a control id.
CREATE INDEX interface_message_control ON interface_message (sending_application, sending_facility, control_id)
    WHERE control_id <> '';
CREATE INDEX interface_message_needs ON interface_message (needs_kind, needs_value) WHERE needs_kind <> '';

-- Which appointment a sender's appointment id is (HL7: the filler id SCH-2, else the placer id SCH-1; FHIR:
-- the Appointment's identifier, else its id), so that a repeated S12 changes nothing and S13, S14, S15,
-- S17 and S26 find their appointment. sender is "MSH-3.1^MSH-4.1" for HL7 v2, "fhir" for FHIR. A
-- rescheduled appointment is replaced by a new one; the key then names the replacement.
CREATE TABLE interface_appointment_key (
    sender          TEXT NOT NULL,
    key             TEXT NOT NULL,
    appointment_id  INTEGER NOT NULL REFERENCES appointment(id),
    placer_id       TEXT NOT NULL DEFAULT '',
    filler_id       TEXT NOT NULL DEFAULT '',
    message_id      INTEGER REFERENCES interface_message(id),  -- the message that last set it
    PRIMARY KEY (sender, key)
) WITHOUT ROWID;
CREATE INDEX interface_appointment_key_appointment ON interface_appointment_key (appointment_id);

-- Which patient a sender's patient reference is, where the sender names patients by reference rather than
-- by MRN (FHIR: "Patient/example" in an Appointment's participant, a Coverage's beneficiary); set when
-- the Patient resource with an MRN is applied.
CREATE TABLE interface_patient_key (
    sender      TEXT NOT NULL,
    key         TEXT NOT NULL,
    patient_id  INTEGER NOT NULL REFERENCES patient(id),
    message_id  INTEGER REFERENCES interface_message(id),
    PRIMARY KEY (sender, key)
) WITHOUT ROWID;

-- Which prescriber's order a sender's order number is (ORC-2, else ORC-3; FHIR MedicationRequest's
-- identifier, else its id).
CREATE TABLE interface_order_key (
    sender      TEXT NOT NULL,
    key         TEXT NOT NULL,
    order_id    INTEGER NOT NULL REFERENCES prescriber_order(id),
    message_id  INTEGER REFERENCES interface_message(id),
    PRIMARY KEY (sender, key)
) WITHOUT ROWID;
CREATE INDEX interface_order_key_order ON interface_order_key (order_id);

-- The admin's mapping tables: a sender's location (AIL-3, PV1-3, a FHIR Location) to a center, a sender's
-- service, reason or appointment type (AIS-3, SCH-7, SCH-8, SCH-6; an order's drug; a payer's therapy name)
-- to a therapy. Values compare without regard to case.
CREATE TABLE interface_mapping (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('location', 'service')),
    sender_value    TEXT NOT NULL COLLATE NOCASE CHECK (sender_value <> ''),
    target_id       INTEGER NOT NULL CHECK (target_id > 0),  -- center.id or therapy.id
    changed_by      TEXT NOT NULL,
    changed_at      INTEGER NOT NULL,                         -- milliseconds, UTC
    UNIQUE (kind, sender_value)
);

-- The interface's settings live in the setting table: interface.mrn_authority (the assigning authority
-- whose PID-3 identifier is the center's MRN) and interface.sender_zone (the IANA zone of times sent
-- without an offset; the first center's when unset).

-- The change journal names interface messages too, so the Interfaces page hears of one received by the
-- listener or another program. SQLite cannot change a CHECK in place: the table is rebuilt.
CREATE TABLE change_log_9 (
    seq         INTEGER PRIMARY KEY,
    entity      TEXT NOT NULL CHECK (entity IN ('appointment', 'patient', 'everything', 'interface_message')),
    entity_id   INTEGER,
    center_id   INTEGER,
    start_utc   INTEGER
);
INSERT INTO change_log_9 (seq, entity, entity_id, center_id, start_utc)
    SELECT seq, entity, entity_id, center_id, start_utc FROM change_log;
DROP TABLE change_log;
ALTER TABLE change_log_9 RENAME TO change_log;
