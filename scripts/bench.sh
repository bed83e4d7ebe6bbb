#!/usr/bin/env bash
# Builds an optimised tree and prints the benchmark figures.
#   scripts/bench.sh                      everything, then issue 15's table (figure, anchor, target)
#   scripts/bench.sh documents [RUNS]     check vs pdftotext, OCR vs tesseract
#   scripts/bench.sh window [DOSSIERS]    the window and its search
#   scripts/bench.sh import [ROWS]        CSV import, archive export and import
#   scripts/bench.sh sync [DOSSIERS...]   a first sync vs curl sending the same requests (100 and
#                                         1000 by default; BENCH_SYNC_PACED=1 adds a run at the
#                                         portal's default limit)
#   scripts/bench.sh load [ARGS...]       the portal under 200 seats: SQLite, PostgreSQL, two
#                                         instances behind the proxy (bench/load_portal.py --help)
# Everything (about 13 minutes; the demo profiles of 10,000 and 100,000 dossiers are made once,
# in build-bench/profiles, about 2 minutes) keeps each benchmark's output in
# build-bench/bench-results and ends with bench/summary.py's table.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
scripts/build.sh build-bench -DCMAKE_BUILD_TYPE=Release -DWITH_TESTS=ON
bin=build-bench/bench
export QT_QPA_PLATFORM=offscreen
sync() { bench/bench_sync.py --build build-bench ${BENCH_SYNC_PACED:+--paced} "$@"; }
case "${1:-all}" in
  window) shift; "$bin/bench_window" "$@" ;;
  import) shift; "$bin/bench_import" "$@" ;;
  documents) shift; "$bin/bench_documents" build-bench/app/mandatdesk-cli build-bench/tests/make_fixtures "$@" ;;
  sync) shift; sync "$@" ;;
  load) shift; python3 bench/load_portal.py --build build-bench "$@" ;;
  all)
    results=build-bench/bench-results
    rm -rf "$results"
    mkdir -p "$results" build-bench/profiles
    "$bin/bench_documents" build-bench/app/mandatdesk-cli build-bench/tests/make_fixtures | tee "$results/documents.txt"
    for count in 10000 100000; do
      BENCH_PROFILE="build-bench/profiles/$count" BENCH_SKIP_EXPORTS=1 "$bin/bench_window" "$count" 2>/dev/null \
        | tee "$results/window-$count.txt"
    done
    "$bin/bench_import" | tee "$results/import.txt"
    sync 100 1000 | tee "$results/sync.txt"
    python3 bench/summary.py "$results"
    ;;
  *) echo "usage: scripts/bench.sh [documents [RUNS] | window [DOSSIERS] | import [ROWS] | sync [DOSSIERS...] | load [ARGS...]]" >&2; exit 2 ;;
esac
