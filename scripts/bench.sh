#!/usr/bin/env bash
# Builds an optimised tree and prints the benchmark figures.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
scripts/build.sh build-bench -DCMAKE_BUILD_TYPE=Release -DWITH_TESTS=ON
build-bench/bench/bench_documents build-bench/app/mandatdesk-cli build-bench/tests/make_fixtures "$@"
