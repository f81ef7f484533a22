import os

from .base import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
LOGGING = {"version": 1, "disable_existing_loggers": False}
# Tasks run inline (a worker process started by a test sets TASKS_BACKEND); webhook retries
# don't wait. The response cache is off except where a test turns it on
# (tests/api/test_response_cache.py), so other tests see every write at once.
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")}}
WEBHOOK_RETRY_DELAYS = [0, 0, 0]
API_RESPONSE_CACHE = ""
# Live-server threads each open a connection; close it when their request ends.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
