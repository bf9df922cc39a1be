#!/bin/sh
# Runs the test suites against a PostgreSQL server: every test binary of BUILD (default build/ci) with
# CHAIRSIDE_TEST_POSTGRESQL set, so that each test's store is a database of its own on the server
# (tests/support/testdatabase), leaving out the tests tagged [sqlite] (SQLite's own files, pragmas and
# plans). Outside a cluster it makes a throwaway one with pg_virtualenv (postgresql-common), also as
# root, and runs itself inside it.
#
#   tests/postgresql/run.sh [BUILD]
set -eu

build=${1:-build/ci}
if [ -z "${CHAIRSIDE_IN_PG_VIRTUALENV:-}" ]; then
    export CHAIRSIDE_IN_PG_VIRTUALENV=1
    # A test cluster need not survive a power cut; each test makes and drops a database.
    exec pg_virtualenv -t -o fsync=off -o synchronous_commit=off -o full_page_writes=off \
        -o max_connections=200 "$0" "$@"
fi

export CHAIRSIDE_TEST_POSTGRESQL="postgresql://"
logs=$(mktemp -d)
failed=""
started=$(date +%s)
for binary in $(find "$build/tests" -type f -name '*_tests' -perm -u+x | sort); do
    name=$(basename "$binary")
    if (cd "$(dirname "$binary")" && "./$name" '~[sqlite]' >"$logs/$name.log" 2>&1); then
        echo "PostgreSQL: $name: $(grep -E 'All tests passed|test cases' "$logs/$name.log" | tail -1)"
    else
        echo "PostgreSQL: $name FAILED:"
        grep -v '^NOTICE:' "$logs/$name.log" | tail -60
        failed="$failed $name"
    fi
done
echo "PostgreSQL pass: $(( $(date +%s) - started )) s"
if [ -n "$failed" ]; then
    echo "Failed on PostgreSQL:$failed"
    exit 1
fi
