import os

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# No worker to run in development: background tasks (webhooks included) run inline, after the
# commit. Set TASKS_BACKEND=django_tasks_db.DatabaseBackend and run ``manage.py db_worker`` to try it.
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")}}
