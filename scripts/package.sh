#!/usr/bin/env bash
# Builds MandatDesk's Debian packages from a build tree and checks them:
#   scripts/package.sh [BUILD_DIR]      (default build-release, as scripts/run.sh builds it)
# cpack makes mandatdesk, mandatdesk-common and mandatdesk-portal (cmake/Packaging.cmake),
# lintian checks them (an error fails), and tests/package_smoke.sh runs them from a throwaway
# root. Install them with: sudo apt install ./BUILD_DIR/*.deb
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-release}
build=$(cd "$build" 2>/dev/null && pwd) || { echo "no build directory ${1:-build-release}" >&2; exit 2; }
[ -f "$build/CPackConfig.cmake" ] || { echo "no $build/CPackConfig.cmake: build first (scripts/build.sh)" >&2; exit 2; }
cd "$build"
rm -f ./*.deb
cpack -G DEB > cpack.log 2>&1 || { cat cpack.log >&2; exit 1; }
ls -1 ./*.deb
command -v lintian >/dev/null || { echo "lintian is missing (scripts/setup-debian.sh installs it)" >&2; exit 2; }
# Errors fail; warnings are shown.
lintian --fail-on error --tag-display-limit 0 ./*.deb 2>&1 | grep -v "running with root privileges" || true
lintian --fail-on error ./*.deb > /dev/null 2>&1 || { echo "lintian found errors" >&2; exit 1; }
echo "lintian: no error"
"$root/tests/package_smoke.sh" "$build"
