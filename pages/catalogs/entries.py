from dataclasses import dataclass

from pages.segments import source_segments, translated_strings
from pages.translation_status import segment_progress


class CatalogError(Exception):
    """A translation file that cannot be imported; the message is one line saying why."""


@dataclass(frozen=True)
class CatalogEntry:
    key: str
    source: str
    translation: str = ""
    page_id: int | None = None
    page_title: str = ""
    label: str = ""
    is_rich_text: bool = False
    stale: bool = False
    fuzzy: bool = False


def editable_version(page):
    """The page as translators work on it: its latest revision, draft edits included."""
    page = page.specific
    return page.get_latest_revision_as_object() if page.get_latest_revision() else page


def catalog_entries(pages, language, untranslated_only=False):
    """One entry per English string of ``pages``, with its current ``language`` translation."""
    entries = []
    for page in pages:
        page = editable_version(page)
        progress = segment_progress(page, language)
        current = translated_strings(page, language)
        for segment in source_segments(page):
            missing, stale = segment.key in progress.missing, segment.key in progress.stale
            if untranslated_only and not (missing or stale):
                continue
            entries.append(
                CatalogEntry(
                    key=segment.key,
                    source=segment.source,
                    translation="" if missing else current.get(segment.key, ""),
                    page_id=page.pk,
                    page_title=page.title_en,
                    label=segment.label,
                    is_rich_text=segment.is_rich_text,
                    stale=stale,
                )
            )
    return entries
