#!/usr/bin/env bash
# First run: virtual environment, dependencies, database, demo content, development server.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/venv.sh

export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-cms.settings.dev}
.venv/bin/python manage.py compile_catalogs
.venv/bin/python manage.py migrate --noinput
.venv/bin/python manage.py load_demo --admin
echo "Serving on http://127.0.0.1:8000/ (admin: http://127.0.0.1:8000/admin/, user admin)"
exec .venv/bin/python manage.py runserver 127.0.0.1:8000
