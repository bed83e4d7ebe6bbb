#!/usr/bin/env bash
# Installs what is missing, builds, and starts MandatDesk with its embedded defaults,
# with the reference operator portal running beside it (demo account "demo"/"demo", and its
# review desk at /desk for the demo reviewer "reviewer"/"reviewer").
# Arguments are passed to the application (e.g. --profile DIR, --lang en).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
scripts/build.sh build -DCMAKE_BUILD_TYPE="$(cat scripts/build-type)" -DWITH_TESTS=OFF

# The demo portal: its own certificates (made here, never committed), a demo account.
demo=build/demo-portal
[ -f "$demo/certs/server.pem" ] || scripts/make-test-certs.sh "$demo/certs" 365 >/dev/null
echo demo | build/portal/mandatdesk-portal --db "$demo/portal.sqlite" user add demo --account demo --admin >/dev/null
echo reviewer | build/portal/mandatdesk-portal --db "$demo/portal.sqlite" user add-reviewer reviewer >/dev/null
port=8443
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then port=0; fi
build/portal/mandatdesk-portal --db "$demo/portal.sqlite" serve --port "$port" \
  --cert "$demo/certs/server.pem" --key "$demo/certs/server.key" > "$demo/portal.log" 2>&1 &
portal_pid=$!
trap 'kill $portal_pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q listening "$demo/portal.log" 2>/dev/null && break; sleep 0.1; done
url=$(awk '/listening/ {print $2; exit}' "$demo/portal.log")
echo "Demo portal: $url (login demo, password demo; authority $demo/certs/ca.pem)"
echo "Review desk: $url/desk (reviewer reviewer, password reviewer)"
# The default profile syncs with it, unless it already has a portal.
if ! build/app/mandatdesk-cli --json portal status 2>/dev/null | grep -q '"url": "https'; then
  echo demo | build/app/mandatdesk-cli portal login "$url" --user demo --ca "$demo/certs/ca.pem" >/dev/null 2>&1 || true
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting MandatDesk on a virtual screen (xvfb-run). Close it with Ctrl+C." >&2
  xvfb-run -a build/ui/mandatdesk "$@"
else
  build/ui/mandatdesk "$@"
fi
