#!/usr/bin/env bash
# Runs the benchmarks against a throw-away PostgreSQL cluster (removed afterwards).
#   bench/run.sh [--people 500000] [--queries 40]
#   bench/run.sh reconciliation [--rows 50000] [--people 150000]   (in memory, no database)
#   bench/run.sh dashboard [--people 300000] [--runs 10]            (province dashboard vs naive in-memory counting)
set -euo pipefail
ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
if [[ ${1:-} == reconciliation ]]; then
  exec dotnet run -c Release --project "$ROOT/bench/HoaNhap.Bench" -- "$@"
fi
DIR=$(mktemp -d /tmp/hoanhap-bench-pg.XXXXXX)
rmdir "$DIR"
trap '"$ROOT/scripts/pg-cluster.sh" stop "$DIR" >/dev/null 2>&1 || true' EXIT
export HOANHAP_BENCH_POSTGRES=$("$ROOT/scripts/pg-cluster.sh" start "$DIR")
dotnet run -c Release --project "$ROOT/bench/HoaNhap.Bench" -- "$@"
