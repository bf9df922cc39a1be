-- Chairside schema, version 6: the command-line tool's audit entries are marked.

-- Every chairside-cli command logs in, so a script writes a log-in per command; the mark lets the audit
-- view and "audit list" leave those out. It is part of an entry's sealed content only when set, so the
-- entries written before it verify as they did.
ALTER TABLE audit_entry ADD COLUMN from_cli INTEGER NOT NULL DEFAULT 0 CHECK (from_cli IN (0, 1));
