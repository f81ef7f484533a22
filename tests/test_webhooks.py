"""Webhooks: signed payloads, retries with backoff, and never a wait in the editor's request."""

import hashlib
import hmac
import json
import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.db import connection
from django_tasks_db.models import DBTaskResult

from pages import webhooks
from pages.models import WebhookDelivery, WebhookEndpoint
from tests import factories

DB_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


class Receiver:
    """An HTTP server on loopback that records each POST and answers with the next status in ``statuses``."""

    def __init__(self, statuses=(200,), delay=0.0):
        self.requests, self.statuses, self.delay = [], list(statuses), delay
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append((dict(self.headers), body))
                time.sleep(receiver.delay)
                status = receiver.statuses.pop(0) if len(receiver.statuses) > 1 else receiver.statuses[0]
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def endpoint(url, **kwargs):
    return WebhookEndpoint.objects.create(name="Front end", url=url, secret="s3cret", **kwargs)


def verify(headers, body, secret="s3cret"):
    timestamp = headers["X-Webhook-Timestamp"]
    expected = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(headers["X-Webhook-Signature"], f"sha256={expected}")


@pytest.fixture
def section(home):
    return factories.SectionIndexPageFactory(parent=home, title_en="Blog", slug_en="blog", slug_kn="ಬ್ಲಾಗ್")


def test_signature_is_hmac_sha256_of_timestamp_and_body():
    body = b'{"event":"page.published"}'
    expected = hmac.new(b"key", b"1700000000." + body, hashlib.sha256).hexdigest()
    assert webhooks.sign("key", 1700000000, body) == f"sha256={expected}"
    assert webhooks.sign("key", 1700000001, body) != webhooks.sign("key", 1700000000, body)


@pytest.mark.django_db
def test_publish_posts_a_signed_payload_with_paths_in_every_language(section, django_capture_on_commit_callbacks):
    with Receiver() as receiver:
        hook = endpoint(receiver.url)
        with django_capture_on_commit_callbacks(execute=True):
            page = factories.ArticlePageFactory(parent=section, title_en="Dry needling", slug_en="dry-needling",
                                                title_kn="ಡ್ರೈ ನೀಡ್ಲಿಂಗ್", slug_kn="ಡ್ರೈ-ನೀಡ್ಲಿಂಗ್")
    [(headers, body)] = receiver.requests
    assert verify(headers, body)
    assert not verify(headers, body, secret="other")
    assert headers["Content-Type"] == "application/json" and headers["X-Webhook-Event"] == "page.published"
    payload = json.loads(body)
    assert set(payload) == {"event", "page_id", "paths", "occurred_at"}
    assert payload["event"] == "page.published" and payload["page_id"] == page.pk
    assert payload["paths"] == {"en": "/blog/dry-needling/", "kn": "/ಬ್ಲಾಗ್/ಡ್ರೈ-ನೀಡ್ಲಿಂಗ್/",
                                "te": "/blog/dry-needling/", "hi": "/blog/dry-needling/"}
    delivery = WebhookDelivery.objects.get(endpoint=hook)
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("succeeded", 1, 200)
    assert delivery.delivered_at is not None


@pytest.mark.django_db
def test_unpublish_and_delete_are_sent_to_subscribed_endpoints_only(section, django_capture_on_commit_callbacks):
    page = factories.ConditionPageFactory(parent=section, title_en="Gone")
    with Receiver() as everything, Receiver() as deletions:
        endpoint(everything.url)
        endpoint(deletions.url, on_published=False, on_unpublished=False)
        endpoint(everything.url, active=False)
        with django_capture_on_commit_callbacks(execute=True):
            page.unpublish()
        with django_capture_on_commit_callbacks(execute=True):
            page.delete()
    assert [json.loads(body)["event"] for _h, body in everything.requests] == ["page.unpublished", "page.deleted"]
    assert [json.loads(body)["event"] for _h, body in deletions.requests] == ["page.deleted"]
    assert json.loads(deletions.requests[0][1])["paths"]["en"] == f"/blog/{page.slug}/"


@pytest.mark.django_db
def test_failed_attempts_are_retried_with_backoff_until_success(section, settings,
                                                                django_capture_on_commit_callbacks):
    with Receiver(statuses=[500, 503, 200]) as receiver:
        endpoint(receiver.url)
        with django_capture_on_commit_callbacks(execute=True):
            factories.ConditionPageFactory(parent=section)
    delivery = WebhookDelivery.objects.get()
    assert len(receiver.requests) == 3
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("succeeded", 3, 200)
    assert all(verify(headers, body) for headers, body in receiver.requests)


