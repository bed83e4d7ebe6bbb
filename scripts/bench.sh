#!/usr/bin/env bash
# Builds an optimised tree and prints the benchmark figures.
#   scripts/bench.sh [documents [RUNS] | window [DOSSIERS] | import [ROWS] | sync [DOSSIERS...]]
#   (all by default; sync: 100 and 1000 dossiers, BENCH_SYNC_PACED=1 adds a run at the portal's
#   default limit)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
scripts/build.sh build-bench -DCMAKE_BUILD_TYPE=Release -DWITH_TESTS=ON
case "${1:-all}" in
  window) shift; QT_QPA_PLATFORM=offscreen build-bench/bench/bench_window "$@" ;;
  import) shift; build-bench/bench/bench_import "$@" ;;
  documents) shift; build-bench/bench/bench_documents build-bench/app/mandatdesk-cli build-bench/tests/make_fixtures "$@" ;;
  sync) shift; bench/bench_sync.py --build build-bench ${BENCH_SYNC_PACED:+--paced} "$@" ;;
  *)
    build-bench/bench/bench_documents build-bench/app/mandatdesk-cli build-bench/tests/make_fixtures "$@"
    QT_QPA_PLATFORM=offscreen build-bench/bench/bench_window
    build-bench/bench/bench_import
    bench/bench_sync.py --build build-bench ${BENCH_SYNC_PACED:+--paced} 100 1000 ;;
esac
