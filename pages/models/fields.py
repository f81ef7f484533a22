"""Field factories shared by every page type, so each type declares the same shapes."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField, StreamField

from pages.blocks import RICH_TEXT_FEATURES, ArticleStreamBlock


def intro_field():
    return RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)


def body_field():
    return StreamField(ArticleStreamBlock(), verbose_name=_("body"), blank=True)


def hero_image_field():
    return models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("hero image"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
