#!/usr/bin/env bash
# Sets up a virtualenv, builds claims.db from the sample corpus and serves it with Datasette.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e .
.venv/bin/kb add --db claims.db corpus/
.venv/bin/kb stats --db claims.db
exec .venv/bin/kb serve --db claims.db "$@"
