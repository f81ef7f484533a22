"""``load_demo`` builds the whole demo in four languages, and a second run changes nothing."""

import pytest
from django.core.management import call_command
from taggit.models import TaggedItem
from wagtail.images.models import Image
from wagtail.models import Page, Revision

from pages import models
from pages.translation_status import segment_progress
from tests.block_samples import BLOCK_TYPES

COUNTED = [
    Page,
    Revision,
    Image,
    models.Clinic,
    models.Professional,
    models.RelatedTherapy,
    models.RelatedSymptom,
    models.RelatedCondition,
    models.RelatedTreatment,
    models.RelatedProfessional,
    models.RelatedBlogPost,
    models.ContentPageTag,
    TaggedItem,
    models.SegmentTranslation,
]


def counts():
    return {model.__name__: model.objects.count() for model in COUNTED}


@pytest.fixture
def demo(db):
    call_command("load_demo", verbosity=0)
    return models.ArticlePage.objects.get(slug_en="dry-needling-for-spinal-stenosis")


@pytest.mark.django_db
def test_second_run_changes_and_duplicates_nothing(demo):
    first = counts()
    call_command("load_demo", verbosity=0)
    assert counts() == first
    assert first["Page"] == 1 + 1 + 5 + 7  # root, home, sections, article and six related pages
    assert first["Clinic"] == 2 and first["Professional"] == 2


@pytest.mark.django_db
def test_demo_article_has_every_block_type_in_every_language_with_the_same_ids(demo):
    english = demo.body_en
    assert set(BLOCK_TYPES) <= {block.block_type for block in english}
    for lang in ["kn", "te", "hi"]:
        translated = getattr(demo, f"body_{lang}")
        assert [(b.block_type, b.id) for b in translated] == [(b.block_type, b.id) for b in english]
        assert segment_progress(demo, lang).status == "complete"
        assert getattr(demo, f"title_{lang}") and getattr(demo, f"intro_{lang}")


@pytest.mark.django_db
def test_demo_article_has_all_six_related_lists(demo):
    for relation, _label in models.RELATED_LISTS:
        assert getattr(demo, relation).count() > 0, relation
    assert demo.live and demo.hero_image is not None


@pytest.mark.django_db
def test_one_hindi_page_is_deliberately_partial(demo):
    page = models.SymptomPage.objects.get(slug_en="numbness-and-tingling")
    assert page.title_hi and not page.intro_hi and not page.body_hi
    assert segment_progress(page, "hi").status == "partial"
    assert segment_progress(page, "kn").status == "complete"


@pytest.mark.django_db
def test_demo_site_root_is_the_home_page(demo):
    site_root = models.HomePage.objects.get()
    assert site_root.get_site().is_default_site
    assert demo.url_path_kn.startswith("/home/")
    assert not Page.objects.filter(depth=2).exclude(pk=site_root.pk).exists()
