"""Server-side cache of API responses (Redis in production), invalidated exactly and at once.

A cached response is stored under a key made of everything that can change it: host, path,
query string, the resolved language (and whether ``Accept-Language`` chose it) and the
renderer. Next to the body, the entry records what the response *showed*, as version names:

    "all"                     every entry (site changes, Redis outages)
    "lists"                   every list, search and find-by-path response
    "page:12"                 page 12 (its own detail, and every page that shows it)
    "image:3", "clinic:1", "professional:2"

Each name has a version token in the cache. A change bumps the tokens of the names it affects
(``invalidate``, called from signals in ``api/invalidation.py``); an entry is served only while
every token it recorded is unchanged, so nothing else has to be found or deleted. A change
to page A therefore leaves page B's cached detail alone unless B showed A.

Races: a response computed from rows read before a commit must not be stored under tokens
bumped after it. ``invalidate`` bumps the ``writes`` token too, both at once and again when the
transaction commits, and a response is only stored if ``writes`` did not move while it was
being computed.

Time also changes visibility (``go_live_at``, ``expire_at``), with no signal; entries expire
no later than the next such moment.

Only 200 responses of views that declare their dependencies are stored; drafts, previews and
anything private are never cached (see ``ContentApiView.response_dependencies``).
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models import Min, Q
from django.http import HttpResponse
from django.utils import timezone
from rest_framework.response import Response
from wagtail.models import Page

ALL, LISTS, WRITES = "all", "lists", "writes"
KEY_PREFIX = "api:"
UNCACHEABLE_DIRECTIVES = {"private", "no_store", "no_cache"}


def _cache():
    alias = getattr(settings, "API_RESPONSE_CACHE", None)
    return caches[alias] if alias else None


def _version_key(name):
    return f"{KEY_PREFIX}v:{name}"


def _token():
    return uuid.uuid4().hex


def _bump(names):
    cache = _cache()
    if cache is not None:
        cache.set_many({_version_key(name): _token() for name in (*names, WRITES)}, timeout=None)


def invalidate(*names):
    """Make every cached response that showed any of ``names`` stale, now and again at commit.

    The second bump, after the commit, covers a response computed from the rows as they were
    before it but stored after the first bump.
    """
    names = tuple(dict.fromkeys(names))
    if not names or _cache() is None:
        return
    _bump(names)
    transaction.on_commit(lambda: _bump(names))


def invalidate_all(cache=None):
    """Every cached response is stale (also run when Redis comes back after an outage)."""
    (cache or _cache()).set_many({_version_key(ALL): _token(), _version_key(WRITES): _token()}, timeout=None)


def page_names(ids):
    return [f"page:{pk}" for pk in ids]


class CachedResponse(HttpResponse):
    """A stored body, already rendered: ``render`` is there for the ETag step of ``finalize_response``."""

    def render(self):
        return self


def _request_key(view, request):
    query = sorted((name, value) for name, values in request.GET.lists() for value in values)
    parts = [
        request.get_host(), request.path, repr(query), view.language.code, str(view.language.negotiated),
        getattr(request.accepted_renderer, "format", ""),
    ]
    return KEY_PREFIX + "r:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _is_cacheable(view, request):
    cache_control = getattr(view, "cache_control", None) or {}
    return (
        _cache() is not None
        and request.method in ("GET", "HEAD")
        and not UNCACHEABLE_DIRECTIVES & {name for name, value in cache_control.items() if value}
        and view.response_dependencies is not None
    )


def lookup(view, request):
    """The cached response for this request, or ``None`` (and the view computes it)."""
    view._response_cache_state = None
    if not _is_cacheable(view, request):
        return None
    cache = _cache()
    key = _request_key(view, request)
    entry = cache.get(key)
    if entry is not None:
        body, content_type, versions = entry
        if cache.get_many(list(versions)) == versions:
            return CachedResponse(body, content_type=content_type)
    writes = cache.get(_version_key(WRITES))
    if writes is None:
        cache.add(_version_key(WRITES), _token(), timeout=None)
        writes = cache.get(_version_key(WRITES))
    if writes is not None:
        view._response_cache_state = (key, writes)
    return None


def store(view, request, response):
    """Keep a freshly computed 200 response, with the version of everything it showed."""
    state = getattr(view, "_response_cache_state", None)
    if state is None or response.status_code != 200 or not isinstance(response, Response):
        return
    key, writes = state
    cache = _cache()
    names = {ALL, *view.response_dependencies()}
    keys = [_version_key(name) for name in names]
    versions = cache.get_many(keys + [_version_key(WRITES)])
    if versions.pop(_version_key(WRITES), None) != writes:
        return  # something changed while this response was being computed
    missing = [k for k in keys if k not in versions]
    if missing:
        for k in missing:
            cache.add(k, _token(), timeout=None)
        versions = cache.get_many(keys)
        if len(versions) != len(keys):
            return
    response.render()
    timeout = settings.API_RESPONSE_CACHE_TIMEOUT
    if names != {ALL}:
        timeout = min(timeout, _seconds_until_visibility_changes())
    if timeout > 0:
        cache.set(key, (response.content, response["Content-Type"], versions), timeout=timeout)


def _seconds_until_visibility_changes():
    """Seconds until a live page's ``go_live_at`` or ``expire_at`` comes (a day if none is due)."""
    now = timezone.now()
    due = Page.objects.filter(live=True).filter(Q(go_live_at__gt=now) | Q(expire_at__gt=now)).aggregate(
        go_live=Min("go_live_at", filter=Q(go_live_at__gt=now)), expire=Min("expire_at", filter=Q(expire_at__gt=now))
    )
    moments = [moment for moment in due.values() if moment is not None]
    if not moments:
        return 86400
    return max(0, int((min(moments) - now).total_seconds()))


class CachedReadMixin:
    """For views with a ``get``: answer from the cache when a fresh entry exists.

    The view lists what a response showed in ``response_dependencies``, and its
    ``finalize_response`` calls ``store`` (``ContentApiView`` does both).
    """

    def get(self, request, *args, **kwargs):
        return lookup(self, request) or super().get(request, *args, **kwargs)
