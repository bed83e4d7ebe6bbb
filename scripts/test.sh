#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, checks the formatting, and
# runs every test three times: in a Debug build, in the optimized build that users run
# (the build type and flags of scripts/run.sh), and under AddressSanitizer + UBSan.
#   scripts/test.sh            everything (what CI runs)
#   scripts/test.sh --quick    the Debug build only
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0
[ "${1:-}" = "--quick" ] && quick=1

scripts/setup-debian.sh

# Each stage says how long it took (CI has 90 minutes on 2 cores for all of them).
started=$SECONDS
stage() {
  echo "== $1 (at $((SECONDS - started)) s)"
}

stage "format check (clang-format)"
mapfile -t sources < <(git ls-files -- 'app/*.cpp' 'app/*.h' 'ui/*.cpp' 'ui/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'portal/*.cpp' 'portal/*.h' 'fuzz/*.cpp' 'fuzz/*.h' 2>/dev/null \
  || find app ui tests -name '*.cpp' -o -name '*.h')
clang-format --dry-run -Werror "${sources[@]}"

export QT_QPA_PLATFORM=offscreen
jobs=$(nproc)

stage "Debug build (warnings are errors) and tests"
scripts/build.sh build-test -DCMAKE_BUILD_TYPE=Debug -DWITH_WERROR=ON
ctest --test-dir build-test --output-on-failure --parallel "$jobs"

if [ $quick -eq 0 ]; then
  # What ships: the build type of scripts/run.sh (scripts/build-type: RelWithDebInfo).
  stage "optimized build (what users run) and tests"
  scripts/build.sh build-release -DCMAKE_BUILD_TYPE="$(cat scripts/build-type)" -DWITH_WERROR=ON
  ctest --test-dir build-release --output-on-failure --parallel "$jobs"

  stage "Debian packages of the optimized build: lintian, and run from a throwaway root"
  scripts/package.sh build-release

  stage "the parsers fuzzed for a short while on their seeds (clang, libFuzzer, ASan + UBSan)"
  scripts/fuzz.sh all 30

  stage "AddressSanitizer + UndefinedBehaviorSanitizer build and tests"
  scripts/build.sh build-asan -DCMAKE_BUILD_TYPE=Debug -DWITH_WERROR=ON -DWITH_ASAN=ON
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
  export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  ctest --test-dir build-asan --output-on-failure --parallel "$jobs"
fi
stage "done"
