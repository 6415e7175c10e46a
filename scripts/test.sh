#!/usr/bin/env bash
# Full test run (what `make test` and CI run). Works on a fresh Debian 12 machine
# as root: installs what is missing, then runs pytest against a throwaway
# PostgreSQL 15 cluster. Extra arguments are passed to pytest (one run on PostgreSQL).
#
#   scripts/test.sh                 # everything: SQLite, PostgreSQL, benchmark smoke
#   scripts/test.sh tests/test_quality_tools.py -x
#
# A whole run (docs/testing.md, "Time"), three runs side by side:
#   - the whole suite on PostgreSQL (in the foreground);
#   - the tests marked both_backends (search syntax, fuzzing, the demo site) on SQLite,
#     the quick start's backend (output printed when it ends);
#   - the benchmarks on tiny data (bench/run.sh --smoke: each starts its own cluster;
#     budgets not enforced, a failure to run fails the run).
# Both pytest runs use pytest-xdist (one worker per core, a database per worker) and
# pytest-randomly (random order, seed printed), and print their 25 slowest tests and the
# time per phase. Every phase's wall-clock time is printed at the end.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

log() { printf '[test.sh] %s\n' "$*" >&2; }
die() { printf '[test.sh] ERROR: %s\n' "$*" >&2; exit 1; }

PG_BIN=/usr/lib/postgresql/15/bin
CHROMIUM=/usr/bin/chromium
WORKERS=${AGORA_TEST_WORKERS:-$(nproc)}

