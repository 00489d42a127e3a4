#!/usr/bin/env bash
# Runs the benchmarks against a throw-away PostgreSQL cluster (removed afterwards).
#   bench/run.sh [--people 500000] [--queries 40]
set -euo pipefail
ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
DIR=$(mktemp -d /tmp/hoanhap-bench-pg.XXXXXX)
rmdir "$DIR"
trap '"$ROOT/scripts/pg-cluster.sh" stop "$DIR" >/dev/null 2>&1 || true' EXIT
export HOANHAP_BENCH_POSTGRES=$("$ROOT/scripts/pg-cluster.sh" start "$DIR")
dotnet run -c Release --project "$ROOT/bench/HoaNhap.Bench" -- "$@"
