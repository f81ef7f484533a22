"""Query counts do not grow with a page's blocks, references and images, nor with the list's limit."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.models import RelatedCondition, RelatedProfessional, RelatedTherapy
from tests import factories

DETAIL_MAX_QUERIES = 20
LIST_MAX_QUERIES = 5


def rich_page(section, size):
    """A post with ``size`` of everything: blocks of each referencing kind, related pages, images."""
    images = [factories.ImageFactory() for _ in range(size)]
    conditions = [factories.ConditionPageFactory(parent=section, title_en=f"Condition {size}-{i}") for i in range(size)]
    therapies = [factories.TherapyPageFactory(parent=section, title_en=f"Therapy {size}-{i}") for i in range(size)]
    body = []
    for image, condition in zip(images, conditions, strict=True):
        link = f'<p><a linktype="page" id="{condition.pk}">x</a></p>'
        body += [
            {"type": "paragraph", "value": link},
            {"type": "image", "value": {"image": image.pk, "caption": "", "alt_text": ""}},
            {"type": "analogy", "value": {"title": "t", "text": "t", "image": image.pk}},
            {"type": "related_items", "value": {"title": "t", "items": [condition.pk, therapies[0].pk]}},
            {"type": "cta", "value": {"heading": "h", "text": "", "phone": "", "button_label": "",
                                      "link_page": condition.pk, "link_url": ""}},
            {"type": "faq", "value": {"title": "t", "items": [{"question": "q", "answer": link}]}},
            {"type": "mechanism_steps", "value": {"title": "t", "steps": [{"title": "s", "body": link, "points": []}]}},
        ]
    page = factories.ArticlePageFactory(
        parent=section, title_en=f"Rich {size}", hero_image=images[0], body_en=body, body_kn=body,
        intro_en=f'<p><a linktype="page" id="{conditions[0].pk}">x</a></p>',
    )
    for index, (condition, therapy, image) in enumerate(zip(conditions, therapies, images, strict=True)):
        RelatedCondition.objects.create(source=page, target=condition, sort_order=index)
        RelatedTherapy.objects.create(source=page, target=therapy, sort_order=index)
        professional = factories.ProfessionalFactory(photo=image)
        RelatedProfessional.objects.create(source=page, target=professional, sort_order=index)
    page.tags.add("a", "b")
    page.save()
    return page


def count_queries(client, url):
    client.get(url)  # first request creates the renditions; later ones find them
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.json()


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "kn"])
def test_detail_queries_do_not_grow_with_content(client, section, django_assert_max_num_queries, lang):
    small, large = rich_page(section, 2), rich_page(section, 20)
    small_count, small_body = count_queries(client, f"/api/v1/pages/{small.pk}/?lang={lang}")
    large_count, large_body = count_queries(client, f"/api/v1/pages/{large.pk}/?lang={lang}")
    assert len(large_body["body"]) == 140 and len(large_body["related"]["professionals"]) == 20
    assert small_count == large_count
    with django_assert_max_num_queries(DETAIL_MAX_QUERIES):
        client.get(f"/api/v1/pages/{large.pk}/?lang={lang}")


@pytest.mark.django_db
def test_find_queries_do_not_grow_with_content(client, section, django_assert_max_num_queries):
    large = rich_page(section, 20)
    path = client.get(f"/api/v1/pages/{large.pk}/").json()["path"]
    client.get(f"/api/v1/pages/find/?path={path}")
    with django_assert_max_num_queries(DETAIL_MAX_QUERIES + 1):
        client.get(f"/api/v1/pages/find/?path={path}")


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "&ordering=-title", "&search=condition", "&type=ConditionPage",
                                   "&tag=a", "&lang=kn"])
def test_list_queries_do_not_grow_with_limit(client, section, django_assert_max_num_queries, query):
    for index in range(30):
        page = factories.ConditionPageFactory(parent=section, title_en=f"Condition {index}")
        page.tags.add("a")
        page.save()
    small_count, small = count_queries(client, f"/api/v1/pages/?limit=2{query}")
    large_count, large = count_queries(client, f"/api/v1/pages/?limit=30{query}")
    assert len(small["results"]) == 2 and len(large["results"]) >= 25
    assert small_count == large_count
    with django_assert_max_num_queries(LIST_MAX_QUERIES):
        client.get(f"/api/v1/pages/?limit=100{query}")


@pytest.mark.django_db
def test_a_page_seen_before_comes_in_one_query_less_and_a_wrong_memo_is_harmless(client, section):
    from api import querysets

    condition = factories.ConditionPageFactory(parent=section, hero_image=None)
    url = f"/api/v1/pages/{condition.pk}/"
    querysets._page_types.clear()
    counts = []
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        # PostgreSQL: a new query shape is also prepared, once per connection (api/compiled_queries.py).
        counts.append(sum(not query["sql"].startswith("PREPARE") for query in queries.captured_queries))
    assert counts[1] == counts[0] - 1
    querysets._page_types[condition.pk] = factories.TherapyPageFactory._meta.model  # e.g. an id reused by SQLite
    assert client.get(url).json()["type"] == "ConditionPage"


@pytest.mark.django_db
def test_sync_queries_do_not_grow_with_the_batch(client, section):
    def full_sync():
        client.get("/api/v1/sync/?limit=100")  # renditions are made on the first request
        with CaptureQueriesContext(connection) as queries:
            data = client.get("/api/v1/sync/?limit=100").json()
        return len(queries), data

    for size in (2, 3):
        rich_page(section, size).save_revision().publish()
    few, _ = full_sync()
    for size in (4, 5, 6):
        rich_page(section, size).save_revision().publish()
    many, data = full_sync()
    assert len(data["pages"]) > 40
    assert many == few
    large = next(page for page in data["pages"] if page["title"] == "Rich 6")
    assert len(large["related"]["professionals"]) == 6 and large["tags"] == ["a", "b"]
    assert len(large["body"]) == 42
