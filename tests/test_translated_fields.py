"""Reading a page in each language, field-by-field fallback to English, and Indic text kept exactly."""

import pytest
from django.utils import translation

from pages.models import ConditionPage, Professional
from tests import factories
from tests.block_samples import SAMPLE_TEXT, ZWJ, ZWNJ

LANGS = ["en", "kn", "te", "hi"]
# Combining marks (vowel signs, viramas, nukta) and joiners; NFC and NFD would differ for the nukta.
TRICKY = {
    "kn": f"ಕನ್ನಡ ಸ್ನಾಯು ನೋವು ಕ್{ZWNJ}ಷ",
    "te": f"తెలుగు కండరాల నొప్పి క్{ZWNJ}ష",
    "hi": f"हिन्दी क्{ZWJ}ष क्{ZWNJ}ष ड़ फ़",
}


@pytest.fixture
def section(home):
    return factories.SectionIndexPageFactory(parent=home, title_en="Conditions", slug_en="conditions")


@pytest.mark.django_db
def test_each_language_reads_its_own_text(section):
    fields = {f"title_{lang}": SAMPLE_TEXT[lang] for lang in LANGS}
    fields.update({f"intro_{lang}": f"<p>{SAMPLE_TEXT[lang]}</p>" for lang in LANGS})
    page = factories.ConditionPageFactory(parent=section, **fields)
    page = ConditionPage.objects.get(pk=page.pk)

    for lang in LANGS:
        with translation.override(lang):
            assert page.title == SAMPLE_TEXT[lang]
            assert page.intro == f"<p>{SAMPLE_TEXT[lang]}</p>"


@pytest.mark.django_db
def test_kannada_page_falls_back_field_by_field(section):
    kannada_title = "ಬೆನ್ನುಹುರಿ ಕಾಲುವೆ ಕಿರಿದಾಗುವಿಕೆ"
    page = factories.ConditionPageFactory(
        parent=section,
        title_en="Spinal stenosis",
        title_kn=kannada_title,
        seo_title_en="Spinal stenosis: causes and care",
        intro_en="<p>English intro</p>",
        body_en=[
            {"type": "callout", "id": "00000000-0000-4000-8000-000000000001", "value": {"tone": "info", "text": "Rest"}}
        ],
        body_kn=[],
    )
    page = ConditionPage.objects.get(pk=page.pk)

    with translation.override("kn"):
        assert page.title == kannada_title  # translated
        assert page.seo_title == "Spinal stenosis: causes and care"  # fell back
        assert page.intro == "<p>English intro</p>"  # fell back
        assert page.body[0].value["text"] == "Rest"  # an empty stream falls back too
        assert page.slug == page.slug_kn != page.slug_en


@pytest.mark.django_db
def test_snippet_text_falls_back_to_english():
    professional = factories.ProfessionalFactory(
        name_en="Dr Ananya Rao", name_kn="ಡಾ. ಅನನ್ಯಾ ರಾವ್", role_en="Physiotherapist"
    )
    professional = Professional.objects.get(pk=professional.pk)
    with translation.override("kn"):
        assert professional.name == "ಡಾ. ಅನನ್ಯಾ ರಾವ್"
        assert professional.role == "Physiotherapist"


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["kn", "te", "hi"])
def test_indic_text_with_marks_and_joiners_round_trips_byte_for_byte(section, lang):
    text = TRICKY[lang]
    body = [{"type": "heading", "id": "00000000-0000-4000-8000-000000000002", "value": {"text": text, "level": "3"}}]
    page = factories.ConditionPageFactory(
        parent=section,
        title_en="Round trip",
        **{
            f"title_{lang}": text,
            f"search_description_{lang}": text,
            f"intro_{lang}": f"<p>{text}</p>",
            f"body_{lang}": body,
        },
    )
    # Read back from the database and from the published revision.
    page = ConditionPage.objects.get(pk=page.pk)
    from_revision = page.live_revision.as_object()

    for source in (page, from_revision):
        assert getattr(source, f"title_{lang}").encode() == text.encode()
        assert getattr(source, f"search_description_{lang}").encode() == text.encode()
        assert getattr(source, f"intro_{lang}") == f"<p>{text}</p>"
        assert getattr(source, f"body_{lang}")[0].value["text"].encode() == text.encode()
