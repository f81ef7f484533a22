"""The site itself answers: a plain rendering of each published page, in the visitor's language."""

import pytest

from tests import factories


@pytest.mark.django_db
def test_published_pages_render_as_html_in_the_visitors_language(client, home):
    section = factories.SectionIndexPageFactory(parent=home, title_en="Blog", slug_en="blog", title_kn="ಬ್ಲಾಗ್")
    page = factories.ArticlePageFactory(
        parent=section, title_en="Dry needling", title_kn="ಡ್ರೈ ನೀಡ್ಲಿಂಗ್",
        body_en=[{"type": "heading", "value": {"text": "What to expect", "level": "2"}}],
    )
    for url in ("/", "/blog/", "/blog/dry-needling/"):
        assert client.get(url).status_code == 200, url
    # Under Kannada, pages live at their Kannada paths (wagtail-modeltranslation's routing).
    kannada = client.get("/ಬ್ಲಾಗ್/ಡ್ರೈ-ನೀಡ್ಲಿಂಗ್/", headers={"Accept-Language": "kn"}).content.decode()
    assert "ಡ್ರೈ ನೀಡ್ಲಿಂಗ್" in kannada and "What to expect" in kannada and f"/api/v1/pages/{page.pk}/" in kannada
