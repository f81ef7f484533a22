"""Slugs that keep Indic vowel signs and viramas.

Django's ``slugify(allow_unicode=True)`` and Wagtail's admin JavaScript keep only letters and
digits, so a Kannada title loses its combining marks (Unicode Mn/Mc) and becomes unreadable
(``ಡ್ರೈ-ನೀಡ್ಲಿಂಗ್`` turns into ``ಡರ-ನಡಲಗ``). These helpers keep them.
"""

import re
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import slugify as django_slugify
from django.utils.translation import gettext_lazy as _

SLUG_MAX_LENGTH = 255


def _is_slug_char(char):
    return char in "-_" or unicodedata.category(char)[0] in "LNM"


def slugify_keeping_marks(text):
    """Lower-case, hyphen-separated slug of ``text`` that keeps combining marks.

    Invisible format characters (ZWJ, ZWNJ) are dropped: they do not belong in a URL.
    """
    text = unicodedata.normalize("NFC", str(text)).lower()
    kept = "".join(c if _is_slug_char(c) else " " for c in text if unicodedata.category(c) != "Cf")
    words = re.split(r"[\s\-_]+", kept)
    return "-".join(word for word in words if word)[:SLUG_MAX_LENGTH].strip("-")


def _strip_marks(text):
    return "".join(c for c in text if unicodedata.category(c) not in ("Mn", "Mc"))


def repaired_slug(slug, title):
    """The slug to store for ``title``: ``slug`` unless it is empty or a mark-stripped copy of the title."""
    if not title:
        return slug
    wanted = slugify_keeping_marks(title)
    if not slug or slug in {_strip_marks(wanted), django_slugify(title, allow_unicode=True)}:
        return wanted or slug
    return slug


def validate_slug_keeping_marks(value):
    if not value or not all(_is_slug_char(c) for c in value):
        raise ValidationError(
            _("Enter a slug of letters (with their vowel signs), numbers, underscores or hyphens."),
            code="invalid",
        )


class SlugKeepingMarksFormField(forms.CharField):
    """Form field for the admin's slug inputs; accepts what ``slugify_keeping_marks`` makes."""

    default_validators = [validate_slug_keeping_marks]

    def __init__(self, *, allow_unicode=True, **kwargs):
        super().__init__(**kwargs)
