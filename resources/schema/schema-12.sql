-- Chairside schema, version 12: which chairs are taken, read from the index alone.

-- Every booking that does not name its chair (an interface's, the desk's when no chair is chosen) asks
-- which chairs of the center are held at some moment of the new infusion: every appointment of the
-- center that started up to the longest infusion before it. Through an index on the center and start
-- alone, each of those rows costs a visit to the table for its status, length and chair; a file of a
-- hundred thousand bookings asks a hundred thousand times. This index carries those columns too, and
-- still serves every read by center and start that the old one did.
DROP INDEX appointment_center_start;
CREATE INDEX appointment_center_start ON appointment (center_id, start_utc, status, minutes, chair_id);
