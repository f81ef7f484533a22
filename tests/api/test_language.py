"""Choosing the request's language, the fallback chain, and the headers that say which was chosen."""

import pytest
from django.test import RequestFactory
from rest_framework.request import Request

from api.exceptions import ApiError
from api.language import fallback_chain, resolve_language
from tests import factories
from tests.api.conftest import LANGUAGES, TITLES, problem


def language_of(query="", accept=None):
    headers = {"Accept-Language": accept} if accept else {}
    return resolve_language(Request(RequestFactory().get(f"/api/v1/pages/{query}", headers=headers)))


# LANGUAGE NEGOTIATION

@pytest.mark.parametrize(
    ("query", "accept", "expected", "negotiated"),
    [
        ("?lang=kn", "hi", "kn", False),
        ("?lang=HI", None, "hi", False),
        ("", "te", "te", True),
        ("", "kn-IN", "kn", True),
        ("", "fr;q=1.0, hi;q=0.4, te;q=0.8", "te", True),
        ("", "fr, de", "en", True),
        ("", "*", "en", True),
        ("", "hi;q=0, te;q=0.1", "te", True),
        ("", "kn;q=abc", "en", True),
        ("", None, "en", True),
    ],
)
def test_language_comes_from_lang_then_accept_language_then_default(query, accept, expected, negotiated):
    language = language_of(query, accept)
    assert (language.code, language.negotiated) == (expected, negotiated)


def test_unsupported_lang_is_an_error():
    with pytest.raises(ApiError) as error:
        language_of("?lang=fr")
    assert error.value.problem_code == "unsupported_language"


def test_every_language_falls_back_to_english_by_default():
    assert [fallback_chain(code) for code in LANGUAGES] == [("en",), ("kn", "en"), ("te", "en"), ("hi", "en")]


def test_fallback_chain_follows_modeltranslation_setting(settings):
    settings.MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("en",), "te": ("kn", "en")}
    assert fallback_chain("te") == ("te", "kn", "en")


# THROUGH THE API

@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_endpoint_answers_in_lang(api, article, lang):
    for url, params in [
        ("/api/v1/locales/", {}),
        ("/api/v1/pages/", {}),
        (f"/api/v1/pages/{article.pk}/", {}),
        ("/api/v1/pages/find/", {"path": "/blog/dry-needling-for-spinal-stenosis/"}),
    ]:
        response = api(url, lang=lang, **params)
        assert response.status_code == 200, url
        assert response["Content-Language"] == lang
    detail = api(f"/api/v1/pages/{article.pk}/", lang=lang).json()
    assert detail["title"] == TITLES[lang]
    assert detail["language"] == lang
    listed = api("/api/v1/pages/", lang=lang, type="ArticlePage").json()["results"]
    assert [page["title"] for page in listed] == [TITLES[lang]]


@pytest.mark.django_db
def test_accept_language_decides_and_responses_vary_on_it(api, article):
    response = api(f"/api/v1/pages/{article.pk}/", headers={"Accept-Language": "kn-IN,kn;q=0.9,en;q=0.5"})
    assert response["Content-Language"] == "kn"
    assert "Accept-Language" in response["Vary"]
    assert response.json()["title"] == TITLES["kn"]


@pytest.mark.django_db
def test_lang_wins_over_accept_language(api, article):
    response = api(f"/api/v1/pages/{article.pk}/", lang="hi", headers={"Accept-Language": "kn"})
    assert response.json()["title"] == TITLES["hi"]


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/api/v1/locales/", "/api/v1/pages/"])
def test_unsupported_lang_gives_error(api, home, url):
    response = api(url, lang="fr")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert response["Content-Language"] == "en"
    assert response.json() == problem(
        "unsupported_language", 400, "lang must be one of en, kn, te, hi; got 'fr'", "Unsupported language"
    )


# LOCALES

@pytest.mark.django_db
def test_locales_list_names_fallbacks_and_default(api):
    assert api("/api/v1/locales/").json() == [
        {"code": "en", "name": "English", "native_name": "English", "fallback_chain": [], "default": True},
        {"code": "kn", "name": "Kannada", "native_name": "ಕನ್ನಡ", "fallback_chain": ["en"], "default": False},
        {"code": "te", "name": "Telugu", "native_name": "తెలుగు", "fallback_chain": ["en"], "default": False},
        {"code": "hi", "name": "Hindi", "native_name": "हिन्दी", "fallback_chain": ["en"], "default": False},
    ]


