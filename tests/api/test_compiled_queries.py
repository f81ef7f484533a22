"""Queries compiled once per shape (api/compiled_queries.py) answer exactly as the ORM does."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from api.compiled_queries import CompiledQuery
from api.page_relations import related_professionals
from api.querysets import public_page, public_pages, public_pages_by_id, site_root
from pages.models import ArticlePage, RelatedProfessional
from tests import factories


@pytest.fixture
def posts(section):
    return [
        factories.ArticlePageFactory(parent=section, title_en=f"Post {n}", title_kn=f"ಲೇಖನ {n}", slug_en=f"post-{n}")
        for n in range(4)
    ]


@pytest.mark.django_db
def test_a_compiled_query_gives_each_call_the_rows_for_its_own_ids(home, posts):
    hidden = posts[3]
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    for ids in ([posts[0].pk, posts[1].pk], [posts[2].pk, hidden.pk], [posts[1].pk, 999_999]):
        expected = public_pages(home).filter(pk__in=ids).in_bulk()
        found = public_pages_by_id(home, ids)
        assert found.keys() == expected.keys()
        assert [page.title_kn for page in found.values()] == [expected[pk].title_kn for pk in found]


@pytest.mark.django_db
def test_a_specific_page_comes_with_its_annotations_and_only_the_bodies_asked_for(home, article, posts):
    page = public_page(home, article.pk, bodies={"kn", "en"})
    assert type(page) is ArticlePage and page.title_kn == article.title_kn
    assert page._body_te_is_filled is True  # not read, judged by the database
    assert public_page(home, posts[0].pk, bodies={"en"})._body_te_is_filled is False
    assert {"body_te", "body_hi"} <= page.get_deferred_fields()
    assert "body_kn" not in page.get_deferred_fields()


@pytest.mark.django_db
def test_a_new_view_restriction_hides_its_subtree_from_the_next_call(home, section, posts):
    assert public_page(home, posts[0].pk) is not None
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    assert public_page(home, posts[0].pk) is None
    assert public_pages_by_id(home, [section.pk, posts[1].pk]) == {}
    assert public_page(home, home.pk) is not None


@pytest.mark.django_db
def test_values_come_in_the_order_asked_for(home, posts):
    rows = CompiledQuery(lambda ids: Page.objects.filter(pk__in=ids).values_list("slug_en", "depth", "pk"))
    assert rows((), [posts[1].pk]) == [("post-1", posts[1].depth, posts[1].pk)]


@pytest.mark.django_db
def test_select_related_objects_come_in_the_same_query(home, posts):
    clinic = factories.ClinicFactory()
    professional = factories.ProfessionalFactory(clinic=clinic)
    RelatedProfessional.objects.create(source=posts[0], target=professional, sort_order=0)
    with CaptureQueriesContext(connection) as captured:
        (item,) = related_professionals((), [posts[0].pk])
        assert item.target.clinic.name_en == clinic.name_en
    assert [name for name in _statements(captured) if name != "PREPARE"] in (["SELECT"], ["EXECUTE"])


@pytest.mark.django_db
def test_empty_and_out_of_range_ids_answer_like_the_orm(home, posts):
    assert public_pages_by_id(home, []) == {}
    assert public_pages_by_id(home, [2**70]) == {}
    assert public_page(home, -(2**70)) is None
    # Beyond a 32-bit column (wagtailcore_page.id), within 64 bits: no match, no error.
    assert public_page(home, 2**40) is None
    assert public_pages_by_id(home, [posts[0].pk, 2**40]).keys() == {posts[0].pk}


@pytest.mark.django_db
def test_each_language_gets_the_sql_built_under_it(home, posts):
    # modeltranslation rewrites a translated field's lookups for the active language.
    titled = CompiledQuery(lambda ids: Page.objects.filter(pk__in=ids, title="Post 0").values_list("pk"))
    with translation.override("en"):
        assert titled((), [posts[0].pk]) == [(posts[0].pk,)]
    with translation.override("kn"):
        assert titled((), [posts[0].pk]) == []


def test_prefetch_related_is_refused():
    query = CompiledQuery(lambda ids: Page.objects.filter(pk__in=ids).prefetch_related("children"))
    with pytest.raises(ValueError, match="prefetch_related"):
        query((), [1])


@pytest.mark.django_db
@pytest.mark.parametrize("host", ["localhost", "localhost:8000", "clinic.example", "clinic.example:8443",
                                  "other.example", "docs.example:81"])
def test_the_site_is_the_one_wagtail_finds(home, host):
    other_root = factories.SectionIndexPageFactory(parent=home, title_en="Clinic", slug_en="clinic")
    docs_root = factories.SectionIndexPageFactory(parent=home, title_en="Docs", slug_en="docs")
    Site.objects.create(hostname="clinic.example", port=80, root_page=other_root)
    Site.objects.create(hostname="clinic.example", port=8443, root_page=docs_root)
    Site.objects.create(hostname="docs.example", port=8080, root_page=docs_root)
    request = RequestFactory().get("/", HTTP_HOST=host)
    expected = Site.find_for_request(RequestFactory().get("/", HTTP_HOST=host)).root_page
    assert site_root(request) == expected


def _statements(captured):
    return [query["sql"].split()[0] for query in captured.captured_queries]


@pytest.mark.django_db(transaction=True)
def test_on_postgresql_each_connection_prepares_a_compiled_query_once(home, posts):
    if connection.vendor != "postgresql":
        pytest.skip("prepared statements are PostgreSQL's")
    slugs = CompiledQuery(lambda ids: Page.objects.filter(pk__in=ids).values_list("slug_en"))
    with CaptureQueriesContext(connection) as captured:
        assert slugs((), [posts[0].pk]) == [("post-0",)]
        assert slugs((), [posts[1].pk]) == [("post-1",)]
    assert _statements(captured) == ["PREPARE", "EXECUTE", "EXECUTE"]
    connection.close()  # a new database session has none of them
    with CaptureQueriesContext(connection) as captured:
        assert slugs((), [posts[2].pk]) == [("post-2",)]
    assert _statements(captured) == ["PREPARE", "EXECUTE"]


@pytest.mark.django_db
def test_without_prepared_statements_the_sql_is_sent_each_time(home, posts, settings):
    settings.DATABASE_PREPARED_STATEMENTS = False
    slugs = CompiledQuery(lambda ids: Page.objects.filter(pk__in=ids).values_list("slug_en"))
    with CaptureQueriesContext(connection) as captured:
        assert slugs((), [posts[0].pk]) == [("post-0",)]
    assert _statements(captured) == ["SELECT"]
