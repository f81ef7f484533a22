"""Translator progress per page and language, string by string, with staleness.

A string (segment) of the English source is, in a language:
- ``missing`` when the language has no string at its key, or only a copy of the English
  that no translator confirmed (an import fills untranslated strings with English);
- ``stale`` when it was translated from an English source that has changed since (the
  ``SegmentTranslation`` record keeps a hash of that source);
- translated otherwise.

Page status: ``complete`` when every string is translated and none is stale; ``stale`` when
any is stale; ``missing`` when none is translated; ``partial`` otherwise. ``percent`` is the
share of strings translated and up to date.
"""

import hashlib
from dataclasses import dataclass

from pages.models import SegmentTranslation
from pages.segments import source_segments, translated_strings

COMPLETE, PARTIAL, STALE, MISSING = "complete", "partial", "stale", "missing"


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
    if records is None:
        records = {r.key: r for r in SegmentTranslation.objects.filter(page_id=page.pk, language=language)}
    current = translated_strings(page, language)
    missing, stale = [], []
    sources = source_segments(page)
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
