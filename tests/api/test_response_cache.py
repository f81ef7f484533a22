"""The server-side response cache: hits cost no query, and each kind of change makes stale exactly
the responses that showed it (api/response_cache.py, api/invalidation.py)."""

import logging
import os

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from api import response_cache
from pages.models import RelatedProfessional, RelatedTherapy
from tests import factories


@pytest.fixture(autouse=True, params=["locmem", "redis"])
def response_cache_on(request, settings):
    """Every test twice: on this process's memory, and on a real Redis (``TEST_REDIS_URL``, set by CI)."""
    if request.param == "redis":
        if not os.environ.get("TEST_REDIS_URL"):
            pytest.skip("TEST_REDIS_URL is not set")
        settings.CACHES = {"default": {"BACKEND": "cms.redis_cache.FailOpenRedisCache",
                                       "LOCATION": os.environ["TEST_REDIS_URL"]}}
    settings.API_RESPONSE_CACHE = "default"
    caches["default"].clear()
    yield
    caches["default"].clear()


def queries(api, url, **params):
    """``(response, number of queries)`` of a GET."""
    with CaptureQueriesContext(connection) as captured:
        response = api(url, **params)
    return response, len(captured)


def is_cached(api, url, **params):
    response, count = queries(api, url, **params)
    assert response.status_code == 200
    return count == 0


def warm(api, *urls):
    for url in urls:
        api(url)
        assert is_cached(api, url), url


