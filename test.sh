#!/usr/bin/env bash
# The one test command.
#
#   ./test.sh [--strict] [-- EXTRA-DOTNET-TEST-ARGS...]
#
# Builds HoaNhap.slnx once, starts a throw-away PostgreSQL cluster (when the
# server binaries are installed and HOANHAP_TEST_POSTGRES is not already set),
# runs every test project with `dotnet test --no-build`, and prints, as the
# last line, `N passed, N failed, N skipped` (counted from the .trx files).
#
# --strict   (CI) PostgreSQL and Chromium must be present; sets
#            HOANHAP_REQUIRE_POSTGRES=1 and HOANHAP_REQUIRE_BROWSER=1; fails
#            unless at least one PostgreSQL test and one browser test passed
#            and no test was skipped.
# After `--`, arguments go to `dotnet test` as they are (e.g. -- --filter Name~Postgres).
#
# Environment (all optional):
#   HOANHAP_TEST_POSTGRES   use this server instead of starting one
#   HOANHAP_TEST_SMTP       host:port of an SMTP server whose mail lands in
#                           HOANHAP_TEST_SMTP_DIR (a Maildir) instead of starting
#                           one (Debian's python3-aiosmtpd on loopback)
#   HOANHAP_CHROMIUM        Chromium binary (default: command -v chromium)
#   HOANHAP_ARTIFACTS       artefact directory (default: <repo>/artifacts);
#                           .trx files go to $HOANHAP_ARTIFACTS/test-results
#   HOANHAP_CONFIGURATION   Release (default) or Debug
#   HOANHAP_HANG_TIMEOUT    per-test-host hang timeout for dotnet test (default 20m)
set -euo pipefail

ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
cd -- "$ROOT"

usage() { sed -n '2,23p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

STRICT=0
EXTRA=()
while (($#)); do
  case $1 in
    --strict) STRICT=1 ;;
    -h|--help) usage; exit 0 ;;
    --) shift; EXTRA=("$@"); break ;;
    *) echo "test.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

CONFIG=${HOANHAP_CONFIGURATION:-Release}
HANG_TIMEOUT=${HOANHAP_HANG_TIMEOUT:-20m}
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export HOANHAP_ARTIFACTS=${HOANHAP_ARTIFACTS:-$ROOT/artifacts}
RESULTS=$HOANHAP_ARTIFACTS/test-results

PASSED=0 FAILED=0 SKIPPED=0
PG_DIR=""
SMTP_DIR="" SMTP_PID=""

say() { printf 'test.sh: %s\n' "$*"; }

