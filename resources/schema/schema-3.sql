-- Chairside schema, version 3: who is at the keyboard, and what they did.

-- Credentials. A password hash is libsodium's crypto_pwhash_str text ("$argon2id$v=19$m=...,t=...,p=1$..."),
-- which keeps its own parameters and salt. An empty hash means no password has been set yet: such an
-- account cannot log in. Accounts are disabled (active = 0), never deleted, so history stays attributable.
ALTER TABLE app_user ADD COLUMN password_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE app_user ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0);
ALTER TABLE app_user ADD COLUMN locked_until INTEGER;
ALTER TABLE app_user ADD COLUMN password_changed_at INTEGER;

CREATE TRIGGER app_user_no_delete BEFORE DELETE ON app_user
BEGIN
    SELECT RAISE(ABORT, 'accounts are disabled, never deleted');
END;

-- Organization-wide settings: the security policy (idle lock, lock-out, password hashing limits) and
-- whether this file is a demo. Keys are dotted names, values text.
CREATE TABLE setting (
    key     TEXT PRIMARY KEY,
    value   TEXT NOT NULL
) WITHOUT ROWID;

-- The audit trail: append-only and hash-chained. Each entry's hash is an HMAC-SHA256, keyed with a secret
-- kept outside this file, over the previous entry's hash and this entry's content, so an edit, a deletion,
-- a reordering or a cut-off tail is detected. Records are named by key only: no names or dates of birth.
-- at is milliseconds since the Unix epoch, UTC. sequence runs 1, 2, 3, ... without gaps.
CREATE TABLE audit_entry (
    sequence        INTEGER PRIMARY KEY,
    at              INTEGER NOT NULL,
    user_name       TEXT NOT NULL,
    workstation     TEXT NOT NULL,
    action          TEXT NOT NULL,
    record_kind     TEXT NOT NULL DEFAULT '',
    record_id       INTEGER NOT NULL DEFAULT 0,
    patient_id      INTEGER NOT NULL DEFAULT 0,
    result          TEXT NOT NULL CHECK (result IN ('done', 'refused', 'failed')),
    reason          TEXT NOT NULL DEFAULT '',
    break_glass     INTEGER NOT NULL DEFAULT 0 CHECK (break_glass IN (0, 1)),
    previous_hash   TEXT NOT NULL,
    hash            TEXT NOT NULL
);
CREATE INDEX audit_entry_patient ON audit_entry (patient_id, sequence) WHERE patient_id <> 0;
CREATE INDEX audit_entry_user ON audit_entry (user_name, sequence);
CREATE INDEX audit_entry_at ON audit_entry (at);
CREATE INDEX audit_entry_break_glass ON audit_entry (sequence) WHERE break_glass = 1;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
