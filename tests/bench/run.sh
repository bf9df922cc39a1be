#!/bin/sh
# The speed suite in one command: configures the "bench" preset (Release), builds chairside-bench,
# chairside-uibench and the desktop program, generates the large file once (cached in build/bench-data,
# made anew when the generator changes), runs every benchmark, prints the tables and writes every figure
# to build/bench/results.json.
#
#   tests/bench/run.sh [options for both, e.g. --patients 200000 --years 0] [google benchmark flags]
#
# chairside-bench measures the core (lookup, check-in, roster data, slot finder, admit, 16 desks checking
# in at once, generator), on the file and then, when pg_virtualenv is there, on a PostgreSQL server;
# chairside-uibench the desktop, offscreen (roster paint, keystroke to painted results, the desk's first
# paint, memory over simulated desk work, and the real program's cold start). It runs at a lower
# priority (nice) so a shared machine stays usable.
set -eu
cd "$(dirname "$0")/../.."
root=$(pwd)
build="$root/build/bench"
data="$root/build/bench-data"

cmake --preset bench -DCHAIRSIDE_WERROR=ON >/dev/null
nice -n 10 cmake --build "$build" --target chairside-bench chairside-uibench chairside chairside-interface-bench

load=$(cut -d' ' -f1-3 /proc/loadavg)
cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
disk=$(df -hT "$root" | awk 'NR==2 {print $2 " on " $7}')
machine="machine: $(nproc) cores, $cpu; disk: $disk; load average before the run: $load"

mkdir -p "$data"
nice -n 10 "$build/tests/bench/chairside-bench" --data "$data" --json "$build/results.json" \
    --note "$machine" "$@"
echo "load average after the core figures: $(cut -d' ' -f1-3 /proc/loadavg)"
# The same core figures with the organization on a PostgreSQL server (issue 14): the file's rows copied
# into a throwaway cluster (pg_virtualenv -t, from postgresql-common), reached over loopback, with a
# server's durability (fsync and synchronous commits on) and 1 GB of shared buffers. Printed beside the
# SQLite figures and merged into the same results file. Skipped when pg_virtualenv is missing.
if command -v pg_virtualenv >/dev/null 2>&1; then
    echo "== PostgreSQL pass (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
    # The server at the same lower priority as the benchmark, as the file's pass runs in one process.
    if ! nice -n 10 pg_virtualenv -t -o shared_buffers=1GB -o max_connections=50 sh -c '
        set -eu
        build=$1 data=$2
        shift 2
        # The audit key of this throwaway database, kept apart from any real one.
        XDG_DATA_HOME=$(mktemp -d)
        export XDG_DATA_HOME
        createdb chairside_bench
        "$build/tests/bench/chairside-bench" --data "$data" --db postgresql:///chairside_bench \
            --merge-into "$build/results.json" --note "PostgreSQL $PGVERSION on loopback (throwaway cluster)" "$@"
        rm -rf "$XDG_DATA_HOME"' sh "$build" "$data" "$@"; then
        echo "The PostgreSQL pass failed (above); the SQLite figures stand."
    fi
    echo "load average after the PostgreSQL pass: $(cut -d' ' -f1-3 /proc/loadavg)"
else
    echo "PostgreSQL pass skipped: pg_virtualenv is not installed (Debian: apt-get install postgresql postgresql-common)."
fi
nice -n 10 "$build/tests/bench/chairside-uibench" --data "$data" --merge-into "$build/results.json" \
    --desktop "$build/app/chairside" \
    --note "load average before the desktop figures: $(cut -d' ' -f1-3 /proc/loadavg)" "$@"
echo "load average after the desktop figures: $(cut -d' ' -f1-3 /proc/loadavg)"
# The interfaces' figures (issue 13), without the large file: importing, the MLLP round trip and the FHIR
# export, each beside its physical limit.
nice -n 10 "$build/tests/bench/chairside-interface-bench" --benchmark_counters_tabular=true \
    --benchmark_out="$build/interface-results.json" --benchmark_out_format=json
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "written: $build/results.json"
