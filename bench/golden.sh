#!/usr/bin/env bash
# Golden check for speed work: writes the timeline JSON of every article fixture (GoldenTimelines) to
# target/golden/NAME, or with "check NAME" to target/golden/check and compares it byte for byte with
# target/golden/NAME. Usage: bench/golden.sh save main; (change the loader); bench/golden.sh check main
set -euo pipefail
cd "$(dirname "$0")/.."
case ${1:-} in
    save) exec bench/run.sh dev.annals.bench.GoldenTimelines "target/golden/${2:?name}" ;;
    check)
        rm -rf target/golden/check
        bench/run.sh dev.annals.bench.GoldenTimelines target/golden/check
        diff -rq "target/golden/${2:?name}" target/golden/check && echo "identical to target/golden/$2" ;;
    *) echo "usage: bench/golden.sh save NAME | check NAME" >&2; exit 2 ;;
esac
