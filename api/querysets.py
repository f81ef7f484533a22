"""The pages an anonymous API client may see: every endpoint, filter and page reference starts here."""

import operator
from functools import reduce

from django.apps import apps
from django.db.models import Q
from django.db.models.functions import Now
from django.http.request import split_domain_port
from wagtail.models import Page, PageViewRestriction, Site

from api.compiled_queries import CompiledQuery
from pages import models
from pages.translation_status import without_other_bodies

# The page types the API publishes, by the name it uses for them (``type``).
PAGE_TYPES = {
    model.__name__: model
    for model in (
        models.HomePage, models.SectionIndexPage, models.ConditionPage, models.TherapyPage,
        models.TreatmentPage, models.SymptomPage, models.ArticlePage,
    )
}


# Every site with its root page: a handful of rows, read whole so that no hostname a client
# sends becomes part of a compiled query's shape.
all_sites = CompiledQuery(lambda: Site.objects.select_related("root_page").order_by("pk"))


def site_root(request):
    """The root page of the site ``request`` is for (the default site if no hostname matches).

    The site is the one ``Site.find_for_request`` finds, by the same rules; it is left on the
    request, where Wagtail looks for it.
    """
    if not hasattr(request, "_wagtail_site"):
        hostname, port = split_domain_port(request._get_raw_host())[0], request.get_port()
        port = int(port) if str(port).isdigit() else None
        request._wagtail_site = _best_site(all_sites(()), hostname, port)
    return request._wagtail_site.root_page if request._wagtail_site else None


def _best_site(sites, hostname, port):
    """Wagtail's choice (``wagtail.models.sites.get_site_for_hostname``): the site with the
    hostname and port; else the hostname's default site; else the hostname's only site on
    another port; else the default site."""
    on_hostname = [site for site in sites if site.hostname == hostname]
    best = (
        next((site for site in on_hostname if site.port == port), None)
        or next((site for site in on_hostname if site.is_default_site), None)
    )
    if best is None and len(on_hostname) == 1:
        best = on_hostname[0]
    return best or next((site for site in sites if site.is_default_site), None)


def _restricted_paths():
    return PageViewRestriction.objects.values_list("page__path").order_by("page__path")


restricted_paths_query = CompiledQuery(_restricted_paths)


def restricted_paths():
    """The tree paths of the pages with a view restriction, of any kind; each hides its subtree."""
    return tuple(path for (path,) in restricted_paths_query(()))


def public_pages(root, model=Page, restricted=None):
    """Live, public pages under ``root`` (inclusive), as a queryset of ``model`` (``Page`` or a page type).

    Excluded: never-published pages; unpublished ones; pages scheduled for later
    (``go_live_at`` in the future) and expired ones (``expire_at`` in the past), even while
    ``publish_scheduled`` has not yet flipped their ``live`` flag; and pages with a view
    restriction (password, login or groups) on themselves or any ancestor, whatever the
    restriction, since API clients are anonymous. A page's row holds its live content;
    unpublished edits live only in revisions, which the API never reads.

    ``restricted``: what ``restricted_paths()`` returns, if the caller has it already.
    """
    if root is None:
        return model.objects.none()
    # The database's clock, not this process's: one clock for every app server, and no
    # timestamp in the SQL, so the detail's queries compile once (api/compiled_queries.py).
    now = Now()
    queryset = (
        model.objects.live()
        .descendant_of(root, inclusive=True)
        .filter(Q(go_live_at__isnull=True) | Q(go_live_at__lte=now))
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now), expired=False)
    )
    # A restriction covers its page's subtree, and treebeard paths make that a prefix test. The
    # few restricted paths are written into the SQL: a subquery would be joined to every row
    # (half the time of counting 10,000 pages, with no restriction at all).
    restricted = restricted_paths() if restricted is None else restricted
    if restricted:
        queryset = queryset.exclude(reduce(operator.or_, (Q(path__startswith=path) for path in restricted)))
    return queryset


# Page id -> page type. A page never changes type, so after the first request a page's public
# row and its type's fields come in one query instead of two.
_page_types = {}
PAGE_TYPE_MEMO_SIZE = 100_000


# The shape of these compiled queries: the site root (with the path and depth its SQL uses) and
# the restricted paths, then what else picks the SQL.

def _public_page_of_type(root, _path, _depth, restricted, model, bodies, pk):
    queryset = public_pages(root, model, restricted).filter(pk=pk)
    return queryset if bodies is None else without_other_bodies(queryset, bodies)


def _public_page_type(root, _path, _depth, restricted, pk):
    queryset = public_pages(root, Page, restricted).filter(pk=pk)
    return queryset.values_list("content_type__app_label", "content_type__model")


def _public_pages_with_ids(root, _path, _depth, restricted, ids):
    return public_pages(root, Page, restricted).filter(pk__in=ids)


public_page_of_type = CompiledQuery(_public_page_of_type)
public_page_type = CompiledQuery(_public_page_type)
public_pages_with_ids = CompiledQuery(_public_pages_with_ids)


def _public_shape(root, restricted):
    return root, root.path, root.depth, restricted_paths() if restricted is None else restricted


def public_pages_by_id(root, ids, restricted=None):
    """``{id: Page}`` (not specific) for the ids in ``ids`` that are public pages under ``root``."""
    if root is None:
        return {}
    return {page.pk: page for page in public_pages_with_ids(_public_shape(root, restricted), sorted(ids))}


def public_page(root, pk, bodies=None, restricted=None):
    """The public page ``pk`` as its specific type, or ``None``.

    ``bodies``: the languages whose ``body`` to read (the largest columns); None: all.
    """
    if root is None:
        return None
    site = _public_shape(root, restricted)
    bodies = None if bodies is None else frozenset(bodies)

    def fetch(model):
        found = public_page_of_type((*site, model, bodies), pk)
        return found[0] if found else None

    remembered = _page_types.get(pk)
    if remembered is not None and (page := fetch(remembered)) is not None:
        return page
    # Not seen yet, or the remembered type was wrong (SQLite may reuse a deleted page's id).
    found = public_page_type(site, pk)
    if not found:
        return None
    if len(_page_types) >= PAGE_TYPE_MEMO_SIZE:
        _page_types.clear()
    _page_types[pk] = apps.get_model(*found[0])
    return fetch(_page_types[pk])
