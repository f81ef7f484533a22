"""``/api/v1/pages/{id}/translations/``: each language's status, percent, missing and stale strings."""

import polib
import pytest

from pages.catalogs.exporter import export_catalog
from pages.catalogs.importer import import_catalog
from pages.models import ArticlePage
from tests import factories
from tests.api.conftest import problem

BODY = [
    {"type": "heading", "value": {"text": "What to expect", "level": "2"}},
    {"type": "callout", "value": {"tone": "tip", "text": "Drink water afterwards"}},
]
KANNADA = ["ಡ್ರೈ ನೀಡ್ಲಿಂಗ್", "<p>ಪರಿಚಯ</p>", "ಏನನ್ನು ನಿರೀಕ್ಷಿಸಬೇಕು", "ನಂತರ ನೀರು ಕುಡಿಯಿರಿ"]


@pytest.fixture
def page(section):
    page = factories.ArticlePageFactory(parent=section, title_en="Dry needling", intro_en="<p>Intro</p>", body_en=BODY)
    catalog = polib.pofile(export_catalog([page], "kn").decode())
    for entry, text in zip(catalog, KANNADA, strict=True):
        entry.msgstr = text
    import_catalog(str(catalog).encode(), publish=True)
    te_catalog = polib.pofile(export_catalog([page], "te").decode())
    te_catalog[0].msgstr = "డ్రై నీడ్లింగ్"
    import_catalog(str(te_catalog).encode(), publish=True)
    return ArticlePage.objects.get(pk=page.pk)


def by_language(response):
    return {entry["language"]: entry for entry in response.json()["languages"]}


@pytest.mark.django_db
def test_status_per_language_with_percent_and_missing_strings(api, page):
    response = api(f"/api/v1/pages/{page.pk}/translations/")
    assert response.status_code == 200
    languages = by_language(response)
    assert list(languages) == ["en", "kn", "te", "hi"]
    assert languages["en"]["status"] == "complete" and languages["en"]["percent"] == 100
    assert (languages["kn"]["status"], languages["kn"]["percent"], languages["kn"]["missing"]) == ("complete", 100, [])
    assert (languages["te"]["status"], languages["te"]["percent"], languages["te"]["translated"]) == ("partial", 25, 1)
    assert [item["field"] for item in languages["te"]["missing"]] == ["intro", "body", "body"]
    assert languages["te"]["missing"][1]["label"] == "Body › Heading › Text"
    assert (languages["hi"]["status"], languages["hi"]["percent"]) == ("missing", 0)


@pytest.mark.django_db
def test_english_edit_shows_stale_strings(api, page):
    draft = page.get_latest_revision_as_object()
    draft.body_en[1].value["text"] = "Drink plenty of water afterwards"
    draft.save_revision().publish()

    kannada = by_language(api(f"/api/v1/pages/{page.pk}/translations/"))["kn"]

    assert kannada["status"] == "stale" and kannada["percent"] == 75
    assert [item["key"] for item in kannada["stale"]] == [f"{page.pk}:body:{page.body_en[1].id}:text"]


@pytest.mark.django_db
def test_hidden_and_unknown_pages_are_404(api, section):
    draft = factories.ArticlePageFactory(parent=section, title_en="Draft", live=False, publish=False)
    for page_id in (draft.pk, 999999):
        response = api(f"/api/v1/pages/{page_id}/translations/")
        assert response.status_code == 404
        assert response.json() == problem("not_found", 404, f"no published page has id {page_id}", "Not found")
