-- Who may do what in a Chairside database on a server. Run by `chairside-cli migrate` after every schema
-- step, in the same transaction, as a member of chairside_owner (or a superuser); running it again changes
-- nothing.
--
-- chairside_owner (no log-in) owns the tables, functions and the rest; the administrator migrates as a
-- login role that is a member of it. chairside_user (no log-in) is the program's: each workstation logs
-- in as a login role that is a member of it. It reads and writes the data, appends to the append-only
-- tables (the audit trail and every table whose UPDATE a trigger refuses: no UPDATE or DELETE for it
-- there, whatever the triggers say), and cannot change the schema.

SET LOCAL search_path = public;

-- The roles, made when missing (that takes CREATEROLE: a superuser's first run, or make them beforehand).
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'chairside_owner') THEN
        CREATE ROLE chairside_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'chairside_user') THEN
        CREATE ROLE chairside_user NOLOGIN;
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE EXCEPTION 'The roles chairside_owner and chairside_user do not exist, and % may not create them.',
        current_user
        USING HINT = 'As a superuser: CREATE ROLE chairside_owner NOLOGIN; CREATE ROLE chairside_user NOLOGIN; '
                     'GRANT chairside_owner TO the role that migrates.';
END
$$;

-- Everything the migration made in the schema belongs to chairside_owner, whoever ran it (an identity
-- column's sequence and a table's indexes follow their table). An extension's objects stay its own.
DO $$
DECLARE
    object record;
BEGIN
    FOR object IN
        SELECT format('ALTER TABLE %s OWNER TO chairside_owner', c.oid::regclass) AS statement
            FROM pg_class c
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
              AND c.relowner <> 'chairside_owner'::regrole
              AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                  AND d.objid = c.oid AND d.deptype = 'e')
        UNION ALL
        SELECT format('ALTER ROUTINE %s OWNER TO chairside_owner', p.oid::regprocedure)
            FROM pg_proc p
            WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> 'chairside_owner'::regrole
              AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                                  AND d.objid = p.oid AND d.deptype = 'e')
        UNION ALL
        SELECT format('ALTER COLLATION %s OWNER TO chairside_owner', c.oid::regcollation)
            FROM pg_collation c
            WHERE c.collnamespace = 'public'::regnamespace AND c.collowner <> 'chairside_owner'::regrole
    LOOP
        EXECUTE object.statement;
    END LOOP;
END
$$;

-- The database: only the two roles' members connect; the program's may make its session's temporary
-- table (session.sql) but nothing else. Only the database's owner (or a member of it) may say so.
DO $$
BEGIN
    IF pg_has_role((SELECT datdba FROM pg_database WHERE datname = current_database()), 'USAGE') THEN
        EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
        EXECUTE format('REVOKE CREATE ON DATABASE %I FROM chairside_user', current_database());
        EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO chairside_owner, chairside_user',
            current_database());
        REVOKE CREATE ON SCHEMA public FROM PUBLIC;
        REVOKE CREATE ON SCHEMA public FROM chairside_user;
        GRANT USAGE ON SCHEMA public TO chairside_user;
    ELSE
        RAISE WARNING 'The database % is not owned by chairside_owner, so who may connect to it is left as '
            'it was.', current_database()
            USING HINT = 'ALTER DATABASE ... OWNER TO chairside_owner, then migrate again.';
    END IF;
END
$$;

-- The tables: all of the data to read and write, then less where less is the rule.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM chairside_user;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO chairside_user;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM chairside_user;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO chairside_user;

DO $$
DECLARE
    target record;
BEGIN
    -- Append-only: a table whose UPDATE a trigger refuses (the audit trail, appointment_history,
    -- checkin_decision, checkin_override, reminder_attempt, walk_in, reminder_reply) is read and appended
    -- to, nothing more. A table whose DELETE alone is refused (app_user: accounts are disabled, never
    -- deleted) is not deleted from.
    FOR target IN
        SELECT t.tgrelid::regclass AS name, bool_or((t.tgtype & 16) <> 0) AS no_update
            FROM pg_trigger t
            WHERE t.tgfoid = 'refuse_change()'::regprocedure
              AND (t.tgtype & 1) <> 0  -- a row trigger
              AND (t.tgtype & 24) <> 0 -- on UPDATE or DELETE
            GROUP BY t.tgrelid
    LOOP
        IF target.no_update THEN
            EXECUTE format('REVOKE UPDATE, DELETE ON %s FROM chairside_user', target.name);
        ELSE
            EXECUTE format('REVOKE DELETE ON %s FROM chairside_user', target.name);
        END IF;
    END LOOP;
END
$$;

-- The journal is appended to and trimmed, never rewritten; the schema's version is the migration's.
REVOKE UPDATE ON change_log FROM chairside_user;
REVOKE INSERT, UPDATE, DELETE ON schema_version FROM chairside_user;
