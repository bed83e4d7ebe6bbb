#!/usr/bin/env bash
# Installs what is missing, builds, and starts MandatDesk with its embedded defaults.
# Arguments are passed to the application (e.g. --profile DIR, --lang en).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
scripts/build.sh build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWITH_TESTS=OFF
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting MandatDesk on a virtual screen (xvfb-run). Close it with Ctrl+C." >&2
  exec xvfb-run -a build/ui/mandatdesk "$@"
fi
exec build/ui/mandatdesk "$@"
