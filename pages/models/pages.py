from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.search import index

from pages.models.base import TranslatedPage
from pages.models.fields import body_field, hero_image_field, intro_field

CONTENT_PAGE_TYPES = [
    "pages.ConditionPage",
    "pages.TherapyPage",
    "pages.TreatmentPage",
    "pages.SymptomPage",
    "pages.ArticlePage",
]

EDITORIAL_SEARCH_FIELDS = TranslatedPage.search_fields + [
    index.SearchField("intro"),
    index.SearchField("body"),
]


class HomePage(TranslatedPage):
    intro = intro_field()
    hero_image = hero_image_field()
    body = body_field()

    content_panels = TranslatedPage.content_panels + [
        FieldPanel("intro"), FieldPanel("hero_image"), FieldPanel("body"),
    ]
    search_fields = EDITORIAL_SEARCH_FIELDS
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["pages.SectionIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")


class SectionIndexPage(TranslatedPage):
    """A section (conditions, therapies, ...) that lists its children."""

    intro = intro_field()
    hero_image = hero_image_field()
    body = body_field()

    content_panels = TranslatedPage.content_panels + [
        FieldPanel("intro"), FieldPanel("hero_image"), FieldPanel("body"),
    ]
    search_fields = EDITORIAL_SEARCH_FIELDS
    parent_page_types = ["pages.HomePage", "pages.SectionIndexPage"]
    subpage_types = ["pages.SectionIndexPage"] + CONTENT_PAGE_TYPES

    class Meta:
        verbose_name = _("section index page")


class ContentPageTag(TaggedItemBase):
    content_object = ParentalKey("pages.ContentPage", on_delete=models.CASCADE, related_name="tagged_items")


RELATED_LISTS = [
    ("related_therapies", _("Related therapies")),
    ("related_symptoms", _("Related symptoms")),
    ("related_conditions", _("Related conditions")),
    ("related_treatments", _("Related treatments")),
    ("related_professionals", _("Our professionals")),
    ("related_blog_posts", _("Related blog posts")),
]


class ContentPage(TranslatedPage):
    """The fields every article-like page shares; the five concrete types below extend it."""

    intro = intro_field()
    hero_image = hero_image_field()
    body = body_field()
    tags = ClusterTaggableManager(through=ContentPageTag, blank=True)

    content_panels = TranslatedPage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [InlinePanel(name, label=label) for name, label in RELATED_LISTS],
            heading=_("Related lists"),
        ),
    ]
    promote_panels = TranslatedPage.promote_panels + [FieldPanel("tags")]
    search_fields = EDITORIAL_SEARCH_FIELDS + [index.SearchField("tags")]
    parent_page_types = ["pages.SectionIndexPage"]
    subpage_types = []
    is_creatable = False

    class Meta:
        verbose_name = _("content page")


class ConditionPage(ContentPage):
    class Meta:
        verbose_name = _("condition page")


class TherapyPage(ContentPage):
    class Meta:
        verbose_name = _("therapy page")


class TreatmentPage(ContentPage):
    class Meta:
        verbose_name = _("treatment page")


class SymptomPage(ContentPage):
    class Meta:
        verbose_name = _("symptom page")


class ArticlePage(ContentPage):
    """A blog post."""

    class Meta:
        verbose_name = _("blog post")
