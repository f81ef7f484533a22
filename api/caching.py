"""HTTP caching headers of the content API: ``ETag``, ``Cache-Control`` and 304 responses."""

import hashlib

from django.conf import settings
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers, quote_etag


def with_language_and_caching(request, response, language, cache_control=None):
    """``response`` with ``Content-Language`` and, for a successful read, an ETag and public caching.

    The ETag hashes the body together with the language, so the same body in two languages
    (the locales list) still gets two ETags. A matching ``If-None-Match`` returns a 304 that
    keeps ``ETag``, ``Cache-Control``, ``Vary`` and ``Content-Language``.
    """
    response["Content-Language"] = language.code
    if language.negotiated:
        patch_vary_headers(response, ("Accept-Language",))
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return response
    response.render()
    digest = hashlib.sha256(language.code.encode() + b"\n" + response.content).hexdigest()
    response["ETag"] = quote_etag(digest[:40])
    patch_cache_control(response, **(cache_control or {"public": True, "max_age": settings.API_CACHE_MAX_AGE}))
    return conditional(request, response)


def conditional(request, response):
    """A 304 instead of ``response`` if ``If-None-Match`` has its ETag (keeping ``Content-Language``)."""
    answer = get_conditional_response(request, etag=response["ETag"], response=response)
    if answer is not response and response.has_header("Content-Language"):
        answer["Content-Language"] = response["Content-Language"]
    return answer
