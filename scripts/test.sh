#!/usr/bin/env bash
# All the checks: ruff, then the whole pytest suite (SQLite unless DATABASE_URL says otherwise).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null || PYTHON=python3
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -r requirements.txt

.venv/bin/ruff check .
.venv/bin/python manage.py compile_catalogs
.venv/bin/python -m pytest "$@"