# Wall-clock time per phase, printed at exit (success or not).
PHASES=()
phase_started=0
phase_name=""
begin() { phase_name=$1; phase_started=$SECONDS; log "== $phase_name"; }
end() { PHASES+=("$(printf '%-44s %4d s' "$phase_name" $((SECONDS - phase_started)))"); }
print_phases() {
    ((${#PHASES[@]})) || return 0
    printf '\n[test.sh] wall-clock time per phase\n' >&2
    printf '[test.sh]   %s\n' "${PHASES[@]}" >&2
    printf '[test.sh]   %-44s %4d s\n' "total" "$SECONDS" >&2
}

# --- Debian packages (only what is missing; one apt-get update) --------------
begin "Debian packages"
missing=()
[[ -x $CHROMIUM ]] || missing+=(chromium)
dpkg-query -W -f='${Status}' libharfbuzz-subset0 2>/dev/null | grep -q 'ok installed' \
    || missing+=(libharfbuzz-subset0)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v msgfmt >/dev/null 2>&1 || missing+=(gettext)
[[ -x $PG_BIN/initdb && -x $PG_BIN/postgres ]] || missing+=(postgresql-15)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
command -v python3.11 >/dev/null 2>&1 || missing+=(python3.11)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)  # the load benchmark's smoke
if [[ ! -x .venv/bin/python ]] && command -v python3.11 >/dev/null 2>&1 \
    && ! python3.11 -c 'import ensurepip, venv' >/dev/null 2>&1; then
    missing+=(python3.11-venv)
fi
if ((${#missing[@]})); then
    [[ $(id -u) -eq 0 ]] || die "missing system packages (${missing[*]}) and not root to install them"
    log "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
fi
end

# --- Python virtualenv --------------------------------------------------------
begin "Python virtualenv (pip)"
if [[ ! -x .venv/bin/python ]]; then
    log "creating .venv with python3.11"
    python3.11 -m venv .venv
fi
STAMP=.venv/.requirements-dev.stamp
if [[ ! -f $STAMP || requirements-dev.txt -nt $STAMP || requirements.txt -nt $STAMP ]]; then
    log "pip install -r requirements-dev.txt"
    .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
    touch "$STAMP"
fi
end

# --- npm packages (axe-core, lighthouse, vnu-jar) -----------------------------
# --ignore-scripts: vnu-jar's postinstall would try to download a Java runtime.
begin "npm packages"
if [[ ! -d node_modules || ! -f node_modules/.package-lock.json \
    || package-lock.json -nt node_modules/.package-lock.json ]]; then
    log "npm ci"
    npm ci --ignore-scripts --no-audit --no-fund --loglevel=error </dev/null
fi
end

# --- gettext catalogs ---------------------------------------------------------
begin "gettext catalogs"
DJANGO_SETTINGS_MODULE=portal.settings.test .venv/bin/python manage.py compilemessages --ignore=.venv --ignore=node_modules >/dev/null
end

# --- throwaway PostgreSQL cluster ---------------------------------------------
begin "PostgreSQL cluster"
PGDIR=$(mktemp -d -t agora-pg.XXXXXX)
BENCH_PID=""
SQLITE_PID=""
cleanup() {
    local rc=$?
    trap - EXIT INT TERM HUP
    local pid
    for pid in $BENCH_PID $SQLITE_PID; do kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true; done
    "$ROOT/scripts/pg_cluster.sh" stop "$PGDIR" || true
    print_phases
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

DATABASE_URL=$("$ROOT/scripts/pg_cluster.sh" start "$PGDIR" | sed -n 's/^DATABASE_URL=//p')
[[ -n $DATABASE_URL ]] || die "PostgreSQL cluster did not report a DATABASE_URL"
log "PostgreSQL at $DATABASE_URL"
end

export DATABASE_URL
export DJANGO_SETTINGS_MODULE=portal.settings.test
export DJANGO_ALLOW_ASYNC_UNSAFE=true
export CHROMIUM_PATH=$CHROMIUM

# --- tests --------------------------------------------------------------------
PYTEST=(.venv/bin/pytest --durations=25)
# One test at a time to each worker (it always holds the one it runs and the next): with xdist's
# default chunks, the first worker got the first eighth of the suite at once, every fuzz target
# (pytest_phases.py puts them first), while the other worker ran the rest and then waited
# (docs/testing.md, "Time"). Each worker still receives its tests in the collection order.
XDIST=(-n "$WORKERS" --maxschedchunk=1)
if [[ $# -gt 0 ]]; then
    begin "pytest $*"
    set +e
    "${PYTEST[@]}" "$@" </dev/null
    rc=$?
    set -e
    end
    [[ $rc -ne 5 ]] || { log "pytest collected no tests (exit 5): treating as a failure"; rc=1; }
    exit "$rc"
fi

# Three runs side by side, each in its own process group and log where it would interleave:
# the tests marked both_backends on SQLite, the benchmarks' smoke (timings not judged), and
# the whole suite on PostgreSQL in the foreground. The database tests come first in each
# pytest run, the browser and Lighthouse tests last (pytest-django's order), so the SQLite
# run (about 7 minutes alone) mostly shares the cores with database tests rather than with
# Lighthouse's timings.
SQLITE_LOG=$PGDIR/sqlite.log
BENCH_LOG=$PGDIR/bench-smoke.log
beside() {  # log file, command...: run in the background, own process group, time kept in <log>.seconds
    local output=$1
    shift
    set -m
    ( set +e; started=$SECONDS; "$@" >"$output" 2>&1 </dev/null; code=$?; echo $((SECONDS - started)) >"$output.seconds"; exit $code ) &
    set +m
}
beside "$SQLITE_LOG" env DATABASE_URL="sqlite:///$PGDIR/agora-test.sqlite3" "${PYTEST[@]}" "${XDIST[@]}" -m both_backends
SQLITE_PID=$!
beside "$BENCH_LOG" bench/run.sh --smoke
BENCH_PID=$!
log "SQLite run (pid $SQLITE_PID) and benchmark smoke (pid $BENCH_PID) started beside PostgreSQL"

begin "PostgreSQL: the whole suite (SQLite and benchmarks beside it)"
set +e
"${PYTEST[@]}" "${XDIST[@]}" </dev/null
rc=$?
set -e
end

side_done() {  # name, pid, log, variable for the exit code
    local name=$1 pid=$2 output=$3 code
    set +e
    wait "$pid"
    code=$?
    set -e
    log "== $name (its output)"
    cat "$output"
    PHASES+=("$(printf '%-44s %4s s' "  $name, beside" "$(cat "$output.seconds" 2>/dev/null || echo '?')")")
    printf -v "$4" '%d' "$code"
}
side_done "SQLite: search syntax, fuzzing, demo site" "$SQLITE_PID" "$SQLITE_LOG" sqlite_rc
SQLITE_PID=""
side_done "benchmark smoke" "$BENCH_PID" "$BENCH_LOG" bench_rc
BENCH_PID=""

if [[ $rc -eq 5 ]]; then
    log "pytest collected no tests (exit 5): treating as a failure"
    rc=1
fi
if [[ $sqlite_rc -ne 0 ]]; then
    log "the tests on SQLite failed (see their output above)"
    [[ $rc -ne 0 ]] || rc=$sqlite_rc
fi
if [[ $bench_rc -ne 0 ]]; then
    log "a benchmark could not run (see its smoke output above)"
    [[ $rc -ne 0 ]] || rc=$bench_rc
fi
exit "$rc"
