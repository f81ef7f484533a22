from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Enquiry(models.Model):
    """A "Get in touch" message from a reader; personal data, shown only in the admin."""

    name = models.CharField(_("name"), max_length=200)
    phone = models.CharField(_("phone"), max_length=20, help_text=_("E.164, e.g. +918951047001"))
    message = models.TextField(_("message"), max_length=5000)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="en")
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("enquiry")
        verbose_name_plural = _("enquiries")

    def __str__(self):
        return f"{self.name} ({self.created_at:%Y-%m-%d})" if self.created_at else self.name
