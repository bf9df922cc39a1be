#!/bin/sh
# Proves what the PostgreSQL schema promises, against a throwaway cluster:
#     pg_virtualenv sh resources/schema/postgresql/check.sh
# It loads schema-17.sql and grants.sql as a member of chairside_owner, logs in as a member of
# chairside_user (as a workstation does) and checks the grants, the triggers, the exclusion constraint,
# the change capture, the journal's order and wake-up, and the patient lookup's plans. Exits non-zero when
# any expectation is not met.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
: "${PGHOST:?run me inside pg_virtualenv: pg_virtualenv sh $0}"
db=chairside_check
password=check-only
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

pass() { printf 'ok    %s\n' "$1"; }
fail() { printf 'FAIL  %s\n' "$1"; failures=$((failures + 1)); }

# The cluster's superuser, as pg_virtualenv set it up.
super() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }
# A login role of the check on the check's database.
as() {
    role=$1
    shift
    PGUSER=$role PGPASSWORD=$password psql -X -q -At -d "$db" "$@"
}
# The SQLSTATE a statement ends with (00000 when it succeeds).
sqlstate() {
    { as "$1" -c "$2" -c '\echo :LAST_ERROR_SQLSTATE' 2>/dev/null || true; } | tail -n 1
}
# expect CODE ROLE SQL WHAT
expect() {
    got=$(sqlstate "$2" "$3")
    if [ "$got" = "$1" ]; then pass "$4 ($got)"; else fail "$4: expected SQLSTATE $1, got '$got' for: $3"; fi
}
# expect_words ROLE SQL WORDS WHAT: the statement fails with these words.
expect_words() {
    if out=$(as "$1" -c "$2" 2>&1); then
        fail "$4: it succeeded"
    else
        case $out in
        *"$3"*) pass "$4 (\"$3\")" ;;
        *) fail "$4: expected \"$3\", got: $out" ;;
        esac
    fi
}
# expect_value ROLE SQL VALUE WHAT
expect_value() {
    got=$(as "$1" -c "$2" 2>&1 || true)
    if [ "$got" = "$3" ]; then pass "$4"; else fail "$4: expected '$3', got '$got'"; fi
}
migrate() {
    as "$1" -v ON_ERROR_STOP=1 -c 'BEGIN' -c "$(cat "$here/schema-17.sql")" -c "$(cat "$here/grants.sql")" \
        -c 'COMMIT'
}
grants_only() {
    as "$1" -v ON_ERROR_STOP=1 -c 'BEGIN' -c "$(cat "$here/grants.sql")" -c 'COMMIT'
}
acls() {
    as migrator -c "SELECT c.relname, c.relacl::text FROM pg_class c
                    WHERE c.relnamespace = 'public'::regnamespace ORDER BY 1" \
        -c "SELECT datacl::text FROM pg_database WHERE datname = current_database()" \
        -c "SELECT nspacl::text FROM pg_namespace WHERE nspname = 'public'"
}

