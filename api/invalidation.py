"""What each editorial change makes stale in the response cache (``api/response_cache.py``).

Runs synchronously in the editor's request, from signals, so no stale response is served once
it returns:

- publish: the page (and its subtree when it has children, since a new slug changes their
  paths) and every list;
- unpublish, delete, a save of the page row: the page and every list;
- move, view restriction added or removed: the page's whole subtree and every list;
- a new revision (a translation import or a draft): the page, whose translation progress changed;
- a clinic, professional or image saved or deleted: the responses that showed it;
- a site saved or deleted: everything.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage
from wagtail.models import Page, PageViewRestriction, Revision, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from api.response_cache import ALL, LISTS, invalidate, invalidate_all, page_names
from cms.redis_cache import FailOpenRedisCache
from pages.models import Clinic, Professional

# Page.save_revision saves only these on the page row; the live content is unchanged.
DRAFT_BOOKKEEPING_FIELDS = {
    "comments", "wagtail_admin_comments", "latest_revision_created_at", "draft_title", "latest_revision",
    "has_unpublished_changes", "locked", "locked_at", "locked_by",
}


def _subtree_ids(page):
    return list(Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))


def page_published_handler(sender, instance, **kwargs):
    ids = _subtree_ids(instance) if instance.numchild else [instance.pk]
    invalidate(*page_names(ids), LISTS)


def page_gone(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate(*page_names([instance.pk]), LISTS)


def page_saved(sender, instance, update_fields=None, **kwargs):
    if not isinstance(instance, Page):
        return
    if update_fields is not None and set(update_fields) <= DRAFT_BOOKKEEPING_FIELDS:
        return
    invalidate(*page_names([instance.pk]), LISTS)


def subtree_changed(sender, instance, **kwargs):
    page = instance.page if isinstance(instance, PageViewRestriction) else instance
    invalidate(*page_names(_subtree_ids(page)), LISTS)


def revision_saved(sender, instance, **kwargs):
    model = instance.base_content_type.model_class() if instance.base_content_type_id else None
    if model is not None and issubclass(model, Page):
        invalidate(*page_names([int(instance.object_id)]))


def snippet_or_image_changed(sender, instance, **kwargs):
    kind = "image" if isinstance(instance, AbstractImage) else type(instance)._meta.model_name
    invalidate(f"{kind}:{instance.pk}")


def site_changed(sender, instance, **kwargs):
    invalidate(ALL)


def connect():
    page_published.connect(page_published_handler, dispatch_uid="api_cache_published")
    page_unpublished.connect(page_gone, dispatch_uid="api_cache_unpublished")
    post_delete.connect(page_gone, dispatch_uid="api_cache_page_deleted")
    post_save.connect(page_saved, dispatch_uid="api_cache_page_saved")
    post_page_move.connect(subtree_changed, dispatch_uid="api_cache_moved")
    post_save.connect(revision_saved, sender=Revision, dispatch_uid="api_cache_revision")
    for signal in (post_save, post_delete):
        name = "saved" if signal is post_save else "deleted"
        signal.connect(subtree_changed, sender=PageViewRestriction, dispatch_uid=f"api_cache_restriction_{name}")
        signal.connect(site_changed, sender=Site, dispatch_uid=f"api_cache_site_{name}")
        for model in (Clinic, Professional, get_image_model()):
            signal.connect(snippet_or_image_changed, sender=model, dispatch_uid=f"api_cache_{model.__name__}_{name}")
    # Invalidations lost while Redis was down: once it is back, nothing cached before may be trusted.
    if invalidate_all not in FailOpenRedisCache.on_reconnect:
        FailOpenRedisCache.on_reconnect.append(invalidate_all)
