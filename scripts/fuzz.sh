#!/usr/bin/env bash
# Runs the libFuzzer targets (fuzz/) on what strangers write to MandatDesk's parsers:
#   scripts/fuzz.sh [TARGET|all] [SECONDS]     (default: all, 60 s each)
# Builds build-fuzz with clang, ASan and UBSan first. Each target starts from its seeds
# (fuzz/corpus/NAME, the test documents' kind of text) and keeps what it found new in
# build-fuzz/corpus/NAME; a crash or a failed check leaves its input in build-fuzz/artifacts/
# and fails the run. Prints the executions and the coverage each reached.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
target=${1:-all}
seconds=${2:-60}
targets=(fuzz_dates fuzz_numbers fuzz_csv fuzz_archive_manifest fuzz_archive fuzz_document fuzz_sync fuzz_portal)
[ "$target" = all ] || targets=("$target")
mkdir -p build-fuzz
[ -f build-fuzz/build.ninja ] ||
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWITH_FUZZ=ON \
    -DWITH_GUI=OFF -DWITH_TESTS=OFF >build-fuzz/build.log 2>&1 || { tail -40 build-fuzz/build.log >&2; exit 1; }
cmake --build build-fuzz --parallel "$(nproc)" --target "${targets[@]}" >build-fuzz/build.log 2>&1 ||
  { tail -40 build-fuzz/build.log >&2; exit 1; }
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# The targets that keep a database or a profile write it often: in memory when the machine has it.
[ -w /dev/shm ] && export TMPDIR=${TMPDIR:-/dev/shm}
export LSAN_OPTIONS="suppressions=$root/fuzz/lsan.supp:print_suppressions=0"
mkdir -p build-fuzz/artifacts
status=0
for t in "${targets[@]}"; do
  name=${t#fuzz_}
  corpus=build-fuzz/corpus/$name
  mkdir -p "$corpus"
  log=build-fuzz/$t.log
  if "build-fuzz/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=build-fuzz/artifacts/"$t"- "$corpus" "fuzz/corpus/$name" >"$log" 2>&1; then
    result=ok
  else
    result=FAILED
    status=1
  fi
  runs=$(grep -o 'Done [0-9]* runs' "$log" | awk '{print $2}' | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | awk '{print $2}')
  echo "$t: $result, ${runs:-?} executions in $seconds s, coverage ${cov:-?} edges, corpus $(ls "$corpus" | wc -l) inputs"
  [ "$result" = ok ] || grep -m5 -E 'ERROR|fuzz check failed|SUMMARY|artifact' "$log" >&2 || true
done
exit $status
