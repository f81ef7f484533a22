from django.conf import settings
from wagtail.models import Page

from pages.slugs import repaired_slug


class TranslatedSlugsMixin:
    """Gives every language a slug made from its own title, Indic marks kept.

    An empty translated slug, or one that the admin's JavaScript (or Django's slugify)
    stripped of its vowel signs, is replaced before validation.
    """

    def full_clean(self, *args, **kwargs):
        for code, _name in settings.LANGUAGES:
            slug_field, title_field = f"slug_{code}", f"title_{code}"
            title = getattr(self, title_field, "")
            if title:
                setattr(self, slug_field, repaired_slug(getattr(self, slug_field, ""), title))
        return super().full_clean(*args, **kwargs)


class TranslatedPage(TranslatedSlugsMixin, Page):
    """Abstract base of every page type in this CMS."""

    class Meta:
        abstract = True
