#!/bin/sh
# Builds the libFuzzer targets (clang-14, ASan + UBSan) in build/fuzz and runs each for SECONDS
# (default 600), seeded with the interop samples, at low priority. Crashes are written to
# build/fuzz/artifacts/; each one found must become a file in tests/fuzz/regressions/<reader>-*
# (run by interop_tests) and a fix. Exits non-zero when any target found one.
#
#     tests/fuzz/run.sh [seconds] [reader...]      readers: hl7 fhir csv mllp (default: all four)
set -eu
seconds=${1:-600}
[ $# -gt 0 ] && shift
readers=${*:-hl7 fhir csv mllp}
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build/fuzz"
cd "$root"
cmake --preset fuzz >/dev/null
nice -n 15 cmake --build "$build" --target $(for r in $readers; do printf 'fuzz_%s ' "$r"; done)

samples="$root/tests/interop/samples"
failed=0
for reader in $readers; do
    corpus="$build/corpus/$reader"
    mkdir -p "$corpus" "$build/artifacts"
    case $reader in
        hl7) cp "$samples"/*.hl7 "$corpus"/ ;;
        fhir) cp "$samples"/*.json "$corpus"/ ;;
        mllp) for f in "$samples"/*.hl7; do printf '\013%s\034\015' "$(cat "$f")" >"$corpus/$(basename "$f")"; done ;;
        csv) printf 'mrn,payer,reference,therapy,valid_from,valid_to,visits_approved,visits_used,status\nM1,"Aetna, Inc.",PA-1,infliximab,2025-03-01,2025-08-31,6,1,approved\n' >"$corpus/seed.csv" ;;
    esac
    cp "$root"/tests/fuzz/regressions/"$reader"-* "$corpus"/ 2>/dev/null || true
    dict=""
    [ -f "$root/tests/fuzz/$reader.dict" ] && dict="-dict=$root/tests/fuzz/$reader.dict"
    echo "== fuzz_$reader for ${seconds}s"
    if ! nice -n 15 "$build/tests/fuzz/fuzz_$reader" $dict -max_total_time="$seconds" -max_len=16384 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$build/artifacts/$reader-" "$corpus"; then
        failed=1
    fi
done
exit $failed
