-- Chairside schema on PostgreSQL, version 18 (as resources/schema/schema-18.sql): the centers each user
-- works at. Admins work at every center.

-- 1 (the default, and every account before this version): the user works at every center, today's and
-- any added later. 0: only at the centers listed in user_center.
ALTER TABLE app_user ADD COLUMN all_centers bigint NOT NULL DEFAULT 1 CHECK (all_centers IN (0, 1));

CREATE TABLE user_center (
    user_id     bigint NOT NULL REFERENCES app_user(id),
    center_id   bigint NOT NULL REFERENCES center(id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, center_id)
);
