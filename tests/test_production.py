"""Production settings: ``check --deploy`` passes, static files by whitenoise, media on S3 when asked."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "x7#Kq2!mZ9@vR4$tL8%wN3^pB6&cF1*hJ5(dS0)gY2-eU7+aQ4=iO9",
    "ALLOWED_HOSTS": "cms.example.org",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}


def run(*args, **env):
    environment = {**os.environ, **PRODUCTION_ENV, **env}
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=environment, capture_output=True, text=True,
                          timeout=120)


def test_check_deploy_passes_at_warning_level():
    result = run("manage.py", "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_serves_static_with_whitenoise_and_media_on_s3_when_a_bucket_is_set():
    script = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.STORAGES['default']['BACKEND']); print(s.STORAGES['staticfiles']['BACKEND']); "
        "print('whitenoise.middleware.WhiteNoiseMiddleware' in s.MIDDLEWARE); print(s.CACHES['default']['BACKEND']); "
        "print(s.TASKS['default']['BACKEND'])"
    )
    local = run("-c", script).stdout.split()
    assert local == [
        "django.core.files.storage.FileSystemStorage", "whitenoise.storage.CompressedManifestStaticFilesStorage",
        "True", "cms.redis_cache.FailOpenRedisCache", "django_tasks_db.DatabaseBackend",
    ]
    s3 = run("-c", script, AWS_STORAGE_BUCKET_NAME="physio-media").stdout.split()
    assert s3[0] == "storages.backends.s3.S3Storage"

