#!/usr/bin/env bash
# Builds an optimised tree and prints the benchmark figures.
#   scripts/bench.sh [documents [RUNS] | window [DOSSIERS] | import [ROWS]]   (all by default)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
scripts/build.sh build-bench -DCMAKE_BUILD_TYPE=Release -DWITH_TESTS=ON
case "${1:-all}" in
  window) shift; QT_QPA_PLATFORM=offscreen build-bench/bench/bench_window "$@" ;;
  import) shift; build-bench/bench/bench_import "$@" ;;
  documents) shift; build-bench/bench/bench_documents build-bench/app/mandatdesk-cli build-bench/tests/make_fixtures "$@" ;;
  *)
    build-bench/bench/bench_documents build-bench/app/mandatdesk-cli build-bench/tests/make_fixtures "$@"
    QT_QPA_PLATFORM=offscreen build-bench/bench/bench_window
    build-bench/bench/bench_import ;;
esac
