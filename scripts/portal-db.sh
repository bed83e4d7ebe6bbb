#!/usr/bin/env bash
# A private PostgreSQL (Debian's postgresql 15) for the portal: its own data folder, run by an
# unprivileged user, listening on 127.0.0.1 only, one role and one database with a password made
# here. Prints the portal's connection URL (mandatdesk-portal --db URL).
#   scripts/portal-db.sh start DIR [--port N]   (N: 55432 by default; 0 picks a free one)
#   scripts/portal-db.sh url DIR                 the URL of a started one
#   scripts/portal-db.sh stop DIR
set -euo pipefail
command=${1:-}
dir=${2:-}
[ -n "$command" ] && [ -n "$dir" ] || {
  echo "usage: scripts/portal-db.sh start|url|stop DIR [--port N]" >&2
  exit 2
}
shift 2
port=55432
while [ $# -gt 0 ]; do
  case $1 in
    --port) port=$2; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed (scripts/setup-debian.sh installs it)" >&2; exit 1; }
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
data=$dir/data

# PostgreSQL refuses to run as root: root runs it as Debian's postgres user, who must reach DIR.
if [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$(dirname "$dir")"; then
  echo "$dir cannot be reached by the postgres user: choose a folder under /tmp or /srv" >&2
  exit 1
fi
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

url() {
  echo "postgresql://mandatdesk:$(cat "$dir/password")@127.0.0.1:$(cat "$dir/port")/mandatdesk"
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

case $command in
  start)
    if [ -f "$data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      url
      exit 0
    fi
    if [ ! -f "$data/PG_VERSION" ]; then
      rm -rf "$data"
      mkdir -p "$data"
      [ "$port" = 0 ] && port=$(free_port)
      echo "$port" > "$dir/port"
      head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$dir/password"
      chmod 600 "$dir/password"
      if [ "$(id -u)" -eq 0 ]; then chown -R postgres: "$data"; chmod 711 "$dir"; fi
      as_owner "$bin/initdb" -D "$data" -A peer -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
      }
      # The superuser is reached only through the data folder's own socket (peer); the portal's
      # role only over 127.0.0.1 with its password (its own database, and those the tests make).
      printf 'local all all peer\nhost all mandatdesk 127.0.0.1/32 scram-sha-256\n' | as_owner tee "$data/pg_hba.conf" >/dev/null
      cat >>"$data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$data'
max_connections = 200
shared_buffers = 128MB
fsync = on
log_destination = 'stderr'
logging_collector = off
EOF
      fresh=1
    fi
    port=$(cat "$dir/port")
    as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 start >/dev/null || {
      tail -20 "$data/server.log" >&2
      exit 1
    }
    if [ "${fresh:-0}" = 1 ]; then
      password=$(cat "$dir/password")
      as_owner "$bin/psql" -h "$data" -p "$port" -d postgres -v ON_ERROR_STOP=1 -q \
        -c "CREATE ROLE mandatdesk LOGIN CREATEDB PASSWORD '$password'" \
        -c "CREATE DATABASE mandatdesk OWNER mandatdesk" >/dev/null
    fi
    url
    ;;
  url)
    url
    ;;
  stop)
    if [ -f "$data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
    fi
    ;;
  *)
    echo "usage: scripts/portal-db.sh start|url|stop DIR [--port N]" >&2
    exit 2
    ;;
esac
