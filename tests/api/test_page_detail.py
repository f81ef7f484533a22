"""One page in full, by id and by path: shape, related lists, tags, structured data, Indic round trips."""

import json

import pytest

from pages.models import (
    RelatedBlogPost,
    RelatedCondition,
    RelatedProfessional,
    RelatedSymptom,
    RelatedTherapy,
    RelatedTreatment,
)
from tests import factories
from tests.api.conftest import LANGUAGES, TITLES, problem

DETAIL_KEYS = {
    "id", "type", "title", "slug", "path", "language", "search_description", "first_published_at",
    "last_published_at", "seo_title", "intro", "hero_image", "body", "related", "tags", "meta",
}
RELATED_KEYS = ["therapies", "symptoms", "conditions", "treatments", "professionals", "blog_posts"]


@pytest.mark.django_db
def test_detail_has_every_field_and_six_related_lists(api, article):
    body = api(f"/api/v1/pages/{article.pk}/").json()
    assert set(body) == DETAIL_KEYS
    assert body["path"] == "/blog/dry-needling-for-spinal-stenosis/"
    assert body["intro"] == "<p>en intro</p>"
    assert body["hero_image"] is None
    assert body["related"] == {key: [] for key in RELATED_KEYS}
    assert body["tags"] == []
    assert list(body["related"]) == RELATED_KEYS


@pytest.mark.django_db
@pytest.mark.parametrize("factory", ["home", "section"])
def test_home_and_section_pages_have_empty_related_lists(api, home, section, factory):
    page = {"home": home, "section": section}[factory]
    body = api(f"/api/v1/pages/{page.pk}/").json()
    assert body["related"] == {key: [] for key in RELATED_KEYS}
    assert body["tags"] == []
    assert body["path"] == {"home": "/", "section": "/blog/"}[factory]


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGES)
def test_related_lists_are_summaries_in_the_request_language(api, article, section, lang):
    targets = {
        RelatedTherapy: factories.TherapyPageFactory,
        RelatedSymptom: factories.SymptomPageFactory,
        RelatedCondition: factories.ConditionPageFactory,
        RelatedTreatment: factories.TreatmentPageFactory,
        RelatedBlogPost: factories.ArticlePageFactory,
    }
    for model, factory in targets.items():
        titles = {"title_en": f"{model.__name__} en", f"title_{lang}": f"{model.__name__} {lang}"}
        target = factory(parent=section, **titles)
        model.objects.create(source=article, target=target)
    clinic = factories.ClinicFactory(name_en="Indiranagar clinic", name_kn="ಇಂದಿರಾನಗರ ಕ್ಲಿನಿಕ್")
    photo = factories.ImageFactory()
    professional = factories.ProfessionalFactory(
        name_en="Dr Ananya Rao", name_kn="ಡಾ. ಅನನ್ಯಾ ರಾವ್", name_hi="डॉ. अनन्या राव", bio_en="Ten years",
        languages_spoken_en="English, Kannada", clinic=clinic, photo=photo,
    )
    RelatedProfessional.objects.create(source=article, target=professional)
    related = api(f"/api/v1/pages/{article.pk}/", lang=lang).json()["related"]
    assert [item["title"] for item in related["therapies"]] == [f"RelatedTherapy {lang}"]
    assert [item["title"] for item in related["blog_posts"]] == [f"RelatedBlogPost {lang}"]
    assert related["conditions"][0]["type"] == "ConditionPage" and related["conditions"][0]["language"] == lang
    [expert] = related["professionals"]
    assert expert["name"] == {"en": "Dr Ananya Rao", "kn": "ಡಾ. ಅನನ್ಯಾ ರಾವ್", "te": "Dr Ananya Rao",
                              "hi": "डॉ. अनन्या राव"}[lang]
    assert expert["clinic"]["name"] == ("ಇಂದಿರಾನಗರ ಕ್ಲಿನಿಕ್" if lang == "kn" else "Indiranagar clinic")
    assert expert["bio"] == "Ten years" and expert["languages_spoken"] == "English, Kannada"
    assert expert["photo"]["id"] == photo.pk


@pytest.mark.django_db
def test_related_lists_keep_the_editors_order(api, article, section):
    first = factories.ConditionPageFactory(parent=section, title_en="B second by title")
    second = factories.ConditionPageFactory(parent=section, title_en="A first by title")
    RelatedCondition.objects.create(source=article, target=first, sort_order=0)
    RelatedCondition.objects.create(source=article, target=second, sort_order=1)
    related = api(f"/api/v1/pages/{article.pk}/").json()["related"]["conditions"]
    assert [item["id"] for item in related] == [first.pk, second.pk]


