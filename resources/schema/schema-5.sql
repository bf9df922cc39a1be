-- Chairside schema, version 5: the change journal.

-- What each committed transaction changed, written by the store in that transaction just before its
-- COMMIT, so that every program on the file (the desk, the nurse station) learns of another's changes
-- row by row: an appointment with the center and start that place it on a day (a moved appointment has
-- a row for each place), a patient, or 'everything' for a bulk write. Readers remember the last seq
-- they read. The store keeps the newest rows only.
CREATE TABLE change_log (
    seq         INTEGER PRIMARY KEY,
    entity      TEXT NOT NULL CHECK (entity IN ('appointment', 'patient', 'everything')),
    entity_id   INTEGER,
    center_id   INTEGER,
    start_utc   INTEGER
);
