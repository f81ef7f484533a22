"""Webhook endpoints, managed in the admin, and every delivery made to them (see pages/webhooks.py)."""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

EVENTS = [
    ("page.published", _("Page published")),
    ("page.unpublished", _("Page unpublished")),
    ("page.deleted", _("Page deleted")),
]


def new_secret():
    return secrets.token_urlsafe(32)


class WebhookEndpoint(models.Model):
    """A URL that is POSTed a signed JSON payload when a page is published, unpublished or deleted."""

    name = models.CharField(_("name"), max_length=100)
    url = models.URLField(_("URL"), max_length=500)
    secret = models.CharField(
        _("secret"), max_length=200, default=new_secret,
        help_text=_("Signs every payload (HMAC-SHA256); give the receiver the same value."),
    )
    active = models.BooleanField(_("active"), default=True)
    on_published = models.BooleanField(_("send page.published"), default=True)
    on_unpublished = models.BooleanField(_("send page.unpublished"), default=True)
    on_deleted = models.BooleanField(_("send page.deleted"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")

    def __str__(self):
        return f"{self.name} ({self.url})"

    @property
    def events(self):
        return [event for event, flag in zip(
            [code for code, _label in EVENTS], (self.on_published, self.on_unpublished, self.on_deleted), strict=True
        ) if flag]


class WebhookDelivery(models.Model):
    """One event sent (or being sent) to one endpoint, with the outcome of its latest attempt."""

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        RETRYING = "retrying", _("retrying")
        SUCCEEDED = "succeeded", _("succeeded")
        FAILED = "failed", _("failed")

    endpoint = models.ForeignKey(
        WebhookEndpoint, verbose_name=_("endpoint"), on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.CharField(_("event"), max_length=32, choices=EVENTS)
    page_id = models.IntegerField(_("page id"), db_index=True)
    payload = models.JSONField(_("payload"))
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_status_code = models.PositiveIntegerField(_("last HTTP status"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")

    def __str__(self):
        return f"{self.event} page {self.page_id} → {self.endpoint.name} ({self.get_status_display()})"
