"""No draft, unpublished, scheduled, expired or view-restricted page is visible anywhere in the API."""

import pytest

from pages.models import RelatedCondition
from tests import factories
from tests.api.conftest import HIDDEN_CASES, hidden_condition


def cta(page_id):
    return {"type": "cta", "value": {"heading": "Book", "text": "", "phone": "", "button_label": "",
                                     "link_page": page_id, "link_url": ""}}


@pytest.fixture(params=HIDDEN_CASES)
def hidden(request, section):
    return hidden_condition(request.param, section)


@pytest.fixture
def referrer(section, hidden):
    """A public page that refers to the hidden one in every way a page can."""
    page = factories.ArticlePageFactory(
        parent=section, title_en="Public post",
        intro_en=f'<p>See <a linktype="page" id="{hidden.pk}">zebra</a>.</p>',
        body_en=[{"type": "related_items", "value": {"title": "Read next", "items": [hidden.pk]}}, cta(hidden.pk)],
    )
    RelatedCondition.objects.create(source=page, target=hidden)
    return page


@pytest.mark.django_db
def test_hidden_page_is_not_listed(api, hidden):
    ids = [page["id"] for page in api("/api/v1/pages/", limit=100).json()["results"]]
    assert hidden.pk not in ids
    assert api("/api/v1/pages/", type="ConditionPage").json()["count"] == 0


@pytest.mark.django_db
def test_hidden_page_detail_is_not_found(api, hidden):
    assert api(f"/api/v1/pages/{hidden.pk}/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "kn"])
def test_hidden_page_is_not_found_by_path(api, hidden, lang):
    path = "/" + hidden.url_path_en.split("/", 2)[2]
    assert api("/api/v1/pages/find/", path=path, lang=lang).status_code == 404


@pytest.mark.django_db
def test_hidden_page_is_not_found_by_search(api, hidden, section):
    factories.ConditionPageFactory(parent=section, title_en="Horse condition")
    assert api("/api/v1/pages/", search="zebra").json() == {"count": 0, "next": None, "previous": None, "results": []}
    assert api("/api/v1/pages/", search="condition").json()["count"] == 1


@pytest.mark.django_db
def test_hidden_page_children_are_not_listed(api, hidden):
    response = api("/api/v1/pages/", child_of=hidden.pk)
    assert response.status_code == 400


@pytest.mark.django_db
def test_hidden_page_is_left_out_of_references(api, referrer):
    body = api(f"/api/v1/pages/{referrer.pk}/").json()
    assert body["related"]["conditions"] == []
    related_items, call_to_action = body["body"]
    assert related_items["value"]["items"] == []
    assert call_to_action["value"]["link"] is None
    assert body["intro"] == "<p>See zebra.</p>"


@pytest.mark.django_db
def test_unpublished_edits_of_a_live_page_stay_invisible(api, section):
    page = factories.ConditionPageFactory(parent=section, title_en="Live title", title_kn="ಲೈವ್",
                                          body_en=[{"type": "callout", "value": {"tone": "info", "text": "live"}}])
    page.title_en, page.title_kn = "Draft title", "ಡ್ರಾಫ್ಟ್"
    page.body_en = [{"type": "callout", "value": {"tone": "info", "text": "draft"}}]
    page.save_revision()
    for lang, title in [("en", "Live title"), ("kn", "ಲೈವ್")]:
        detail = api(f"/api/v1/pages/{page.pk}/", lang=lang).json()
        assert detail["title"] == title
        listed = api("/api/v1/pages/", type="ConditionPage", lang=lang).json()["results"]
        assert [item["title"] for item in listed] == [title]
    assert api(f"/api/v1/pages/{page.pk}/").json()["body"][0]["value"]["text"] == "live"
    assert api("/api/v1/pages/", search="draft").json()["count"] == 0


@pytest.mark.django_db
def test_pages_outside_the_site_are_invisible(api, home):
    from wagtail.models import Page

    orphan = factories.ConditionPageFactory(parent=Page.get_first_root_node(), title_en="Elsewhere")
    assert api(f"/api/v1/pages/{orphan.pk}/").status_code == 404
