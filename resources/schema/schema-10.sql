-- Chairside schema, version 10 (numbered 9 until the inbound interface's version 9 is in): the outbound
-- queue. Every message Chairside sends to another system is written here in the same transaction as what it
-- reports (a check-in, an arrival, a no-show, a completion), then delivered by `interface deliver`, so a
-- restart loses nothing queued and a refused message stays visible.

-- event: what happened ("checked-in", "arrived", "no-show", "completed"). message_type: "ADT^A04",
-- "SIU^S14". state: queued (waiting for its first attempt), sent (acknowledged AA, or written to the
-- outbox folder), refused (answered AE or AR: kept, not retried until an admin retries it), failed (not
-- delivered: retried at next_attempt_at, with backoff). Instants are seconds since the epoch, UTC.
-- last_error is the last answer's text (an ACK's MSA-3 and ERR) or why delivery failed.
CREATE TABLE outbound_message (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at      INTEGER NOT NULL,
    event           TEXT NOT NULL CHECK (event IN ('checked-in', 'arrived', 'no-show', 'completed')),
    appointment_id  INTEGER NOT NULL REFERENCES appointment (id),
    message_type    TEXT NOT NULL,
    control_id      TEXT NOT NULL,
    hl7             TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'refused', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at INTEGER,
    last_error      TEXT NOT NULL DEFAULT '',
    sent_at         INTEGER
);

-- The delivery's one question, "what is waiting, oldest first", reads only the waiting rows.
CREATE INDEX outbound_message_waiting ON outbound_message (id) WHERE state IN ('queued', 'failed');
CREATE INDEX outbound_message_appointment ON outbound_message (appointment_id);
