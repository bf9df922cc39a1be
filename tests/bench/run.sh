#!/bin/sh
# The speed suite in one command: configures the "bench" preset (Release), builds chairside-bench,
# chairside-uibench and the desktop program, generates the large file once (cached in build/bench-data,
# made anew when the generator changes), runs every benchmark, prints the tables and writes every figure
# to build/bench/results.json.
#
#   tests/bench/run.sh [options for both, e.g. --patients 200000 --years 0] [google benchmark flags]
#
# chairside-bench measures the core (lookup, check-in, roster data, slot finder, admit, generator);
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
# The interfaces' figures (issue 13), on small files of their own, each beside its target and limit.
nice -n 10 "$build/tests/bench/chairside-interface-bench" --benchmark_filter='^BM_Export'
nice -n 10 "$build/tests/bench/chairside-uibench" --data "$data" --merge-into "$build/results.json" \
    --desktop "$build/app/chairside" \
    --note "load average before the desktop figures: $(cut -d' ' -f1-3 /proc/loadavg)" "$@"
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "written: $build/results.json"
