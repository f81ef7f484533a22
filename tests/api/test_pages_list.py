"""The page list: summaries, filters, ordering, search and pagination, with exact errors."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Page

from tests import factories
from tests.api.conftest import problem

SUMMARY_KEYS = {
    "id", "type", "title", "slug", "path", "language", "search_description",
    "first_published_at", "last_published_at",
}


def invalid(detail):
    return problem("invalid_parameter", 400, detail, "Invalid parameter")


@pytest.fixture
def tree(home, section):
    conditions = factories.SectionIndexPageFactory(parent=home, title_en="Conditions", title_kn="ಸ್ಥಿತಿಗಳು")
    pages = {
        "stenosis": factories.ConditionPageFactory(parent=conditions, title_en="Spinal stenosis",
                                                   title_kn="ಸ್ಪೈನಲ್ ಸ್ಟೆನೋಸಿಸ್"),
        "sciatica": factories.ConditionPageFactory(parent=conditions, title_en="Sciatica"),
        "needling": factories.ArticlePageFactory(parent=section, title_en="Amazing dry needling"),
    }
    pages["needling"].tags.add("back-pain")
    pages["needling"].save()
    pages["stenosis"].tags.add("Back-Pain", "spine")
    pages["stenosis"].save()
    return {"home": home, "blog": section, "conditions": conditions, **pages}


def titles(response):
    assert response.status_code == 200, response.content
    return [page["title"] for page in response.json()["results"]]


# SUMMARIES

@pytest.mark.django_db
def test_list_gives_summaries_of_live_public_pages_in_tree_order(api, tree):
    body = api("/api/v1/pages/").json()
    assert body["count"] == 6 and body["next"] is None and body["previous"] is None
    assert [page["title"] for page in body["results"]] == [
        "Home", "Blog", "Amazing dry needling", "Conditions", "Spinal stenosis", "Sciatica",
    ]
    stenosis = body["results"][4]
    assert set(stenosis) == SUMMARY_KEYS
    assert stenosis["type"] == "ConditionPage"
    assert stenosis["path"] == "/conditions/spinal-stenosis/"
    assert body["results"][0]["path"] == "/"


@pytest.mark.django_db
def test_summary_path_is_in_the_request_language(api, tree):
    results = api("/api/v1/pages/", lang="kn", type="ConditionPage").json()["results"]
    assert [page["path"] for page in results] == ["/ಸ್ಥಿತಿಗಳು/ಸ್ಪೈನಲ್-ಸ್ಟೆನೋಸಿಸ್/", "/ಸ್ಥಿತಿಗಳು/sciatica/"]


# TYPE FILTER

@pytest.mark.django_db
def test_type_filter(api, tree):
    assert titles(api("/api/v1/pages/", type="ConditionPage")) == ["Spinal stenosis", "Sciatica"]
    assert titles(api("/api/v1/pages/", type="ArticlePage,HomePage")) == ["Home", "Amazing dry needling"]


@pytest.mark.django_db
def test_unknown_type_gives_error(api, tree):
    response = api("/api/v1/pages/", type="BlogPage")
    assert response.status_code == 400
    assert response.json() == invalid(
        "type must be one of HomePage, SectionIndexPage, ConditionPage, TherapyPage, TreatmentPage, "
        "SymptomPage, ArticlePage; got 'BlogPage'"
    )


# CHILD_OF FILTER

@pytest.mark.django_db
def test_child_of_filter_lists_a_sections_children(api, tree):
    assert titles(api("/api/v1/pages/", child_of=tree["conditions"].pk)) == ["Spinal stenosis", "Sciatica"]
    assert titles(api("/api/v1/pages/", child_of=tree["home"].pk)) == ["Blog", "Conditions"]


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["abc", "-1", "0", "1.5"])
def test_malformed_child_of_gives_error(api, tree, value):
    response = api("/api/v1/pages/", child_of=value)
    assert response.json() == invalid(f"child_of must be a positive integer; got '{value}'")


@pytest.mark.django_db
def test_child_of_unknown_page_gives_error(api, tree):
    response = api("/api/v1/pages/", child_of="999999")
    assert response.json() == invalid("child_of must be the id of a published page; got '999999'")


# TAG FILTER

@pytest.mark.django_db
def test_tag_filter_ignores_case(api, tree):
    assert titles(api("/api/v1/pages/", tag="back-pain")) == ["Amazing dry needling", "Spinal stenosis"]
    assert titles(api("/api/v1/pages/", tag="spine")) == ["Spinal stenosis"]
    assert titles(api("/api/v1/pages/", tag="unknown")) == []


# ORDERING

@pytest.mark.django_db
def test_ordering_by_title_uses_the_request_language(api, tree):
    assert titles(api("/api/v1/pages/", type="ConditionPage", ordering="title")) == ["Sciatica", "Spinal stenosis"]
    assert titles(api("/api/v1/pages/", type="ConditionPage", ordering="-title")) == ["Spinal stenosis", "Sciatica"]
    # In Kannada, "Sciatica" falls back to English, which sorts before Kannada script.
    assert titles(api("/api/v1/pages/", type="ConditionPage", ordering="-title", lang="kn")) == [
        "ಸ್ಪೈನಲ್ ಸ್ಟೆನೋಸಿಸ್", "Sciatica",
    ]


@pytest.mark.django_db
def test_ordering_by_dates(api, tree):
    now = timezone.now()
    for days, name in enumerate(["sciatica", "needling", "stenosis"]):
        Page.objects.filter(pk=tree[name].pk).update(
            first_published_at=now - timedelta(days=10 - days), last_published_at=now - timedelta(days=days)
        )
    query = {"type": "ConditionPage,ArticlePage"}
    assert titles(api("/api/v1/pages/", ordering="first_published_at", **query)) == [
        "Sciatica", "Amazing dry needling", "Spinal stenosis",
    ]
    assert titles(api("/api/v1/pages/", ordering="-first_published_at", **query))[0] == "Spinal stenosis"
    assert titles(api("/api/v1/pages/", ordering="last_published_at", **query))[0] == "Spinal stenosis"
    assert titles(api("/api/v1/pages/", ordering="-last_published_at", **query))[0] == "Sciatica"


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["id", "path", "title,-title", "--title"])
def test_unknown_ordering_gives_error(api, tree, value):
    assert api("/api/v1/pages/", ordering=value).json() == invalid(
        "ordering must be one of title, -title, first_published_at, -first_published_at, "
        f"last_published_at, -last_published_at; got '{value}'"
    )


# SEARCH

@pytest.mark.django_db
def test_search_finds_public_pages_best_match_first(api, tree):
    factories.ConditionPageFactory(parent=tree["conditions"], title_en="Needling needling needling", publish=False,
                                   live=False)
    results = api("/api/v1/pages/", search="needling").json()
    assert [page["title"] for page in results["results"]] == ["Amazing dry needling"]
    assert results["count"] == 1


@pytest.mark.django_db
def test_search_matches_translated_text_and_combines_with_filters(api, tree):
    assert titles(api("/api/v1/pages/", search="ಸ್ಟೆನೋಸಿಸ್", lang="kn")) == ["ಸ್ಪೈನಲ್ ಸ್ಟೆನೋಸಿಸ್"]
    assert titles(api("/api/v1/pages/", search="stenosis", type="ArticlePage")) == []
    assert titles(api("/api/v1/pages/", search="stenosis", child_of=tree["conditions"].pk)) == ["Spinal stenosis"]


@pytest.mark.django_db
def test_search_with_ordering_gives_error(api, tree):
    assert api("/api/v1/pages/", search="needling", ordering="title").json() == invalid(
        "search results are ordered by relevance; ordering cannot be combined with search"
    )


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["search", "type", "tag", "child_of", "ordering"])
def test_empty_filter_value_gives_error(api, tree, name):
    assert api("/api/v1/pages/", **{name: " "}).json() == invalid(f"{name} must not be empty")


# PAGINATION

@pytest.mark.django_db
def test_limit_and_offset_paginate(api, tree):
    body = api("/api/v1/pages/", limit=2, offset=2).json()
    assert [page["title"] for page in body["results"]] == ["Amazing dry needling", "Conditions"]
    assert body["count"] == 6
    assert body["next"] == "http://testserver/api/v1/pages/?limit=2&offset=4"
    assert body["previous"] == "http://testserver/api/v1/pages/?limit=2"


@pytest.mark.django_db
def test_default_limit_is_20_and_limit_is_capped_at_100(api, section):
    for index in range(101):
        factories.ArticlePageFactory(parent=section, title_en=f"Post {index}")
    assert len(api("/api/v1/pages/").json()["results"]) == 20
    body = api("/api/v1/pages/", limit=1000).json()
    assert len(body["results"]) == 100
    assert body["count"] == 103


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "detail"),
    [
        ({"limit": "abc"}, "limit must be an integer; got 'abc'"),
        ({"limit": "0"}, "limit must be a positive integer; got '0'"),
        ({"limit": "-5"}, "limit must not be negative; got '-5'"),
        ({"offset": "-1"}, "offset must not be negative; got '-1'"),
        ({"offset": "x"}, "offset must be an integer; got 'x'"),
    ],
)
def test_malformed_pagination_gives_error(api, tree, params, detail):
    response = api("/api/v1/pages/", **params)
    assert response.status_code == 400
    assert response.json() == invalid(detail)


@pytest.mark.django_db
def test_unknown_query_parameter_gives_error(api, tree):
    assert api("/api/v1/pages/", fields="title", page="2").json() == invalid(
        "unknown query parameter fields, page; this endpoint takes "
        "child_of, lang, limit, offset, ordering, search, tag, type"
    )