@pytest.mark.django_db
def test_a_delivery_fails_after_the_last_retry(section, django_capture_on_commit_callbacks):
    with Receiver(statuses=[500]) as receiver:
        endpoint(receiver.url)
        with django_capture_on_commit_callbacks(execute=True):
            factories.ConditionPageFactory(parent=section)
    delivery = WebhookDelivery.objects.get()
    assert len(receiver.requests) == 4  # one attempt, three retries
    assert (delivery.status, delivery.attempts, delivery.last_error) == ("failed", 4, "HTTP 500")


@pytest.mark.django_db
def test_unreachable_endpoints_are_retried_too(section, django_capture_on_commit_callbacks):
    endpoint("http://127.0.0.1:1/hook")  # nothing listens on port 1
    with django_capture_on_commit_callbacks(execute=True):
        factories.ConditionPageFactory(parent=section)
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "failed" and delivery.attempts == 4 and "URLError" in delivery.last_error


@pytest.mark.django_db
def test_retries_are_scheduled_with_run_after_on_the_database_backend(section, settings):
    settings.TASKS = DB_BACKEND
    settings.WEBHOOK_RETRY_DELAYS = [10, 60, 300]
    with Receiver(statuses=[500]) as receiver:
        hook = endpoint(receiver.url)
        delivery = WebhookDelivery.objects.create(endpoint=hook, event="page.published", page_id=1, payload={})
        webhooks.deliver_webhook.call(delivery.pk)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("retrying", 1)
    task = DBTaskResult.objects.get(task_path="pages.webhooks.deliver_webhook")
    assert task.args_kwargs["args"] == [delivery.pk]
    assert abs((task.run_after - delivery.next_attempt_at).total_seconds()) < 1
    assert 9 <= (task.run_after - delivery.updated_at).total_seconds() <= 11


@pytest.mark.django_db
def test_the_editors_request_never_waits_on_a_webhook(admin_client, section, settings,
                                                      django_capture_on_commit_callbacks):
    settings.TASKS = DB_BACKEND
    page = factories.ConditionPageFactory(parent=section, title_en="Slow receiver")
    with Receiver(delay=5) as receiver:
        endpoint(receiver.url)
        started = time.monotonic()
        with django_capture_on_commit_callbacks(execute=True):
            response = admin_client.post(f"/admin/pages/{page.pk}/unpublish/", {})
        assert response.status_code == 302
        assert time.monotonic() - started < 3
        assert receiver.requests == []
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "pending" and delivery.attempts == 0
    assert DBTaskResult.objects.filter(task_path="pages.webhooks.deliver_webhook").count() == 1


@pytest.mark.django_db
def test_deliveries_are_listed_and_inspectable_in_the_admin(admin_client, section):
    hook = endpoint("http://127.0.0.1:1/hook")
    delivery = WebhookDelivery.objects.create(endpoint=hook, event="page.deleted", page_id=7,
                                              payload={"event": "page.deleted"}, last_error="HTTP 500")
    listing = admin_client.get("/admin/webhook_deliveries/")
    assert listing.status_code == 200 and b"page.deleted" in listing.content
    inspect = admin_client.get(f"/admin/webhook_deliveries/inspect/{delivery.pk}/")
    assert inspect.status_code == 200 and b"HTTP 500" in inspect.content
    assert admin_client.get(f"/admin/webhook_deliveries/edit/{delivery.pk}/").status_code in (302, 403)
    assert admin_client.get("/admin/webhook_endpoints/").status_code == 200
    assert admin_client.get("/admin/webhook_endpoints/new/").status_code == 200


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="the worker process needs a database it can share")
def test_a_real_db_worker_delivers_through_the_database_backend(section, settings):
    """Publish with the database backend, then run ``manage.py db_worker`` in its own process."""
    settings.TASKS = DB_BACKEND
    with Receiver(statuses=[503, 200]) as receiver:
        endpoint(receiver.url)
        factories.ArticlePageFactory(parent=section, title_en="Worker")  # commits: no atomic block
        assert receiver.requests == []
        db = connection.settings_dict
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cms.settings.test",
            "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
            "DATABASE_URL": f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        }
        root = Path(__file__).resolve().parent.parent
        worker = subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay", "--batch"],
            cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )
        try:
            output, _ = worker.communicate(timeout=120)
        finally:
            if worker.poll() is None:
                worker.kill()
        assert worker.returncode == 0, output.decode()
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts) == ("succeeded", 2), output.decode()
    assert len(receiver.requests) == 2 and all(verify(h, b) for h, b in receiver.requests)
