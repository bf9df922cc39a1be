-- Chairside schema, version 13: the same checks, written so that SQLite checks them without a table.

-- SQLite checks "x IN ('a', 'b', 'c')" of three or more values by building a temporary table of the
-- values each time a statement writes a row: a message received cost four such tables (its channel,
-- format, state and what it waits on), an audit entry one, an appointment two, a sixth of the import's
-- work. "(x = 'a' OR x = 'b' OR x = 'c')" allows exactly the same values and costs a comparison or three.
-- The step is the program's (Database::rewriteListChecks): every table's CHECK of a list of three or
-- more quoted values is rewritten so. It changes the schema's text only, no row, the way SQLite documents
-- for a change that does not touch what is stored (writable_schema, then the schema version moved on so
-- that every connection reads the schema again). Nothing to run here.
