"""Headless preview: the admin sends the editor's draft to the front end with a signed, expiring token."""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from pages.models import RELATED_LISTS, ArticlePage
from tests import factories
from tests.api.conftest import problem

DRAFT_KANNADA_TITLE = "ಕರಡು: ಡ್ರೈ ನೀಡ್ಲಿಂಗ್"


@pytest.fixture
def live_page(section):
    return factories.ArticlePageFactory(parent=section, title_en="Dry needling", title_kn="ಡ್ರೈ ನೀಡ್ಲಿಂಗ್")


@pytest.fixture
def editor(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editor", "e@example.com", "pw"))
    return client


def edit_form(page, **fields):
    data = {
        "title_en": page.title_en, "slug_en": page.slug_en, "title_kn": page.title_kn, "slug_kn": page.slug_kn,
        "intro_en": rich_text("<p>Draft intro</p>"),
        "body_en": streamfield([("heading", {"text": "Draft heading", "level": "2"})]),
        "body_kn": streamfield([("heading", {"text": "ಕರಡು ಶೀರ್ಷಿಕೆ", "level": "2"})]),
        "body_te": streamfield([]), "body_hi": streamfield([]),
        "comments": inline_formset([]),
        **{relation: inline_formset([]) for relation, _label in RELATED_LISTS},
        **fields,
    }
    return nested_form_data(data)


def preview_query(editor, page, mode):
    """Press Preview in the admin, in ``mode`` (a language); the query string of the front end's URL."""
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    assert editor.post(url, edit_form(page, title_kn=DRAFT_KANNADA_TITLE)).json()["is_valid"]
    return iframe_query(editor.get(url, {"mode": mode}))


def iframe_query(response):
    """The query string of the front end's URL in the admin's preview panel."""
    src = unescape(re.search(r'<iframe src="([^"]+)"', response.content.decode()).group(1))
    assert src.startswith("http://localhost:3000/preview/?")
    return {name: values[0] for name, values in parse_qs(urlsplit(src).query).items()}


@pytest.mark.django_db
def test_editor_previews_the_kannada_draft_through_the_api(api, editor, live_page):
    query = preview_query(editor, live_page, "kn")
    assert query["lang"] == "kn" and query["content_type"] == "pages.articlepage" and query["id"] == str(live_page.pk)

    response = api("/api/v1/preview/", **query)

    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    data = response.json()
    assert data["title"] == DRAFT_KANNADA_TITLE
    assert data["body"][0]["value"]["text"] == "ಕರಡು ಶೀರ್ಷಿಕೆ"
    assert response["Content-Language"] == "kn"


@pytest.mark.django_db
def test_the_draft_is_invisible_without_a_token(api, editor, live_page):
    preview_query(editor, live_page, "kn")
    draft = ArticlePage.objects.get(pk=live_page.pk)
    draft.title_kn = DRAFT_KANNADA_TITLE
    draft.save_revision()
    assert api(f"/api/v1/pages/{live_page.pk}/", lang="kn").json()["title"] == "ಡ್ರೈ ನೀಡ್ಲಿಂಗ್"
    assert api("/api/v1/preview/", content_type="pages.articlepage").json() == problem(
        "invalid_parameter", 400, "token required: use the preview URL the admin made", "Invalid parameter"
    )


@pytest.mark.django_db
def test_forged_token_is_a_403(api, editor, live_page):
    query = preview_query(editor, live_page, "en")
    response = api("/api/v1/preview/", **{**query, "token": query["token"][:-2] + "xx"})
    assert response.status_code == 403
    assert response.json() == problem(
        "preview_token_invalid", 403, "This preview token is not valid.", "Invalid preview token"
    )


@pytest.mark.django_db
def test_expired_token_is_a_403(api, editor, live_page, settings):
    query = preview_query(editor, live_page, "en")
    settings.PREVIEW_TOKEN_MAX_AGE = -1
    response = api("/api/v1/preview/", **query)
    assert response.status_code == 403
    assert response.json()["code"] == "preview_token_expired"


@pytest.mark.django_db
def test_token_reused_for_another_page_is_a_403(api, editor, live_page, section):
    other = factories.ConditionPageFactory(parent=section, title_en="Spinal stenosis")
    query = preview_query(editor, live_page, "en")
    for misuse in ({"id": str(other.pk)}, {"content_type": "pages.conditionpage"}):
        response = api("/api/v1/preview/", **{**query, **misuse})
        assert response.status_code == 403
        assert response.json()["code"] == "preview_token_mismatch"


@pytest.mark.django_db
def test_preview_of_a_page_not_yet_saved(api, editor, section):
    url = reverse("wagtailadmin_pages:preview_on_add", args=["pages", "articlepage", section.pk])
    form = edit_form(ArticlePage(title_en="Brand new", slug_en="brand-new", title_kn="ಹೊಸ ಪುಟ", slug_kn=""))
    assert editor.post(url, form).json()["is_valid"]
    query = iframe_query(editor.get(url, {"mode": "kn"}))
    assert "id" not in query

    response = api("/api/v1/preview/", **query)

    assert response.status_code == 200, response.content
    assert response.json()["title"] == "ಹೊಸ ಪುಟ"