echo "== set-up"
# A superuser's first migration makes the roles that are missing.
super -c 'CREATE DATABASE chairside_scratch' >/dev/null
super -d chairside_scratch -c 'BEGIN' -c "$(cat "$here/schema-17.sql")" -c "$(cat "$here/grants.sql")" -c 'COMMIT'
expect_roles=$(super -c "SELECT string_agg(rolname || ':' || rolcanlogin, ' ' ORDER BY rolname) FROM pg_roles
                         WHERE rolname IN ('chairside_owner', 'chairside_user')")
if [ "$expect_roles" = "chairside_owner:false chairside_user:false" ]; then
    pass "grants.sql makes the two roles, without log-in, when a superuser runs it first"
else
    fail "the roles after a superuser's migration: $expect_roles"
fi
super -c 'DROP DATABASE chairside_scratch'

# The README's way: a database owned by chairside_owner, the administrator's login role a member of it,
# each workstation's login role a member of chairside_user.
super -c "CREATE ROLE migrator LOGIN PASSWORD '$password' IN ROLE chairside_owner" \
    -c "CREATE DATABASE $db OWNER chairside_owner ENCODING 'UTF8' TEMPLATE template0" \
    -c "CREATE ROLE desk1 LOGIN PASSWORD '$password' IN ROLE chairside_user" \
    -c "CREATE ROLE outsider LOGIN PASSWORD '$password'"
migrate migrator
pass "schema-17.sql and grants.sql load in one transaction as a member of chairside_owner"
acls >"$work/acl-1"
grants_only migrator
acls >"$work/acl-2"
if cmp -s "$work/acl-1" "$work/acl-2"; then
    pass "grants.sql run again changes no privilege"
else
    fail "grants.sql run again changed privileges: $(diff "$work/acl-1" "$work/acl-2")"
fi
expect_value migrator "SELECT count(*) FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace
    AND c.relowner <> 'chairside_owner'::regrole" 0 "every table, index and sequence belongs to chairside_owner"
expect_value migrator "SELECT count(*) FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
    AND p.proowner <> 'chairside_owner'::regrole
    AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')" 0 \
    "every function of the schema belongs to chairside_owner"

echo "== least privilege"
expect_value desk1 "SELECT version FROM schema_version" 17 "the workstation reads the schema's version"
if as outsider -c 'SELECT 1' >/dev/null 2>&1; then
    fail "a login role outside chairside_user connected"
else
    pass "a login role outside chairside_user cannot connect"
fi
expect 42501 desk1 "CREATE TABLE mine (x int)" "the workstation cannot create a table"
expect 42501 desk1 "CREATE FUNCTION mine() RETURNS int LANGUAGE sql RETURN 1" "nor a function"
expect 42501 desk1 "ALTER TABLE patient ADD COLUMN x int" "nor change a table"
expect 42501 desk1 "DROP TABLE change_log" "nor drop one"
expect 42501 desk1 "UPDATE schema_version SET version = 18" "nor change the schema's version"

echo "== the audit trail and the other append-only tables"
audit_insert="INSERT INTO audit_entry (sequence, at, user_name, workstation, action, result, previous_hash, hash)
    VALUES"
expect 00000 desk1 "$audit_insert (1, 1, 'desk', 'desk1', 'log-in', 'done', 'genesis', 'h1')" \
    "the workstation appends the first audit entry"
expect 00000 desk1 "SELECT lock_audit_trail(); $audit_insert (2, 2, 'desk', 'desk1', 'log-in', 'done', 'h1', 'h2')" \
    "and the next, holding the trail's lock"
expect 40001 desk1 "$audit_insert (4, 3, 'desk', 'desk1', 'log-in', 'done', 'h2', 'h4')" \
    "an entry that skips a sequence number is refused as a lost race"
expect 40001 desk1 "$audit_insert (3, 3, 'desk', 'desk1', 'log-in', 'done', 'h1', 'h3')" \
    "an entry that does not chain to the last hash is refused as a lost race"
# Two writers at once: one holds the trail's lock from its read to its commit; the other, which read the
# same last entry without the lock, waits and is then told it lost the race (and retries).
{
    echo "BEGIN; SELECT lock_audit_trail();"
    echo "$audit_insert (3, 3, 'desk', 'desk1', 'log-in', 'done', 'h2', 'h3');"
    sleep 2
    echo "COMMIT;"
} | as desk1 >/dev/null 2>&1 &
holder=$!
sleep 1
expect 40001 desk1 "$audit_insert (3, 3, 'desk', 'desk2', 'log-in', 'done', 'h2', 'h3b')" \
    "a second writer that read the same last entry waits, then is told it lost the race"
wait "$holder"
expect 00000 desk1 "SELECT lock_audit_trail(); $audit_insert (4, 4, 'desk', 'desk2', 'log-in', 'done', 'h3', 'h4')" \
    "its retry, after the other's commit, continues the chain"
expect_value desk1 "SELECT string_agg(sequence || ':' || previous_hash || '>' || hash, ' ' ORDER BY sequence)
    FROM audit_entry" "1:genesis>h1 2:h1>h2 3:h2>h3 4:h3>h4" "one chain, no gap, no fork"
expect 42501 desk1 "UPDATE audit_entry SET reason = 'x' WHERE sequence = 1" "the workstation cannot update the trail"
expect 42501 desk1 "DELETE FROM audit_entry WHERE sequence = 2" "nor delete from it"
expect 42501 desk1 "TRUNCATE audit_entry" "nor truncate it"
expect 42501 desk1 "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_delete" "nor switch its triggers off"
expect 42501 desk1 "SET session_replication_role = replica" "nor have the session skip triggers"
for table in appointment_history checkin_decision checkin_override walk_in reminder_attempt reminder_reply; do
    expect 42501 desk1 "UPDATE $table SET id = id WHERE false" "no UPDATE on $table"
    expect 42501 desk1 "DELETE FROM $table WHERE false" "no DELETE on $table"
    expect 00000 desk1 "SELECT count(*) FROM $table" "SELECT on $table"
done
expect 42501 desk1 "DELETE FROM app_user WHERE false" "no DELETE on app_user (accounts are disabled, never deleted)"
expect 00000 desk1 "INSERT INTO app_user (name, role, created_at) VALUES ('nurse1', 'nurse', 1)" "INSERT on app_user"
expect 00000 desk1 "UPDATE app_user SET active = 0 WHERE name = 'nurse1'" "UPDATE on app_user"
expect 42501 desk1 "UPDATE change_log SET seq = seq WHERE false" "no UPDATE on change_log"
# The owner has the privileges; the triggers still refuse, in SQLite's words.
expect_words migrator "UPDATE audit_entry SET reason = 'x'" "the audit trail is append-only" \
    "the owner's UPDATE of the trail is refused by its trigger"
expect_words migrator "DELETE FROM audit_entry" "the audit trail is append-only" "and its DELETE"
expect_words migrator "TRUNCATE audit_entry" "the audit trail is append-only" "and its TRUNCATE"
expect_words migrator "DELETE FROM app_user" "accounts are disabled, never deleted" "the owner cannot delete an account"

echo "== the workstation writes the data"
expect 00000 desk1 "INSERT INTO center (name, time_zone, early_arrival_minutes, grace_minutes,
        eligibility_fresh_days, pharmacy_lead_hours, slot_grid_minutes, no_show_fee_cents)
    VALUES ('North', 'America/Chicago', 30, 15, 30, 24, 15, 0)" "INSERT on center"
