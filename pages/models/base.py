from django.conf import settings
from wagtail.fields import StreamField
from wagtail.models import Page

from pages.slugs import repaired_slug


class TranslatedPage(Page):
    """Abstract base of every page type in this CMS."""

    class Meta:
        abstract = True

    def full_clean(self, *args, **kwargs):
        self._repair_translated_slugs()
        self._give_every_list_item_an_id()
        return super().full_clean(*args, **kwargs)

    def _repair_translated_slugs(self):
        """Give every language a slug made from its own title, Indic marks kept.

        An empty translated slug, or one that the admin's JavaScript (or Django's slugify)
        stripped of its vowel signs, is rebuilt from the title.
        """
        for code, _name in settings.LANGUAGES:
            title = getattr(self, f"title_{code}", "")
            if title:
                setattr(self, f"slug_{code}", repaired_slug(getattr(self, f"slug_{code}", ""), title))

    def _give_every_list_item_an_id(self):
        """Bind every block, so that it is saved with an id on each stream and list item.

        Unbound blocks are saved as they came; raw data in the old list format (plain values,
        no ids) would then get new random ids at every read, and translated strings are keyed
        by these ids.
        """
        for field in self._meta.concrete_fields:
            if isinstance(field, StreamField):
                value = getattr(self, field.attname)
                if value is not None:
                    list(value)
