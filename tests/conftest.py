import shutil

import pytest
from django.conf import settings


@pytest.fixture(autouse=True, scope="session")
def _clean_test_media():
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture
def home(db):
    from tests.factories import home_page

    return home_page()


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache: no rate-limit counts or cached responses carried over."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