expect 00000 desk1 "INSERT INTO chair (center_id, label) SELECT id, l FROM center, (VALUES ('A'), ('B')) v(l)" \
    "INSERT on chair"
expect 00000 desk1 "INSERT INTO therapy (name, default_minutes) VALUES ('Infliximab', 120)" "INSERT on therapy"
expect 23505 desk1 "INSERT INTO therapy (name, default_minutes) VALUES ('INFLIXIMAB', 60)" \
    "a therapy's name is unique without regard to case (NOCASE)"
expect_value desk1 "SELECT count(*) FROM therapy WHERE name = 'infliXimab' COLLATE NOCASE" 1 \
    "the store's 'x = ? COLLATE NOCASE' reads as on SQLite"
expect 00000 desk1 "INSERT INTO patient (mrn, first_name, last_name, dob, sort_key)
    VALUES ('M1', 'Ann', 'Lee', '1970-01-02', 'lee ann 1970-01-02')" "INSERT on patient"
expect 23514 desk1 "INSERT INTO checkin_override (appointment_id, code, reason, user_name, at)
    VALUES (1, 'x', '   ', 'desk', 1)" "an override needs a reason that is not blank"
expect_value desk1 "SELECT instr('lee ann', 'ann'), instr('lee ann', 'bo')" "5|0" "instr() as SQLite's"
mapping="INSERT INTO interface_mapping (kind, sender_value, target_id, changed_by, changed_at) VALUES"
upsert="ON CONFLICT (kind, sender_value) DO UPDATE SET target_id = excluded.target_id"
expect 00000 desk1 "$mapping ('location', 'North Wing', 1, 'admin', 1) $upsert" "a sender's value mapped"
expect 00000 desk1 "$mapping ('location', 'NORTH WING', 2, 'admin', 2) $upsert" "and mapped again in capitals"
expect_value desk1 "SELECT count(*), max(target_id) FROM interface_mapping WHERE sender_value = 'north wing'" "1|2" \
    "the store's upsert finds the mapping without regard to case, as on SQLite"

