#!/usr/bin/env bash
# Throw-away PostgreSQL cluster for tests.
#
#   scripts/pg-cluster.sh start DIR   # prints the Npgsql connection string on stdout
#   scripts/pg-cluster.sh stop DIR    # stops the server and removes DIR
#   scripts/pg-cluster.sh status DIR  # exit 0 when the server in DIR is accepting connections
#   scripts/pg-cluster.sh start-replica DIR PRIMARY-DIR
#                                     # a hot standby of the cluster in PRIMARY-DIR (pg_basebackup -R,
#                                     # streaming replication); prints its connection string
#   scripts/pg-cluster.sh start-pgbouncer DIR SERVER-PORT
#                                     # PgBouncer (Debian's /usr/sbin/pgbouncer) in transaction pooling
#                                     # mode in front of 127.0.0.1:SERVER-PORT; prints its connection string
#
# `stop DIR` stops whichever of the three runs in DIR. A primary started with `start` accepts
# replication connections from 127.0.0.1 (initdb's trust rules) and keeps 64 MB of WAL for standbys.
#
# Uses Debian's versioned binaries (/usr/lib/postgresql/<ver>/bin, the highest
# version wins; PG_BINDIR overrides). As root the server runs as the `postgres`
# OS user; as any other user it runs as that user. The cluster listens on
# 127.0.0.1 on a free port (and on a Unix socket in DIR), with trust auth for
# the `postgres` superuser and durability settings off (fsync=off): it is for
# tests only. Everything except the connection string goes to stderr.
# Besides the connection string, DIR/port and DIR/connection-string are written.
set -euo pipefail

