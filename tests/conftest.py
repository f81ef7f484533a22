import shutil
import threading

import pytest
from django.conf import settings
from django.core.servers.basehttp import ThreadedWSGIServer

# The live test server is Django's threaded WSGI server, with a thread and a database
# connection per request and a listen backlog of 5. Like a production app server (a fixed pool
# of workers, the rest waiting in a deep backlog), it handles at most 32 requests at once here,
# so 200 simultaneous clients neither get their connections reset nor exhaust PostgreSQL's.
ThreadedWSGIServer.request_queue_size = 1024
_handler_slots = threading.BoundedSemaphore(32)
_process_request_thread = ThreadedWSGIServer.process_request_thread


def _bounded_process_request_thread(self, request, client_address):
    with _handler_slots:
        _process_request_thread(self, request, client_address)


ThreadedWSGIServer.process_request_thread = _bounded_process_request_thread


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