cleanup() {
  if [[ -n $SMTP_PID ]]; then
    kill "$SMTP_PID" >/dev/null 2>&1 || true
    SMTP_PID=""
  fi
  if [[ -n $SMTP_DIR ]]; then
    rm -rf -- "$SMTP_DIR"
    SMTP_DIR=""
  fi
  if [[ -n $PG_DIR ]]; then
    "$ROOT/scripts/pg-cluster.sh" stop "$PG_DIR" >/dev/null 2>&1 || true
    PG_DIR=""
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

# Stop the cluster, print the totals line last, and exit.
finish() {
  local rc=$1
  cleanup
  printf '%s passed, %s failed, %s skipped\n' "$PASSED" "$FAILED" "$SKIPPED"
  exit "$rc"
}

pg_binaries_present() { compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; }

find_chromium() {
  if [[ -n ${HOANHAP_CHROMIUM:-} ]]; then
    [[ -x $HOANHAP_CHROMIUM ]] && { printf '%s\n' "$HOANHAP_CHROMIUM"; return 0; }
    say "HOANHAP_CHROMIUM=$HOANHAP_CHROMIUM is not an executable file" >&2
    return 1
  fi
  command -v chromium || command -v chromium-browser
}

# ---------------------------------------------------------------- preflight
CHROMIUM=$(find_chromium || true)
if [[ $STRICT -eq 1 ]]; then
  export HOANHAP_REQUIRE_POSTGRES=1 HOANHAP_REQUIRE_BROWSER=1
  missing=()
  [[ -n ${HOANHAP_TEST_POSTGRES:-} ]] || pg_binaries_present || missing+=("PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb)")
  [[ -n $CHROMIUM ]] || missing+=("chromium")
  [[ -n ${HOANHAP_TEST_SMTP:-} ]] || /usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || missing+=("python3-aiosmtpd (the loopback SMTP server)")
  if ((${#missing[@]})); then
    for m in "${missing[@]}"; do say "strict: missing $m" >&2; done
    finish 1
  fi
fi

# -------------------------------------------------------------------- build
say "building HoaNhap.slnx ($CONFIG)"
if ! dotnet build HoaNhap.slnx -c "$CONFIG" -nologo; then
  say "build failed" >&2
  finish 1
fi

# --------------------------------------------------------------- PostgreSQL
if [[ -n ${HOANHAP_TEST_POSTGRES:-} ]]; then
  say "using HOANHAP_TEST_POSTGRES from the environment"
elif pg_binaries_present; then
  # /tmp: the postgres user must reach it, and the socket path must stay short.
  PG_DIR=$(mktemp -d /tmp/hoanhap-pg.XXXXXX)
  if conn=$("$ROOT/scripts/pg-cluster.sh" start "$PG_DIR"); then
    export HOANHAP_TEST_POSTGRES=$conn
    say "PostgreSQL: $conn"
  else
    PG_DIR=""
    say "could not start a PostgreSQL cluster" >&2
    [[ $STRICT -eq 0 ]] || finish 1
    say "PostgreSQL tests will skip" >&2
  fi
else
  say "no PostgreSQL server binaries found: PostgreSQL tests will skip (apt-get install postgresql)"
fi

# --------------------------------------------------------------------- SMTP
# A real SMTP server on loopback for the e-mail channel's tests: Debian's aiosmtpd, writing what arrives to a Maildir.
if [[ -n ${HOANHAP_TEST_SMTP:-} ]]; then
  say "using HOANHAP_TEST_SMTP from the environment"
elif /usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1; then
  SMTP_DIR=$(mktemp -d /tmp/hoanhap-smtp.XXXXXX)
  smtp_port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  /usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$smtp_port" -c aiosmtpd.handlers.Mailbox "$SMTP_DIR/maildir" >"$SMTP_DIR/log" 2>&1 &
  SMTP_PID=$!
  for _ in $(seq 50); do
    /usr/bin/python3 -c "import socket; socket.create_connection(('127.0.0.1', $smtp_port), 0.2)" >/dev/null 2>&1 && break
    sleep 0.1
  done
  export HOANHAP_TEST_SMTP=127.0.0.1:$smtp_port HOANHAP_TEST_SMTP_DIR=$SMTP_DIR/maildir
  say "SMTP: $HOANHAP_TEST_SMTP (mail in $HOANHAP_TEST_SMTP_DIR)"
else
  say "no python3-aiosmtpd: the e-mail test will skip (apt-get install python3-aiosmtpd)"
fi

# ------------------------------------------------------------------ browser
if [[ -n $CHROMIUM ]]; then
  export HOANHAP_CHROMIUM=$CHROMIUM
  say "Chromium: $CHROMIUM"
else
  say "no chromium found: browser tests will skip (apt-get install chromium)"
fi

# -------------------------------------------------------------------- tests
rm -rf -- "$RESULTS"
mkdir -p -- "$RESULTS" "$HOANHAP_ARTIFACTS"
say "artefacts: $HOANHAP_ARTIFACTS"
test_rc=0
dotnet test HoaNhap.slnx --no-build -c "$CONFIG" \
  --results-directory "$RESULTS" \
  --logger trx \
  --logger "console;verbosity=normal" \
  --blame-hang-timeout "$HANG_TIMEOUT" --blame-hang-dump-type none \
  "${EXTRA[@]}" || test_rc=$?

# ------------------------------------------------------------- count (.trx)
# Prints key=value lines: passed failed skipped postgres_passed browser_passed
# trx_files; details (failed/skipped test names) go to stderr.
parse_trx_python() {
  python3 - "$RESULTS" <<'PY'
import glob, os, sys
import xml.etree.ElementTree as ET

root = sys.argv[1]
files = sorted(glob.glob(os.path.join(root, "**", "*.trx"), recursive=True))
passed = failed = skipped = pg_passed = br_passed = 0
failed_names, skipped_names = [], []

def local(tag):
    return tag.rsplit("}", 1)[-1]

for path in files:
    try:
        tree = ET.parse(path)
    except ET.ParseError as e:
        print(f"test.sh: cannot parse {path}: {e}", file=sys.stderr)
        failed += 1
        failed_names.append(f"<unreadable {os.path.basename(path)}>")
        continue
    # testId -> (fully-qualified name, assembly path)
    defs = {}
    for el in tree.iter():
        if local(el.tag) != "UnitTest":
            continue
        fq, storage = el.get("name", ""), el.get("storage", "")
        for sub in el:
            if local(sub.tag) == "TestMethod":
                cls, meth = sub.get("className", ""), sub.get("name", "")
                fq = f"{cls}.{meth} {fq}"
                storage = storage or sub.get("codeBase", "")
        defs[el.get("id")] = (fq, storage)
    for el in tree.iter():
        if local(el.tag) != "UnitTestResult":
            continue
        outcome = el.get("outcome", "")
        name = el.get("testName", "")
        fq, storage = defs.get(el.get("testId"), ("", ""))
        if outcome == "Passed":
            passed += 1
            if "Postgres" in name or "Postgres" in fq:
                pg_passed += 1
            if "hoanhap.browser.tests" in storage.lower() or "hoanhap.browser.tests" in path.lower():
                br_passed += 1
        elif outcome in ("Failed", "Error", "Timeout", "Aborted"):
            failed += 1
            failed_names.append(name)
        else:  # NotExecuted, Inconclusive, Pending, ...
            skipped += 1
            msg = ""
            for sub in el.iter():
                if local(sub.tag) == "Message" and sub.text:
                    msg = " ".join(sub.text.split())[:200]
                    break
            skipped_names.append(f"{name}{': ' + msg if msg else ''}")

for label, names in (("failed", failed_names), ("skipped", skipped_names)):
    if names:
        print(f"test.sh: {len(names)} {label}:", file=sys.stderr)
        for n in names[:50]:
            print(f"  {n}", file=sys.stderr)
        if len(names) > 50:
            print(f"  ... and {len(names) - 50} more", file=sys.stderr)

print(f"passed={passed}")
print(f"failed={failed}")
print(f"skipped={skipped}")
print(f"postgres_passed={pg_passed}")
print(f"browser_passed={br_passed}")
print(f"trx_files={len(files)}")
PY
}

# Without python3: one <UnitTestResult .../> start tag per line, as the trx
# logger writes them. A trx file holds one test assembly.
parse_trx_grep() {
  local f p=0 fl=0 s=0 pg=0 br=0 n=0 outcomes c
  while IFS= read -r -d '' f; do
    n=$((n + 1))
    outcomes=$(grep -o '<UnitTestResult [^>]*' "$f" | grep -o ' outcome="[A-Za-z]*"' | sed 's/.*="\(.*\)"/\1/' || true)
    c=$(grep -cx 'Passed' <<<"$outcomes" || true); p=$((p + c))
    c=$(grep -cxE 'Failed|Error|Timeout|Aborted' <<<"$outcomes" || true); fl=$((fl + c))
    c=$(grep -cvxE 'Passed|Failed|Error|Timeout|Aborted|' <<<"$outcomes" || true); s=$((s + c))
    c=$(grep -o '<UnitTestResult [^>]*' "$f" | grep ' outcome="Passed"' | grep -c 'testName="[^"]*Postgres' || true)
    pg=$((pg + c))
    if grep -qi 'storage="[^"]*hoanhap\.browser\.tests' "$f"; then
      c=$(grep -cx 'Passed' <<<"$outcomes" || true); br=$((br + c))
    fi
  done < <(find "$RESULTS" -name '*.trx' -print0)
  printf 'passed=%s\nfailed=%s\nskipped=%s\npostgres_passed=%s\nbrowser_passed=%s\ntrx_files=%s\n' \
    "$p" "$fl" "$s" "$pg" "$br" "$n"
}

if command -v python3 >/dev/null 2>&1 && [[ ${HOANHAP_TRX_PARSER:-} != grep ]]; then
  counts=$(parse_trx_python) || counts=$(parse_trx_grep)
else
  counts=$(parse_trx_grep)
fi
get() { sed -n "s/^$1=//p" <<<"$counts"; }
PASSED=$(get passed) FAILED=$(get failed) SKIPPED=$(get skipped)
PG_PASSED=$(get postgres_passed) BR_PASSED=$(get browser_passed) TRX_FILES=$(get trx_files)
: "${PASSED:=0}" "${FAILED:=0}" "${SKIPPED:=0}" "${PG_PASSED:=0}" "${BR_PASSED:=0}" "${TRX_FILES:=0}"

# ------------------------------------------------------------------ verdict
rc=0
if [[ $TRX_FILES -eq 0 ]]; then
  say "no .trx result files in $RESULTS" >&2
  rc=1
fi
# Each test project writes its own .trx; fewer files than projects means results are missing.
expected_trx=0
while IFS= read -r proj; do
  if [[ -f $proj ]] && grep -q 'Microsoft.NET.Test.Sdk' "$proj"; then
    expected_trx=$((expected_trx + 1))
  fi
done < <(grep -o 'Path="[^"]*\.csproj"' HoaNhap.slnx | sed 's/^Path="//; s/"$//' | tr '\\' '/')
if [[ $TRX_FILES -lt $expected_trx ]]; then
  say "only $TRX_FILES .trx file(s) for $expected_trx test project(s): some results are missing" >&2
  [[ $STRICT -eq 0 ]] || rc=1
fi
if [[ $test_rc -ne 0 ]]; then
  say "dotnet test exited with $test_rc" >&2
  rc=1
fi
if [[ $FAILED -ne 0 ]]; then
  say "$FAILED test(s) failed" >&2
  rc=1
fi
if [[ $STRICT -eq 1 ]]; then
  if [[ $PG_PASSED -eq 0 ]]; then
    say "strict: no passed test has 'Postgres' in its name" >&2
    rc=1
  fi
  if [[ $BR_PASSED -eq 0 ]]; then
    say "strict: no test from HoaNhap.Browser.Tests passed" >&2
    rc=1
  fi
  if [[ $SKIPPED -ne 0 ]]; then
    say "strict: $SKIPPED test(s) skipped" >&2
    rc=1
  fi
fi
say "PostgreSQL tests passed: $PG_PASSED, browser tests passed: $BR_PASSED, trx files: $TRX_FILES"
finish "$rc"
