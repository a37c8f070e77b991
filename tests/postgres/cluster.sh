#!/usr/bin/env bash
# A private PostgreSQL cluster for the tests: initdb in a temporary folder, as an unprivileged user (postgres when run
# as root, otherwise the caller), listening on a Unix socket in that folder only (listen_addresses = ''): nothing on
# this machine's network, nothing beyond it.
#
#   tests/postgres/cluster.sh start DIR   makes and starts the cluster in DIR (replacing what is there) and prints the
#                                         server address, also written to DIR/address, for SL_TEST_POSTGRES:
#                                         postgresql://USER@/postgres?host=DIR
#   tests/postgres/cluster.sh stop DIR    stops it (fast shutdown) and removes DIR
set -euo pipefail

action=${1:-}
dir=${2:-}
if [ -z "$action" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "PostgreSQL's server programs are missing (Debian: apt-get install postgresql)" >&2
    exit 1
fi

user=$(id -un)
run() { "$@"; }
if [ "$(id -u)" = 0 ]; then
    user=postgres
    run() { runuser -u postgres -- "$@"; }
fi

case "$action" in
start)
    # What an interrupted run left behind goes first.
    if [ -d "$dir/data" ]; then
        run "$bindir/pg_ctl" --pgdata="$dir/data" --mode=immediate --wait --silent stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    chown "$user" "$dir" 2>/dev/null || true
    chmod 700 "$dir"
    run "$bindir/initdb" --pgdata="$dir/data" --username="$user" --auth=trust --encoding=UTF8 --no-locale \
        --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    {
        echo "listen_addresses = ''"
        echo "unix_socket_directories = '$dir'"
        echo "fsync = off"
        echo "max_connections = 60"
    } >>"$dir/data/postgresql.conf"
    run "$bindir/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --silent start \
        || { cat "$dir/server.log" >&2; exit 1; }
    # The socket folder must let the tests (perhaps another user) reach the socket.
    chmod 711 "$dir"
    echo "postgresql://$user@/postgres?host=$dir" | tee "$dir/address"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        run "$bindir/pg_ctl" --pgdata="$dir/data" --mode=fast --wait --silent stop || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
