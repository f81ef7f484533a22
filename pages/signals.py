from django.conf import settings
from django.db.models.signals import post_save
from wagtail.models import Page, Revision

from pages.translation_status import record_translated_segments


def track_translated_segments(sender, instance, created, **kwargs):
    """Record, for every new page revision, the English source each translated string was made from."""
    if not created or instance.base_content_type.model_class() is None:
        return
    if not issubclass(instance.base_content_type.model_class(), Page):
        return
    page = instance.as_object()
    if not hasattr(page, "body_en"):
        return
    for code, _name in settings.LANGUAGES:
        if code != settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
            record_translated_segments(page, code)


def connect():
    post_save.connect(track_translated_segments, sender=Revision, dispatch_uid="track_translated_segments")
