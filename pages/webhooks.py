"""Webhooks: on publish, unpublish and delete, a signed JSON POST to each active endpoint.

The editor's request only writes ``WebhookDelivery`` rows and, once its transaction commits,
enqueues one ``deliver_webhook`` task per row; the worker (``manage.py db_worker``) sends them.
A failed attempt (network error, timeout, non-2xx) is retried after each delay in
``WEBHOOK_RETRY_DELAYS`` (default 10 s, 60 s, 300 s), then the delivery is marked failed.

What a receiver gets::

    POST <endpoint url>
    Content-Type: application/json
    X-Webhook-Event: page.published
    X-Webhook-Delivery: 42
    X-Webhook-Timestamp: 1767225600
    X-Webhook-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>" with the endpoint's secret>

    {"event": "page.published", "page_id": 12, "paths": {"en": "/blog/x/", "kn": "/ಬ್ಲಾಗ್/x/", ...},
     "occurred_at": "2026-01-01T00:00:00+00:00"}

The receiver recomputes the HMAC over the timestamp, a dot and the body as received, compares
in constant time, and rejects timestamps older than a few minutes (replays).
"""

import hashlib
import hmac
import json
import logging
import time
import urllib.error
import urllib.request
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete
from django.utils import timezone
from django_tasks import default_task_backend, task
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from api.paths import public_path
from pages.models.webhooks import WebhookDelivery, WebhookEndpoint

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Webhook-Signature"
TIMESTAMP_HEADER = "X-Webhook-Timestamp"
EVENT_FLAGS = {"page.published": "on_published", "page.unpublished": "on_unpublished", "page.deleted": "on_deleted"}


def sign(secret, timestamp, body):
    """``sha256=<hex>``: the HMAC-SHA256 of ``b"<timestamp>." + body`` keyed with ``secret``."""
    message = str(timestamp).encode() + b"." + body
    return "sha256=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def page_paths(page):
    """``{"en": "/blog/x/", "kn": ...}``: the page's public path in every language."""
    site = page.get_site()
    root = site.root_page.specific_deferred if site else None
    paths = {}
    for code, _name in settings.LANGUAGES:
        if root is not None:
            paths[code] = public_path(page, root, code)
        else:
            paths[code] = getattr(page, f"url_path_{code}", None) or page.url_path
    return paths


def webhook_event(event, page):
    """Record a delivery per subscribed endpoint and send them once the transaction commits."""
    endpoints = list(WebhookEndpoint.objects.filter(active=True, **{EVENT_FLAGS[event]: True}))
    if not endpoints:
        return []
    payload = {
        "event": event,
        "page_id": page.pk,
        "paths": page_paths(page),
        "occurred_at": timezone.now().isoformat(),
    }
    deliveries = WebhookDelivery.objects.bulk_create(
        WebhookDelivery(endpoint=endpoint, event=event, page_id=page.pk, payload=payload) for endpoint in endpoints
    )
    ids = [delivery.pk for delivery in deliveries]
    transaction.on_commit(lambda: [deliver_webhook.enqueue(pk) for pk in ids])
    return deliveries


def post(url, body, headers):
    """POST ``body``; the HTTP status, or an exception for network errors and timeouts."""
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=settings.WEBHOOK_TIMEOUT) as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@task()
def deliver_webhook(delivery_id):
    """One attempt at one delivery; schedules the next attempt if this one fails."""
    delivery = WebhookDelivery.objects.select_related("endpoint").filter(pk=delivery_id).first()
    if delivery is None or delivery.status in (WebhookDelivery.Status.SUCCEEDED, WebhookDelivery.Status.FAILED):
        return None
    endpoint = delivery.endpoint
    body = json.dumps(delivery.payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()
    timestamp = int(time.time())
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "physio-cms-webhooks/1",
        "X-Webhook-Event": delivery.event,
        "X-Webhook-Delivery": str(delivery.pk),
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: sign(endpoint.secret, timestamp, body),
    }
    delivery.attempts += 1
    error, status = "", None
    try:
        status = post(endpoint.url, body, headers)
        if not 200 <= status < 300:
            error = f"HTTP {status}"
    except Exception as exc:  # noqa: BLE001 - any failure to deliver is retried, and recorded
        error = f"{type(exc).__name__}: {exc}"
    delivery.last_status_code, delivery.last_error = status, error
    if not error:
        delivery.status, delivery.delivered_at, delivery.next_attempt_at = (
            WebhookDelivery.Status.SUCCEEDED, timezone.now(), None,
        )
        delivery.save()
        return status
    delays = settings.WEBHOOK_RETRY_DELAYS
    if delivery.attempts > len(delays):
        delivery.status, delivery.next_attempt_at = WebhookDelivery.Status.FAILED, None
        delivery.save()
        logger.warning("Webhook delivery %s to %s failed after %s attempts: %s",
                       delivery.pk, endpoint.url, delivery.attempts, error)
        return status
    delay = delays[delivery.attempts - 1]
    delivery.status = WebhookDelivery.Status.RETRYING
    delivery.next_attempt_at = timezone.now() + timedelta(seconds=delay)
    delivery.save()
    retry = deliver_webhook
    if delay > 0 and default_task_backend.supports_defer:
        retry = deliver_webhook.using(run_after=delivery.next_attempt_at)
    retry.enqueue(delivery.pk)
    return status


# Signals ------------------------------------------------------------------------------------


def on_published(sender, instance, **kwargs):
    webhook_event("page.published", instance)


def on_unpublished(sender, instance, **kwargs):
    webhook_event("page.unpublished", instance)


def on_deleted(sender, instance, **kwargs):
    webhook_event("page.deleted", instance)


def connect():
    page_published.connect(on_published, dispatch_uid="webhook_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="webhook_unpublished")
    post_delete.connect(on_deleted, sender=Page, dispatch_uid="webhook_deleted")
