"""Fields translated into kn, te and hi (``title_kn``, ``body_te``, ...), English being the source."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from pages.models import (
    ArticlePage,
    Clinic,
    ConditionPage,
    ContentPage,
    HomePage,
    Professional,
    SectionIndexPage,
    SymptomPage,
    TherapyPage,
    TreatmentPage,
)

# title, slug, seo_title and search_description come from wagtail_modeltranslation's Page registration.
PAGE_TRANSLATED_FIELDS = ("intro", "body")


@register(HomePage)
@register(SectionIndexPage)
@register(ContentPage)
class EditorialPageTranslation(TranslationOptions):
    fields = PAGE_TRANSLATED_FIELDS


@register(ConditionPage)
@register(TherapyPage)
@register(TreatmentPage)
@register(SymptomPage)
@register(ArticlePage)
class ContentPageTypeTranslation(TranslationOptions):
    """The fields live on ContentPage; each subtype is registered so the admin patches its panels."""

    fields = ()


@register(Clinic)
class ClinicTranslation(TranslationOptions):
    fields = ("name", "city", "address", "hours")


@register(Professional)
class ProfessionalTranslation(TranslationOptions):
    fields = ("name", "role", "bio", "languages_spoken")
