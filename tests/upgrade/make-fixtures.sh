#!/bin/sh
# Makes the upgrade fixtures: for each earlier schema version, the code of the last commit at which that
# version was the newest builds chairside-cli and writes its demo database with it. The files go to
# tests/upgrade/fixtures/schema-N.sqlite (with the audit key beside each) and are kept in the repository;
# tests/upgrade/tst_upgrade.cpp migrates each to the current schema and checks a patient in on it.
#
# Run from the top of a clone with its history:  sh tests/upgrade/make-fixtures.sh [VERSION ...]
# Each version takes a build of the core and the command-line tool of that day (minutes each).
set -eu
top=$(pwd)
work=${CHAIRSIDE_FIXTURE_WORK:-/tmp/chairside-fixtures}
out=$top/tests/upgrade/fixtures
mkdir -p "$work" "$out"
# Each version's files that did not change compile from the cache: the paths are read relative to here.
export CCACHE_BASEDIR="$work" CCACHE_NOHASHDIR=1

# The last commit of main's first-parent history at which each version was the newest in force (the
# migrations run while the next file exists, so a number merged before its predecessor was not yet in
# force). Versions 1 and 10 never were: the first commit carried 2, and 10 arrived with 11. For 9, the
# last that links: the three after it define the listener's signal handler in two files.
commits="2:64d110d 3:aa40d5b 4:7392e21 5:1602ced 6:0dcd3c6 7:d891806 8:09b9d0d 9:f4589c2 11:aee5aeb 12:5214d22
13:e783fc6 14:549b1a0 15:19b3d65 16:e570f5b 17:d09fbdc"
wanted=${*:-2 3 4 5 6 7 8 9 11 12 13 14 15 16 17}

for pair in $commits; do
    version=${pair%%:*}
    commit=${pair#*:}
    case " $wanted " in *" $version "*) ;; *) continue ;; esac
    src=$work/src-$version
    rm -rf "$src" && mkdir -p "$src"
    git archive "$commit" | tar -x -C "$src"
    newest=$(ls "$src/resources/schema" | sed -n 's/^schema-\([0-9]*\)\.sql$/\1/p' | sort -n \
        | awk 'BEGIN { n = 0 } $1 == n + 1 { n = $1 } END { print n }')
    if [ "$newest" != "$version" ]; then
        echo "commit $commit has schema $newest, not $version" >&2
        exit 1
    fi
    cmake -S "$src" -B "$src/build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-O0 \
        -DCHAIRSIDE_BUILD_TESTS=OFF ${CMAKE_CXX_COMPILER_LAUNCHER:+-DCMAKE_CXX_COMPILER_LAUNCHER=$CMAKE_CXX_COMPILER_LAUNCHER} >/dev/null
    cmake --build "$src/build" --target chairside-cli
    cli=$(find "$src/build" -name chairside-cli -type f -perm -u+x | head -1)
    rm -f "$out/schema-$version.sqlite"*
    db=$work/schema-$version.sqlite
    rm -f "$db"*
    CHAIRSIDE_PASSWORD=${CHAIRSIDE_PASSWORD:-admin-demo} "$cli" --db "$db" demo
    # One file: the write-ahead log folded in, the space freed.
    python3 - "$db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
db.execute("PRAGMA journal_mode = DELETE")
db.execute("VACUUM")
db.close()
PY
    cp "$db" "$out/schema-$version.sqlite"
    if [ -f "$db.audit-key" ]; then
        cp "$db.audit-key" "$out/schema-$version.sqlite.audit-key"
        [ -f "$db.audit-key.head" ] && cp "$db.audit-key.head" "$out/schema-$version.sqlite.audit-key.head"
    fi
    echo "schema $version: $(wc -c < "$out/schema-$version.sqlite") bytes from $commit"
    rm -rf "$src"
done
