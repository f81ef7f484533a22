#!/usr/bin/env bash
# All the checks: ruff, then the whole pytest suite (SQLite unless DATABASE_URL says otherwise).
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/venv.sh

.venv/bin/ruff check .
.venv/bin/python manage.py compile_catalogs
.venv/bin/python -m pytest "$@"
