"""Every page type and snippet, with every block in all four languages, saves and opens in the admin."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from pages.models import RELATED_LISTS, ArticlePage
from tests import factories
from tests.block_samples import BLOCK_TYPES, SAMPLE_TEXT, every_block

LANGS = ["en", "kn", "te", "hi"]

PAGE_FACTORIES = [
    factories.SectionIndexPageFactory,
    factories.ConditionPageFactory,
    factories.TherapyPageFactory,
    factories.TreatmentPageFactory,
    factories.SymptomPageFactory,
    factories.ArticlePageFactory,
]


def translated_fields(image, linked_page):
    fields = {}
    for lang in LANGS:
        text = SAMPLE_TEXT[lang]
        fields.update(
            {
                f"title_{lang}": f"{text} ({lang})",
                f"seo_title_{lang}": text,
                f"search_description_{lang}": text,
                f"intro_{lang}": f"<p>{text}</p>",
                f"body_{lang}": every_block(lang, image.pk, linked_page.pk),
            }
        )
    return fields


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def section(home):
    return factories.SectionIndexPageFactory(parent=home, title_en="Therapies", slug_en="therapies")


@pytest.mark.django_db
@pytest.mark.parametrize("page_factory", PAGE_FACTORIES, ids=lambda f: f._meta.model.__name__)
def test_every_page_type_with_every_block_in_four_languages_opens_in_admin(admin_client, section, page_factory):
    image = factories.ImageFactory()
    page = page_factory(parent=section, hero_image=image, **translated_fields(image, section))

    page = type(page).objects.get(pk=page.pk)
    for lang in LANGS:
        assert [block.block_type for block in getattr(page, f"body_{lang}")] == BLOCK_TYPES
        assert getattr(page, f"title_{lang}").startswith(SAMPLE_TEXT[lang])

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    for lang in LANGS:
        assert f'name="title_{lang}"' in html
        assert f'name="body_{lang}-count"' in html or f'id="body_{lang}' in html


@pytest.mark.django_db
def test_home_page_with_every_block_opens_in_admin(admin_client, home):
    image = factories.ImageFactory()
    for name, value in translated_fields(image, home).items():
        setattr(home, name, value)
    home.save_revision().publish()

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[home.pk]))
    assert response.status_code == 200


@pytest.mark.django_db
def test_admin_edit_view_shows_language_toggles(admin_client, section):
    page = factories.ConditionPageFactory(parent=section, title_en="Spinal stenosis")
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert "wagtail_modeltranslation/js/language_toggles.js" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "factory", [factories.ClinicFactory, factories.ProfessionalFactory], ids=["clinic", "professional"]
)
def test_snippets_in_four_languages_open_in_admin(admin_client, factory):
    fields = {"name": "Indiranagar", "city": "Bengaluru"} if factory is factories.ClinicFactory else {"name": "Ananya"}
    snippet = factory(
        **{f"{name}_{lang}": f"{value} {SAMPLE_TEXT[lang]}" for name, value in fields.items() for lang in LANGS}
    )
    model_name = snippet._meta.model_name
    response = admin_client.get(reverse(f"wagtailsnippets_pages_{model_name}:edit", args=[snippet.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    for lang in LANGS:
        assert f'name="name_{lang}"' in html


@pytest.mark.django_db
def test_editor_creates_kannada_page_through_admin_form_and_text_round_trips(admin_client, section):
    kannada_title = SAMPLE_TEXT["kn"]
    hindi_text = SAMPLE_TEXT["hi"]
    data = {
        "title_en": "Dry needling eases stiff muscles",
        "slug_en": "dry-needling-eases-stiff-muscles",
        "title_kn": kannada_title,
        "slug_kn": "ಡರ-ನಡಲಗ-ಬಗಯದ-ಸನಯಗಳನನ-ಸಡಲಸತತದ",  # what the admin's JavaScript sends: marks stripped
        "title_hi": hindi_text,
        "intro_en": rich_text("<p>English intro</p>"),
        "intro_kn": rich_text(f"<p>{kannada_title}</p>"),
        "body_en": streamfield([("heading", {"text": "Heading", "level": "2"})]),
        "body_kn": streamfield([("heading", {"text": kannada_title, "level": "2"})]),
        "body_te": streamfield([]),
        "body_hi": streamfield([("callout", {"tone": "info", "text": hindi_text})]),
        "comments": inline_formset([]),
        "action-publish": "publish",
    }
    for relation, _label in RELATED_LISTS:
        data[relation] = inline_formset([])
    url = reverse("wagtailadmin_pages:add", args=["pages", "articlepage", section.pk])

    response = admin_client.post(url, nested_form_data(data))

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    page = ArticlePage.objects.get(slug_en="dry-needling-eases-stiff-muscles")
    assert page.live
    assert page.slug_kn == "ಡ್ರೈ-ನೀಡ್ಲಿಂಗ್-ಬಿಗಿಯಾದ-ಸ್ನಾಯುಗಳನ್ನು-ಸಡಿಲಿಸುತ್ತದೆ"
    assert page.title_kn == kannada_title
    assert page.body_kn[0].value["text"] == kannada_title
    assert page.body_hi[0].value["text"] == hindi_text
    assert page.body_hi[0].value["text"].encode() == hindi_text.encode()
    assert page.body_kn[0].id == page.body_en[0].id  # same shape: the English block id
    assert page.body_hi[0].id != page.body_en[0].id  # a different block: its own id
