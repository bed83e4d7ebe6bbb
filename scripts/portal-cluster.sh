#!/usr/bin/env bash
# The portal for many seats: a private PostgreSQL (scripts/portal-db.sh), several portal
# instances sharing nothing but that database, and nginx in front balancing over them
# (scripts/portal-proxy.sh), all on this machine's loopback.
#   scripts/portal-cluster.sh start RUN_DIR [--port P] [--build DIR] [--instances N] [-- PORTAL_SERVE_ARGS...]
#   scripts/portal-cluster.sh stop RUN_DIR
#   scripts/portal-cluster.sh url RUN_DIR        the database's URL (for mandatdesk-portal --db URL user add …)
# start prints the database's address (without its password) and "listening https://127.0.0.1:P".
# Two instances by default.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
action=${1:-}
run=${2:-}
[ -n "$action" ] && [ -n "$run" ] || { sed -n '2,10p' "$0"; exit 2; }
shift 2
mkdir -p "$run"
run=$(cd "$run" && pwd)
case $action in
  stop)
    "$root/scripts/portal-proxy.sh" stop "$run"
    "$root/scripts/portal-db.sh" stop "$run/db"
    ;;
  url)
    "$root/scripts/portal-db.sh" url "$run/db"
    ;;
  start)
    args=(--instances 2)
    while [ $# -gt 0 ]; do
      case $1 in
        --port | --build | --instances) args+=("$1" "$2"); shift 2 ;;
        --) break ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
      esac
    done
    # Its own port, chosen free the first time and kept.
    url=$("$root/scripts/portal-db.sh" start "$run/db" --port 0)
    echo "database postgresql://mandatdesk:…@${url#*@} (scripts/portal-cluster.sh url $run)"
    "$root/scripts/portal-proxy.sh" start "$run" "${args[@]}" --db "$url" "$@"
    ;;
  *) echo "start, stop or url" >&2; exit 2 ;;
esac
