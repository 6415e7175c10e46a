#!/usr/bin/env bash
# Full test run (what `make test` and CI run). Works on a fresh Debian 12 machine
# as root: installs what is missing, then runs pytest against a throwaway
# PostgreSQL 15 cluster. Extra arguments are passed to pytest.
#
#   scripts/test.sh                 # everything
#   scripts/test.sh tests/test_quality_tools.py -x
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

log() { printf '[test.sh] %s\n' "$*" >&2; }
die() { printf '[test.sh] ERROR: %s\n' "$*" >&2; exit 1; }

PG_BIN=/usr/lib/postgresql/15/bin
CHROMIUM=/usr/bin/chromium

# --- Debian packages (only what is missing; one apt-get update) --------------
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

# --- Python virtualenv --------------------------------------------------------
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

# --- npm packages (axe-core, lighthouse, vnu-jar) -----------------------------
# --ignore-scripts: vnu-jar's postinstall would try to download a Java runtime.
if [[ ! -d node_modules || ! -f node_modules/.package-lock.json \
    || package-lock.json -nt node_modules/.package-lock.json ]]; then
    log "npm ci"
    npm ci --ignore-scripts --no-audit --no-fund --loglevel=error </dev/null
fi

# --- gettext catalogs ---------------------------------------------------------
DJANGO_SETTINGS_MODULE=portal.settings.test .venv/bin/python manage.py compilemessages --ignore=.venv --ignore=node_modules >/dev/null

# --- throwaway PostgreSQL cluster ---------------------------------------------
PGDIR=$(mktemp -d -t agora-pg.XXXXXX)
cleanup() {
    local rc=$?
    trap - EXIT INT TERM HUP
    "$ROOT/scripts/pg_cluster.sh" stop "$PGDIR" || true
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

DATABASE_URL=$("$ROOT/scripts/pg_cluster.sh" start "$PGDIR" | sed -n 's/^DATABASE_URL=//p')
[[ -n $DATABASE_URL ]] || die "PostgreSQL cluster did not report a DATABASE_URL"
log "PostgreSQL at $DATABASE_URL"

export DATABASE_URL
export DJANGO_SETTINGS_MODULE=portal.settings.test
export DJANGO_ALLOW_ASYNC_UNSAFE=true
export CHROMIUM_PATH=$CHROMIUM

# --- tests --------------------------------------------------------------------
# The quick start's backend is a real backend: on a whole run, the demo site in eight
# languages (translations, crawl, relevance set, search syntax) runs on SQLite first,
# then everything on PostgreSQL (whose summary stays the last line).
sqlite_rc=0
if [[ $# -eq 0 ]]; then
    log "the demo site on SQLite"
    set +e
    DATABASE_URL="sqlite:///$PGDIR/agora-test.sqlite3" .venv/bin/pytest tests/test_demo_site.py </dev/null
    sqlite_rc=$?
    set -e
    log "the whole suite on PostgreSQL"
fi
set +e
.venv/bin/pytest "$@" </dev/null
rc=$?
set -e
if [[ $rc -eq 5 ]]; then
    log "pytest collected no tests (exit 5): treating as a failure"
    rc=1
fi
if [[ $rc -eq 0 && $sqlite_rc -ne 0 ]]; then
    log "the demo site failed on SQLite (see above)"
    rc=$sqlite_rc
fi
exit "$rc"
