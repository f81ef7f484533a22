from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SegmentTranslation(models.Model):
    """Which English source a translated string was made from, to tell when it goes stale."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="segment_translations")
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    key = models.CharField(_("segment key"), max_length=500)
    source_hash = models.CharField(max_length=40)
    translation_hash = models.CharField(max_length=40)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "language", "key"], name="unique_segment_translation"),
        ]
        verbose_name = _("segment translation")

    def __str__(self):
        return f"{self.key} ({self.language})"
