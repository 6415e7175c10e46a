#!/usr/bin/env bash
# Run every benchmark module under bench/ (each is a script with its own main).
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
for module in bench/search.py bench/load.py; do
    echo "== $module"
    .venv/bin/python "$module" "$@" || status=1
done
exit $status
