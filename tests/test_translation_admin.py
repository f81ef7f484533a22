"""Translators download and upload files in the Wagtail admin and see their progress."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pages.models import ArticlePage
from tests import factories
from tests.test_translation_catalogs import WORDS, translated_po


@pytest.fixture
def pages(home):
    section = factories.SectionIndexPageFactory(parent=home, title_en="Blog", slug_en="blog")
    first = factories.ArticlePageFactory(parent=section, title_en="First post", intro_en="<p>One</p>")
    second = factories.ArticlePageFactory(
        parent=section, title_en="Second post", intro_en="<p>Two</p>", title_te="రెండవ పోస్ట్"
    )
    return section, first, second


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("translator", "t@example.com", "pw"))
    return client


def download(client, page, language="kn", file_format="po", scope="page"):
    url = reverse("pages_translations:download", args=[page.pk])
    return client.get(url, {"language": language, "format": file_format, "scope": scope})


@pytest.mark.django_db
def test_download_one_page_as_po(admin_client, pages):
    _section, first, _second = pages
    response = download(admin_client, first)
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('-page-kn.po"')
    catalog = polib.pofile(response.content.decode())
    assert catalog.metadata["Language"] == "kn"
    assert {entry.msgctxt for entry in catalog} == {f"{first.pk}:title", f"{first.pk}:intro"}


@pytest.mark.django_db
def test_download_a_section_as_xliff(admin_client, pages):
    section, first, second = pages
    response = download(admin_client, section, "te", "xliff", "section")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xliff+xml")
    body = response.content.decode()
    assert all(f'id="page-{page.pk}"' in body for page in (section, first, second))
    assert "<target>రెండవ పోస్ట్</target>" in body


@pytest.mark.django_db
def test_upload_imports_and_publishes(admin_client, pages):
    _section, first, _second = pages
    exported = download(admin_client, first).content
    upload = SimpleUploadedFile("kn.po", translated_po(exported, "kn"), content_type="text/x-gettext-translation")

    response = admin_client.post(
        reverse("pages_translations:upload"), {"file": upload, "language": "kn", "publish": "on"}
    )

    assert response.status_code == 200
    assert "2 translations written to 1 page(s)" in response.content.decode()
    assert ArticlePage.objects.get(pk=first.pk).title_kn.startswith(WORDS["kn"])


@pytest.mark.django_db
def test_upload_of_a_wrong_language_file_writes_nothing(admin_client, pages):
    _section, first, _second = pages
    exported = download(admin_client, first).content
    upload = SimpleUploadedFile("kn.po", translated_po(exported, "kn"))

    response = admin_client.post(reverse("pages_translations:upload"), {"file": upload, "language": "hi"})

    assert response.status_code == 400
    assert "The file is for Kannada (kn), not Hindi (hi)." in response.content.decode()
    assert not ArticlePage.objects.get(pk=first.pk).title_kn


@pytest.mark.django_db
def test_progress_report_filters_by_language_and_status(admin_client, pages):
    _section, first, second = pages
    response = admin_client.get(reverse("pages_translations:report"), {"language": "te", "status": "partial"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Second post" in html and "First post" not in html
    assert 'data-language="te" data-status="partial"' in html
    assert 'data-language="kn"' not in html

    everything = admin_client.get(reverse("pages_translations:report")).content.decode()
    assert everything.count('data-status="missing"') >= 5


@pytest.mark.django_db
def test_translations_are_reachable_from_the_page_listing(admin_client, pages):
    section, _first, _second = pages
    response = admin_client.get(reverse("pages_translations:report"), {"root": section.pk})
    assert "data-section-download" in response.content.decode()
    listing = admin_client.get(reverse("wagtailadmin_explore", args=[section.get_parent().pk]))
    assert f"?root={section.pk}" in listing.content.decode()


@pytest.mark.django_db
def test_translator_views_need_admin_access(client, pages):
    response = client.get(reverse("pages_translations:report"))
    assert response.status_code == 302 and "/login/" in response["Location"]
