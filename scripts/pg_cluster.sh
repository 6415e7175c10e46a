#!/usr/bin/env bash
# Throwaway PostgreSQL 15 cluster for tests.
#
#   scripts/pg_cluster.sh start DIR   # prints DATABASE_URL=postgres://postgres@127.0.0.1:PORT/agora
#   scripts/pg_cluster.sh stop DIR    # fast shutdown, removes DIR
#
# DIR is a state directory owned by the caller (e.g. from mktemp -d). The data
# directory itself lives in DIR/pgdata, owned by the `postgres` user (initdb
# refuses to run as root). The server listens on 127.0.0.1 only, on a free port
# chosen at start time, with its unix socket inside DIR and fsync off.
# Files written into DIR: port, database_url, env (DATABASE_URL=...), server.log.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_USER=postgres
DB_NAME=agora
START_TIMEOUT=${PG_START_TIMEOUT:-20}

die() { echo "pg_cluster: $*" >&2; exit 1; }

as_pg() { runuser -u "$PG_USER" -- "$@"; }

ensure_binaries() {
    if [[ -x "$PG_BIN/initdb" && -x "$PG_BIN/pg_ctl" && -x "$PG_BIN/postgres" ]]; then
        return
    fi
    [[ $(id -u) -eq 0 ]] || die "PostgreSQL 15 binaries missing in $PG_BIN and not root to install them"
    echo "pg_cluster: installing postgresql-15" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql-15 >&2
    [[ -x "$PG_BIN/initdb" ]] || die "postgresql-15 installed but $PG_BIN/initdb is still missing"
}

free_port() {
    python3 - <<'EOF'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
EOF
}

cmd_start() {
    local dir=$1
    [[ $(id -u) -eq 0 ]] || die "must run as root (server tools run as '$PG_USER' via runuser)"
    ensure_binaries
    id "$PG_USER" >/dev/null 2>&1 || die "user '$PG_USER' does not exist"

    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [[ ! -e "$dir/pgdata" ]] || die "$dir/pgdata already exists (cluster already started?)"
    # The postgres user must be able to reach DIR (mktemp -d makes it 0700).
    chown "$PG_USER": "$dir"
    chmod 0700 "$dir"

    as_pg "$PG_BIN/initdb" -D "$dir/pgdata" -U "$PG_USER" --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; die "initdb failed"; }

    local port attempt
    for attempt in 1 2 3 4 5; do
        port=$(free_port)
        # -w waits until the server accepts connections; -t bounds the wait.
        if as_pg "$PG_BIN/pg_ctl" -D "$dir/pgdata" -l "$dir/server.log" -w -t "$START_TIMEOUT" \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off \
                -c synchronous_commit=off -c full_page_writes=off \
                -c max_connections=100 -c shared_buffers=128MB" \
            start >"$dir/pg_ctl.log" 2>&1; then
            break
        fi
        # Port taken between probing and binding by someone else: retry on another.
        if grep -q "could not bind\|Address already in use" "$dir/server.log" 2>/dev/null \
            && [[ $attempt -lt 5 ]]; then
            as_pg "$PG_BIN/pg_ctl" -D "$dir/pgdata" -m immediate stop >/dev/null 2>&1 || true
            continue
        fi
        cat "$dir/pg_ctl.log" "$dir/server.log" >&2 2>/dev/null || true
        as_pg "$PG_BIN/pg_ctl" -D "$dir/pgdata" -m immediate stop >/dev/null 2>&1 || true
        die "server did not start within ${START_TIMEOUT}s (log above)"
    done

    as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U "$PG_USER" "$DB_NAME" \
        || die "createdb $DB_NAME failed"

    local url="postgres://$PG_USER@127.0.0.1:$port/$DB_NAME"
    echo "$port" >"$dir/port"
    echo "$url" >"$dir/database_url"
    echo "DATABASE_URL=$url" >"$dir/env"
    echo "DATABASE_URL=$url"
}

cmd_stop() {
    local dir=$1
    [[ -d "$dir" ]] || { echo "pg_cluster: $dir does not exist, nothing to stop" >&2; return 0; }
    if [[ -f "$dir/pgdata/postmaster.pid" ]]; then
        as_pg "$PG_BIN/pg_ctl" -D "$dir/pgdata" -m fast -w -t 20 stop >/dev/null 2>&1 \
            || as_pg "$PG_BIN/pg_ctl" -D "$dir/pgdata" -m immediate -w -t 10 stop >/dev/null 2>&1 \
            || echo "pg_cluster: could not stop server in $dir" >&2
    fi
    rm -rf -- "$dir"
}

case "${1:-}" in
    start) [[ $# -eq 2 ]] || die "usage: $0 start DIR"; cmd_start "$2" ;;
    stop) [[ $# -eq 2 ]] || die "usage: $0 stop DIR"; cmd_stop "$2" ;;
    *) die "usage: $0 start|stop DIR" ;;
esac