echo "== no chair booked twice"
appointment="INSERT INTO appointment (patient_id, center_id, chair_id, therapy_id, start_utc, minutes, status,
        created_by, created_at)
    SELECT p.id, c.id, h.id, t.id, s, 60, st, 'desk', 0
    FROM patient p, center c, chair h, therapy t, (VALUES"
on_a=") v(s, st) WHERE p.mrn = 'M1' AND h.label = 'A'"
on_b=") v(s, st) WHERE p.mrn = 'M1' AND h.label = 'B'"
expect 00000 desk1 "$appointment (36000, 'booked')$on_a" "a booking on chair A, 10:00 to 11:00"
for status in booked arrived; do
    expect 23P01 desk1 "$appointment (37800, '$status')$on_a" "an overlapping '$status' one on chair A is refused"
done
# Admitted and seated patients are where the check-in put them, not at their booked time.
for status in checked-in in-progress cancelled noshow fulfilled entered-in-error; do
    expect 00000 desk1 "$appointment (37800, '$status')$on_a" "an overlapping '$status' one on chair A is kept"
done
expect 00000 desk1 "$appointment (39600, 'booked')$on_a" "one that starts as the first ends (11:00)"
expect 00000 desk1 "$appointment (36000, 'booked')$on_b" "the same hour on chair B"
expect 23P01 desk1 "UPDATE appointment SET status = 'booked' WHERE status = 'cancelled'" \
    "a cancelled one cannot come back over a live one"
expect 23P01 desk1 "UPDATE appointment SET chair_id = (SELECT id FROM chair WHERE label = 'A')
    WHERE chair_id = (SELECT id FROM chair WHERE label = 'B')" "nor can a booking move onto a taken chair"
expect_value desk1 "SELECT count(*) FROM appointment" 9 "the refused ones left nothing behind"

echo "== change capture"
first=$(as desk1 -c "SELECT id FROM appointment WHERE start_utc = 36000 AND chair_id =
    (SELECT id FROM chair WHERE label = 'A')")
center=$(as desk1 -c "SELECT id FROM center")
as desk1 -v ON_ERROR_STOP=1 -c "$(cat "$here/session.sql")" -c "
BEGIN;
INSERT INTO patient (mrn, first_name, last_name, dob, sort_key)
    VALUES ('M2', 'Bo', 'Kim', '1980-05-06', 'kim bo 1980-05-06');
UPDATE appointment SET start_utc = start_utc - 600 WHERE id = $first;
UPDATE appointment SET start_utc = start_utc - 600 WHERE id = $first;
SAVEPOINT s;
INSERT INTO coverage (patient_id, payer, member_id) SELECT id, 'Aetna', 'X1' FROM patient WHERE mrn = 'M1';
UPDATE center SET phone = '555';
ROLLBACK TO SAVEPOINT s;
INSERT INTO prescriber_order (patient_id, therapy_id, valid_from, valid_to, doses_authorized)
    SELECT p.id, t.id, '2026-01-01', '2026-12-31', 6 FROM patient p, therapy t WHERE p.mrn = 'M1';
INSERT INTO prior_authorization (patient_id, therapy_id, valid_from, valid_to, visits_approved)
    SELECT p.id, t.id, '2026-01-01', '2026-12-31', 6 FROM patient p, therapy t WHERE p.mrn = 'M1';
INSERT INTO interface_message (received_at, channel, format, raw, state)
    VALUES (1, 'file', 'csv', '\\x6869', 'applied');
COMMIT;" -c "SELECT tbl, row_id IS NOT NULL, had_place, old_center, old_start
    FROM pg_temp.chairside_changed ORDER BY tbl" -c "DELETE FROM pg_temp.chairside_changed" \
    -c "UPDATE chair SET label = label" \
    -c "SELECT tbl FROM pg_temp.chairside_changed" >"$work/changed"
cat >"$work/expected" <<EOF
appointment|t|t|$center|36000
authorization|t|f||
interface_message|t|f||
order|t|f||
patient|t|f||
everything
EOF
if cmp -s "$work/changed" "$work/expected"; then
    pass "the triggers note each row once, an appointment's first place, nothing of a rolled-back savepoint"
    pass "a statement outside a transaction leaves its row for the program to read ('everything' for a chair)"
else
    fail "pg_temp.chairside_changed held:
$(cat "$work/changed")
expected:
$(cat "$work/expected")"
fi
expect 00000 desk1 "UPDATE patient SET email = 'a@b.c' WHERE mrn = 'M1'" "a session without the table writes as usual"

echo "== the change journal"
# A transaction that journals holds the journal until it ends, so seq order is commit order.
{
    echo "BEGIN; INSERT INTO change_log (entity) VALUES ('everything');"
    sleep 3
    echo "COMMIT;"
} | as desk1 >/dev/null 2>&1 &
holder=$!
sleep 1
expect 55P03 desk1 "SET lock_timeout = '500ms'; INSERT INTO change_log (entity) VALUES ('everything')" \
    "a second journal writer waits for the first one's commit"
wait "$holder"
expect 00000 desk1 "INSERT INTO change_log (entity) VALUES ('everything')" "and writes once it has committed"
expect_value desk1 "SELECT count(*) FROM change_log" 2 "the journal holds the two committed rows"

listen() {
    {
        echo "LISTEN chairside_changes;"
        sleep 3
        echo "SELECT 'listened';"
    } | as desk1 >"$work/$1" 2>&1 &
    listener=$!
    sleep 1
    as desk1 -c "$2"
    wait "$listener"
}
listen heard "INSERT INTO change_log (entity, entity_id) VALUES ('patient', 1)"
if grep -q 'Asynchronous notification "chairside_changes"' "$work/heard"; then
    pass "a session listening on chairside_changes hears a journal row's commit"
else
    fail "the listener heard nothing: $(cat "$work/heard")"
fi
listen unheard "BEGIN; INSERT INTO change_log (entity, entity_id) VALUES ('patient', 1); ROLLBACK"
if grep -q 'Asynchronous notification' "$work/unheard"; then
    fail "the listener heard a rolled-back journal row"
else
    pass "and nothing of one rolled back"
fi

echo "== the patient lookup's plans"
# 40,000 patients with 120 last names and 12 first names, each with their name tokens and pairs.
as migrator -v ON_ERROR_STOP=1 -c "
INSERT INTO patient (mrn, first_name, last_name, dob, sort_key, phone_digits)
SELECT 'P' || g, f, l, d, l || ' ' || f || ' ' || d, CASE WHEN g % 3 = 0 THEN '312555' || lpad(g::text, 5, '0') ELSE '' END
FROM (SELECT g,
        (ARRAY['smi', 'jo', 'wil', 'bro', 'mil', 'dav', 'gar', 'rod', 'mar', 'her', 'lop', 'gon'])[1 + g % 12]
        || (ARRAY['th', 'nes', 'son', 'wn', 'ler', 'is', 'cia', 'ez', 'tin', 'nan'])[1 + (g / 12) % 10] AS l,
        (ARRAY['john', 'mary', 'ana', 'luis', 'jo', 'li', 'kim', 'sam', 'eve', 'max', 'ada', 'ian'])[1 + (g / 120) % 12]
            AS f,
        to_char(date '1940-01-01' + (g * 7919) % 25000, 'YYYY-MM-DD') AS d
      FROM generate_series(1, 40000) g) s;
INSERT INTO patient_name_token (token, kind, sort_key, patient_id)
    SELECT last_name, 0, sort_key, id FROM patient UNION ALL SELECT first_name, 1, sort_key, id FROM patient;
INSERT INTO patient_name_pair (pair, sort_key, patient_id)
    SELECT substr(first_name, 1, 2) || ' ' || last_name, sort_key, id FROM patient
    UNION SELECT substr(last_name, 1, 2) || ' ' || first_name, sort_key, id FROM patient;" \
    -c "VACUUM ANALYZE patient" -c "VACUUM ANALYZE patient_name_token" -c "VACUUM ANALYZE patient_name_pair" \
    >/dev/null
columns="p.id, p.mrn, p.first_name, p.last_name, p.preferred_name, p.dob, p.phone, p.email"
# plan NAME INDEX SQL VALUES [in-order]: the statement as the store runs it ($n for its ?), planned with
# the values (a custom plan) and without them (the generic plan a prepared statement settles on), with
# sequential scans allowed and not; each must read INDEX by a range (an index scan, or a bitmap of one),
# and with in-order, a page of rows by an index scan in the index's order, with no sort and no scan of
# the whole patient table.
plan() {
    for seqscan in off on; do
        for mode in force_custom_plan force_generic_plan; do
            as desk1 -v ON_ERROR_STOP=1 -c "SET enable_seqscan = $seqscan" -c "SET plan_cache_mode = $mode" \
                -c "PREPARE q AS $3" -c "EXPLAIN (COSTS OFF) EXECUTE q($4)" >"$work/plan"
            echo "-- $1, enable_seqscan $seqscan, $mode"
            cat "$work/plan"
            if ! grep -Eq "(Index (Only )?Scan using|Bitmap Index Scan on) $2( |\$)" "$work/plan" \
                || ! grep -q "Index Cond: .*>=.*<" "$work/plan"; then
                fail "$1 is no index range scan of $2 (enable_seqscan $seqscan, $mode)"
            elif [ "${5:-}" = in-order ] && grep -Eq "Sort|Seq Scan|Hash|Bitmap" "$work/plan"; then
                fail "$1 does not read its page in the index's order (enable_seqscan $seqscan, $mode)"
            else
                pass "$1 is an index range scan of $2 (enable_seqscan $seqscan, $mode)"
            fi
        done
    done
}
# A begun word (patientsearch.cpp, nameScan): a range of tokens, in the key's order.
plan "the begun-word scan" patient_name_token_pkey \
    "SELECT $columns FROM patient_name_token t CROSS JOIN patient p
     WHERE t.token >= \$1 AND t.token < \$2 AND t.kind BETWEEN \$3 AND \$4 AND p.id = t.patient_id
     ORDER BY t.token, t.kind, t.sort_key, t.patient_id" "'smith', 'smiti', 0, 2"
# With the page's size as its LIMIT, a range of thousands (the first letter typed: 's' holds 6,667 tokens
# here) is read in the key's order, a page and no more, as on SQLite. A range the planner thinks smaller
# than a page (a surname's few hundred, estimated from a random sample) may be read by a bitmap and sorted
# instead, which costs as little; so the order is asked of the wide range only.
plan "the begun-word scan with the page as its LIMIT" patient_name_token_pkey \
    "SELECT $columns FROM patient_name_token t CROSS JOIN patient p
     WHERE t.token >= \$1 AND t.token < \$2 AND t.kind BETWEEN \$3 AND \$4 AND p.id = t.patient_id
     ORDER BY t.token, t.kind, t.sort_key, t.patient_id LIMIT \$5" "'s', 't', 0, 2, 50" in-order
# A last name and a begun first name (fullNameStep): one token, a range of sort keys (a few dozen), a page.
plan "the full-name scan" patient_name_token_pkey \
    "SELECT $columns, t.sort_key FROM patient_name_token t CROSS JOIN patient p
     WHERE t.token = \$1 AND t.kind = \$2 AND t.sort_key >= \$3 AND t.sort_key < \$4
     AND p.id = t.patient_id ORDER BY t.sort_key, t.patient_id LIMIT \$5" "'smith', 0, 'smith jo', 'smith jp', 50"
# Two begun words (pairScan): a range of the pair key.
plan "the pair scan" patient_name_pair_pkey \
    "SELECT $columns FROM patient_name_pair pr CROSS JOIN patient p
     WHERE pr.pair >= \$1 AND pr.pair < \$2 AND p.id = pr.patient_id AND instr(pr.sort_key, \$3) > 0
     ORDER BY pr.pair, pr.sort_key, pr.patient_id" "'jo smith', 'jo smiti', 'jo'"

# Digits of a phone number (phoneStep): a range of the partial phone index; a page of it in its order.
plan "the phone scan" patient_phone \
    "SELECT $columns FROM patient p WHERE p.phone_digits <> '' AND p.phone_digits >= \$1 AND p.phone_digits < \$2
     ORDER BY p.phone_digits, p.id" "'31255501', '31255502'"
plan "the phone scan with the page as its LIMIT" patient_phone \
    "SELECT $columns FROM patient p WHERE p.phone_digits <> '' AND p.phone_digits >= \$1 AND p.phone_digits < \$2
     ORDER BY p.phone_digits, p.id LIMIT \$3" "'3125550', '3125551', 50" in-order

echo
if [ "$failures" -ne 0 ]; then
    echo "$failures expectation(s) not met"
    exit 1
fi
echo "every expectation met"
