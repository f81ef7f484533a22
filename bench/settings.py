"""Benchmark-only settings: production settings, plain HTTP on loopback, Wagtail's v2 and v3 APIs mounted.

Never used by the site itself; ``bench/run.py`` runs gunicorn with them.
"""

import os

os.environ.setdefault("SECRET_KEY", "bench-only-not-a-secret-" + "x" * 40)

from cms.settings.production import *  # noqa: E402, F403

ROOT_URLCONF = "bench.urls"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.api.v2", "wagtail.api.v3"]  # noqa: F405
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
WAGTAILAPI_LIMIT_MAX = 100
