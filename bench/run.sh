#!/usr/bin/env bash
# Runs the benchmarks against a throw-away PostgreSQL cluster (removed afterwards).
#   bench/run.sh [--people 500000] [--queries 40]
#   bench/run.sh reconciliation [--rows 50000] [--people 150000]   (in memory, no database)
#   bench/run.sh import [--rows 50000]                              (the import's reader in memory, then its commit into PostgreSQL)
#   bench/run.sh dashboard [--people 300000] [--runs 10]            (province dashboard vs naive in-memory counting)
#   bench/run.sh http [--scale 1.0] [--clients 1,8,64] [--seconds 30] [--soak 60] [--seed 2026] [--jobs false]
#                     (the national data set, the real app over HTTP on loopback; see bench/HoaNhap.Bench/National)
# HOANHAP_BENCH_POSTGRES set: use that server instead of a throw-away cluster (a database is created and dropped);
# HOANHAP_BENCH_KEEP=1 keeps the generated database.
set -euo pipefail
ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
if [[ ${1:-} == reconciliation ]]; then
  exec dotnet run -c Release --project "$ROOT/bench/HoaNhap.Bench" -- "$@"
fi
if [[ -z ${HOANHAP_BENCH_POSTGRES:-} ]]; then
  DIR=$(mktemp -d /tmp/hoanhap-bench-pg.XXXXXX)
  rmdir "$DIR"
  trap '"$ROOT/scripts/pg-cluster.sh" stop "$DIR" >/dev/null 2>&1 || true' EXIT
  export HOANHAP_BENCH_POSTGRES=$("$ROOT/scripts/pg-cluster.sh" start "$DIR")
fi
if [[ ${1:-} == http ]]; then
  # The app runs from its own build output (Production, its content root).
  dotnet build -c Release -nologo -v q "$ROOT/src/HoaNhap.Web" >&2
  dotnet run -c Release --project "$ROOT/bench/HoaNhap.Bench" -- "$@" --root "$ROOT"
else
  dotnet run -c Release --project "$ROOT/bench/HoaNhap.Bench" -- "$@"
fi
