import copy

from django.conf import settings
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page

from pages.preview import HeadlessPreviewPage
from pages.segments import align_block_ids, stream_raw
from pages.slugs import repaired_slug


class TranslatedPage(HeadlessPreviewPage, Page):
    """Abstract base of every page type in this CMS."""

    # What Wagtail's own APIs (v2, v3) serialize if a project mounts them (the benchmark does);
    # the blocks' API representation is the same as in ours.
    api_fields = [APIField(name) for name in ("intro", "hero_image", "seo_title", "search_description", "body")]

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        """One plain HTML rendering for every type, for the admin's "View live"; front ends use the API."""
        return "pages/page.html"

    def full_clean(self, *args, **kwargs):
        self._repair_translated_slugs()
        self._give_every_list_item_an_id()
        self._align_translated_block_ids()
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

    def _align_translated_block_ids(self):
        """Key each translated body's blocks by the English block ids where the structure matches.

        Translated strings are keyed by English block ids; an editor who builds the Kannada body
        by hand in the admin gets new ids, which this re-keys.
        """
        source_language = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
        for field in self._meta.concrete_fields:
            if not isinstance(field, StreamField) or not field.name.endswith(f"_{source_language}"):
                continue
            base_name = field.name.removesuffix(f"_{source_language}")
            english = stream_raw(self, base_name, source_language)
            for code, _name in settings.LANGUAGES:
                if code == source_language or not getattr(self, f"{base_name}_{code}", None):
                    continue
                translated = stream_raw(self, base_name, code)
                aligned = copy.deepcopy(translated)
                align_block_ids(english, aligned)
                if aligned != translated:
                    setattr(self, f"{base_name}_{code}", self._meta.get_field(f"{base_name}_{code}").to_python(aligned))
