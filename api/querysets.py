"""The pages an anonymous API client may see: every endpoint, filter and page reference starts here."""

from django.apps import apps
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from pages import models

# The page types the API publishes, by the name it uses for them (``type``).
PAGE_TYPES = {
    model.__name__: model
    for model in (
        models.HomePage, models.SectionIndexPage, models.ConditionPage, models.TherapyPage,
        models.TreatmentPage, models.SymptomPage, models.ArticlePage,
    )
}


def site_root(request):
    """The root page of the site ``request`` is for (the default site if no hostname matches)."""
    site = Site.find_for_request(request)
    return site.root_page if site else None


def public_pages(root, model=Page):
    """Live, public pages under ``root`` (inclusive), as a queryset of ``model`` (``Page`` or a page type).

    Excluded: never-published pages; unpublished ones; pages scheduled for later
    (``go_live_at`` in the future) and expired ones (``expire_at`` in the past), even while
    ``publish_scheduled`` has not yet flipped their ``live`` flag; and pages with a view
    restriction (password, login or groups) on themselves or any ancestor, whatever the
    restriction, since API clients are anonymous. A page's row holds its live content;
    unpublished edits live only in revisions, which the API never reads.
    """
    if root is None:
        return model.objects.none()
    now = timezone.now()
    # A restriction on a page covers its subtree: treebeard paths make that a prefix test.
    restricted = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return (
        model.objects.live()
        .descendant_of(root, inclusive=True)
        .filter(Q(go_live_at__isnull=True) | Q(go_live_at__lte=now))
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now), expired=False)
        .exclude(Exists(restricted))
    )


# Page id -> page type. A page never changes type, so after the first request a page's public
# row and its type's fields come in one query instead of two.
_page_types = {}
PAGE_TYPE_MEMO_SIZE = 100_000


def public_page(root, pk, narrow=None):
    """The public page ``pk`` as its specific type, or ``None``; ``narrow`` may trim its queryset."""

    def fetch(model):
        queryset = public_pages(root, model).filter(pk=pk)
        return (narrow(queryset) if narrow else queryset).first()

    remembered = _page_types.get(pk)
    if remembered is not None and (page := fetch(remembered)) is not None:
        return page
    # Not seen yet, or the remembered type was wrong (SQLite may reuse a deleted page's id).
    found = public_pages(root).filter(pk=pk).values_list("content_type__app_label", "content_type__model").first()
    if found is None:
        return None
    if len(_page_types) >= PAGE_TYPE_MEMO_SIZE:
        _page_types.clear()
    _page_types[pk] = apps.get_model(*found)
    return fetch(_page_types[pk])
