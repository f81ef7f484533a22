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

Only 200 responses to GETs of views that declare their dependencies are stored; drafts,
previews and anything private are never cached (see ``ContentApiView.response_dependencies``).
``ResponseCacheMiddleware`` looks entries up and stores them, outside DRF, so that a hit costs
two cache reads and no view code.
"""

import hashlib
import secrets
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.db.models import Min, Q
from django.http import HttpResponse
from django.utils import timezone
from wagtail.models import Page

from api.caching import conditional
from api.exceptions import ApiError
from api.language import resolve_language

ALL, LISTS, WRITES = "all", "lists", "writes"
KEY_PREFIX = "api:"
API_PREFIX = "/api/"
UNCACHEABLE_DIRECTIVES = {"private", "no_store", "no_cache"}


def _cache():
    alias = getattr(settings, "API_RESPONSE_CACHE", None)
    return caches[alias] if alias else None


def _version_key(name):
    return f"{KEY_PREFIX}v:{name}"


def _token():
    # An int: Django's Redis cache stores ints as plain numbers, read back without unpickling.
    return secrets.randbits(62)


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


def _request_key(request):
    """The cache key of a GET, or ``None`` when the view must answer it (bad host or ``lang``)."""
    try:
        host, language = request.get_host(), resolve_language(request)
    except (DisallowedHost, ApiError):
        return None
    query = sorted((name, value) for name, values in request.GET.lists() for value in values)
    parts = [
        # The scheme too: pagination links are absolute.
        request.scheme, host, request.path, repr(query), language.code, str(language.negotiated),
        # The one renderer answers every Accept it accepts with the same body, but not every Accept.
        request.META.get("HTTP_ACCEPT", ""),
    ]
    return KEY_PREFIX + "response:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _local_key(request):
    """What a request's cache key is made of, unparsed: a process's own entries are found by it.

    Only a request whose shared key was made (an allowed host, a known ``lang``) and that got a
    200 leaves an entry under it, so an unparsed value that would be refused never finds one.
    """
    meta = request.META
    return (
        meta.get("wsgi.url_scheme"), meta.get("HTTP_X_FORWARDED_PROTO"),
        meta.get("HTTP_HOST"), meta.get("SERVER_NAME"), meta.get("SERVER_PORT"), request.path,
        meta.get("QUERY_STRING"), meta.get("HTTP_ACCEPT_LANGUAGE"), meta.get("HTTP_ACCEPT"),
    )


def cacheable(view, request, response):
    """Mark a view's successful read for storing, with the names of what it showed.

    Only GETs of views that declare ``response_dependencies`` and whose ``Cache-Control``
    allows shared caching; the middleware stores the response once it has every header.
    """
    cache_control = getattr(view, "cache_control", None) or {}
    if (
        request.method == "GET"
        and response.status_code == 200
        and view.response_dependencies is not None
        and not UNCACHEABLE_DIRECTIVES & {name for name, value in cache_control.items() if value}
    ):
        response.cache_dependencies = view.response_dependencies()


def _writes_token(cache):
    writes = cache.get(_version_key(WRITES))
    if writes is None:
        cache.add(_version_key(WRITES), _token(), timeout=None)
        writes = cache.get(_version_key(WRITES))
    return writes


def _replay(request, entry, cache):
    """The stored response, if everything it showed is unchanged; a 304 if the client has it."""
    body, headers, versions, deadline = entry
    if time.time() >= deadline or cache.get_many(list(versions)) != versions:
        return None
    response = HttpResponse(body)
    for name, value in headers:
        response[name] = value
    return conditional(request, response)


def store(cache, key, writes, response):
    """Keep a freshly computed 200 response, with the version of everything it showed; the entry or ``None``."""
    names = {ALL, *response.cache_dependencies}
    keys = [_version_key(name) for name in names]
    versions = cache.get_many(keys + [_version_key(WRITES)])
    if versions.pop(_version_key(WRITES), None) != writes:
        return None  # something changed while this response was being computed
    missing = [k for k in keys if k not in versions]
    if missing:
        for k in missing:
            cache.add(k, _token(), timeout=None)
        versions = cache.get_many(keys)
        if len(versions) != len(keys):
            return None
    timeout = settings.API_RESPONSE_CACHE_TIMEOUT
    if names != {ALL}:
        timeout = min(timeout, _seconds_until_visibility_changes())
    if timeout <= 0:
        return None
    entry = (response.content, list(response.items()), versions, time.time() + timeout)
    cache.set(key, entry, timeout=timeout)
    return entry


class ResponseCacheMiddleware:
    """Answers a repeated API read from the cache before sessions, auth, URL routing and DRF run.

    Sits just inside the middleware that adds headers to every response (security, CORS), so a
    stored response carries every header the view and the inner middleware gave it, and a hit
    is byte for byte what the view would have answered.

    Each process also keeps the entries it used last (``API_RESPONSE_LOCAL_ENTRIES``), so a hit
    reads from the shared cache only the versions of what the entry showed, one round trip. The
    versions are always checked there, so a local entry is served exactly when the shared one is.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self._local = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, request):
        cache = _cache()
        if cache is None or request.method != "GET" or not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        # This process's entries are kept by the request as it came, so a hit needs no parsing.
        local_key = _local_key(request)
        local = self._local.get(local_key)
        if local is not None and (hit := _replay(request, local, cache)) is not None:
            return hit
        key = _request_key(request)
        if key is None:
            return self.get_response(request)
        entry = cache.get(key)
        if entry is not None and (hit := _replay(request, entry, cache)) is not None:
            self._remember(local_key, entry)
            return hit
        writes = _writes_token(cache)
        response = self.get_response(request)
        if (
            writes is not None
            and getattr(response, "cache_dependencies", None) is not None
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and (entry := store(cache, key, writes, response)) is not None
        ):
            self._remember(local_key, entry)
        return response

    def _remember(self, key, entry):
        with self._lock:
            self._local[key] = entry
            self._local.move_to_end(key)
            while len(self._local) > settings.API_RESPONSE_LOCAL_ENTRIES:
                self._local.popitem(last=False)


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
