-- Run once by each of the program's connections, right after it connects: the table the change triggers
-- (schema-17.sql, note_change() and the others) fill with what this session's statements write. The
-- store reads and empties it just before each COMMIT, in the same transaction, and journals what it
-- finds:
--     DELETE FROM pg_temp.chairside_changed RETURNING tbl, row_id, had_place, old_center, old_start
-- Rows written by a statement outside any transaction stay here, committed, until the next such read:
-- the table has no ON COMMIT clause on purpose. A row is noted once, the first time (the key): an
-- appointment's old_center and old_start are where it was before the transaction first changed it.
-- tbl: 'appointment', 'patient', 'coverage', 'order', 'authorization', 'interface_message', or
-- 'everything' (a set-up table changed; row_id NULL).
CREATE TEMP TABLE IF NOT EXISTS chairside_changed (
    tbl         text COLLATE "C" NOT NULL,
    row_id      bigint,
    had_place   boolean NOT NULL DEFAULT false,
    old_center  bigint,
    old_start   bigint,
    UNIQUE NULLS NOT DISTINCT (tbl, row_id)
);
