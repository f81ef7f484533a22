from django.conf import settings
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Revision
from wagtail.signals import page_published, page_unpublished, post_page_move

from pages.models import PageChange
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


def record_change(sender, instance, **kwargs):
    """A page was published, unpublished or deleted: delta sync must look at it again."""
    PageChange.objects.create(page_id=instance.pk)


def record_subtree_change(sender, instance, **kwargs):
    """A move or a view restriction changes the path or visibility of a page and all below it."""
    page = instance.page if isinstance(instance, PageViewRestriction) else instance
    ids = Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True)
    PageChange.objects.bulk_create(PageChange(page_id=page_id) for page_id in ids)


def connect():
    post_save.connect(track_translated_segments, sender=Revision, dispatch_uid="track_translated_segments")
    page_published.connect(record_change, dispatch_uid="page_change_published")
    page_unpublished.connect(record_change, dispatch_uid="page_change_unpublished")
    post_delete.connect(record_change, sender=Page, dispatch_uid="page_change_deleted")
    post_page_move.connect(record_subtree_change, dispatch_uid="page_change_moved")
    for signal in (post_save, post_delete):
        signal.connect(record_subtree_change, sender=PageViewRestriction, dispatch_uid=f"page_change_{signal}")
