-- Chairside schema, version 15: what a center's nurses can do, and how its slots are offered.

-- One row per center, written when the admin first changes a number; a center without one has the
-- defaults (NursePolicy): two starts per nurse in a 15-minute step, four patients per nurse, slots
-- offered earliest first.
CREATE TABLE nurse_capacity (
    center_id             INTEGER PRIMARY KEY REFERENCES center(id) ON DELETE CASCADE,
    starts_per_nurse_step INTEGER NOT NULL CHECK (starts_per_nurse_step BETWEEN 1 AND 20),
    patients_per_nurse    INTEGER NOT NULL CHECK (patients_per_nurse BETWEEN 1 AND 20),
    slot_offers           TEXT NOT NULL CHECK (slot_offers = 'earliest' OR slot_offers = 'level')
);

-- Nurses on shift in one local hour of one weekday (1 Monday .. 7 Sunday); an hour without a row has as
-- many nurses as the chairs need (chairs / patients per nurse, rounded up).
CREATE TABLE nurse_shift (
    center_id INTEGER NOT NULL REFERENCES center(id) ON DELETE CASCADE,
    weekday   INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    hour      INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
    nurses    INTEGER NOT NULL CHECK (nurses BETWEEN 0 AND 200),
    PRIMARY KEY (center_id, weekday, hour)
);