def publish(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    page.refresh_from_db()


def detail(page):
    return f"/api/v1/pages/{page.pk}/"


@pytest.fixture
def pages(section):
    """Three therapies: ``a``; ``b`` showing ``a`` in its related list; ``c`` unrelated."""
    a = factories.TherapyPageFactory(parent=section, title_en="A therapy")
    b = factories.ConditionPageFactory(parent=section, title_en="B condition")
    RelatedTherapy.objects.create(source=b, target=a)
    publish(b)
    c = factories.ConditionPageFactory(parent=section, title_en="C condition")
    return a, b, c


# HITS ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_repeated_request_is_answered_from_the_cache_without_queries(api, pages):
    a, _b, _c = pages
    first, count = queries(api, detail(a))
    assert count > 0
    second, count = queries(api, detail(a))
    assert count == 0
    assert second.content == first.content
    assert second["ETag"] == first["ETag"] and second["Content-Type"] == first["Content-Type"]
    assert second["Cache-Control"] == first["Cache-Control"] and second["Content-Language"] == "en"


@pytest.mark.django_db
def test_a_hit_carries_every_header_of_the_response_it_replays(api, pages):
    a, _b, _c = pages
    headers = {"accept-language": "kn-IN,kn;q=0.9", "origin": "http://localhost:3000"}
    first = api(detail(a), headers=headers)
    second, count = queries(api, detail(a), headers=headers)
    assert count == 0
    assert dict(second.items()) == dict(first.items())
    assert second["Vary"] and second["Content-Language"] == "kn"


@pytest.mark.django_db
def test_a_hit_is_only_for_an_accept_header_the_view_accepted(api, pages):
    a, _b, _c = pages
    warm(api, detail(a))
    refused = api(detail(a), headers={"accept": "text/html"})
    assert refused.status_code == 406
    assert refused["Content-Type"] == "application/problem+json"


@pytest.mark.django_db
def test_a_process_own_copy_is_served_only_while_the_shared_versions_match(api, pages):
    from django.test import Client

    a, _b, _c = pages
    other_process = Client()
    other_process.get(detail(a))  # warms its own copy, and the shared one
    warm(api, detail(a))
    response_cache.invalidate(f"page:{a.pk}")  # as any app server's editor request would
    with CaptureQueriesContext(connection) as captured:
        assert other_process.get(detail(a)).status_code == 200
    assert len(captured) > 0


@pytest.mark.django_db
def test_key_has_path_query_and_language(api, pages):
    a, _b, _c = pages
    warm(api, detail(a))
    assert not is_cached(api, detail(a), lang="kn")
    assert not is_cached(api, detail(a), headers={"accept-language": "te"})
    assert api(detail(a), lang="kn").json()["language"] == "kn"
    api("/api/v1/pages/", limit="1")
    assert not is_cached(api, "/api/v1/pages/", limit="2")
    assert len(api("/api/v1/pages/", limit="2").json()["results"]) == 2


@pytest.mark.django_db
def test_the_scheme_is_part_of_the_key(api, client, pages):
    warm(api, "/api/v1/pages/?limit=1")
    over_https = client.get("/api/v1/pages/", {"limit": "1"}, secure=True)
    assert over_https.json()["next"].startswith("https://")
    assert api("/api/v1/pages/", limit="1").json()["next"].startswith("http://")


@pytest.mark.django_db
def test_cached_response_keeps_etag_and_304(api, pages):
    a, _b, _c = pages
    etag = api(detail(a))["ETag"]
    response, count = queries(api, detail(a), headers={"if-none-match": etag})
    assert (response.status_code, count) == (304, 0)
    assert response["ETag"] == etag and response["Content-Language"] == "en"
    publish(a, title_en="A therapy, revised")
    fresh = api(detail(a), headers={"if-none-match": etag})
    assert fresh.status_code == 200 and fresh["ETag"] != etag


@pytest.mark.django_db
def test_errors_are_not_cached(api, section):
    page = factories.ConditionPageFactory(parent=section, publish=False, live=False)
    for _ in range(2):
        missing, count = queries(api, detail(page))
        assert missing.status_code == 404 and count > 0
    assert api("/api/v1/pages/", lang="xx").status_code == 400
    assert api("/api/v1/pages/", lang="xx").status_code == 400
    page.save_revision().publish()
    assert api(detail(page)).status_code == 200


@pytest.mark.django_db
def test_drafts_previews_and_sync_are_never_cached():
    from api import views

    assert views.PreviewView.response_dependencies is None
    assert views.SyncView.response_dependencies is None
    assert {"private": True} == {k: v for k, v in views.PreviewView.cache_control.items() if k == "private"}


# INVALIDATION ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_publish_makes_the_page_its_referrers_and_every_list_stale_but_not_unrelated_pages(api, pages):
    a, b, c = pages
    urls = [detail(a), detail(b), detail(c), "/api/v1/pages/", "/api/v1/pages/?search=therapy",
            f"/api/v1/pages/find/?path={api(detail(a)).json()['path']}"]
    warm(api, *urls)
    publish(a, title_en="A therapy, revised")
    assert api(detail(a)).json()["title"] == "A therapy, revised"
    assert api(detail(b)).json()["related"]["therapies"][0]["title"] == "A therapy, revised"
    assert "A therapy, revised" in [p["title"] for p in api("/api/v1/pages/").json()["results"]]
    assert not is_cached(api, "/api/v1/pages/?search=therapy")
    assert not is_cached(api, urls[-1])
    assert is_cached(api, detail(c))  # unrelated: still cached


@pytest.mark.django_db
def test_blocks_and_rich_text_links_make_the_referrer_stale(api, section):
    target = factories.ConditionPageFactory(parent=section, title_en="Target")
    in_block = factories.ArticlePageFactory(
        parent=section, body_en=[{"type": "related_items", "value": {"title": "See", "items": [target.pk]}}])
    in_link = factories.ArticlePageFactory(
        parent=section, intro_en=f'<p><a linktype="page" id="{target.pk}">target</a></p>')
    warm(api, detail(in_block), detail(in_link))
    publish(target, title_en="Target, renamed", slug_en="renamed")
    body = api(detail(in_block)).json()["body"][0]["value"]["items"][0]
    assert body["title"] == "Target, renamed"
    assert "/renamed/" in api(detail(in_link)).json()["intro"]


@pytest.mark.django_db
def test_a_page_published_later_shows_up_in_referrers_that_linked_to_it(api, section):
    target = factories.ConditionPageFactory(parent=section, title_en="Later", publish=False, live=False)
    referrer = factories.ArticlePageFactory(
        parent=section, intro_en=f'<p><a linktype="page" id="{target.pk}">later</a></p>')
    warm(api, detail(referrer))
    assert "<a" not in api(detail(referrer)).json()["intro"]
    target.save_revision().publish()
    assert "<a href=" in api(detail(referrer)).json()["intro"]


@pytest.mark.django_db
def test_unpublish_and_delete(api, pages):
    a, b, c = pages
    warm(api, detail(a), detail(b), detail(c), "/api/v1/pages/")
    a.unpublish()
    assert api(detail(a)).status_code == 404
    assert api(detail(b)).json()["related"]["therapies"] == []
    assert a.pk not in [p["id"] for p in api("/api/v1/pages/?limit=100").json()["results"]]
    assert is_cached(api, detail(c))
    warm(api, detail(c), "/api/v1/pages/")
    c.delete()
    assert api(detail(c)).status_code == 404
    assert c.pk not in [p["id"] for p in api("/api/v1/pages/?limit=100").json()["results"]]


@pytest.mark.django_db
def test_move_makes_the_subtree_stale(api, home, section, pages):
    a, _b, c = pages
    other = factories.SectionIndexPageFactory(parent=home, title_en="Other", slug_en="other")
    warm(api, detail(section), detail(a), detail(c), detail(other))
    section.move(other, pos="last-child")
    assert api(detail(a)).json()["path"].startswith("/other/")
    assert api(detail(section)).json()["path"].startswith("/other/")
    assert is_cached(api, detail(other))


@pytest.mark.django_db
def test_view_restriction_hides_the_subtree_at_once(api, section, pages):
    a, _b, _c = pages
    warm(api, detail(a), "/api/v1/pages/")
    restriction = PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    assert api(detail(a)).status_code == 404
    assert a.pk not in [p["id"] for p in api("/api/v1/pages/?limit=100").json()["results"]]
    restriction.delete()
    assert api(detail(a)).status_code == 200


@pytest.mark.django_db
def test_snippet_changes_make_stale_only_the_pages_showing_them(api, pages):
    _a, b, c = pages
    clinic = factories.ClinicFactory(name_en="Old clinic")
    professional = factories.ProfessionalFactory(name_en="Dr Old", clinic=clinic)
    RelatedProfessional.objects.create(source=b, target=professional)
    publish(b)
    warm(api, detail(b), detail(c))
    professional.name_en = "Dr New"
    professional.save()
    assert api(detail(b)).json()["related"]["professionals"][0]["name"] == "Dr New"
    assert is_cached(api, detail(c))
    clinic.name_kn = "ಹೊಸ ಕ್ಲಿನಿಕ್"
    clinic.save()
    assert api(detail(b), lang="kn").json()["related"]["professionals"][0]["clinic"]["name"] == "ಹೊಸ ಕ್ಲಿನಿಕ್"
    assert is_cached(api, detail(c))


@pytest.mark.django_db
def test_image_changes_make_stale_the_pages_showing_them(api, section, pages):
    _a, _b, c = pages
    image = factories.ImageFactory(title="Old alt")
    page = factories.ConditionPageFactory(parent=section, hero_image=image)
    warm(api, detail(page), detail(c))
    image.title = "New alt"
    image.save()
    assert api(detail(page)).json()["hero_image"]["alt"] == "New alt"
    assert is_cached(api, detail(c))


@pytest.mark.django_db
def test_translations_make_the_page_stale_in_every_language(api, pages):
    a, b, c = pages
    warm(api, f"{detail(a)}?lang=kn", f"{detail(b)}?lang=kn", f"{detail(a)}translations/", f"{detail(c)}?lang=kn")
    # A translation saved as a draft (as the import command does without --publish) changes
    # the translation progress only.
    a.title_kn = "ಎ ಚಿಕಿತ್ಸೆ"
    a.save_revision()
    assert not is_cached(api, f"{detail(a)}translations/")
    assert api(detail(a), lang="kn").json()["title"] == "A therapy"
    a.save_revision().publish()
    assert api(detail(a), lang="kn").json()["title"] == "ಎ ಚಿಕಿತ್ಸೆ"
    assert api(detail(b), lang="kn").json()["related"]["therapies"][0]["title"] == "ಎ ಚಿಕಿತ್ಸೆ"
    assert is_cached(api, f"{detail(c)}?lang=kn")


@pytest.mark.django_db
def test_translation_import_makes_the_page_stale(api, article):
    import polib

    from pages.catalogs.exporter import export_catalog
    from pages.catalogs.importer import import_catalog

    warm(api, f"{detail(article)}?lang=hi", f"{detail(article)}translations/")
    po = polib.pofile(export_catalog([article], "hi", "po").decode())
    for entry in po:
        if entry.msgctxt and entry.msgctxt.endswith(":title"):
            entry.msgstr = "आयातित शीर्षक"
    import_catalog(str(po).encode(), publish=True)
    assert api(detail(article), lang="hi").json()["title"] == "आयातित शीर्षक"
    assert not is_cached(api, f"{detail(article)}translations/")


# RACES AND OUTAGES -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_response_computed_across_a_change_is_not_stored(api, pages, monkeypatch):
    a, _b, _c = pages
    real_store = response_cache.store

    def change_then_store(cache, key, writes, response):
        response_cache.invalidate("page:999999")  # any write while the response was computed
        real_store(cache, key, writes, response)

    monkeypatch.setattr(response_cache, "store", change_then_store)
    api(detail(a))
    monkeypatch.setattr(response_cache, "store", real_store)
    assert not is_cached(api, detail(a))


@pytest.mark.django_db
def test_invalidation_runs_again_after_commit(monkeypatch):
    bumped, callbacks = [], []
    monkeypatch.setattr(response_cache, "_bump", bumped.append)
    monkeypatch.setattr(response_cache.transaction, "on_commit", callbacks.append)
    response_cache.invalidate("page:1", "lists")
    assert bumped == [("page:1", "lists")]
    callbacks[0]()
    assert bumped == [("page:1", "lists")] * 2


@pytest.mark.django_db
def test_redis_down_the_api_answers_uncached_and_logs_once(api, pages, settings, caplog):
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.CACHES = {"default": {"BACKEND": "cms.redis_cache.FailOpenRedisCache",
                                   "LOCATION": f"redis://127.0.0.1:{port}/0"}}
    a, _b, _c = pages
    with caplog.at_level(logging.ERROR, logger="cms.redis_cache"):
        for _ in range(3):
            response = api(detail(a))
            assert response.status_code == 200 and response.json()["title"] == "A therapy"
        publish(a, title_en="A therapy, revised")  # invalidation fails quietly too
        assert api(detail(a)).json()["title"] == "A therapy, revised"
    outage_lines = [r for r in caplog.records if "Redis cache unavailable" in r.getMessage()]
    assert len(outage_lines) == 1


def test_after_an_outage_every_cached_response_is_made_stale(monkeypatch):
    from redis.exceptions import ConnectionError as RedisConnectionError

    from cms.redis_cache import FailOpenRedisCache

    cache = FailOpenRedisCache("redis://127.0.0.1:1/0", {})
    seen = []
    monkeypatch.setattr(FailOpenRedisCache, "on_reconnect", [seen.append])
    calls = iter([RedisConnectionError("down"), None])

    def fake_set(self, *args, **kwargs):
        outcome = next(calls)
        if outcome is not None:
            raise outcome

    monkeypatch.setattr("django.core.cache.backends.redis.RedisCache.set", fake_set)
    monkeypatch.setattr("cms.redis_cache.RETRY_AFTER", 0)
    cache.set("k", "v")  # lost while Redis is down
    assert seen == []
    cache.set("k", "v")  # Redis is back
    assert seen == [cache]
