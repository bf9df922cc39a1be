-- Chairside schema, version 18: the centers each user works at. An organization on one server has many
-- centers; a receptionist or a nurse works at some of them. Admins work at every center.

-- 1 (the default, and every account before this version): the user works at every center, today's and
-- any added later. 0: only at the centers listed in user_center.
ALTER TABLE app_user ADD COLUMN all_centers INTEGER NOT NULL DEFAULT 1 CHECK (all_centers IN (0, 1));

CREATE TABLE user_center (
    user_id     INTEGER NOT NULL REFERENCES app_user(id),
    center_id   INTEGER NOT NULL REFERENCES center(id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, center_id)
) WITHOUT ROWID;
