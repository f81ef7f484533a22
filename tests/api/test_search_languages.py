"""``?search=`` finds pages by Kannada, Telugu and Hindi words, ranked, and never hidden pages."""

import pytest
from wagtail.models import PageViewRestriction

from tests import factories

WORDS = {"kn": "ಬೆನ್ನುಹುರಿ", "te": "వెన్నెముక", "hi": "रीढ़"}


def callout(text):
    return [{"type": "callout", "value": {"tone": "info", "text": text}}]


@pytest.fixture
def pages(section):
    in_title = factories.ConditionPageFactory(
        parent=section,
        title_en="Spinal canal",
        slug_en="spinal-canal",
        title_kn=f"{WORDS['kn']} ಕಾಲುವೆ",
        title_te=f"{WORDS['te']} కాలువ",
        title_hi=f"{WORDS['hi']} की नली",
    )
    in_body = factories.ArticlePageFactory(
        parent=section,
        title_en="Posture tips",
        slug_en="posture-tips",
        title_kn="ಭಂಗಿ ಸಲಹೆಗಳು",
        title_te="భంగిమ చిట్కాలు",
        title_hi="मुद्रा के सुझाव",
        body_kn=callout(f"ನಿಮ್ಮ {WORDS['kn']} ನೇರವಾಗಿರಲಿ"),
        body_te=callout(f"మీ {WORDS['te']} నిటారుగా ఉంచండి"),
        body_hi=callout(f"अपनी {WORDS['hi']} सीधी रखें"),
    )
    unrelated = factories.ArticlePageFactory(parent=section, title_en="Knee pain", title_kn="ಮಂಡಿ ನೋವು")
    draft = factories.ArticlePageFactory(
        parent=section,
        title_en="Draft",
        live=False,
        publish=False,
        **{f"title_{lang}": f"{word} ಕರಡು" for lang, word in WORDS.items()},
    )
    private = factories.ArticlePageFactory(
        parent=section, title_en="Private", **{f"title_{lang}": f"{word} private" for lang, word in WORDS.items()}
    )
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    return {"in_title": in_title, "in_body": in_body, "unrelated": unrelated, "draft": draft, "private": private}


def found(api, lang, query):
    response = api("/api/v1/pages/", search=query, lang=lang)
    assert response.status_code == 200
    return [result["id"] for result in response.json()["results"]]


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["kn", "te", "hi"])
def test_indic_word_finds_its_pages_title_matches_first(api, pages, lang):
    assert found(api, lang, WORDS[lang]) == [pages["in_title"].pk, pages["in_body"].pk]


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["kn", "te", "hi"])
def test_results_are_in_the_request_language(api, pages, lang):
    response = api("/api/v1/pages/", search=WORDS[lang], lang=lang)
    assert response.json()["results"][0]["title"].startswith(WORDS[lang])


@pytest.mark.django_db
def test_english_words_find_pages_from_any_language(api, pages):
    assert found(api, "kn", "posture") == [pages["in_body"].pk]  # Kannada readers fall back to English


@pytest.mark.django_db
def test_search_never_shows_drafts_or_restricted_pages(api, pages):
    for lang, word in WORDS.items():
        ids = found(api, lang, word)
        assert pages["draft"].pk not in ids and pages["private"].pk not in ids
