#!/usr/bin/env bash
# A private, throw-away PostgreSQL cluster on loopback for the tests.
#   scripts/postgres.sh start   prints the connection string on stdout
#   scripts/postgres.sh stop
# The cluster lives under a temp folder owned by the postgres user (the server refuses to run as root).
set -euo pipefail

state=${CRAMPBOT_PG_DIR:-/tmp/crampbot-pg}
bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")

as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 - <<'PY' 2>/dev/null || echo 55432
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

case "${1:-}" in
  start)
    "$0" stop >/dev/null 2>&1 || true
    rm -rf "$state"; mkdir -p "$state/data" "$state/sock"
    [[ $(id -u) -eq 0 ]] && chown -R postgres "$state"
    port=$(free_port)
    as_postgres "$bin/initdb" -D "$state/data" -U postgres -A trust --no-sync -E UTF8 >/dev/null
    as_postgres "$bin/pg_ctl" -D "$state/data" -l "$state/data/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $state/sock -c fsync=off -c max_connections=200" start >/dev/null
    echo "$port" > "$state/port"
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50"
    ;;
  stop)
    [[ -d "$state/data" ]] && as_postgres "$bin/pg_ctl" -D "$state/data" stop -m fast >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
