import pytest
from wagtail.models import Page

from pages.management.commands.migrate import fill_source_language_columns
from tests import factories


@pytest.mark.django_db
def test_filling_english_columns_touches_only_rows_that_need_it(home):
    page = factories.ConditionPageFactory(parent=home, title_en="Sciatica", seo_title_en="")
    fill_source_language_columns()  # whatever the factories left empty
    Page.objects.filter(pk=page.pk).update(url_path_en=None)  # as a row made before the column existed
    assert fill_source_language_columns() == 1
    assert Page.objects.get(pk=page.pk).url_path_en == page.url_path
    assert fill_source_language_columns() == 0  # an empty SEO title stays as it is, unwritten
