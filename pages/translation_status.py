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

Translators see a finer status, string by string, with staleness: see "Translator progress" below.
"""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.db.models import BooleanField, ExpressionWrapper, Q
from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField

from pages.models import SegmentTranslation
from pages.segments import source_segments, translated_strings

TRANSLATED_PAGE_FIELDS = ("title", "slug", "seo_title", "search_description", "intro", "body")

COMPLETE = "complete"
PARTIAL = "partial"
MISSING = "missing"
STALE = "stale"


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
    flag = getattr(obj, _filled_flag(field_name, language), None)
    if flag is not None:
        return flag
    return is_filled(obj, field_name, column_value(obj, field_name, language))


def _filled_flag(field_name, language):
    return f"_{field_name}_{language}_is_filled"


def without_other_bodies(queryset, languages):
    """``queryset`` without the ``body`` columns of languages not in ``languages``, which are the
    largest to read and decode; whether each is filled in comes from the database instead."""
    others = [code for code, _name in settings.LANGUAGES if code not in languages]
    return queryset.defer(*(f"body_{code}" for code in others)).annotate(**{
        _filled_flag("body", code): ExpressionWrapper(~Q(**{f"body_{code}": []}), output_field=BooleanField())
        for code in others
    })


def translated_fields(page):
    """The translated fields this page's type has, in a stable order."""
    names = {field.name for field in page._meta.get_fields()}
    return tuple(name for name in TRANSLATED_PAGE_FIELDS if name in names)


@dataclass(frozen=True)
class TranslationStatus:
    language: str
    status: str
    missing_fields: tuple[str, ...]


def translation_statuses(page):
    """``{language: TranslationStatus}`` for every configured language, judging each column once."""
    fields = translated_fields(page)
    filled = {
        code: {name for name in fields if is_filled_in(page, name, code)} for code, _name in settings.LANGUAGES
    }
    counted = tuple(name for name in fields if name in filled[source_language()])
    return {code: _status(code, counted, filled[code]) for code in filled}


def _status(language, counted, filled):
    missing = tuple(name for name in counted if name not in filled)
    if not missing:
        status = COMPLETE
    elif len(missing) == len(counted):
        status = MISSING
    else:
        status = PARTIAL
    return TranslationStatus(language=language, status=status, missing_fields=missing)


def complete_languages(statuses):
    """The languages whose status in ``statuses`` (``translation_statuses(page)``) is complete, in settings order."""
    return [code for code, status in statuses.items() if status.status == COMPLETE]


# Translator progress
#
# Translator progress per page and language, string by string, with staleness.
#
# A string (segment) of the English source is, in a language:
# - ``missing`` when the language has no string at its key, or only a copy of the English
#   that no translator confirmed (an import fills untranslated strings with English);
# - ``stale`` when it was translated from an English source that has changed since (the
#   ``SegmentTranslation`` record keeps a hash of that source);
# - translated otherwise.
#
# Page status: ``complete`` when every string is translated and none is stale; ``stale`` when
# any is stale; ``missing`` when none is translated; ``partial`` otherwise. ``percent`` is the
# share of strings translated and up to date.


def text_hash(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class SegmentProgress:
    language: str
    status: str
    percent: int
    total: int
    translated: int
    missing: tuple[str, ...]
    stale: tuple[str, ...]


def segment_progress(page, language, records=None):
    """``page``'s translator progress in ``language``; ``records`` may be prefetched {key: record}."""
    sources = source_segments(page)
    if language == source_language():
        return SegmentProgress(language, COMPLETE, 100, len(sources), len(sources), (), ())
    if records is None:
        records = {r.key: r for r in SegmentTranslation.objects.filter(page_id=page.pk, language=language)}
    current = translated_strings(page, language)
    missing, stale = [], []
    for segment in sources:
        text = current.get(segment.key)
        record = records.get(segment.key)
        if text is None or (text == segment.source and record is None):
            missing.append(segment.key)
        elif record is not None and record.source_hash != text_hash(segment.source):
            stale.append(segment.key)
    up_to_date = len(sources) - len(missing) - len(stale)
    if up_to_date == len(sources):
        status = COMPLETE
    elif stale:
        status = STALE
    elif up_to_date == 0:
        status = MISSING
    else:
        status = PARTIAL
    percent = 100 if not sources else (100 * up_to_date) // len(sources)
    return SegmentProgress(language, status, percent, len(sources), up_to_date, tuple(missing), tuple(stale))


def record_translated_segments(page, language, confirmed_keys=frozenset()):
    """Remember the English source of each string of ``language`` that is new or was edited.

    Called for every saved revision, so a translation made in the admin is tracked as well
    as one imported from a file. A string whose translation did not change keeps its old
    source hash: if the English moved on meanwhile, it is stale. A string equal to its
    English source counts only if ``confirmed_keys`` has it (a translator imported it).
    """
    sources = {segment.key: segment.source for segment in source_segments(page)}
    records = {r.key: r for r in SegmentTranslation.objects.filter(page_id=page.pk, language=language)}
    for key, text in translated_strings(page, language).items():
        source = sources.get(key)
        if source is None:
            continue
        record = records.get(key)
        if record is None and text == source and key not in confirmed_keys:
            continue  # an English placeholder, not a translation
        if record is None or record.translation_hash != text_hash(text) or key in confirmed_keys:
            SegmentTranslation.objects.update_or_create(
                page_id=page.pk,
                language=language,
                key=key,
                defaults={"source_hash": text_hash(source), "translation_hash": text_hash(text)},
            )
