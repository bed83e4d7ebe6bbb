#!/usr/bin/env bash
# Runs portal tests with the portal's data on PostgreSQL: a private cluster started for the run
# (scripts/portal-db.sh) in a folder of its own under /tmp (reachable by the cluster's user when
# the tests run as root), each test making a database of its own on it; all removed at the end.
#   tests/on_postgresql.sh TEST_EXECUTABLE...
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/mandatdesk-pg.XXXXXX") || exit 1
url=$("$root/scripts/portal-db.sh" start "$work" --port 0) || { rm -rf "$work"; exit 1; }
trap '"$root/scripts/portal-db.sh" stop "$work"; rm -rf "$work"' EXIT
status=0
for test in "$@"; do
  echo "== $(basename "$test") on PostgreSQL"
  MANDAT_TEST_PORTAL_DB=$url "$test" || status=1
done
exit $status
