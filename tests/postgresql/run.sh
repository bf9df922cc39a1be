#!/bin/sh
# Runs the test suites against a PostgreSQL server: every test binary of BUILD (default build/ci) with
# CHAIRSIDE_TEST_POSTGRESQL set, so that each test's store is a database of its own on the server
# (tests/support/testdatabase), leaving out the tests tagged [sqlite] (SQLite's own files, pragmas and
# plans); then the schema's own checks (resources/schema/postgresql/check.sh), a short race of 16 desks
# (chairside-race --db), a client killed mid-write and the server restarted under a working desk
# (chairside-crashloop --db, --restart-server). Outside a cluster it makes a throwaway one with pg_virtualenv
# (postgresql-common), also as root, and runs itself inside it.
#
#   tests/postgresql/run.sh [BUILD]
set -eu

build=${1:-build/ci}
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${CHAIRSIDE_IN_PG_VIRTUALENV:-}" ]; then
    export CHAIRSIDE_IN_PG_VIRTUALENV=1
    # A test cluster need not survive a power cut; each test makes and drops a database.
    exec pg_virtualenv -t -o fsync=off -o synchronous_commit=off -o full_page_writes=off \
        -o max_connections=200 "$here/run.sh" "$@"
fi

export CHAIRSIDE_TEST_POSTGRESQL="postgresql://"
logs=$(mktemp -d)
# The audit keys (and their head marks) of this run's server databases, kept apart from any earlier run's
# databases of the same names.
export XDG_DATA_HOME="$logs/data" XDG_CONFIG_HOME="$logs/config"
started=$(date +%s)

# Two binaries at a time (the machine's two cores); each writes its log and, when it fails, a mark.
find "$build/tests" -type f -name '*_tests' -perm -u+x | sort | xargs -P 2 -I {} sh -c '
    name=$(basename "$1")
    if (cd "$(dirname "$1")" && "./$name" "~[sqlite]" >"$2/$name.log" 2>&1); then
        echo "PostgreSQL: $name: $(grep -E "All tests passed|test cases" "$2/$name.log" | tail -1)"
    else
        echo "PostgreSQL: $name FAILED"
        touch "$2/$name.failed"
    fi' sh {} "$logs"

failed=""
for mark in "$logs"/*.failed; do
    [ -e "$mark" ] || continue
    name=$(basename "$mark" .failed)
    echo "==== $name, on PostgreSQL:"
    grep -v '^NOTICE:' "$logs/$name.log" | tail -80
    failed="$failed $name"
done

echo "== the schema's own checks"
if ! sh "$here/../../resources/schema/postgresql/check.sh" >"$logs/check.log" 2>&1; then
    cat "$logs/check.log"
    failed="$failed check.sh"
else
    tail -1 "$logs/check.log"
fi

echo "== 16 desks racing on one server database"
createdb chairside_race
if ! "$build/tests/reliability/chairside-race" --processes 2 --threads 8 --actions 150 --seed 11 \
    --db "postgresql:///chairside_race"; then
    failed="$failed chairside-race"
fi

echo "== a client killed mid-write, 30 times"
createdb chairside_crashloop
if ! "$build/tests/reliability/chairside-crashloop" --kills 30 --seed 12 --db "postgresql:///chairside_crashloop"; then
    failed="$failed chairside-crashloop"
fi

echo "== the server restarted under a working desk, 5 times"
createdb chairside_restarts
if ! "$build/tests/reliability/chairside-crashloop" --kills 5 --seed 13 --db "postgresql:///chairside_restarts" \
    --restart-server "pg_ctlcluster $PGVERSION regress restart -m fast" 2>"$logs/restarts.log"; then
    grep -v '^Chairside' "$logs/restarts.log" | tail -20
    failed="$failed server-restarts"
fi

echo "PostgreSQL pass: $(( $(date +%s) - started )) s"
if [ -n "$failed" ]; then
    echo "Failed on PostgreSQL:$failed"
    exit 1
fi