@pytest.mark.django_db
def test_tags_and_hero_image(api, section):
    image = factories.ImageFactory(title="Spine model")
    page = factories.ConditionPageFactory(parent=section, title_en="Stenosis", hero_image=image)
    page.tags.add("spine", "back-pain")
    page.save_revision().publish()
    body = api(f"/api/v1/pages/{page.pk}/").json()
    assert body["tags"] == ["back-pain", "spine"]
    hero = body["hero_image"]
    assert {key: hero[key] for key in ("id", "alt", "width", "height")} == {
        "id": image.pk, "alt": "Spine model", "width": 64, "height": 48,
    }
    assert hero["url"].startswith("/media/original_images/")
    assert set(hero["renditions"]) == {"thumbnail", "medium", "large"}
    assert hero["renditions"]["thumbnail"]["url"].endswith(".fill-400x300.png")


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGES)
def test_structured_data_is_a_medical_web_page_with_faqs(api, section, lang):
    item = {"question": f"{lang} q?", "answer": f"<p>{lang} a</p>"}
    faq = {"type": "faq", "value": {"title": "FAQ", "items": [item]}}
    page = factories.ConditionPageFactory(
        parent=section, search_description_en="About stenosis",
        **{"title_en": "Stenosis", f"title_{lang}": TITLES[lang], "body_en": [faq], f"body_{lang}": [faq]},
    )
    body = api(f"/api/v1/pages/{page.pk}/", lang=lang).json()
    assert body["meta"]["structured_data"] == {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "MedicalWebPage", "name": TITLES[lang], "description": "About stenosis",
                "inLanguage": lang, "url": body["path"],
                "datePublished": page.first_published_at.isoformat(),
                "dateModified": page.last_published_at.isoformat(),
            },
            {
                "@type": "FAQPage", "inLanguage": lang,
                "mainEntity": [{"@type": "Question", "name": f"{lang} q?",
                                "acceptedAnswer": {"@type": "Answer", "text": f"<p>{lang} a</p>"}}],
            },
        ],
    }


@pytest.mark.django_db
def test_structured_data_has_no_faq_page_without_faqs(api, article):
    graph = api(f"/api/v1/pages/{article.pk}/").json()["meta"]["structured_data"]["@graph"]
    assert [node["@type"] for node in graph] == ["MedicalWebPage"]


@pytest.mark.django_db
def test_unknown_id_gives_error(api, home):
    response = api("/api/v1/pages/999999/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert response.json() == problem("not_found", 404, "no published page has id 999999", "Not found")


@pytest.mark.django_db
def test_huge_id_gives_not_found(api, home):
    assert api("/api/v1/pages/99999999999999999999999/").status_code == 404


# INDIC TEXT

@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGES)
def test_indic_text_with_marks_zwj_and_zwnj_round_trips_byte_for_byte(api, article, lang):
    response = api(f"/api/v1/pages/{article.pk}/", lang=lang)
    body = response.json()
    assert body["title"] == TITLES[lang]
    # The raw body holds the UTF-8 bytes themselves, not \\u escapes.
    assert json.dumps(TITLES[lang], ensure_ascii=False).encode() in response.content


# FIND BY PATH

@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGES)
def test_find_by_path_in_each_language(api, article, lang):
    path = api(f"/api/v1/pages/{article.pk}/", lang=lang).json()["path"]
    response = api("/api/v1/pages/find/", path=path, lang=lang)
    assert response.json()["id"] == article.pk
    assert response.json()["path"] == path


@pytest.mark.django_db
def test_find_kannada_path_percent_encoded_and_english_fallback(api, article, client):
    kn_path = "/ಬ್ಲಾಗ್/ಸ್ಪೈನಲ್-ಸ್ಟೆನೋಸಿಸ್ಗೆ-ಡ್ರೈ-ನೀಡ್ಲಿಂಗ್/"
    assert api(f"/api/v1/pages/{article.pk}/", lang="kn").json()["path"] == kn_path
    from urllib.parse import quote

    once = client.get(f"/api/v1/pages/find/?lang=kn&path={quote(kn_path)}")
    assert once.json()["id"] == article.pk
    twice = client.get(f"/api/v1/pages/find/?lang=kn&path={quote(quote(kn_path))}")
    assert twice.json()["id"] == article.pk
    english = api("/api/v1/pages/find/", path="/blog/dry-needling-for-spinal-stenosis", lang="kn")
    assert english.json()["title"] == TITLES["kn"]


@pytest.mark.django_db
def test_find_root_path_gives_home(api, home):
    assert api("/api/v1/pages/find/", path="/").json()["type"] == "HomePage"


@pytest.mark.django_db
def test_find_unknown_path_gives_error(api, article):
    response = api("/api/v1/pages/find/", path="/blog/nope/")
    assert response.status_code == 404
    assert response.json() == problem("not_found", 404, "no published page at /blog/nope/", "Not found")


@pytest.mark.django_db
def test_find_without_path_gives_error(api, home):
    assert api("/api/v1/pages/find/").json() == problem(
        "invalid_parameter", 400, "path is required, e.g. path=/conditions/spinal-stenosis/", "Invalid parameter"
    )
