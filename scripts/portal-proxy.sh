#!/usr/bin/env bash
# The reference portal as production runs it: mandatdesk-portal on loopback, behind nginx
# (Debian's nginx-light), which terminates TLS and enforces the limits of
# portal/deploy/nginx.conf.in.
#   scripts/portal-proxy.sh start RUN_DIR [--port P (0: any free one)] [--build DIR] [--instances N] [--db FILE|URL]
#                                         [-- PORTAL_SERVE_ARGS...]
#   scripts/portal-proxy.sh stop RUN_DIR
# start prints "listening https://127.0.0.1:P" once all answer. RUN_DIR holds the
# certificates (made if missing), the database (RUN_DIR/portal.sqlite unless --db), the logs
# and the pids. With --instances N (a database they share: PostgreSQL, scripts/portal-db.sh),
# nginx balances over N portals and leaves out one that stops answering.
# Environment: PROXY_HEADER_TIMEOUT (s, default 10), PROXY_RATE (requests/s per address,
# default 20), PROXY_BURST (default 40), PROXY_CONNECTIONS (open connections per address,
# default 32), PROXY_LOGIN_RATE (logins/s per address, default 2) — the load test's seats all
# come from 127.0.0.1.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
action=${1:-}
run=${2:-}
[ -n "$action" ] && [ -n "$run" ] || { sed -n '2,10p' "$0"; exit 2; }
shift 2
mkdir -p "$run"
run=$(cd "$run" && pwd)

pids() { ls "$run"/nginx.pid "$run"/portal.pid "$run"/portal-*.pid 2>/dev/null || true; }
stop() {
  for f in $(pids); do kill "$(cat "$f")" 2>/dev/null || true; done
  for _ in $(seq 50); do
    alive=0
    for f in $(pids); do
      kill -0 "$(cat "$f")" 2>/dev/null && alive=1
    done
    [ $alive -eq 0 ] && break
    sleep 0.1
  done
  for f in $(pids); do rm -f "$f"; done
}

if [ "$action" = stop ]; then stop; exit 0; fi
[ "$action" = start ] || { echo "start or stop" >&2; exit 2; }

port=8443
build="$root/build"
instances=1
db="$run/portal.sqlite"
portal_args=()
while [ $# -gt 0 ]; do
  case $1 in
    --port) port=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --instances) instances=$2; shift 2 ;;
    --db) db=$2; shift 2 ;;
    --) shift; portal_args=("$@"); break ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
# 0: a free port, chosen here (nginx takes none of its own).
[ "$port" = 0 ] && port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
portal="$build/portal/mandatdesk-portal"
[ -x "$portal" ] || { echo "no $portal: build first" >&2; exit 2; }
nginx=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx" ] || { echo "nginx is missing (scripts/setup-debian.sh installs nginx-light)" >&2; exit 2; }

stop
[ -f "$run/certs/server.pem" ] || "$root/scripts/make-test-certs.sh" "$run/certs" 365 >/dev/null
mkdir -p "$run/tmp"

# Handler threads: the machine's cores shared by the instances on it, two per core (a handler
# mostly waits for the database), two at least; --threads after -- says otherwise.
threads=()
case " ${portal_args[*]} " in
  *" --threads "*) ;;
  *) threads=(--threads "$(( $(nproc) * 2 / instances > 2 ? $(nproc) * 2 / instances : 2 ))") ;;
esac
# On PostgreSQL, the documents' bytes in a folder the instances share (PortalStore::setDocumentFolder).
documents=()
case $db in postgres*://*) documents=(--documents "$run/documents") ;; esac
# The portals: loopback only, each on a port of its own choosing (the first: portal.log and
# portal.pid, the others portal-N.*).
backends=""
ports=""
for i in $(seq "$instances"); do
  name=portal
  [ "$i" -gt 1 ] && name=portal-$i
  "$portal" --db "$db" "${documents[@]}" serve --address 127.0.0.1 --port 0 --behind-proxy \
    --cert "$run/certs/server.pem" --key "$run/certs/server.key" "${threads[@]}" "${portal_args[@]}" \
    > "$run/$name.log" 2>&1 &
  echo $! > "$run/$name.pid"
  backend=""
  for _ in $(seq 100); do
    backend=$(awk -F: '/^listening/ {print $NF; exit}' "$run/$name.log" 2>/dev/null || true)
    [ -n "$backend" ] && break
    kill -0 "$(cat "$run/$name.pid")" 2>/dev/null || { cat "$run/$name.log" >&2; stop; exit 1; }
    sleep 0.1
  done
  [ -n "$backend" ] || { echo "the portal did not start" >&2; cat "$run/$name.log" >&2; stop; exit 1; }
  # One that fails is left out for a while; the others take its requests.
  backends="$backends        server 127.0.0.1:$backend max_fails=1 fail_timeout=5s;\n"
  ports="$ports${ports:+, }https://127.0.0.1:$backend"
done

user_line=""
[ "$(id -u)" -eq 0 ] && user_line="user root root;"
sed -e "s|@RUN@|$run|g" -e "s|@PORT@|$port|g" -e "s|@ADDRESS@|127.0.0.1|g" -e "s|^ *@BACKENDS@|$backends|g" \
    -e "s|@CERT@|$run/certs/server.pem|g" -e "s|@KEY@|$run/certs/server.key|g" -e "s|@CA@|$run/certs/ca.pem|g" \
    -e "s|@USER_LINE@|$user_line|g" -e "s|@HEADER_TIMEOUT@|${PROXY_HEADER_TIMEOUT:-10}|g" \
    -e "s|@RATE@|${PROXY_RATE:-20}|g" -e "s|@BURST@|${PROXY_BURST:-40}|g" \
    -e "s|@LOGIN_RATE@|${PROXY_LOGIN_RATE:-2}|g" -e "s|@CONNECTIONS@|${PROXY_CONNECTIONS:-32}|g" -e "s|@WORKER_CONNECTIONS@|$(( ${PROXY_CONNECTIONS:-32} * 2 + 448 ))|g" \
    "$root/portal/deploy/nginx.conf.in" > "$run/nginx.conf"
"$nginx" -t -q -c "$run/nginx.conf" -p "$run" -e "$run/nginx-error.log" \
  || { cat "$run/nginx-error.log" >&2; stop; exit 1; }
"$nginx" -c "$run/nginx.conf" -p "$run" -e "$run/nginx-error.log"
for _ in $(seq 50); do [ -f "$run/nginx.pid" ] && break; sleep 0.1; done
echo "listening https://127.0.0.1:$port (portal on $ports, loopback only)"
