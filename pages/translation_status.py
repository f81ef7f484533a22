"""How far a page is translated into a language: the one place that decides it.

Which fields count
    The translated page fields are ``title``, ``slug``, ``seo_title``, ``search_description``,
    ``intro`` and ``body`` (those of them the page type has). A field *counts* for a page only
    if its English (source) column is filled: an English page without an SEO title does not
    need a Kannada one.

When a field is translated
    A counted field is translated into ``kn`` if its ``_kn`` column is filled. "Filled" means:
    a string with something other than whitespace; rich text with some text once its tags are
    stripped (the editor saves an emptied field as ``<p></p>``); a StreamField with at least
    one block. A StreamField is judged as a whole: one translated block makes it filled.

Status
    ``complete``: every counted field is translated (English is always complete).
    ``missing``: none is. ``partial``: anything in between. The untranslated counted fields
    are the ones a reader sees in a fallback language.

A later issue adds ``stale`` (the English source changed after translation) here.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField

TRANSLATED_PAGE_FIELDS = ("title", "slug", "seo_title", "search_description", "intro", "body")

COMPLETE = "complete"
PARTIAL = "partial"
MISSING = "missing"


def source_language():
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def column_value(obj, field_name, language):
    """The stored value of ``field_name`` in ``language``, without any fallback."""
    return getattr(obj, f"{field_name}_{language}", None)


def is_filled(obj, field_name, value):
    """Whether ``value`` (a column of ``field_name`` on ``obj``) holds content."""
    if value is None:
        return False
    model_field = obj._meta.get_field(field_name)
    if isinstance(model_field, StreamField):
        return len(value) > 0
    if isinstance(model_field, RichTextField):
        return bool(strip_tags(value).strip())
    return bool(str(value).strip())


def is_filled_in(obj, field_name, language):
    return is_filled(obj, field_name, column_value(obj, field_name, language))


def translated_fields(page):
    """The translated fields this page's type has, in a stable order."""
    names = {field.name for field in page._meta.get_fields()}
    return tuple(name for name in TRANSLATED_PAGE_FIELDS if name in names)


def counted_fields(page):
    """The translated fields that have English content, so need a translation."""
    return tuple(name for name in translated_fields(page) if is_filled_in(page, name, source_language()))


@dataclass(frozen=True)
class TranslationStatus:
    language: str
    status: str
    missing_fields: tuple[str, ...]


def translation_status(page, language):
    """``page``'s status in ``language`` and the counted fields not translated into it."""
    counted = counted_fields(page)
    missing = tuple(name for name in counted if not is_filled_in(page, name, language))
    if not missing:
        status = COMPLETE
    elif len(missing) == len(counted):
        status = MISSING
    else:
        status = PARTIAL
    return TranslationStatus(language=language, status=status, missing_fields=missing)


def complete_languages(page):
    """The configured languages ``page`` is completely translated into, in settings order."""
    return [code for code, _name in settings.LANGUAGES if translation_status(page, code).status == COMPLETE]
