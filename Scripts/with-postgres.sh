#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server on loopback, and POSTGRES_URL pointing at it.
#
#   Scripts/with-postgres.sh swift test --traits Postgres
#
# Needs Debian's postgresql package (installed here if missing, when run as root). The server
# lives in a temporary directory and is stopped, and the directory removed, when the command ends.
set -euo pipefail

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    else
        echo "with-postgres: install Debian's postgresql package first" >&2
        exit 1
    fi
fi

PORT=${POSTGRES_PORT:-55432}
DIR=$(mktemp -d /tmp/custodian-pg.XXXXXX)
as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" = 0 ] && chown postgres "$DIR"
cleanup() {
    as_postgres "$PG_BIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
}
trap cleanup EXIT

as_postgres "$PG_BIN/initdb" -D "$DIR/data" -A trust -U custodian >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$DIR/data" -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=200" \
    -l "$DIR/log" -w start >/dev/null
echo "with-postgres: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT" >&2

export POSTGRES_URL="postgres://custodian@127.0.0.1:$PORT/postgres"
"$@"