PROG=${0##*/}
MARKER=.hoanhap-pg-cluster

log() { printf '%s: %s\n' "$PROG" "$*" >&2; }
die() { log "error: $*"; exit 1; }

usage() {
  cat >&2 <<EOF
usage: $PROG start DIR   start a throw-away cluster in DIR, print its connection string
       $PROG stop DIR    stop the cluster in DIR and remove DIR
       $PROG status DIR  exit 0 if the cluster in DIR accepts connections
       $PROG start-replica DIR PRIMARY-DIR    start a hot standby of PRIMARY-DIR in DIR
       $PROG start-pgbouncer DIR SERVER-PORT  start PgBouncer (transaction pooling) in DIR
EOF
  exit 2
}

[[ $# -ge 2 ]] || usage
cmd=$1
[[ -n $2 ]] || usage
case $cmd in
  start-replica|start-pgbouncer) [[ $# -eq 3 && -n $3 ]] || usage ;;
  *) [[ $# -eq 2 ]] || usage ;;
esac
DIR=$(realpath -m -- "$2")
[[ $DIR != / ]] || die "refusing to use / as the cluster directory"

find_bindir() {
  if [[ -n ${PG_BINDIR:-} ]]; then
    [[ -x $PG_BINDIR/initdb && -x $PG_BINDIR/pg_ctl ]] || die "PG_BINDIR=$PG_BINDIR has no initdb/pg_ctl"
    printf '%s\n' "$PG_BINDIR"
    return
  fi
  local best="" bestver=-1 d v
  for d in /usr/lib/postgresql/*/bin; do
    [[ -x $d/initdb && -x $d/pg_ctl && -x $d/postgres ]] || continue
    v=${d#/usr/lib/postgresql/}
    v=${v%/bin}
    v=${v%%.*}
    [[ $v =~ ^[0-9]+$ ]] || continue
    if (( v > bestver )); then best=$d; bestver=$v; fi
  done
  [[ -n $best ]] || die "no PostgreSQL server binaries found under /usr/lib/postgresql/*/bin (apt-get install postgresql)"
  printf '%s\n' "$best"
}

# Run a command as the cluster's owner, from a directory it can read.
if [[ $EUID -eq 0 ]]; then
  id -u postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' OS user"
  OWNER=postgres
  as_owner() { (cd / && runuser -u postgres -- "$@"); }
else
  OWNER=$(id -un)
  as_owner() { (cd / && "$@"); }
fi

free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 - <<'EOF' && return 0
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
EOF
  fi
  # Fallback: probe random high ports until nothing answers on one.
  local p i
  for i in $(seq 1 200); do
    p=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      printf '%s\n' "$p"
      return 0
    fi
  done
  return 1
}

pick_locale() {
  if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then
    printf 'C.UTF-8\n'
  else
    printf 'C\n'
  fi
}

server_running() {
  [[ -f $DIR/data/postmaster.pid ]] || return 1
  as_owner "$BINDIR/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1
}

do_stop() {
  # Stop the server if one is running in DIR, then remove DIR (only if it is ours).
  if [[ ! -e $DIR ]]; then
    return 0
  fi
  if [[ -f $DIR/pgbouncer.pid ]]; then
    local bpid
    bpid=$(cat "$DIR/pgbouncer.pid" 2>/dev/null || true)
    if [[ $bpid =~ ^[0-9]+$ ]] && kill -0 "$bpid" 2>/dev/null; then
      kill -INT "$bpid" 2>/dev/null || true
      for _ in $(seq 1 20); do kill -0 "$bpid" 2>/dev/null || break; sleep 0.25; done
      kill -KILL "$bpid" 2>/dev/null || true
    fi
  fi
  if [[ -d $DIR/data ]] && [[ -f $DIR/data/postmaster.pid ]]; then
    if ! as_owner "$BINDIR/pg_ctl" -D "$DIR/data" stop -m fast -w -t 30 >&2 2>/dev/null; then
      as_owner "$BINDIR/pg_ctl" -D "$DIR/data" stop -m immediate -w -t 30 >&2 2>/dev/null || true
    fi
    # Last resort: kill the postmaster recorded in the pid file.
    if [[ -f $DIR/data/postmaster.pid ]]; then
      local pid
      pid=$(head -n1 "$DIR/data/postmaster.pid" 2>/dev/null || true)
      if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
        kill -QUIT "$pid" 2>/dev/null || true
        sleep 1
        kill -KILL "$pid" 2>/dev/null || true
      fi
    fi
  fi
  if [[ -f $DIR/$MARKER ]] || [[ -z $(ls -A -- "$DIR" 2>/dev/null) ]]; then
    rm -rf -- "$DIR"
  else
    die "$DIR exists but was not made by $PROG; not removing it"
  fi
}

do_start() {
  # MODE: primary (initdb), replica (pg_basebackup of SOURCE, a cluster directory) or
  # pgbouncer (in front of 127.0.0.1:SOURCE, a port).
  local MODE=${1:-primary} SOURCE=${2:-}
  # A leftover cluster from an earlier run in the same DIR is replaced.
  if [[ -e $DIR ]]; then
    if [[ -f $DIR/$MARKER ]]; then
      log "replacing the earlier cluster in $DIR"
      do_stop
    elif [[ -n $(ls -A -- "$DIR" 2>/dev/null) ]]; then
      die "$DIR exists and is not empty"
    fi
  fi

  local started=0
  cleanup_start() {
    local rc=$?
    if [[ $started -eq 0 ]]; then
      if [[ -f $DIR/log ]]; then
        log "server log ($DIR/log):"
        tail -n 30 "$DIR/log" >&2 || true
      fi
      do_stop 2>/dev/null || true
    fi
    return $rc
  }
  trap cleanup_start EXIT
  trap 'exit 130' INT TERM

  mkdir -p -- "$DIR"
  touch "$DIR/$MARKER"
  chown "$OWNER" "$DIR"
  chmod 0700 "$DIR"
  # The owner must be able to reach DIR through its parents.
  as_owner test -w "$DIR" || die "user $OWNER cannot write to $DIR (check the permissions of its parent directories)"

  if [[ $MODE == pgbouncer ]]; then
    start_pgbouncer "$SOURCE"
    started=1
    trap - EXIT INT TERM
    return 0
  fi

  local loc
  loc=$(pick_locale)
  if [[ $MODE == replica ]]; then
    local pport
    pport=$(cat "$SOURCE/port" 2>/dev/null || true)
    [[ $pport =~ ^[0-9]+$ ]] || die "$SOURCE is not a cluster started with '$PROG start' (no port file)"
    # -R writes standby.signal and primary_conninfo; -X stream copies the WAL written meanwhile.
    as_owner "$BINDIR/pg_basebackup" -h 127.0.0.1 -p "$pport" -U postgres -D "$DIR/data" -R -X stream -c fast \
      >"$DIR/basebackup.log" 2>&1 || { cat "$DIR/basebackup.log" >&2; die "pg_basebackup from 127.0.0.1:$pport failed"; }
  elif ! as_owner "$BINDIR/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale="$loc" \
      >"$DIR/initdb.log" 2>&1; then
    if [[ $loc != C ]]; then
      log "initdb with --locale=$loc failed; retrying with --locale=C"
      rm -rf -- "$DIR/data"
      as_owner "$BINDIR/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C \
        >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; die "initdb failed"; }
    else
      cat "$DIR/initdb.log" >&2
      die "initdb failed"
    fi
  fi

  local port="" attempt opts
  for attempt in 1 2 3 4 5; do
    port=$(free_port) || die "could not find a free TCP port"
    opts="-h 127.0.0.1 -p $port -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c wal_keep_size=64MB"
    if as_owner "$BINDIR/pg_ctl" -D "$DIR/data" -l "$DIR/log" -o "$opts" -w -t 60 start >/dev/null 2>&1; then
      break
    fi
    log "start on port $port failed (attempt $attempt)"
    tail -n 5 "$DIR/log" >&2 2>/dev/null || true
    as_owner "$BINDIR/pg_ctl" -D "$DIR/data" stop -m immediate >/dev/null 2>&1 || true
    port=""
  done
  [[ -n $port ]] || die "could not start PostgreSQL"

  # Wait until it really accepts connections over TCP.
  local ready=0 i
  for i in $(seq 1 60); do
    if [[ -x $BINDIR/pg_isready ]]; then
      if "$BINDIR/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres; then ready=1; break; fi
    elif as_owner "$BINDIR/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
      ready=1; break
    fi
    sleep 0.5
  done
  [[ $ready -eq 1 ]] || die "PostgreSQL did not become ready on 127.0.0.1:$port"

  local conn="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  printf '%s\n' "$port" >"$DIR/port"
  printf '%s\n' "$conn" >"$DIR/connection-string"
  started=1
  trap - EXIT INT TERM
  if [[ $MODE == replica ]]; then
    # Hot standby: wait until it has caught up enough to accept read-only connections (done above) and streams.
    local streaming=0
    for i in $(seq 1 60); do
      if [[ $(as_owner "$BINDIR/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc \
          "select count(*) from pg_stat_wal_receiver where status = 'streaming'" 2>/dev/null) == 1 ]]; then
        streaming=1; break
      fi
      sleep 0.5
    done
    [[ $streaming -eq 1 ]] || log "warning: the standby on 127.0.0.1:$port is not streaming yet"
    log "PostgreSQL hot standby of $SOURCE running in $DIR on 127.0.0.1:$port"
  else
    log "PostgreSQL $(basename "$(dirname "$BINDIR")") running in $DIR on 127.0.0.1:$port"
  fi
  printf '%s\n' "$conn"
}

find_pgbouncer() {
  local b
  for b in "${PGBOUNCER:-}" /usr/sbin/pgbouncer "$(command -v pgbouncer 2>/dev/null || true)"; do
    [[ -n $b && -x $b ]] && { printf '%s\n' "$b"; return 0; }
  done
  die "no pgbouncer found (apt-get install pgbouncer)"
}

# PgBouncer in transaction pooling mode on a free loopback port, every database forwarded to the
# server on 127.0.0.1:$1, trust authentication for `postgres` (tests only).
start_pgbouncer() {
  local server_port=$1 bin port="" attempt
  [[ $server_port =~ ^[0-9]+$ ]] || die "SERVER-PORT must be a port number"
  bin=$(find_pgbouncer)
  printf '"postgres" ""\n' >"$DIR/userlist.txt"
  for attempt in 1 2 3 4 5; do
    port=$(free_port) || die "could not find a free TCP port"
    cat >"$DIR/pgbouncer.ini" <<INI
[databases]
* = host=127.0.0.1 port=$server_port

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $port
unix_socket_dir =
auth_type = trust
auth_file = $DIR/userlist.txt
pool_mode = transaction
max_client_conn = 500
default_pool_size = 40
max_db_connections = 80
server_reset_query =
ignore_startup_parameters = extra_float_digits,search_path,options
logfile = $DIR/log
pidfile = $DIR/pgbouncer.pid
INI
    chown "$OWNER" "$DIR"/pgbouncer.ini "$DIR"/userlist.txt
    if as_owner "$bin" -d -q "$DIR/pgbouncer.ini" >>"$DIR/start.log" 2>&1; then
      local i
      for i in $(seq 1 40); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
          local conn="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
          printf '%s\n' "$port" >"$DIR/port"
          printf '%s\n' "$conn" >"$DIR/connection-string"
          log "PgBouncer (transaction pooling) running in $DIR on 127.0.0.1:$port, server 127.0.0.1:$server_port"
          printf '%s\n' "$conn"
          return 0
        fi
        sleep 0.25
      done
    fi
    log "pgbouncer on port $port failed (attempt $attempt)"
    tail -n 5 "$DIR/log" >&2 2>/dev/null || true
    [[ -f $DIR/pgbouncer.pid ]] && kill "$(cat "$DIR/pgbouncer.pid")" 2>/dev/null || true
  done
  die "could not start pgbouncer"
}

BINDIR=$(find_bindir)

case $cmd in
  start) do_start primary ;;
  start-replica) do_start replica "$(realpath -m -- "$3")" ;;
  start-pgbouncer) do_start pgbouncer "$3" ;;
  stop) do_stop ;;
  status)
    if [[ -f $DIR/pgbouncer.pid ]]; then
      kill -0 "$(cat "$DIR/pgbouncer.pid")" 2>/dev/null || exit 1
      port=$(cat "$DIR/port" 2>/dev/null || true)
      (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; exit $?
    fi
    server_running || exit 1
    port=$(cat "$DIR/port" 2>/dev/null || true)
    [[ -n $port ]] || exit 1
    "$BINDIR/pg_isready" -q -h 127.0.0.1 -p "$port" ;;
  *) usage ;;
esac