# FALLBACK AND TRANSLATION STATUS

@pytest.mark.django_db
def test_missing_fields_fall_back_to_english_and_meta_says_which(api, section):
    page = factories.ConditionPageFactory(
        parent=section, title_en="Spinal stenosis", title_kn="ಸ್ಪೈನಲ್ ಸ್ಟೆನೋಸಿಸ್",
        search_description_en="Narrowing of the spine", intro_en="<p>English intro</p>",
        body_en=[{"type": "callout", "value": {"tone": "info", "text": "English tip"}}],
    )
    body = api(f"/api/v1/pages/{page.pk}/", lang="kn").json()
    assert body["title"] == "ಸ್ಪೈನಲ್ ಸ್ಟೆನೋಸಿಸ್"
    assert body["search_description"] == "Narrowing of the spine"
    assert body["intro"] == "<p>English intro</p>"
    assert body["body"][0]["value"] == {"tone": "info", "text": "English tip"}
    # seo_title is empty in English too, so it does not count.
    assert body["meta"]["translation"] == {
        "language": "kn", "status": "partial", "fallback_fields": ["search_description", "intro", "body"],
    }
    assert body["meta"]["available_languages"] == ["en"]


@pytest.mark.django_db
def test_translation_status_is_complete_partial_or_missing(api, article, section):
    untranslated = factories.ConditionPageFactory(parent=section, title_en="Sciatica")
    meta = api(f"/api/v1/pages/{article.pk}/", lang="te").json()["meta"]
    assert meta["translation"] == {"language": "te", "status": "complete", "fallback_fields": []}
    assert meta["available_languages"] == LANGUAGES
    meta = api(f"/api/v1/pages/{untranslated.pk}/", lang="hi").json()["meta"]
    assert meta["translation"] == {"language": "hi", "status": "missing", "fallback_fields": ["title", "slug"]}
    assert api(f"/api/v1/pages/{untranslated.pk}/").json()["meta"]["translation"]["status"] == "complete"


@pytest.mark.django_db
def test_emptied_rich_text_counts_as_untranslated(section):
    from pages.translation_status import translation_statuses

    page = factories.ConditionPageFactory(parent=section, title_en="Sciatica", title_kn="ಸಯಾಟಿಕಾ",
                                          intro_en="<p>Leg pain</p>", intro_kn="<p></p>")
    assert translation_statuses(page)["kn"].missing_fields == ("intro",)


@pytest.mark.django_db
def test_fallback_follows_a_configured_chain(api, section, settings):
    settings.MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("en",), "te": ("kn", "en")}
    page = factories.ConditionPageFactory(parent=section, title_en="Sciatica", title_kn="ಸಯಾಟಿಕಾ")
    body = api(f"/api/v1/pages/{page.pk}/", lang="te").json()
    assert body["title"] == "ಸಯಾಟಿಕಾ"
    assert body["meta"]["translation"]["fallback_fields"] == ["title", "slug"]


@pytest.mark.django_db
def test_available_languages_judge_bodies_the_detail_does_not_read(api, section):
    """The detail reads only the bodies of its language's fallback chain; the others' being
    filled in comes from the database, and must agree with what reading them would say."""
    block = [{"type": "callout", "value": {"tone": "info", "text": "x"}}]
    page = factories.ConditionPageFactory(
        parent=section, **{f"title_{code}": f"T {code}" for code in LANGUAGES},
        **{f"slug_{code}": f"t-{code}" for code in LANGUAGES},
        body_en=block, body_kn=block, body_te=[], body_hi=block,
    )
    for lang in LANGUAGES:
        meta = api(f"/api/v1/pages/{page.pk}/", lang=lang).json()["meta"]
        assert meta["available_languages"] == ["en", "kn", "hi"], lang
    from pages.translation_status import complete_languages, translation_statuses

    page.refresh_from_db()
    assert complete_languages(translation_statuses(page)) == ["en", "kn", "hi"]
